"""Le texte d'une personne tel qu'il se publie : sans caractères de contrôle, à la française."""

from __future__ import annotations

import re

from app.libelles import code_langue
from app.typographie import typographie_fr

# Control characters and noncharacters are parse errors in HTML and crash some PDF fonts;
# a note pasted from another program may carry them. Tab and line breaks stay.
_INTERDITS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef"
    + "".join(f"{chr(plan * 0x10000 + 0xFFFE)}{chr(plan * 0x10000 + 0xFFFF)}" for plan in range(17))
    + "]"
)
_FINS_DE_LIGNE = re.compile(r"\r\n?")


def nettoyer(texte: str) -> str:
    """Le texte sans caractères de contrôle, avec des fins de ligne « \\n »."""
    return _INTERDITS.sub("", _FINS_DE_LIGNE.sub("\n", texte))


def francais(langue: str) -> bool:
    return code_langue(langue) == "fr"


def publiable(texte: str, langue: str = "fr") -> str:
    """Nettoyé, et avec la typographie française si le forum est en français."""
    texte = nettoyer(texte)
    return typographie_fr(texte) if francais(langue) else texte
