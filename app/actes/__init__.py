"""Le livre des actes d'un forum, en PDF prêt à imprimer (reportlab)."""

from app.actes.canevas import ExportAnnule
from app.actes.livre import LivreDesActes

__all__ = ["ExportAnnule", "LivreDesActes"]
