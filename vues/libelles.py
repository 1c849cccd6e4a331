"""Libellés affichés des valeurs du domaine (traduisibles)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from modeles.valeurs import NatureCreneau, StatutRecolte


def statut_recolte(statut: StatutRecolte) -> str:
    return {
        StatutRecolte.A_RECEVOIR: QCoreApplication.translate("libelles", "À recevoir"),
        StatutRecolte.EN_SAISIE: QCoreApplication.translate("libelles", "En saisie"),
        StatutRecolte.A_RELIRE: QCoreApplication.translate("libelles", "À relire"),
        StatutRecolte.PRETE: QCoreApplication.translate("libelles", "Prête"),
    }[statut]


def nature_creneau(nature: NatureCreneau) -> str:
    return {
        NatureCreneau.ATELIER: QCoreApplication.translate("libelles", "Atelier"),
        NatureCreneau.PLENIERE: QCoreApplication.translate("libelles", "Plénière"),
        NatureCreneau.PAUSE: QCoreApplication.translate("libelles", "Pause"),
        NatureCreneau.REPAS: QCoreApplication.translate("libelles", "Repas"),
    }[nature]


def symbole_statut(statut: StatutRecolte) -> str:
    """Un signe par état, toujours montré avec son mot : la couleur seule ne suffit pas."""
    return {
        StatutRecolte.A_RECEVOIR: "○",
        StatutRecolte.EN_SAISIE: "✎",
        StatutRecolte.A_RELIRE: "◐",
        StatutRecolte.PRETE: "✓",
    }[statut]
