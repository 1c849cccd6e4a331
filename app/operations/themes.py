"""Les thèmes : les créer, les renommer, y classer des sujets, les supprimer (et les restaurer).

A theme's title is unique regardless of case and spacing. Deleting a theme never deletes a
topic: its topics become unthemed, and the snapshot keeps them so that undo restores them.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.longueurs import verifier_longueur
from app.operations.recherche import par_uuid
from modeles.entites import Participant, PlanAction, Sujet, Theme, plan_theme
from modeles.erreurs import ErreurForum

CHAMPS_THEME = frozenset({"titre", "description", "initiateur"})


@dataclass(frozen=True)
class InstantaneTheme:
    """De quoi recréer un thème supprimé, avec ses sujets et ses liens aux plans d'action."""

    uuid: UUID
    champs: Mapping[str, Any]
    rang: int
    sujets: tuple[UUID, ...]
    plans: tuple[UUID, ...]


def nettoyer_titre(titre: Any) -> str:
    propre = " ".join(str(titre or "").split())
    if not propre:
        raise ErreurForum(
            "Un thème a besoin d'un titre : quelques mots qui rassemblent ses sujets."
        )
    return verifier_longueur(propre, Theme.titre, "Le titre d'un thème")


def _theme(session: Session, uuid: UUID) -> Theme:
    return par_uuid(
        session, Theme, uuid, "Ce thème n'existe plus (il a peut-être été supprimé entre-temps)."
    )


def _participant(session: Session, uuid: UUID | None) -> Participant | None:
    if uuid is None:
        return None
    return par_uuid(session, Participant, uuid, "Cette personne ne fait plus partie du forum.")


def _verifier_unique(session: Session, titre: str, sauf: int | None) -> None:
    for ident, existant in session.execute(select(Theme.id, Theme.titre)):
        if ident != sauf and existant.casefold() == titre.casefold():
            raise ErreurForum(f"Le thème « {existant} » existe déjà ; choisissez un autre titre.")


def theme_pour_titre(session: Session, titre: str) -> Theme | None:
    """Le thème de ce titre (sans égard à la casse), créé au besoin ; None pour un titre vide."""
    propre = " ".join(titre.split())
    if not propre:
        return None
    for theme in session.scalars(select(Theme)):
        if theme.titre.casefold() == propre.casefold():
            return theme
    theme = Theme(
        uuid=uuid_mod.uuid4(),
        titre=nettoyer_titre(propre),
        rang=(session.scalar(select(func.max(Theme.rang))) or 0) + 1,
    )
    session.add(theme)
    session.flush()
    return theme


def lire_champs_theme(document: DocumentForum, uuid: UUID) -> dict[str, Any]:
    with document.lecture() as session:
        theme = _theme(session, uuid)
        return {
            "titre": theme.titre,
            "description": theme.description,
            "initiateur": theme.initiateur.uuid if theme.initiateur else None,
        }


def _appliquer(session: Session, theme: Theme, champs: Mapping[str, Any]) -> None:
    inconnus = set(champs) - CHAMPS_THEME
    if inconnus:
        raise ValueError(f"Champs inconnus : {sorted(inconnus)}")
    if "titre" in champs:
        titre = nettoyer_titre(champs["titre"])
        _verifier_unique(session, titre, theme.id)
        theme.titre = titre
    if "description" in champs:
        theme.description = str(champs["description"] or "").strip()
    if "initiateur" in champs:
        theme.initiateur = _participant(session, champs["initiateur"])


def ajouter_theme(
    document: DocumentForum, champs: Mapping[str, Any], uuid: UUID | None = None
) -> tuple[Changements, UUID]:
    with document.transaction() as session:
        theme = Theme(
            uuid=uuid or uuid_mod.uuid4(),
            titre="",
            description="",
            rang=(session.scalar(select(func.max(Theme.rang))) or 0) + 1,
        )
        _appliquer(session, theme, {"titre": "", **champs})
        session.add(theme)
    return Changements.de(Genre.THEME, [theme.uuid]), theme.uuid


def modifier_theme(document: DocumentForum, uuid: UUID, champs: Mapping[str, Any]) -> Changements:
    with document.transaction() as session:
        _appliquer(session, _theme(session, uuid), champs)
    return Changements.de(Genre.THEME, [uuid])


def supprimer_theme(document: DocumentForum, uuid: UUID) -> tuple[Changements, InstantaneTheme]:
    with document.transaction() as session:
        theme = _theme(session, uuid)
        sujets = tuple(session.scalars(select(Sujet.uuid).where(Sujet.theme_id == theme.id)))
        plans = tuple(
            session.scalars(
                select(PlanAction.uuid)
                .join(plan_theme, plan_theme.c.plan_id == PlanAction.id)
                .where(plan_theme.c.theme_id == theme.id)
            )
        )
        instantane = InstantaneTheme(
            uuid,
            {
                "titre": theme.titre,
                "description": theme.description,
                "initiateur": theme.initiateur.uuid if theme.initiateur else None,
            },
            theme.rang,
            sujets,
            plans,
        )
        session.execute(update(Sujet).where(Sujet.theme_id == theme.id).values(theme_id=None))
        session.delete(theme)
    changements = Changements.de(Genre.THEME, [uuid]) | Changements.de(Genre.SUJET, sujets)
    return changements | Changements.de(Genre.PLAN, plans), instantane


def restaurer_theme(document: DocumentForum, instantane: InstantaneTheme) -> Changements:
    with document.transaction() as session:
        theme = Theme(uuid=instantane.uuid, titre="", description="", rang=instantane.rang)
        _appliquer(session, theme, instantane.champs)
        session.add(theme)
        session.flush()
        session.execute(
            update(Sujet).where(Sujet.uuid.in_(instantane.sujets)).values(theme_id=theme.id)
        )
        plans = session.scalars(select(PlanAction.id).where(PlanAction.uuid.in_(instantane.plans)))
        liens = [{"plan_id": p, "theme_id": theme.id} for p in plans]
        if liens:
            session.execute(plan_theme.insert(), liens)
    changements = Changements.de(Genre.THEME, [instantane.uuid])
    changements |= Changements.de(Genre.SUJET, instantane.sujets)
    return changements | Changements.de(Genre.PLAN, instantane.plans)


def classer_sujets(
    document: DocumentForum, themes: Mapping[UUID, UUID | None]
) -> tuple[Changements, dict[UUID, UUID | None]]:
    """Met chaque sujet dans son thème (None : sans thème) ; rend les thèmes d'avant."""
    with document.transaction() as session:
        ids = dict(session.execute(select(Theme.uuid, Theme.id)).all())
        if any(t is not None and t not in ids for t in themes.values()):
            raise ErreurForum("Ce thème n'existe plus (il a peut-être été supprimé entre-temps).")
        anciens: dict[UUID, UUID | None] = {}
        par_id = {v: k for k, v in ids.items()}
        for sujet in session.scalars(select(Sujet).where(Sujet.uuid.in_(themes))):
            anciens[sujet.uuid] = par_id.get(sujet.theme_id) if sujet.theme_id else None
            cible = themes[sujet.uuid]
            sujet.theme_id = ids[cible] if cible is not None else None
        if len(anciens) != len(themes):
            raise ErreurForum("Un de ces sujets n'existe plus (il a peut-être été retiré).")
    touches = {t for t in (*themes.values(), *anciens.values()) if t is not None}
    return (
        Changements.de(Genre.SUJET, anciens) | Changements.de(Genre.THEME, touches),
        anciens,
    )


def reordonner_themes(document: DocumentForum, uuids: Sequence[UUID]) -> Changements:
    """Les thèmes dans cet ordre (les autres gardent le leur, après)."""
    with document.transaction() as session:
        rangs = {u: r for r, u in enumerate(uuids)}
        autres = len(rangs)
        for theme in session.scalars(select(Theme).order_by(Theme.rang, Theme.id)):
            if theme.uuid in rangs:
                theme.rang = rangs[theme.uuid]
            else:
                theme.rang = autres
                autres += 1
    return Changements.de(Genre.THEME, uuids)
