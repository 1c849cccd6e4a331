"""La convergence : points au mur, bulletins de vote, budget, plans d'action.

Every function returns what undo needs: the previous points, the previous ballot, the snapshot
of a deleted plan. Ballots are checked against the budget by modeles.convergence.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_mod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.recherche import par_uuid
from modeles.convergence import budget_par_defaut, problemes_bulletin
from modeles.entites import (
    Etape,
    Forum,
    Participant,
    PlanAction,
    Recolte,
    Sujet,
    Theme,
    Vote,
    porteur_plan,
)
from modeles.erreurs import ErreurForum

CHAMPS_PLAN = frozenset(
    {
        "action",
        "prochaine_etape",
        "echeance",
        "ressources",
        "partenaires",
        "porteurs",
        "sujets",
        "themes",
    }
)


# --- les points et les bulletins ------------------------------------------------------------


def nombre_sujets_votables(session: Session) -> int:
    """Les sujets actifs (un sujet fusionné vit dans celui qui l'a reçu)."""
    return session.scalar(select(func.count()).where(Sujet.fusionne_dans_id.is_(None))) or 0


def reglage_budget(session: Session) -> tuple[int | None, int]:
    """Le budget choisi par les organisateurs (None : aucun) et le budget par défaut."""
    choisi = session.scalar(select(Forum.budget_points).limit(1))
    return choisi, budget_par_defaut(nombre_sujets_votables(session))


def budget(session: Session) -> int:
    choisi, defaut = reglage_budget(session)
    return choisi or defaut


def _ids_sujets(session: Session, uuids: Sequence[UUID]) -> dict[UUID, int]:
    ids = dict(session.execute(select(Sujet.uuid, Sujet.id).where(Sujet.uuid.in_(uuids))).all())
    if len(ids) != len(set(uuids)):
        raise ErreurForum("Un de ces sujets n'existe plus (il a peut-être été retiré).")
    return ids


def _verifier_points(points: Mapping[UUID, int]) -> None:
    if any(not isinstance(n, int) or isinstance(n, bool) or n < 0 for n in points.values()):
        raise ErreurForum("Un nombre de points est un entier, 0 ou plus.")


def definir_points_mur(
    document: DocumentForum, points: Mapping[UUID, int]
) -> tuple[Changements, dict[UUID, int]]:
    """Les points comptés au mur pour ces sujets ; rend ceux d'avant."""
    _verifier_points(points)
    with document.transaction() as session:
        _ids_sujets(session, list(points))
        anciens: dict[UUID, int] = {}
        for sujet in session.scalars(select(Sujet).where(Sujet.uuid.in_(points))):
            anciens[sujet.uuid] = sujet.points_mur
            sujet.points_mur = points[sujet.uuid]
    return Changements.de(Genre.VOTE, points), anciens


def definir_bulletin(
    document: DocumentForum,
    participant: UUID,
    points: Mapping[UUID, int],
    *,
    verifier: bool = True,
) -> tuple[Changements, dict[UUID, int]]:
    """Remplace le bulletin de cette personne ; rend l'ancien (pour défaire).

    `verifier=False` is for undo: an earlier ballot is put back as it was, even if the
    budget has changed since.
    """
    _verifier_points(points)
    retenus = {s: n for s, n in points.items() if n > 0}
    with document.transaction() as session:
        personne = session.scalar(select(Participant.id).where(Participant.uuid == participant))
        if personne is None:
            raise ErreurForum("Cette personne ne fait plus partie du forum.")
        if verifier:
            problemes = problemes_bulletin(retenus, budget(session))
            if problemes:
                raise ErreurForum(" ".join(problemes))
        ids = _ids_sujets(session, list(retenus))
        anciens = dict(
            session.execute(
                select(Sujet.uuid, Vote.points)
                .join(Sujet, Sujet.id == Vote.sujet_id)
                .where(Vote.participant_id == personne)
            ).all()
        )
        session.execute(delete(Vote).where(Vote.participant_id == personne))
        session.add_all(
            Vote(participant_id=personne, sujet_id=ids[s], points=n) for s, n in retenus.items()
        )
    touches = set(anciens) | set(retenus)
    return Changements.de(Genre.VOTE, touches), anciens


def definir_budget(document: DocumentForum, points: int | None) -> tuple[Changements, int | None]:
    """Le budget de chaque personne (None : un tiers des sujets) ; rend l'ancien réglage."""
    if points is not None and (not isinstance(points, int) or points < 1):
        raise ErreurForum("Le budget est d'au moins un point par personne.")
    with document.transaction() as session:
        forum = session.scalars(select(Forum).limit(1)).one()
        ancien = forum.budget_points
        forum.budget_points = points
        uuid = forum.uuid
    return Changements.de(Genre.FORUM, [uuid]) | Changements.de(Genre.VOTE, [uuid]), ancien


# --- les plans d'action ---------------------------------------------------------------------


@dataclass(frozen=True)
class InstantanePlan:
    uuid: UUID
    rang: int
    champs: Mapping[str, Any]
    etape: UUID | None


def _plan(session: Session, uuid: UUID) -> PlanAction:
    return par_uuid(
        session, PlanAction, uuid, "Ce plan d'action n'existe plus (il a peut-être été supprimé)."
    )


def _texte(valeur: Any) -> str:
    return str(valeur or "").strip()


def _liste_propre(valeurs: Any) -> list[str]:
    vues: dict[str, str] = {}
    for valeur in valeurs or ():
        propre = " ".join(str(valeur).split())
        if propre:
            vues.setdefault(propre.casefold(), propre)
    return list(vues.values())


def _entites(session: Session, classe: type[Any], uuids: Sequence[UUID], genre: str) -> list[Any]:
    uniques = list(dict.fromkeys(uuids))
    trouvees = {e.uuid: e for e in session.scalars(select(classe).where(classe.uuid.in_(uniques)))}
    if len(trouvees) != len(uniques):
        raise ErreurForum(f"{genre} n'existe plus dans le forum ; choisissez de nouveau.")
    return [trouvees[u] for u in uniques]


def _appliquer_plan(session: Session, plan: PlanAction, champs: Mapping[str, Any]) -> None:
    inconnus = set(champs) - CHAMPS_PLAN
    if inconnus:
        raise ValueError(f"Champs inconnus : {sorted(inconnus)}")
    if "action" in champs:
        action = _texte(champs["action"])
        if not action:
            raise ErreurForum(
                "Une action a besoin d'un intitulé : ce qui sera fait, en une phrase."
            )
        plan.action = action
    for nom in ("prochaine_etape", "ressources"):
        if nom in champs:
            setattr(plan, nom, _texte(champs[nom]))
    if "echeance" in champs:
        echeance = champs["echeance"]
        if echeance is not None and not isinstance(echeance, dt.date):
            raise ErreurForum("L'échéance est une date, ou rien.")
        plan.echeance = echeance
    if "partenaires" in champs:
        plan.partenaires = _liste_propre(champs["partenaires"])
    if "sujets" in champs:
        plan.sujets = _entites(session, Sujet, champs["sujets"], "Un des sujets liés")
    if "themes" in champs:
        plan.themes = _entites(session, Theme, champs["themes"], "Un des thèmes liés")
    if "porteurs" in champs:
        porteurs = _entites(session, Participant, champs["porteurs"], "Une des personnes")
        session.flush()
        session.execute(delete(porteur_plan).where(porteur_plan.c.plan_id == plan.id))
        if porteurs:
            session.execute(
                porteur_plan.insert(),
                [
                    {"plan_id": plan.id, "participant_id": p.id, "rang": rang}
                    for rang, p in enumerate(porteurs)
                ],
            )
        session.expire(plan, ["porteurs"])


def _champs_du_plan(plan: PlanAction) -> dict[str, Any]:
    return {
        "action": plan.action,
        "prochaine_etape": plan.prochaine_etape,
        "echeance": plan.echeance,
        "ressources": plan.ressources,
        "partenaires": list(plan.partenaires),
        "porteurs": [p.uuid for p in plan.porteurs],
        "sujets": [s.uuid for s in plan.sujets],
        "themes": [t.uuid for t in plan.themes],
    }


def lire_champs_plan(document: DocumentForum, uuid: UUID) -> dict[str, Any]:
    with document.lecture() as session:
        return _champs_du_plan(_plan(session, uuid))


def _prochain_rang(session: Session) -> int:
    return (session.scalar(select(func.max(PlanAction.rang))) or 0) + 1


def ajouter_plan(
    document: DocumentForum, champs: Mapping[str, Any], uuid: UUID | None = None
) -> tuple[Changements, UUID]:
    with document.transaction() as session:
        plan = PlanAction(uuid=uuid or uuid_mod.uuid4(), rang=_prochain_rang(session), action="")
        session.add(plan)
        _appliquer_plan(session, plan, {"action": "", **champs})
    return Changements.de(Genre.PLAN, [plan.uuid]), plan.uuid


def modifier_plan(document: DocumentForum, uuid: UUID, champs: Mapping[str, Any]) -> Changements:
    with document.transaction() as session:
        _appliquer_plan(session, _plan(session, uuid), champs)
    return Changements.de(Genre.PLAN, [uuid])


def supprimer_plan(document: DocumentForum, uuid: UUID) -> tuple[Changements, InstantanePlan]:
    with document.transaction() as session:
        plan = _plan(session, uuid)
        instantane = InstantanePlan(
            uuid, plan.rang, _champs_du_plan(plan), plan.etape.uuid if plan.etape else None
        )
        session.delete(plan)
    return Changements.de(Genre.PLAN, [uuid]), instantane


def restaurer_plan(document: DocumentForum, instantane: InstantanePlan) -> Changements:
    with document.transaction() as session:
        etape = (
            session.scalars(select(Etape).where(Etape.uuid == instantane.etape)).one_or_none()
            if instantane.etape
            else None
        )
        plan = PlanAction(uuid=instantane.uuid, rang=instantane.rang, action="", etape=etape)
        session.add(plan)
        _appliquer_plan(session, plan, instantane.champs)
    return Changements.de(Genre.PLAN, [instantane.uuid])


# --- des prochaines étapes de la récolte aux plans d'action ----------------------------------

_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_NUMERIQUE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_DATE_LONGUE = re.compile(r"\b(\d{1,2})(?:er)?\s+(" + "|".join(_MOIS) + r")\s+(\d{4})\b", re.I)


def date_dans(texte: str) -> dt.date | None:
    """Une date écrite dans « quand » (2027-01-15, 15/01/2027, 15 janvier 2027), sinon None."""
    parties: tuple[int, int, int] | None = None
    if trouve := _DATE_ISO.search(texte):
        parties = (int(trouve[1]), int(trouve[2]), int(trouve[3]))
    elif trouve := _DATE_NUMERIQUE.search(texte):
        parties = (int(trouve[3]), int(trouve[2]), int(trouve[1]))
    elif trouve := _DATE_LONGUE.search(texte):
        parties = (int(trouve[3]), _MOIS.index(trouve[2].lower()) + 1, int(trouve[1]))
    if parties is None:
        return None
    try:
        return dt.date(*parties)
    except ValueError:
        return None


def _noms(texte: str) -> list[str]:
    return [n for n in (" ".join(p.split()) for p in re.split(r",|;|/|\bet\b", texte)) if n]


def promouvoir_etapes(
    document: DocumentForum, etapes: Sequence[UUID], uuids: Sequence[UUID] | None = None
) -> tuple[Changements, tuple[UUID, ...]]:
    """Un plan d'action par prochaine étape (celles déjà promues sont passées).

    The step's "what" becomes the action; the people named in "who" who are participants
    carry it, the other names become partners; a date in "when" becomes the due date,
    otherwise "when" is kept as the next step. `uuids` gives back the plans of a first call
    (redo after undo).
    """
    with document.transaction() as session:
        deja = set(
            session.scalars(select(PlanAction.etape_id).where(PlanAction.etape_id.is_not(None)))
        )
        par_nom = {p.nom.casefold(): p for p in session.scalars(select(Participant))}
        rang = _prochain_rang(session)
        a_creer = [
            e
            for e in session.scalars(
                select(Etape)
                .join(Recolte, Recolte.id == Etape.recolte_id)
                .join(Sujet, Sujet.id == Recolte.sujet_id)
                .where(Etape.uuid.in_(etapes))
                .order_by(Sujet.numero, Etape.rang)
            )
            if e.id not in deja and e.quoi.strip()
        ]
        reutilises = list(uuids or ())
        crees: list[UUID] = []
        for etape in a_creer:
            noms = _noms(etape.qui)
            porteurs = [par_nom[n.casefold()].uuid for n in noms if n.casefold() in par_nom]
            echeance = date_dans(etape.quand)
            plan = PlanAction(
                uuid=reutilises.pop(0) if reutilises else uuid_mod.uuid4(),
                rang=rang,
                action="",
                etape=etape,
            )
            session.add(plan)
            _appliquer_plan(
                session,
                plan,
                {
                    "action": etape.quoi,
                    "prochaine_etape": (
                        "" if echeance or not etape.quand else f"Échéance annoncée : {etape.quand}"
                    ),
                    "echeance": echeance,
                    "partenaires": [n for n in noms if n.casefold() not in par_nom],
                    "porteurs": porteurs,
                    "sujets": [etape.recolte.sujet.uuid],
                },
            )
            crees.append(plan.uuid)
            rang += 1
    return Changements.de(Genre.PLAN, crees), tuple(crees)


def retirer_plans(document: DocumentForum, uuids: Sequence[UUID]) -> Changements:
    """Défait une promotion : ces plans disparaissent."""
    with document.transaction() as session:
        session.execute(delete(PlanAction).where(PlanAction.uuid.in_(uuids)))
    return Changements.de(Genre.PLAN, uuids)
