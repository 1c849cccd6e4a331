"""Boîtes de dialogue de l'interface."""
