"""Les participants un par un : ajouter, modifier, supprimer (et restaurer avec leurs liens).

Deleting a participant takes them off the topics they convene, the harvests where they were
present or that they wrote, their ballot, the action plans they carry and the themes they
started; the snapshot keeps each link so that undo puts it back.
"""

from __future__ import annotations

import re
import uuid as uuid_mod
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.longueurs import longueur_max
from app.operations.recherche import par_uuid
from app.participants_csv import RapportImport, TableauCsv, importer_participants
from modeles.entites import (
    Participant,
    PlanAction,
    Recolte,
    Sujet,
    Theme,
    Vote,
    porteur_plan,
    porteur_sujet,
    presence_recolte,
)
from modeles.erreurs import ErreurForum

CHAMPS_TEXTE = (
    "nom",
    "organisation",
    "courriel",
    "telephone",
    "type_acteur",
    "niveau_action",
    "territoire",
)
CHAMPS_CASES = ("consentement_publication", "consentement_coordonnees")
CHAMPS_PARTICIPANT = frozenset((*CHAMPS_TEXTE, *CHAMPS_CASES))
# Read from the columns (String(n)): the limit is written once, in modeles/entites.py.
LONGUEURS: dict[str, int] = {
    champ: longueur_max(getattr(Participant, champ)) or 0 for champ in CHAMPS_TEXTE
}
LIBELLES = {
    "nom": "Le nom",
    "organisation": "L'organisation",
    "courriel": "Le courriel",
    "telephone": "Le téléphone",
    "type_acteur": "Le type d'acteur",
    "niveau_action": "Le niveau d'action",
    "territoire": "Le territoire",
    "consentement_publication": "Le consentement à être nommé·e",
    "consentement_coordonnees": "Le consentement au partage des coordonnées",
}
_COURRIEL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


@dataclass(frozen=True)
class InstantaneParticipant:
    """Un participant supprimé et chacun de ses liens, pour le recréer à l'identique."""

    uuid: UUID
    champs: Mapping[str, Any]
    porteur_de: tuple[tuple[UUID, int], ...]  # (topic, rank among its conveners)
    present_a: tuple[UUID, ...]  # harvests
    scribe_de: tuple[UUID, ...]  # harvests
    votes: tuple[tuple[UUID, int], ...] = ()  # (topic, dots) of their ballot
    porteur_de_plans: tuple[tuple[UUID, int], ...] = ()  # (action plan, rank)
    initiateur_de: tuple[UUID, ...] = ()  # themes


# --- règles --------------------------------------------------------------------------------


def raison_refus_participant(champs: Mapping[str, Any]) -> str | None:
    """La raison de refuser ces champs ; None s'ils sont valables (règle sans base)."""
    for champ in CHAMPS_TEXTE:
        if champ not in champs:
            continue
        valeur = champs[champ]
        if not isinstance(valeur, str):
            return f"{LIBELLES[champ]} est un texte."
        propre = " ".join(valeur.split())
        if champ == "nom" and not propre:
            return "Le nom ne peut pas être vide : écrivez au moins un prénom ou un surnom."
        if len(propre) > LONGUEURS[champ]:
            return (
                f"{LIBELLES[champ]} est trop long ({len(propre)} caractères, "
                f"{LONGUEURS[champ]} au plus)."
            )
        if champ == "courriel" and propre and not _COURRIEL.fullmatch(propre):
            return (
                f"« {propre} » n'est pas une adresse courriel "
                "(de la forme nom@exemple.org) : corrigez-la ou videz le champ."
            )
    for champ in CHAMPS_CASES:
        if champ in champs and not isinstance(champs[champ], bool):
            return f"{LIBELLES[champ]} est oui ou non."
    return None


def nettoyer(champs: Mapping[str, Any]) -> dict[str, Any]:
    """Les champs validés, textes sans espaces superflues ; ErreurForum sinon."""
    inconnus = set(champs) - CHAMPS_PARTICIPANT
    if inconnus:
        raise ValueError(f"Champs inconnus : {sorted(inconnus)}")
    raison = raison_refus_participant(champs)
    if raison:
        raise ErreurForum(raison)
    return {
        nom: " ".join(valeur.split()) if isinstance(valeur, str) else valeur
        for nom, valeur in champs.items()
    }


def _participant(session: Session, uuid: UUID) -> Participant:
    return par_uuid(session, Participant, uuid, "Ce participant n'existe plus dans le forum.")


def _champs_de(participant: Participant) -> dict[str, Any]:
    return {nom: getattr(participant, nom) for nom in (*CHAMPS_TEXTE, *CHAMPS_CASES)}


# --- opérations ----------------------------------------------------------------------------


def ajouter_participant(
    document: DocumentForum, champs: Mapping[str, Any], uuid: UUID | None = None
) -> tuple[Changements, UUID]:
    """Ajoute un participant ; `uuid` redonne le même à un « rétablir »."""
    if "nom" not in champs:
        raise ErreurForum("Le nom ne peut pas être vide : écrivez au moins un prénom ou un surnom.")
    propres = nettoyer(champs)
    valeurs: dict[str, Any] = {nom: "" for nom in CHAMPS_TEXTE}
    valeurs.update({nom: False for nom in CHAMPS_CASES})
    valeurs.update(propres)
    with document.transaction() as session:
        participant = Participant(uuid=uuid or uuid_mod.uuid4(), **valeurs)
        session.add(participant)
        session.flush()
        return Changements.de(Genre.PARTICIPANT, [participant.uuid]), participant.uuid


def lire_champs(document: DocumentForum, uuid: UUID) -> dict[str, Any]:
    """Les champs modifiables d'un participant, tels qu'ils sont (pour les remettre)."""
    with document.lecture() as session:
        return _champs_de(_participant(session, uuid))


def modifier_participant(
    document: DocumentForum, uuid: UUID, champs: Mapping[str, Any]
) -> Changements:
    """Applique les champs donnés ; refuse le tout si l'un d'eux est invalide."""
    propres = nettoyer(champs)
    with document.transaction() as session:
        participant = _participant(session, uuid)
        for nom, valeur in propres.items():
            setattr(participant, nom, valeur)
        changements = Changements.de(Genre.PARTICIPANT, [uuid])
        if "nom" in propres:
            # The name is shown with the topics they convene and in the harvests.
            changements |= _liens_changes(session, participant.id)
        return changements


def supprimer_participant(
    document: DocumentForum, uuid: UUID
) -> tuple[Changements, InstantaneParticipant]:
    """Supprime le participant et ses liens ; l'instantané permet de tout remettre."""
    with document.transaction() as session:
        participant = _participant(session, uuid)
        ident = participant.id
        porteur_de = tuple(
            (sujet, rang)
            for sujet, rang in session.execute(
                select(Sujet.uuid, porteur_sujet.c.rang)
                .join(porteur_sujet, porteur_sujet.c.sujet_id == Sujet.id)
                .where(porteur_sujet.c.participant_id == ident)
                .order_by(Sujet.numero, Sujet.id)
            )
        )
        present_a = tuple(
            session.scalars(
                select(Recolte.uuid)
                .join(presence_recolte, presence_recolte.c.recolte_id == Recolte.id)
                .where(presence_recolte.c.participant_id == ident)
                .order_by(Recolte.id)
            )
        )
        scribe_de = tuple(
            session.scalars(
                select(Recolte.uuid).where(Recolte.scribe_id == ident).order_by(Recolte.id)
            )
        )
        votes = tuple(
            (sujet, points)
            for sujet, points in session.execute(
                select(Sujet.uuid, Vote.points)
                .join(Sujet, Sujet.id == Vote.sujet_id)
                .where(Vote.participant_id == ident)
                .order_by(Sujet.numero, Sujet.id)
            )
        )
        porteur_de_plans = tuple(
            (plan, rang)
            for plan, rang in session.execute(
                select(PlanAction.uuid, porteur_plan.c.rang)
                .join(porteur_plan, porteur_plan.c.plan_id == PlanAction.id)
                .where(porteur_plan.c.participant_id == ident)
                .order_by(PlanAction.id)
            )
        )
        initiateur_de = tuple(
            session.scalars(
                select(Theme.uuid).where(Theme.initiateur_id == ident).order_by(Theme.id)
            )
        )
        changements = Changements.de(Genre.PARTICIPANT, [uuid]) | _liens_changes(session, ident)
        instantane = InstantaneParticipant(
            uuid,
            _champs_de(participant),
            porteur_de,
            present_a,
            scribe_de,
            votes,
            porteur_de_plans,
            initiateur_de,
        )
        # The link rows go explicitly: the ORM does not rely on the database's cascades.
        session.execute(delete(porteur_sujet).where(porteur_sujet.c.participant_id == ident))
        session.execute(delete(presence_recolte).where(presence_recolte.c.participant_id == ident))
        session.execute(delete(Vote).where(Vote.participant_id == ident))
        session.execute(delete(porteur_plan).where(porteur_plan.c.participant_id == ident))
        for recolte in session.scalars(select(Recolte).where(Recolte.scribe_id == ident)):
            recolte.scribe_id = None
        for theme in session.scalars(select(Theme).where(Theme.initiateur_id == ident)):
            theme.initiateur_id = None
        session.flush()
        session.delete(participant)
        return changements, instantane


def restaurer_participant(
    document: DocumentForum, instantane: InstantaneParticipant
) -> Changements:
    """Recrée le participant (même uuid, mêmes champs) et remet chacun de ses liens."""
    with document.transaction() as session:
        participant = Participant(uuid=instantane.uuid, **dict(instantane.champs))
        session.add(participant)
        session.flush()
        ident = participant.id
        sujets = {
            u: i
            for u, i in session.execute(
                select(Sujet.uuid, Sujet.id).where(
                    Sujet.uuid.in_([s for s, _ in instantane.porteur_de])
                )
            )
        }
        rangees = [
            {"sujet_id": sujets[s], "participant_id": ident, "rang": rang}
            for s, rang in instantane.porteur_de
            if s in sujets
        ]
        if rangees:
            session.execute(insert(porteur_sujet), rangees)
        recoltes = {
            u: i
            for u, i in session.execute(
                select(Recolte.uuid, Recolte.id).where(
                    Recolte.uuid.in_([*instantane.present_a, *instantane.scribe_de])
                )
            )
        }
        presences = [
            {"recolte_id": recoltes[r], "participant_id": ident}
            for r in instantane.present_a
            if r in recoltes
        ]
        if presences:
            session.execute(insert(presence_recolte), presences)
        for r in instantane.scribe_de:
            if r in recoltes:
                recolte = session.get(Recolte, recoltes[r])
                if recolte is not None and recolte.scribe_id is None:
                    recolte.scribe_id = ident
        _remettre_convergence(session, ident, instantane)
        session.flush()
        return Changements.de(Genre.PARTICIPANT, [instantane.uuid]) | _liens_changes(session, ident)


def _remettre_convergence(session: Session, ident: int, instantane: InstantaneParticipant) -> None:
    """Le bulletin, les plans portés et les thèmes lancés, pour ce qui existe encore."""
    sujets = dict(
        session.execute(
            select(Sujet.uuid, Sujet.id).where(Sujet.uuid.in_([s for s, _ in instantane.votes]))
        ).all()
    )
    votes = [
        {"participant_id": ident, "sujet_id": sujets[s], "points": points}
        for s, points in instantane.votes
        if s in sujets
    ]
    if votes:
        session.execute(insert(Vote), votes)
    plans = dict(
        session.execute(
            select(PlanAction.uuid, PlanAction.id).where(
                PlanAction.uuid.in_([p for p, _ in instantane.porteur_de_plans])
            )
        ).all()
    )
    porteurs = [
        {"plan_id": plans[p], "participant_id": ident, "rang": rang}
        for p, rang in instantane.porteur_de_plans
        if p in plans
    ]
    if porteurs:
        session.execute(insert(porteur_plan), porteurs)
    for theme in session.scalars(select(Theme).where(Theme.uuid.in_(instantane.initiateur_de))):
        if theme.initiateur_id is None:
            theme.initiateur_id = ident


def _liens_changes(session: Session, ident: int) -> Changements:
    """Ce qui nomme ce participant ou compte sa voix : son affichage change avec lui."""
    sujets = list(
        session.scalars(
            select(Sujet.uuid)
            .join(porteur_sujet, porteur_sujet.c.sujet_id == Sujet.id)
            .where(porteur_sujet.c.participant_id == ident)
        )
    )
    recoltes = set(
        session.scalars(
            select(Recolte.uuid)
            .join(presence_recolte, presence_recolte.c.recolte_id == Recolte.id)
            .where(presence_recolte.c.participant_id == ident)
        )
    ) | set(session.scalars(select(Recolte.uuid).where(Recolte.scribe_id == ident)))
    votes = session.scalars(
        select(Sujet.uuid).join(Vote, Vote.sujet_id == Sujet.id).where(Vote.participant_id == ident)
    )
    plans = session.scalars(
        select(PlanAction.uuid)
        .join(porteur_plan, porteur_plan.c.plan_id == PlanAction.id)
        .where(porteur_plan.c.participant_id == ident)
    )
    themes = session.scalars(select(Theme.uuid).where(Theme.initiateur_id == ident))
    return (
        Changements.de(Genre.SUJET, sujets)
        | Changements.de(Genre.RECOLTE, recoltes)
        | Changements.de(Genre.VOTE, list(votes))
        | Changements.de(Genre.PLAN, list(plans))
        | Changements.de(Genre.THEME, list(themes))
    )


# --- import CSV hors du fil de l'interface --------------------------------------------------


def importer_csv_dans_fichier(
    forum: Path, tableau: TableauCsv, colonnes: Mapping[str, str]
) -> RapportImport:
    """L'import tout ou rien, sur une connexion à soi : appelable depuis un autre fil."""
    with DocumentForum.ouvrir(forum) as document:
        return importer_participants(document, tableau, colonnes)
