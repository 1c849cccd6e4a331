"""Lectures de la convergence : thèmes, résultats du vote, bulletins, plans d'action, étapes.

Immutable snapshots for the views, the book and the site. Names come with their publication
consent: what is shown in a published document is decided by app.publication_convergence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from app.document import DocumentForum
from app.operations.convergence import reglage_budget
from modeles.convergence import classement, maximum_par_sujet, totaux
from modeles.entites import (
    Etape,
    Participant,
    PlanAction,
    Recolte,
    Sujet,
    Theme,
    Vote,
)


@dataclass(frozen=True)
class Personne:
    uuid: UUID
    nom: str
    organisation: str
    consentement_publication: bool


@dataclass(frozen=True)
class SujetRef:
    uuid: UUID
    numero: int
    titre: str


@dataclass(frozen=True)
class ThemeLu:
    uuid: UUID
    titre: str
    description: str
    initiateur: Personne | None
    sujets: tuple[SujetRef, ...]  # active topics, in marketplace order


@dataclass(frozen=True)
class LigneVote:
    sujet: SujetRef
    theme: str
    points_mur: int
    points_bulletins: int
    total: int
    rang: int
    ex_aequo: int  # topics sharing this rank (1: alone)


@dataclass(frozen=True)
class ResultatsVote:
    budget: int
    budget_choisi: bool  # False: the default, a third of the topics
    budget_defaut: int
    maximum_par_sujet: int
    votants: int
    lignes: tuple[LigneVote, ...]  # ranked

    @property
    def a_des_points(self) -> bool:
        return any(ligne.total for ligne in self.lignes)


@dataclass(frozen=True)
class PlanLu:
    uuid: UUID
    action: str
    prochaine_etape: str
    echeance: dt.date | None
    ressources: str
    partenaires: tuple[str, ...]
    porteurs: tuple[Personne, ...]
    sujets: tuple[SujetRef, ...]
    themes: tuple[tuple[UUID, str], ...]
    etape: UUID | None


@dataclass(frozen=True)
class EtapeLue:
    """Une prochaine étape d'une récolte, et si elle est déjà devenue un plan d'action."""

    uuid: UUID
    sujet: SujetRef
    quoi: str
    qui: str
    quand: str
    promue: bool


def _personne(p: Participant) -> Personne:
    return Personne(p.uuid, p.nom, p.organisation, p.consentement_publication)


def _ref(s: Sujet) -> SujetRef:
    return SujetRef(s.uuid, s.numero, s.titre)


def themes(document: DocumentForum) -> list[ThemeLu]:
    with document.lecture() as session:
        sujets: dict[int, list[SujetRef]] = {}
        for sujet in session.scalars(
            select(Sujet)
            .where(Sujet.theme_id.is_not(None), Sujet.fusionne_dans_id.is_(None))
            .order_by(Sujet.numero, Sujet.id)
        ):
            assert sujet.theme_id is not None
            sujets.setdefault(sujet.theme_id, []).append(_ref(sujet))
        return [
            ThemeLu(
                t.uuid,
                t.titre,
                t.description,
                _personne(t.initiateur) if t.initiateur else None,
                tuple(sujets.get(t.id, ())),
            )
            for t in session.scalars(
                select(Theme).options(selectinload(Theme.initiateur)).order_by(Theme.rang, Theme.id)
            )
        ]


def resultats_vote(document: DocumentForum) -> ResultatsVote:
    """Le classement des sujets actifs : points du mur plus points des bulletins."""
    with document.lecture() as session:
        lignes = session.execute(
            select(Sujet.id, Sujet.uuid, Sujet.numero, Sujet.titre, Sujet.points_mur, Theme.titre)
            .outerjoin(Sujet.theme)
            .where(Sujet.fusionne_dans_id.is_(None))
            .order_by(Sujet.numero, Sujet.id)
        ).all()
        par_sujet = dict(
            session.execute(
                select(Vote.sujet_id, func.sum(Vote.points)).group_by(Vote.sujet_id)
            ).all()
        )
        votants = session.scalar(select(func.count(func.distinct(Vote.participant_id)))) or 0
        choisi, defaut = reglage_budget(session)
    actuel = choisi or defaut
    infos = {ligne[0]: ligne for ligne in lignes}
    rangs = classement(
        totaux(list(infos), {i: ligne[4] for i, ligne in infos.items()}, [par_sujet])
    )
    return ResultatsVote(
        budget=actuel,
        budget_choisi=choisi is not None,
        budget_defaut=defaut,
        maximum_par_sujet=maximum_par_sujet(actuel),
        votants=votants,
        lignes=tuple(
            LigneVote(
                SujetRef(infos[r.cle][1], infos[r.cle][2], infos[r.cle][3]),
                infos[r.cle][5] or "",
                infos[r.cle][4],
                par_sujet.get(r.cle, 0),
                r.points,
                r.rang,
                r.ex_aequo,
            )
            for r in rangs
        ),
    )


def bulletin(document: DocumentForum, participant: UUID) -> dict[UUID, int]:
    """Les points que cette personne a donnés, par sujet."""
    with document.lecture() as session:
        return dict(
            session.execute(
                select(Sujet.uuid, Vote.points)
                .join(Sujet, Sujet.id == Vote.sujet_id)
                .join(Participant, Participant.id == Vote.participant_id)
                .where(Participant.uuid == participant)
            ).all()
        )


def votants(document: DocumentForum) -> dict[UUID, int]:
    """Les personnes qui ont voté, et le nombre de points de leur bulletin."""
    with document.lecture() as session:
        return dict(
            session.execute(
                select(Participant.uuid, func.sum(Vote.points))
                .join(Participant, Participant.id == Vote.participant_id)
                .group_by(Participant.uuid)
            ).all()
        )


def requete_plans() -> Select[PlanAction]:
    """Les plans d'action dans leur ordre, avec porteurs, sujets, thèmes et étape d'origine."""
    return (
        select(PlanAction)
        .options(
            selectinload(PlanAction.porteurs),
            selectinload(PlanAction.sujets),
            selectinload(PlanAction.themes),
            selectinload(PlanAction.etape),
        )
        .order_by(PlanAction.rang, PlanAction.id)
    )


def plans(document: DocumentForum) -> list[PlanLu]:
    with document.lecture() as session:
        return [
            PlanLu(
                p.uuid,
                p.action,
                p.prochaine_etape,
                p.echeance,
                p.ressources,
                tuple(p.partenaires),
                tuple(_personne(q) for q in p.porteurs),
                tuple(_ref(s) for s in p.sujets),
                tuple((t.uuid, t.titre) for t in p.themes),
                p.etape.uuid if p.etape else None,
            )
            for p in session.scalars(requete_plans())
        ]


def etapes(document: DocumentForum) -> list[EtapeLue]:
    """Les prochaines étapes de toutes les récoltes, dans l'ordre des sujets."""
    with document.lecture() as session:
        promues = set(
            session.scalars(select(PlanAction.etape_id).where(PlanAction.etape_id.is_not(None)))
        )
        return [
            EtapeLue(e.uuid, SujetRef(su, numero, titre), e.quoi, e.qui, e.quand, e.id in promues)
            for e, su, numero, titre in session.execute(
                select(Etape, Sujet.uuid, Sujet.numero, Sujet.titre)
                .join(Recolte, Recolte.id == Etape.recolte_id)
                .join(Sujet, Sujet.id == Recolte.sujet_id)
                .where(func.trim(Etape.quoi) != "")
                .order_by(Sujet.numero, Etape.rang)
            )
        ]
