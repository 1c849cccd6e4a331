"""Valeurs énumérées du domaine, sans SQLAlchemy : les vues peuvent les importer."""

from __future__ import annotations

import enum


class NatureCreneau(enum.StrEnum):
    ATELIER = "atelier"
    PLENIERE = "pleniere"
    PAUSE = "pause"
    REPAS = "repas"


class FormatPapier(enum.StrEnum):
    LETTRE = "letter"
    A4 = "a4"


class StatutRecolte(enum.StrEnum):
    A_RECEVOIR = "a_recevoir"
    EN_SAISIE = "en_saisie"
    A_RELIRE = "a_relire"
    PRETE = "prete"
