"""Ce que chaque partie du livre partage : styles, rédaction, registre, adresse du site, langue."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from app import formats
from app.actes.canevas import Registre
from app.actes.markdown_pdf import Redaction
from app.actes.styles import Geometrie, Styles
from app.libelles import FRANCAIS, Formes, Libelles
from app.publication import url_publique


@dataclass(frozen=True)
class Contexte:
    styles: Styles
    redaction: Redaction
    registre: Registre
    geometrie: Geometrie
    url_base: str
    photo: Callable[[UUID], bytes]  # a photo's bytes, read when it is drawn
    libelles: Libelles = FRANCAIS  # the words of the book, in the forum's language

    def url(self, chemin: str = "") -> str:
        return url_publique(self.url_base, chemin)

    def texte(self, texte: str) -> str:
        return self.redaction.texte(texte)

    def date_longue(self, jour: dt.date) -> str:
        return date_longue(jour, self.libelles.langue)

    def plage(self, debut: dt.time, fin: dt.time) -> str:
        return plage(debut, fin, self.libelles.langue)

    def nombre(self, valeur: int) -> str:
        """« 1 234 », "1,234", par les données CLDR."""
        return self.libelles.nombre(valeur)

    def accord(self, valeur: int, formes: Formes) -> str:
        """« 1 atelier », « 0 atelier », « 3 ateliers » ; "1 session", "0 sessions"."""
        return self.libelles.accord(valeur, formes)

    def etiquette(self, libelle: str) -> str:
        """« Salle\u00a0: », "Room:"."""
        return self.libelles.etiquette(libelle)

    def dates(self, debut: dt.date | None, fin: dt.date | None) -> str:
        """« jeudi 14 mai 2026 » ou « du jeudi 14 mai au vendredi 15 mai 2026 »."""
        if debut is None:
            return self.date_longue(fin) if fin else ""
        if fin is None or fin == debut:
            return self.date_longue(debut)
        return self.libelles.du_au.format(self.date_longue(debut), self.date_longue(fin))


# A book repeats the same few days and slots hundreds of times; Babel is asked once for each.
@functools.lru_cache(maxsize=256)
def date_longue(jour: dt.date, langue: str = "fr") -> str:
    return formats.date_longue(jour, langue)


@functools.lru_cache(maxsize=1024)
def plage(debut: dt.time, fin: dt.time, langue: str = "fr") -> str:
    return formats.plage(debut, fin, langue)


capitale = formats.capitale  # « Jeudi 14 mai 2026 » en tête de section
