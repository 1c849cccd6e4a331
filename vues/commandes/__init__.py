"""Commandes d'annulation (QUndoCommand), une par geste de la personne."""
