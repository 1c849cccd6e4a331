"""Les pages de la fenêtre principale, une par moment du forum."""
