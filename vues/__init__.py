"""Tout ce qui est Qt : fenêtre, pages, modèles d'items, commandes d'annulation."""
