"""Les champs du formulaire de récolte, dans leur ordre, et ce qu'un forum en fait.

One list serves the form, the newsroom's word count, the book and the site: a forum may
switch optional fields off or rename them (Forum.champs_recolte). A field the forum did not
rename is published under its default label in the forum's language (app.libelles).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.libelles import FRANCAIS, LANGUES, libelles


@dataclass(frozen=True)
class ChampRecolte:
    cle: str
    libelle: str
    facultatif: bool = True
    texte: bool = True  # a Markdown text field (else: steps, keywords or people)


_DEFAUTS = FRANCAIS.champs  # the default labels (French); app.libelles has the English ones
CHAMPS_RECOLTE: tuple[ChampRecolte, ...] = (
    ChampRecolte("presents", _DEFAUTS["presents"], texte=False),
    ChampRecolte("points_saillants", _DEFAUTS["points_saillants"], facultatif=False),
    ChampRecolte("propositions", _DEFAUTS["propositions"]),
    ChampRecolte("etapes", _DEFAUTS["etapes"], texte=False),
    ChampRecolte("ressources", _DEFAUTS["ressources"]),
    ChampRecolte("questions_ouvertes", _DEFAUTS["questions_ouvertes"]),
    ChampRecolte("citations", _DEFAUTS["citations"]),
    ChampRecolte("mots_cles", _DEFAUTS["mots_cles"], texte=False),
    ChampRecolte("photos", _DEFAUTS["photos"], texte=False),
)
CHAMPS_TEXTE = tuple(c.cle for c in CHAMPS_RECOLTE if c.texte)


def champs_du_forum(configuration: Mapping[str, Any], langue: str = "fr") -> list[ChampRecolte]:
    """Les champs actifs, avec le libellé que le forum leur a donné, sinon celui de sa langue."""
    defauts = libelles(langue).champs
    champs = []
    for champ in CHAMPS_RECOLTE:
        reglage = configuration.get(champ.cle) or {}
        if champ.facultatif and reglage.get("actif", True) is False:
            continue
        libelle = str(reglage.get("libelle") or "").strip()
        # A label equal to a default in any language was not renamed: it follows the forum.
        if not libelle or any(libelle == libelles(autre).champs[champ.cle] for autre in LANGUES):
            libelle = defauts[champ.cle]
        champs.append(ChampRecolte(champ.cle, libelle, champ.facultatif, champ.texte))
    return champs
