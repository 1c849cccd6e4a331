"""Dates, heures et nombres pour le Québec (fr_CA) ou l'anglais (en_CA), par les données CLDR
de Babel ; la langue est celle du forum (« fr » ou « en »)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_skeleton, format_time

from app.libelles import ANGLAIS, FRANCAIS, libelles
from modeles.creneaux import PlageHoraire, designation

LOCALES = {"fr": FRANCAIS.locale, "en": ANGLAIS.locale}


def _locale(langue: str) -> str:
    return libelles(langue).locale


def date_longue(jour: dt.date, langue: str = "fr") -> str:
    """« jeudi 14 mai 2026 » ; "Thursday, May 14, 2026"."""
    return format_date(jour, "full", locale=_locale(langue))


def capitale(texte: str) -> str:
    """« Jeudi 14 mai 2026 » : la première lettre en capitale, le reste tel quel ("May")."""
    return texte[:1].upper() + texte[1:]


def date_courte(jour: dt.date, langue: str = "fr") -> str:
    """« jeu. 14 mai » ; "Thu, May 14"."""
    return format_skeleton("MMMEd", jour, locale=_locale(langue))


def nombre(valeur: int | float, langue: str = "fr") -> str:
    """« 12 345 » (fr_CA : espace insécable entre les milliers) ; "12,345"."""
    return libelles(langue).nombre(valeur)


def jour_et_mois(jour: dt.date, langue: str = "fr") -> str:
    """« 14 mai » ; "May 14"."""
    return format_skeleton("MMMMd", jour, locale=_locale(langue))


def heure(moment: dt.time, langue: str = "fr") -> str:
    """« 9 h », « 14 h 30 » (OQLF : pas de zéro initial, minutes nulles omises) ; « 2:30 p.m. »."""
    if not libelles(langue).francais:
        # A no-break space keeps "2:30 p.m." on one line, as « 14 h 30 ».
        return format_skeleton("hm", moment, locale=_locale(langue)).replace(" ", "\u00a0")
    # No-break spaces keep « 14 h 30 » on one line.
    motif = "H\u00a0'h'" if moment.minute == 0 else "H\u00a0'h'\u00a0mm"
    return format_time(moment, motif, locale=_locale(langue))


def plage(debut: dt.time, fin: dt.time, langue: str = "fr") -> str:
    return f"{heure(debut, langue)} – {heure(fin, langue)}"


def designation_creneau(creneau: PlageHoraire, langue: str = "fr") -> str:
    """« Pause (10 h 15 – 10 h 30) » ; "Break (10:15 a.m. – 10:30 a.m.)"."""
    mots = libelles(langue)
    if mots.francais:
        return designation(creneau, lambda moment: heure(moment, langue))
    nom = creneau.libelle.strip() or mots.natures[creneau.nature.value]
    return f"{nom} ({plage(creneau.debut, creneau.fin, langue)})"
