"""Ce que chaque partie du livre partage : styles, rédaction, registre, adresse du site."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from babel.numbers import format_decimal

from app import formats
from app.actes.canevas import Registre
from app.actes.markdown_pdf import Redaction
from app.actes.styles import Geometrie, Styles
from app.publication import url_publique


@dataclass(frozen=True)
class Contexte:
    styles: Styles
    redaction: Redaction
    registre: Registre
    geometrie: Geometrie
    url_base: str
    photo: Callable[[UUID], bytes]  # a photo's bytes, read when it is drawn

    def url(self, chemin: str = "") -> str:
        return url_publique(self.url_base, chemin)

    def texte(self, texte: str) -> str:
        return self.redaction.texte(texte)


# A book repeats the same few days and slots hundreds of times; Babel is asked once for each.
@functools.lru_cache(maxsize=256)
def date_longue(jour: dt.date) -> str:
    return formats.date_longue(jour)


@functools.lru_cache(maxsize=1024)
def plage(debut: dt.time, fin: dt.time) -> str:
    return formats.plage(debut, fin)


def nombre(valeur: int) -> str:
    """« 1 234 », par les données CLDR (fr_CA)."""
    return format_decimal(valeur, locale=formats.LOCALES["fr"])


def accord(valeur: int, singulier: str, pluriel: str) -> str:
    """« 1 atelier », « 0 atelier », « 3 ateliers » (en français, 0 et 1 sont singuliers)."""
    return f"{nombre(valeur)}\u00a0{singulier if valeur < 2 else pluriel}"


def capitale(texte: str) -> str:
    """« Jeudi 14 mai 2026 » en tête de section."""
    return texte[:1].upper() + texte[1:]


def dates(debut: dt.date | None, fin: dt.date | None) -> str:
    """« jeudi 14 mai 2026 » ou « du jeudi 14 mai au vendredi 15 mai 2026 »."""
    if debut is None:
        return date_longue(fin) if fin else ""
    if fin is None or fin == debut:
        return date_longue(debut)
    return f"du {date_longue(debut)} au {date_longue(fin)}"
