"""Lectures de la page Participants : la fiche entière, ses ateliers, les listes à compléter.

Unlike `lectures.participants`, these snapshots carry the contact details: they are for the
facilitator's own screen, never for the book or the site.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select

from app.document import DocumentForum
from modeles.ecosysteme import REGIONS_QUEBEC, TYPES_ACTEUR
from modeles.entites import Participant, Recolte, Sujet, porteur_sujet, presence_recolte

ROLE_PORTEUR = "porteur·euse"
ROLE_PRESENT = "présent·e"
ROLE_SCRIBE = "scribe"
_ORDRE_ROLES = (ROLE_PORTEUR, ROLE_SCRIBE, ROLE_PRESENT)


@dataclass(frozen=True)
class FicheParticipant:
    uuid: UUID
    nom: str
    organisation: str
    courriel: str
    telephone: str
    type_acteur: str
    niveau_action: str
    territoire: str
    consentement_publication: bool
    consentement_coordonnees: bool

    def champs(self) -> dict[str, str | bool]:
        """Les champs modifiables, sous les noms des opérations."""
        return {
            "nom": self.nom,
            "organisation": self.organisation,
            "courriel": self.courriel,
            "telephone": self.telephone,
            "type_acteur": self.type_acteur,
            "niveau_action": self.niveau_action,
            "territoire": self.territoire,
            "consentement_publication": self.consentement_publication,
            "consentement_coordonnees": self.consentement_coordonnees,
        }


@dataclass(frozen=True)
class AtelierDuParticipant:
    """Un atelier où la personne a joué au moins un rôle (porteur·euse, scribe, présent·e)."""

    sujet: UUID
    numero: int
    titre: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class ValeursConnues:
    """Ce que les champs proposent : les listes de départ, puis ce que ce forum a déjà saisi."""

    organisations: tuple[str, ...]
    types_acteur: tuple[str, ...]
    territoires: tuple[str, ...]


def fiches(
    document: DocumentForum, seulement: Collection[UUID] | None = None
) -> list[FicheParticipant]:
    """Les participants (tous, ou `seulement` ceux-là), par nom."""
    with document.lecture() as session:
        requete = select(Participant).order_by(Participant.nom, Participant.id)
        if seulement is not None:
            requete = requete.where(Participant.uuid.in_(list(seulement)))
        return [
            FicheParticipant(
                p.uuid,
                p.nom,
                p.organisation,
                p.courriel,
                p.telephone,
                p.type_acteur,
                p.niveau_action,
                p.territoire,
                p.consentement_publication,
                p.consentement_coordonnees,
            )
            for p in session.scalars(requete)
        ]


def fiche(document: DocumentForum, uuid: UUID) -> FicheParticipant | None:
    trouvees = fiches(document, [uuid])
    return trouvees[0] if trouvees else None


def ateliers_du_participant(document: DocumentForum, uuid: UUID) -> list[AtelierDuParticipant]:
    """Les ateliers de cette personne, par numéro, chacun avec ses rôles."""
    with document.lecture() as session:
        ident = session.scalar(select(Participant.id).where(Participant.uuid == uuid))
        if ident is None:
            return []
        roles: dict[int, set[str]] = {}
        for sujet_id in session.scalars(
            select(porteur_sujet.c.sujet_id).where(porteur_sujet.c.participant_id == ident)
        ):
            roles.setdefault(sujet_id, set()).add(ROLE_PORTEUR)
        for sujet_id in session.scalars(
            select(Recolte.sujet_id)
            .join(presence_recolte, presence_recolte.c.recolte_id == Recolte.id)
            .where(presence_recolte.c.participant_id == ident)
        ):
            roles.setdefault(sujet_id, set()).add(ROLE_PRESENT)
        for sujet_id in session.scalars(select(Recolte.sujet_id).where(Recolte.scribe_id == ident)):
            roles.setdefault(sujet_id, set()).add(ROLE_SCRIBE)
        if not roles:
            return []
        sujets = session.execute(
            select(Sujet.id, Sujet.uuid, Sujet.numero, Sujet.titre)
            .where(Sujet.id.in_(list(roles)))
            .order_by(Sujet.numero, Sujet.id)
        ).all()
    return [
        AtelierDuParticipant(
            uuid_sujet, numero, titre, tuple(r for r in _ORDRE_ROLES if r in roles[ident_sujet])
        )
        for ident_sujet, uuid_sujet, numero, titre in sujets
    ]


def valeurs_connues(document: DocumentForum) -> ValeursConnues:
    """Organisations, types d'acteur et territoires à proposer pendant la saisie."""
    with document.lecture() as session:
        rangees = session.execute(
            select(Participant.organisation, Participant.type_acteur, Participant.territoire)
        ).all()
    organisations = _uniques(o for o, _, _ in rangees)
    types = _uniques([*TYPES_ACTEUR, *sorted(_uniques(t for _, t, _ in rangees), key=str.casefold)])
    territoires = _uniques(
        [*REGIONS_QUEBEC, *sorted(_uniques(t for _, _, t in rangees), key=str.casefold)]
    )
    return ValeursConnues(
        tuple(sorted(organisations, key=str.casefold)), tuple(types), tuple(territoires)
    )


def _uniques(valeurs: Iterable[str]) -> list[str]:
    """Sans vides ni doublons (à la casse près), dans l'ordre de première apparition."""
    vues: dict[str, str] = {}
    for valeur in valeurs:
        propre = " ".join(valeur.split())
        if propre:
            vues.setdefault(propre.casefold(), propre)
    return list(vues.values())
