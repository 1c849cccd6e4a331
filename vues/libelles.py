"""Libellés affichés des valeurs du domaine (traduisibles)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from modeles.valeurs import NatureCreneau, StatutRecolte


def _tr(texte: str) -> str:
    return QCoreApplication.translate("libelles", texte)


def statut_recolte(statut: StatutRecolte) -> str:
    return {
        StatutRecolte.A_RECEVOIR: _tr("À recevoir"),
        StatutRecolte.EN_SAISIE: _tr("En saisie"),
        StatutRecolte.A_RELIRE: _tr("À relire"),
        StatutRecolte.PRETE: _tr("Prête"),
    }[statut]


def nature_creneau(nature: NatureCreneau) -> str:
    return {
        NatureCreneau.ATELIER: _tr("Atelier"),
        NatureCreneau.PLENIERE: _tr("Plénière"),
        NatureCreneau.PAUSE: _tr("Pause"),
        NatureCreneau.REPAS: _tr("Repas"),
    }[nature]


def symbole_statut(statut: StatutRecolte) -> str:
    """Un signe par état, toujours montré avec son mot : la couleur seule ne suffit pas."""
    return {
        StatutRecolte.A_RECEVOIR: "○",
        StatutRecolte.EN_SAISIE: "✎",
        StatutRecolte.A_RELIRE: "◐",
        StatutRecolte.PRETE: "✓",
    }[statut]
