"""Dates, heures et nombres pour le Québec (fr_CA) ou l'anglais, par les données CLDR de Babel."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_decimal

from modeles.creneaux import PlageHoraire, designation

LOCALES = {"fr": "fr_CA", "en": "en_CA"}


def _locale(langue: str) -> str:
    return LOCALES.get(langue, "fr_CA")


def date_longue(jour: dt.date, langue: str = "fr") -> str:
    """« jeudi 14 mai 2026 »."""
    return format_date(jour, "full", locale=_locale(langue))


def date_courte(jour: dt.date, langue: str = "fr") -> str:
    """« jeu. 14 mai »."""
    return format_skeleton("MMMEd", jour, locale=_locale(langue))


def nombre(valeur: int | float, langue: str = "fr") -> str:
    """« 12 345 » (fr_CA : espace insécable entre les milliers)."""
    return format_decimal(valeur, locale=_locale(langue))


def jour_et_mois(jour: dt.date, langue: str = "fr") -> str:
    """« 14 mai »."""
    return format_skeleton("MMMMd", jour, locale=_locale(langue))


def heure(moment: dt.time, langue: str = "fr") -> str:
    """« 9 h », « 14 h 30 » (OQLF : pas de zéro initial, minutes nulles omises) ; « 2:30 p.m. »."""
    if langue != "fr":
        return format_skeleton("hm", moment, locale=_locale(langue))
    # No-break spaces keep « 14 h 30 » on one line.
    motif = "H\u00a0'h'" if moment.minute == 0 else "H\u00a0'h'\u00a0mm"
    return format_time(moment, motif, locale=_locale(langue))


def plage(debut: dt.time, fin: dt.time, langue: str = "fr") -> str:
    return f"{heure(debut, langue)} – {heure(fin, langue)}"


def designation_creneau(creneau: PlageHoraire, langue: str = "fr") -> str:
    """« Pause (10 h 15 – 10 h 30) »."""
    return designation(creneau, lambda moment: heure(moment, langue))
