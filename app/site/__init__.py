"""Le site des notes : des pages statiques, lisibles sur un téléphone, ouvertes par les codes QR."""

from __future__ import annotations

from app.site.ecriture import MARQUEUR_SITE
from app.site.generateur import ecrire_site, pages_du_site
from modeles.erreurs import OperationAnnulee

__all__ = ["MARQUEUR_SITE", "OperationAnnulee", "ecrire_site", "pages_du_site"]
