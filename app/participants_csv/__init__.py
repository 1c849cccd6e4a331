"""Importer des participants depuis un CSV d'inscriptions (tout ou rien), et les exporter.

Reading (encoding, delimiter, headers) is in `lecture`, the dry run in `analyse`, the one
transaction in `ecriture`, the Excel-safe export in `export`.
"""

from __future__ import annotations

from app.participants_csv.analyse import (
    AnalyseImport,
    LigneAnalysee,
    ParticipantConnu,
    Statut,
    analyser,
    verifier_colonnes,
)
from app.participants_csv.ecriture import (
    RapportImport,
    analyser_forum,
    commande_importer,
    importer_participants,
    lire_colonnes,
    participants_connus,
)
from app.participants_csv.export import (
    cellule_sure,
    csv_participants,
    exporter_participants_csv,
)
from app.participants_csv.lecture import (
    CHAMPS,
    LIBELLES_CHAMPS,
    LigneCsv,
    TableauCsv,
    lire_csv,
    lire_octets,
    proposer_colonnes,
)

__all__ = [
    "CHAMPS",
    "LIBELLES_CHAMPS",
    "AnalyseImport",
    "LigneAnalysee",
    "LigneCsv",
    "ParticipantConnu",
    "RapportImport",
    "Statut",
    "TableauCsv",
    "analyser",
    "analyser_forum",
    "cellule_sure",
    "commande_importer",
    "csv_participants",
    "exporter_participants_csv",
    "importer_participants",
    "lire_colonnes",
    "lire_csv",
    "lire_octets",
    "participants_connus",
    "proposer_colonnes",
    "verifier_colonnes",
]
