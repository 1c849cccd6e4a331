"""Dates, heures et nombres de l'interface, dans sa langue (celle installée au démarrage).

The same functions as app.formats, which takes the language as an argument (a forum's documents
follow the forum's language); the views follow the interface's language instead.
"""

from __future__ import annotations

import datetime as dt

from app import formats
from modeles.creneaux import PlageHoraire
from vues.traduction import langue_interface


def date_longue(jour: dt.date) -> str:
    return formats.date_longue(jour, langue_interface())


def date_titre(jour: dt.date) -> str:
    """« Jeudi 14 mai 2026 » : une majuscule initiale, sans toucher au reste (« May »)."""
    texte = date_longue(jour)
    return texte[:1].upper() + texte[1:]


def date_courte(jour: dt.date) -> str:
    return formats.date_courte(jour, langue_interface())


def jour_et_mois(jour: dt.date) -> str:
    return formats.jour_et_mois(jour, langue_interface())


def heure(moment: dt.time) -> str:
    return formats.heure(moment, langue_interface())


def plage(debut: dt.time, fin: dt.time) -> str:
    return formats.plage(debut, fin, langue_interface())


def nombre(valeur: int | float) -> str:
    return formats.nombre(valeur, langue_interface())


def designation_creneau(creneau: PlageHoraire) -> str:
    return formats.designation_creneau(creneau, langue_interface())
