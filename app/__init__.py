"""Couche application : cas d'usage, exports, ligne de commande, chemins. Jamais de Qt."""

__version__ = "0.1.0"
NOM_APPLICATION = "Forum ouvert"
