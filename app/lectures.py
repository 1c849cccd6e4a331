"""Lectures pour les vues : des instantanés immuables, jamais des objets liés à la base."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import aliased

from app.document import DocumentForum
from modeles.entites import (
    Creneau,
    Forum,
    Participant,
    Recolte,
    Salle,
    Sujet,
    Theme,
    porteur_sujet,
)
from modeles.valeurs import FormatPapier, NatureCreneau, StatutRecolte


@dataclass(frozen=True)
class InfosForum:
    uuid: UUID
    titre: str
    question_appel: str
    invitation: str
    lieu: str
    date_debut: dt.date | None
    date_fin: dt.date | None
    langue: str
    url_publication: str
    format_papier: FormatPapier
    champs_recolte: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SalleLue:
    uuid: UUID
    nom: str
    capacite: int | None
    equipements: tuple[str, ...]
    accessible: bool
    ordre: int


@dataclass(frozen=True)
class CreneauLu:
    uuid: UUID
    jour: dt.date
    debut: dt.time
    fin: dt.time
    nature: NatureCreneau
    libelle: str


@dataclass(frozen=True)
class ParticipantLu:
    uuid: UUID
    nom: str
    organisation: str
    type_acteur: str
    niveau_action: str
    territoire: str
    consentement_publication: bool


@dataclass(frozen=True)
class SujetLu:
    uuid: UUID
    numero: int
    titre: str
    description: str
    theme: str
    porteurs: tuple[str, ...]
    interet_estime: int | None
    salle: UUID | None
    creneau: UUID | None
    statut_recolte: StatutRecolte
    duree: int = 1
    besoins: tuple[str, ...] = ()
    fusionne_dans: UUID | None = None
    # Numbers of the topics merged into this one; their conveners are in `porteurs`.
    fusionnes: tuple[int, ...] = ()
    porteurs_uuids: tuple[UUID, ...] = ()
    theme_uuid: UUID | None = None

    @property
    def place(self) -> bool:
        return self.salle is not None and self.creneau is not None

    @property
    def actif(self) -> bool:
        """Un sujet fusionné dans un autre ne vit plus que dans celui-ci."""
        return self.fusionne_dans is None


@dataclass(frozen=True)
class Chiffres:
    """« Le forum en chiffres »."""

    participants: int
    sujets: int
    ateliers: int
    salles: int
    creneaux: int
    recoltes_pretes: int
    recoltes_recues: int


def infos_forum(document: DocumentForum) -> InfosForum:
    with document.lecture() as session:
        f = session.scalars(select(Forum).order_by(Forum.id).limit(1)).one()
        return InfosForum(
            f.uuid,
            f.titre,
            f.question_appel,
            f.invitation,
            f.lieu,
            f.date_debut,
            f.date_fin,
            f.langue,
            f.url_publication,
            f.format_papier,
            dict(f.champs_recolte or {}),
        )


def salles(document: DocumentForum) -> list[SalleLue]:
    with document.lecture() as session:
        return [
            SalleLue(s.uuid, s.nom, s.capacite, tuple(s.equipements), s.accessible, s.ordre)
            for s in session.scalars(select(Salle).order_by(Salle.ordre, Salle.nom, Salle.id))
        ]


def creneaux(document: DocumentForum) -> list[CreneauLu]:
    with document.lecture() as session:
        requete = select(Creneau).order_by(Creneau.jour, Creneau.debut, Creneau.fin, Creneau.id)
        return [
            CreneauLu(c.uuid, c.jour, c.debut, c.fin, c.nature, c.libelle)
            for c in session.scalars(requete)
        ]


def participants(document: DocumentForum) -> list[ParticipantLu]:
    with document.lecture() as session:
        return [
            ParticipantLu(
                p.uuid,
                p.nom,
                p.organisation,
                p.type_acteur,
                p.niveau_action,
                p.territoire,
                p.consentement_publication,
            )
            for p in session.scalars(select(Participant).order_by(Participant.nom, Participant.id))
        ]


def sujets(document: DocumentForum, seulement: Collection[UUID] | None = None) -> list[SujetLu]:
    """Les sujets (tous, ou `seulement` ceux-là), dans l'ordre du marché, fusionnés compris.

    Plain columns rather than ORM objects: the wall of a large forum opens in a few
    milliseconds, and the harvests' texts stay in the file. `seulement` lets a view refresh
    the rows an edit touched without reading the whole forum again.
    """
    with document.lecture() as session:
        cible = aliased(Sujet)
        filtre = (
            or_(Sujet.uuid.in_(seulement), cible.uuid.in_(seulement))
            if seulement is not None
            else true()
        )
        porteurs: dict[int, list[tuple[UUID, str]]] = {}
        requete_porteurs = (
            select(porteur_sujet.c.sujet_id, Participant.uuid, Participant.nom)
            .join(Participant, Participant.id == porteur_sujet.c.participant_id)
            .order_by(porteur_sujet.c.sujet_id, porteur_sujet.c.rang)
        )
        if seulement is not None:
            requete_porteurs = requete_porteurs.where(
                porteur_sujet.c.sujet_id.in_(
                    select(Sujet.id).outerjoin(cible, Sujet.fusionne_dans).where(filtre)
                )
            )
        for sujet_id, participant, nom in session.execute(requete_porteurs):
            porteurs.setdefault(sujet_id, []).append((participant, nom))
        requete = (
            select(
                Sujet.id,
                Sujet.uuid,
                Sujet.numero,
                Sujet.titre,
                Sujet.description,
                func.coalesce(Theme.titre, ""),
                Sujet.interet_estime,
                Salle.uuid,
                Creneau.uuid,
                Recolte.statut,
                Sujet.duree,
                Sujet.besoins,
                Sujet.fusionne_dans_id,
                cible.uuid,
                Theme.uuid,
            )
            .outerjoin(Sujet.theme)
            .outerjoin(Sujet.salle)
            .outerjoin(Sujet.creneau)
            .outerjoin(Sujet.recolte)
            .outerjoin(cible, Sujet.fusionne_dans)
            .where(filtre)
            .order_by(Sujet.numero, Sujet.id)
        )
        lignes = session.execute(requete).all()
    # A merge target carries its merged topics' conveners after its own, each once.
    fusionnes: dict[int, list[tuple[int, int]]] = {}
    for ligne in lignes:
        if ligne[12] is not None:
            fusionnes.setdefault(ligne[12], []).append((ligne[2], ligne[0]))
    resultat = []
    for (
        ident,
        uuid,
        numero,
        titre,
        description,
        theme,
        interet,
        salle,
        creneau,
        statut,
        duree,
        besoins,
        _,
        fusionne_dans,
        theme_uuid,
    ) in lignes:
        tous = dict(porteurs.get(ident, ()))
        for _, autre in sorted(fusionnes.get(ident, ())):
            for participant, nom in porteurs.get(autre, ()):
                tous.setdefault(participant, nom)
        resultat.append(
            SujetLu(
                uuid,
                numero,
                titre,
                description,
                theme,
                tuple(tous.values()),
                interet,
                salle,
                creneau,
                statut or StatutRecolte.A_RECEVOIR,
                duree,
                tuple(besoins),
                fusionne_dans,
                tuple(sorted(n for n, _ in fusionnes.get(ident, ()))),
                tuple(tous),
                theme_uuid,
            )
        )
    if seulement is not None:
        return [s for s in resultat if s.uuid in seulement]
    return resultat


def chiffres(document: DocumentForum) -> Chiffres:
    with document.lecture() as session:

        def compter(modele: type[object]) -> int:
            return session.scalar(select(func.count()).select_from(modele)) or 0

        statuts = Counter(session.scalars(select(Recolte.statut)))
        ateliers = (
            session.scalar(
                select(func.count())
                .select_from(Sujet)
                .where(Sujet.salle_id.is_not(None), Sujet.creneau_id.is_not(None))
            )
            or 0
        )
        return Chiffres(
            participants=compter(Participant),
            sujets=compter(Sujet),
            ateliers=ateliers,
            salles=compter(Salle),
            creneaux=compter(Creneau),
            recoltes_pretes=statuts[StatutRecolte.PRETE],
            recoltes_recues=sum(n for s, n in statuts.items() if s is not StatutRecolte.A_RECEVOIR),
        )
