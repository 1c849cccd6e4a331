"""Les champs du formulaire de récolte, dans leur ordre, et ce qu'un forum en fait.

One list serves the form, the newsroom's word count, the book and the site: a forum may
switch optional fields off or rename them (Forum.champs_recolte).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ChampRecolte:
    cle: str
    libelle: str
    facultatif: bool = True
    texte: bool = True  # a Markdown text field (else: steps, keywords or people)


CHAMPS_RECOLTE: tuple[ChampRecolte, ...] = (
    ChampRecolte("presents", "Personnes présentes", texte=False),
    ChampRecolte("points_saillants", "Points saillants", facultatif=False),
    ChampRecolte("propositions", "Propositions et recommandations"),
    ChampRecolte("etapes", "Prochaines étapes", texte=False),
    ChampRecolte("ressources", "Ressources et liens"),
    ChampRecolte("questions_ouvertes", "Questions ouvertes"),
    ChampRecolte("citations", "Citations"),
    ChampRecolte("mots_cles", "Mots-clés et thèmes", texte=False),
    ChampRecolte("photos", "Photos", texte=False),
)
CHAMPS_TEXTE = tuple(c.cle for c in CHAMPS_RECOLTE if c.texte)


def champs_du_forum(configuration: Mapping[str, Any]) -> list[ChampRecolte]:
    """Les champs actifs, avec le libellé que le forum leur a donné."""
    champs = []
    for champ in CHAMPS_RECOLTE:
        reglage = configuration.get(champ.cle) or {}
        if champ.facultatif and reglage.get("actif", True) is False:
            continue
        libelle = str(reglage.get("libelle") or "").strip() or champ.libelle
        champs.append(ChampRecolte(champ.cle, libelle, champ.facultatif, champ.texte))
    return champs
