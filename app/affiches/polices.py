"""Les polices des affiches : la famille DejaVu Sans du livre des actes, incorporée à chaque PDF.

Registration and the font files are the book's (app.actes.polices); only what a poster prints
in place of a missing glyph differs: « � », where the book names the character.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from app.actes import polices as livre

NORMALE = livre.Graisse.REGULIERE.nom
GRASSE = livre.Graisse.GRASSE.nom
ITALIQUE = livre.Graisse.ITALIQUE.nom
_GRAISSES = {g.nom: g for g in livre.Graisse}


@dataclass(frozen=True)
class Polices:
    normale: str
    grasse: str
    italique: str


@functools.cache
def enregistrer_polices() -> Polices:
    """Enregistre la famille une fois par processus."""
    livre.enregistrer_polices()
    return Polices(NORMALE, GRASSE, ITALIQUE)


@functools.cache
def _couverts(nom: str) -> frozenset[int]:
    return frozenset(livre.police(_GRAISSES[nom]).face.charToGlyph)


def imprimable(texte: str, police: str = NORMALE) -> str:
    """Le texte sans ce que la police ne sait pas dessiner (une boîte vide sur une affiche).

    Invisible characters are dropped, unusual spaces become spaces, any other missing glyph
    becomes « � » so the reader sees that something was there.
    """
    couverts = _couverts(police)
    morceaux = []
    for caractere in unicodedata.normalize("NFC", texte):
        if ord(caractere) in couverts or caractere == "\n":
            morceaux.append(caractere)
            continue
        categorie = unicodedata.category(caractere)
        if categorie.startswith("Z"):
            morceaux.append(" ")
        elif not categorie.startswith("C") and not categorie.startswith("M"):
            morceaux.append("\ufffd" if 0xFFFD in couverts else "?")
    return "".join(morceaux)
