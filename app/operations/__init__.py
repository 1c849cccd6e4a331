"""Cas d'usage : chaque opération est une transaction et renvoie ce qu'elle a changé."""
