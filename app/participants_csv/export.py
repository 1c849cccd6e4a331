"""Exporter les participants en CSV pour Excel en français, sans formule ni coordonnées volées."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from app.document import DocumentForum
from app.echange.exporter import ecrire_fichier_atomique
from app.participants_csv.analyse import est_formule
from app.participants_csv.lecture import LIBELLES_CHAMPS
from modeles.entites import Participant

ENTETES_AVEC_COORDONNEES = (
    "nom",
    "organisation",
    "courriel",
    "telephone",
    "type_acteur",
    "niveau_action",
    "territoire",
    "consentement_publication",
    "consentement_coordonnees",
)
ENTETES_SANS_COORDONNEES = tuple(
    c for c in ENTETES_AVEC_COORDONNEES if c not in ("courriel", "telephone")
)


def cellule_sure(texte: str) -> str:
    """Une apostrophe devant ce qu'un tableur prendrait pour une formule (=, +, -, @, tab, CR).

    Also after leading spaces (« =1+1 » preceded by blanks): some tools trim a cell before
    reading it. Text that already starts with apostrophes before such a character gets one
    more, so that the import, which removes exactly one, gives back the text as it was.
    """
    return "'" + texte if est_formule(texte) else texte


def csv_participants(
    participants: Iterable[dict[str, str | bool]], *, avec_coordonnees: bool
) -> bytes:
    """Le contenu du fichier : UTF-8 avec BOM et `;`, comme l'attend Excel en français."""
    champs = ENTETES_AVEC_COORDONNEES if avec_coordonnees else ENTETES_SANS_COORDONNEES
    tampon = io.StringIO(newline="")
    ecrivain = csv.writer(tampon, delimiter=";", lineterminator="\r\n")
    ecrivain.writerow([LIBELLES_CHAMPS[c] for c in champs])
    for participant in participants:
        cellules = []
        for champ in champs:
            valeur = participant.get(champ, "")
            if champ in ("courriel", "telephone") and not participant.get(
                "consentement_coordonnees"
            ):
                valeur = ""
            if isinstance(valeur, bool):
                valeur = "oui" if valeur else "non"
            cellules.append(cellule_sure(valeur))
        ecrivain.writerow(cellules)
    return ("\ufeff" + tampon.getvalue()).encode("utf-8")


def exporter_participants_csv(
    document: DocumentForum, chemin: Path, *, avec_coordonnees: bool
) -> None:
    """Écrit tout ou rien ; courriel et téléphone seulement pour qui a consenti à leur partage."""
    with document.lecture() as session:
        participants: list[dict[str, str | bool]] = [
            {
                "nom": p.nom,
                "organisation": p.organisation,
                "courriel": p.courriel,
                "telephone": p.telephone,
                "type_acteur": p.type_acteur,
                "niveau_action": p.niveau_action,
                "territoire": p.territoire,
                "consentement_publication": p.consentement_publication,
                "consentement_coordonnees": p.consentement_coordonnees,
            }
            for p in session.scalars(select(Participant).order_by(Participant.nom, Participant.id))
        ]
    contenu = csv_participants(participants, avec_coordonnees=avec_coordonnees)
    # The text is written as-is (newline="\n" does no translation), so CRLF stays CRLF.
    ecrire_fichier_atomique(Path(chemin), contenu.decode("utf-8"))
