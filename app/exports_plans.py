"""Les plans d'action en CSV pour Excel : qui porte quoi, avec qui, pour quand.

Column titles and the words inside cells follow the forum's language (app.libelles); the
file keeps the shape Excel expects in Quebec (BOM, `;`, CRLF) in both languages.

Names and e-mail addresses follow app.publication_convergence: a carrier who did not agree to
be named is only counted; an address is given only with both consents. Every cell goes
through the participants export's formula guard.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from uuid import UUID

from sqlalchemy import select

from app import lectures
from app.document import DocumentForum
from app.echange.exporter import ecrire_fichier_atomique
from app.libelles import FRANCAIS, Libelles, libelles
from app.participants_csv.export import cellule_sure
from app.publication_convergence import (
    PlanPublie,
    SujetCite,
    courriel_publiable,
    plans_publies,
    texte_porteurs,
)
from modeles.entites import Participant


def colonnes(mots: Libelles) -> tuple[str, ...]:
    """Les titres des colonnes, dans la langue du forum."""
    return (
        mots.action,
        mots.porte_par,
        mots.courriels_porteurs,
        mots.partenaires,
        mots.prochaine_etape,
        mots.echeance,
        mots.ressources,
        mots.sujets_lies,
        mots.themes,
    )


COLONNES = colonnes(FRANCAIS)
SEPARATEUR = " ; "  # between the items of one cell


def _sujets(sujets: Iterable[SujetCite], mots: Libelles) -> str:
    # An ordinary space after « n° »: a spreadsheet cell is not typeset.
    return SEPARATEUR.join(
        f"{mots.numero.format(s.numero)} {s.titre}".replace("\u00a0", " ") for s in sujets
    )


def _lignes(
    plans: Iterable[PlanPublie], courriels: Mapping[UUID, str], mots: Libelles
) -> Iterable[tuple[str, ...]]:
    for plan in plans:
        yield (
            plan.action,
            texte_porteurs(plan.porteurs, plan.porteurs_non_nommes, mots),
            SEPARATEUR.join(c for c in (courriels.get(u, "") for u in plan.porteurs_cles) if c),
            SEPARATEUR.join(plan.partenaires),
            plan.prochaine_etape,
            plan.echeance.isoformat() if plan.echeance else "",
            plan.ressources,
            _sujets(plan.sujets, mots),
            SEPARATEUR.join(plan.themes),
        )


def _courriels(document: DocumentForum, cles: set[UUID]) -> dict[UUID, str]:
    if not cles:
        return {}
    with document.lecture() as session:
        return {
            uuid: courriel_publiable(courriel, publication, coordonnees)
            for uuid, courriel, publication, coordonnees in session.execute(
                select(
                    Participant.uuid,
                    Participant.courriel,
                    Participant.consentement_publication,
                    Participant.consentement_coordonnees,
                ).where(Participant.uuid.in_(cles))
            )
        }


def csv_plans(document: DocumentForum) -> str:
    """Le contenu du fichier : BOM, `;` et fins de ligne CRLF, comme l'attend Excel en français."""
    mots = libelles(lectures.infos_forum(document).langue)
    plans = plans_publies(document)
    courriels = _courriels(document, {u for p in plans for u in p.porteurs_cles})
    tampon = io.StringIO(newline="")
    ecrivain = csv.writer(tampon, delimiter=";", lineterminator="\r\n")
    ecrivain.writerow(colonnes(mots))
    for ligne in _lignes(plans, courriels, mots):
        ecrivain.writerow([cellule_sure(cellule) for cellule in ligne])
    return "\ufeff" + tampon.getvalue()


def exporter_plans_csv(document: DocumentForum, chemin: Path) -> Path:
    """Écrit le CSV des plans d'action, tout ou rien."""
    chemin = Path(chemin)
    # Written as-is (newline="\n" does no translation), so CRLF stays CRLF.
    ecrire_fichier_atomique(chemin, csv_plans(document))
    return chemin
