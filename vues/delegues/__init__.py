"""Délégués de dessin des vues d'items."""
