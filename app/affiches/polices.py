"""Les polices des affiches : DejaVu Sans, incorporée à chaque PDF.

One function decides where the files come from, so switching to another family is one line.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NORMALE = "AffichesSans"
GRASSE = "AffichesSans-Gras"
ITALIQUE = "AffichesSans-Italique"

_FICHIERS = {
    NORMALE: ("DejaVuSans.ttf", "Vera.ttf"),
    GRASSE: ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    ITALIQUE: ("DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
}
_SYSTEME = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Polices:
    normale: str
    grasse: str
    italique: str


def _octets(dejavu: str, vera: str) -> bytes:
    """Les polices livrées avec le programme, sinon celles du système, sinon Vera (reportlab)."""
    livree = resources.files("ressources").joinpath("polices", dejavu)
    if livree.is_file():
        return livree.read_bytes()
    if (_SYSTEME / dejavu).is_file():
        return (_SYSTEME / dejavu).read_bytes()
    return (Path(reportlab.__file__).parent / "fonts" / vera).read_bytes()


@functools.cache
def _police(nom: str) -> TTFont:
    import io

    return TTFont(nom, io.BytesIO(_octets(*_FICHIERS[nom])))


@functools.cache
def enregistrer_polices() -> Polices:
    """Enregistre les trois styles une fois par processus."""
    for nom in _FICHIERS:
        pdfmetrics.registerFont(_police(nom))
    return Polices(NORMALE, GRASSE, ITALIQUE)


@functools.cache
def _couverts(nom: str) -> frozenset[int]:
    return frozenset(_police(nom).face.charToGlyph)


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
