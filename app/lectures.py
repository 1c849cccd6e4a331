"""Lectures pour les vues : des instantanés immuables, jamais des objets liés à la base."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import func, or_, select, true

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


# The reads of the first page go through the tables, not the ORM: the first ORM query
# configures every mapper and relationship of the model (tens of milliseconds), which the
# window can pay after it has been shown, not before.
_FORUM = Forum.__table__
_SALLE = Salle.__table__
_CRENEAU = Creneau.__table__
_SUJET = Sujet.__table__
_THEME = Theme.__table__
_RECOLTE = Recolte.__table__
_PARTICIPANT = Participant.__table__


def infos_forum(document: DocumentForum) -> InfosForum:
    with document.lecture() as session:
        f = session.execute(select(_FORUM).order_by(_FORUM.c.id).limit(1)).one()
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
    requete = select(_SALLE).order_by(_SALLE.c.ordre, _SALLE.c.nom, _SALLE.c.id)
    with document.lecture() as session:
        return [
            SalleLue(s.uuid, s.nom, s.capacite, tuple(s.equipements), s.accessible, s.ordre)
            for s in session.execute(requete)
        ]


def creneaux(document: DocumentForum) -> list[CreneauLu]:
    c = _CRENEAU.c
    requete = select(_CRENEAU).order_by(c.jour, c.debut, c.fin, c.id)
    with document.lecture() as session:
        return [
            CreneauLu(r.uuid, r.jour, r.debut, r.fin, r.nature, r.libelle)
            for r in session.execute(requete)
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
    s, p = _SUJET.c, _PARTICIPANT.c
    cible = _SUJET.alias("cible")
    filtre = (
        or_(s.uuid.in_(seulement), cible.c.uuid.in_(seulement)) if seulement is not None else true()
    )
    requete_porteurs = (
        select(porteur_sujet.c.sujet_id, p.uuid, p.nom)
        .join(_PARTICIPANT, p.id == porteur_sujet.c.participant_id)
        .order_by(porteur_sujet.c.sujet_id, porteur_sujet.c.rang)
    )
    if seulement is not None:
        requete_porteurs = requete_porteurs.where(
            porteur_sujet.c.sujet_id.in_(
                select(s.id)
                .select_from(_SUJET.outerjoin(cible, s.fusionne_dans_id == cible.c.id))
                .where(filtre)
            )
        )
    jointures = (
        _SUJET.outerjoin(_THEME, s.theme_id == _THEME.c.id)
        .outerjoin(_SALLE, s.salle_id == _SALLE.c.id)
        .outerjoin(_CRENEAU, s.creneau_id == _CRENEAU.c.id)
        .outerjoin(_RECOLTE, _RECOLTE.c.sujet_id == s.id)
        .outerjoin(cible, s.fusionne_dans_id == cible.c.id)
    )
    requete = (
        select(
            s.id,
            s.uuid,
            s.numero,
            s.titre,
            s.description,
            func.coalesce(_THEME.c.titre, ""),
            s.interet_estime,
            _SALLE.c.uuid,
            _CRENEAU.c.uuid,
            _RECOLTE.c.statut,
            s.duree,
            s.besoins,
            s.fusionne_dans_id,
            cible.c.uuid,
            _THEME.c.uuid,
        )
        .select_from(jointures)
        .where(filtre)
        .order_by(s.numero, s.id)
    )
    porteurs: dict[int, list[tuple[UUID, str]]] = {}
    with document.lecture() as session:
        for sujet_id, participant, nom in session.execute(requete_porteurs):
            porteurs.setdefault(sujet_id, []).append((participant, nom))
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
