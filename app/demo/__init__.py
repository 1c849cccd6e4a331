"""Forums d'exemple au format d'échange : la démo « Faire écosystème au Québec » et un forum
synthétique de taille choisie, pour les bancs d'essai. Fonctions pures, sans base ni Qt."""

from app.demo.forum_demo import document_demo
from app.demo.synthetique import document_synthetique

__all__ = ["document_demo", "document_synthetique"]
