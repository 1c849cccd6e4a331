"""Modifier les informations du forum (titre, question d'appel, lieu, dates...)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.longueurs import verifier_longueur
from modeles.entites import Forum
from modeles.erreurs import ErreurForum
from modeles.valeurs import FormatPapier

CHAMPS_MODIFIABLES = frozenset(
    {
        "titre",
        "question_appel",
        "invitation",
        "lieu",
        "date_debut",
        "date_fin",
        "langue",
        "url_publication",
        "format_papier",
    }
)
LANGUES = ("fr", "en")


def _valider(champs: dict[str, Any], actuel: Forum) -> None:
    inconnus = set(champs) - CHAMPS_MODIFIABLES
    if inconnus:
        raise ValueError(f"Champs inconnus : {sorted(inconnus)}")
    if "titre" in champs and not str(champs["titre"]).strip():
        raise ErreurForum("Le titre du forum ne peut pas être vide.")
    for nom, libelle in (
        ("titre", "Le titre du forum"),
        ("lieu", "Le lieu"),
        ("url_publication", "L'adresse de publication"),
    ):
        if nom in champs and isinstance(champs[nom], str):
            verifier_longueur(champs[nom].strip(), getattr(Forum, nom), libelle)
    if "langue" in champs and champs["langue"] not in LANGUES:
        raise ErreurForum("La langue du forum doit être le français (fr) ou l'anglais (en).")
    if "format_papier" in champs:
        FormatPapier(champs["format_papier"])
    debut: dt.date | None = champs.get("date_debut", actuel.date_debut)
    fin: dt.date | None = champs.get("date_fin", actuel.date_fin)
    if debut and fin and fin < debut:
        raise ErreurForum("La date de fin du forum doit suivre sa date de début.")


def modifier_forum(document: DocumentForum, champs: dict[str, Any]) -> Changements:
    """Applique les champs donnés ; refuse le tout si l'un d'eux est invalide."""
    with document.transaction() as session:
        forum = session.scalars(select(Forum).order_by(Forum.id).limit(1)).one()
        _valider(champs, forum)
        for nom, valeur in champs.items():
            setattr(forum, nom, valeur.strip() if nom == "titre" else valeur)
        return Changements.de(Genre.FORUM, [forum.uuid])
