"""Les salles du forum : ajouter, modifier, réordonner, supprimer (et restaurer à l'identique).

Deleting a room never deletes a topic: its sessions only leave the wall, and the snapshot keeps
where they were so that undo puts them back exactly.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.longueurs import longueur_max
from app.operations.recherche import par_uuid
from modeles.entites import Creneau, Salle, Sujet
from modeles.erreurs import ErreurForum

CHAMPS_SALLE = frozenset({"nom", "capacite", "equipements", "accessible"})


@dataclass(frozen=True)
class Placement:
    """Où un atelier était sur le mur : sa salle, son créneau de départ, sa durée."""

    sujet: UUID
    salle: UUID | None
    creneau: UUID | None
    duree: int


@dataclass(frozen=True)
class InstantaneSalle:
    """Tout ce qu'il faut pour recréer une salle supprimée et remettre ses ateliers au mur."""

    uuid: UUID
    nom: str
    capacite: int | None
    equipements: tuple[str, ...]
    accessible: bool
    ordre: int
    placements: tuple[Placement, ...]


# --- règles --------------------------------------------------------------------------------


def nettoyer_equipements(valeurs: Iterable[str]) -> list[str]:
    """Étiquettes sans espaces superflues, sans vides ni doublons, dans l'ordre donné."""
    vues: dict[str, str] = {}
    for valeur in valeurs:
        if not isinstance(valeur, str):
            raise ErreurForum("Chaque équipement est un mot ou une courte expression.")
        propre = " ".join(valeur.split())
        if propre:
            vues.setdefault(propre.casefold(), propre)
    return list(vues.values())


def raison_refus_salle(champs: Mapping[str, Any], autres_noms: Iterable[str]) -> str | None:
    """La raison de refuser ces champs de salle ; None s'ils sont valables (règle sans base)."""
    if "nom" in champs:
        nom = " ".join(str(champs["nom"]).split())
        if not nom:
            return "Le nom de la salle ne peut pas être vide."
        maximum = longueur_max(Salle.nom)
        if maximum is not None and len(nom) > maximum:
            return f"Le nom d'une salle tient en {maximum} caractères au plus : raccourcissez-le."
        if any(nom.casefold() == " ".join(a.split()).casefold() for a in autres_noms):
            return f"Une salle porte déjà le nom « {nom} » : choisissez-en un autre."
    if "capacite" in champs:
        capacite = champs["capacite"]
        if capacite is not None and (
            isinstance(capacite, bool) or not isinstance(capacite, int) or capacite < 0
        ):
            return "Le nombre de places est un nombre entier, 0 ou plus (ou rien s'il est inconnu)."
    if "accessible" in champs and not isinstance(champs["accessible"], bool):
        return "L'accessibilité d'une salle est oui ou non."
    return None


def _valider(session: Session, champs: Mapping[str, Any], sauf: int | None) -> dict[str, Any]:
    inconnus = set(champs) - CHAMPS_SALLE
    if inconnus:
        raise ValueError(f"Champs inconnus : {sorted(inconnus)}")
    autres: list[str] = []
    if "nom" in champs:
        requete = select(Salle.nom).where(Salle.id != sauf) if sauf else select(Salle.nom)
        autres = list(session.scalars(requete))
    raison = raison_refus_salle(champs, autres)
    if raison:
        raise ErreurForum(raison)
    propres = dict(champs)
    if "nom" in propres:
        propres["nom"] = " ".join(str(propres["nom"]).split())
    if "equipements" in propres:
        propres["equipements"] = nettoyer_equipements(propres["equipements"])
    return propres


def _salle(session: Session, uuid: UUID) -> Salle:
    return par_uuid(session, Salle, uuid, "Cette salle n'existe plus dans le forum.")


# --- le mur : retirer et remettre des ateliers ---------------------------------------------


def retirer_du_mur(session: Session, sujets: Sequence[Sujet]) -> tuple[Placement, ...]:
    """Ôte ces ateliers du mur et dit où ils étaient ; aucun sujet n'est effacé."""
    placements = tuple(
        Placement(
            s.uuid,
            s.salle.uuid if s.salle else None,
            s.creneau.uuid if s.creneau else None,
            s.duree,
        )
        for s in sujets
    )
    for sujet in sujets:
        sujet.salle = None
        sujet.creneau = None
    return placements


def remettre_au_mur(session: Session, placements: Iterable[Placement]) -> list[UUID]:
    """Remet chaque atelier exactement où il était ; dit lesquels ont bougé."""
    remis: list[UUID] = []
    for p in placements:
        sujet = session.scalars(select(Sujet).where(Sujet.uuid == p.sujet)).one_or_none()
        if sujet is None:
            continue
        sujet.salle = (
            session.scalars(select(Salle).where(Salle.uuid == p.salle)).one_or_none()
            if p.salle
            else None
        )
        sujet.creneau = (
            session.scalars(select(Creneau).where(Creneau.uuid == p.creneau)).one_or_none()
            if p.creneau
            else None
        )
        sujet.duree = p.duree
        remis.append(p.sujet)
    return remis


def _ateliers_de(session: Session, salle: Salle) -> list[Sujet]:
    return list(session.scalars(select(Sujet).where(Sujet.salle_id == salle.id).order_by(Sujet.id)))


# --- lectures ------------------------------------------------------------------------------


def nombre_ateliers_salle(document: DocumentForum, uuid: UUID) -> int:
    """Combien d'ateliers quitteraient le mur si l'on supprimait cette salle."""
    with document.lecture() as session:
        requete = select(func.count()).select_from(Sujet).join(Sujet.salle)
        return session.scalar(requete.where(Salle.uuid == uuid)) or 0


# --- opérations ----------------------------------------------------------------------------


def ajouter_salle(
    document: DocumentForum, champs: Mapping[str, Any], uuid: UUID | None = None
) -> tuple[Changements, UUID]:
    """Ajoute une salle à la fin de la liste ; `uuid` redonne le même à un « rétablir »."""
    with document.transaction() as session:
        if "nom" not in champs:
            raise ErreurForum("Le nom de la salle ne peut pas être vide.")
        propres = _valider(session, champs, None)
        dernier = session.scalar(select(func.max(Salle.ordre))) or 0
        salle = Salle(
            uuid=uuid or uuid_mod.uuid4(),
            nom=propres["nom"],
            capacite=propres.get("capacite"),
            equipements=propres.get("equipements", []),
            accessible=propres.get("accessible", True),
            ordre=dernier + 1,
        )
        session.add(salle)
        return Changements.de(Genre.SALLE, [salle.uuid]), salle.uuid


def modifier_salle(document: DocumentForum, uuid: UUID, champs: Mapping[str, Any]) -> Changements:
    """Applique les champs donnés ; refuse le tout si l'un d'eux est invalide."""
    with document.transaction() as session:
        salle = _salle(session, uuid)
        for nom, valeur in _valider(session, champs, salle.id).items():
            setattr(salle, nom, valeur)
        return Changements.de(Genre.SALLE, [uuid])


def supprimer_salle(document: DocumentForum, uuid: UUID) -> tuple[Changements, InstantaneSalle]:
    """Supprime la salle ; ses ateliers quittent le mur (les sujets restent)."""
    with document.transaction() as session:
        salle = _salle(session, uuid)
        placements = retirer_du_mur(session, _ateliers_de(session, salle))
        instantane = InstantaneSalle(
            salle.uuid,
            salle.nom,
            salle.capacite,
            tuple(salle.equipements),
            salle.accessible,
            salle.ordre,
            placements,
        )
        session.delete(salle)
        return (
            Changements.de(Genre.SALLE, [uuid])
            | Changements.de(Genre.SUJET, [p.sujet for p in placements]),
            instantane,
        )


def restaurer_salle(document: DocumentForum, instantane: InstantaneSalle) -> Changements:
    """Recrée la salle telle qu'elle était (même uuid, même rang) et remet ses ateliers au mur."""
    with document.transaction() as session:
        session.add(
            Salle(
                uuid=instantane.uuid,
                nom=instantane.nom,
                capacite=instantane.capacite,
                equipements=list(instantane.equipements),
                accessible=instantane.accessible,
                ordre=instantane.ordre,
            )
        )
        session.flush()
        remis = remettre_au_mur(session, instantane.placements)
        return Changements.de(Genre.SALLE, [instantane.uuid]) | Changements.de(Genre.SUJET, remis)


def reordonner_salles(document: DocumentForum, uuids: Sequence[UUID]) -> Changements:
    """Range les salles dans cet ordre (1, 2, 3…) ; la liste doit les nommer toutes, une fois."""
    return definir_ordres_salles(document, {u: rang for rang, u in enumerate(uuids, start=1)})


def definir_ordres_salles(document: DocumentForum, ordres: Mapping[UUID, int]) -> Changements:
    """Donne à chaque salle son rang ; sert aussi à remettre des rangs d'avant à l'identique."""
    with document.transaction() as session:
        salles = {s.uuid: s for s in session.scalars(select(Salle))}
        if set(ordres) != set(salles) or len(ordres) != len(salles):
            raise ErreurForum(
                "La liste des salles a changé entre-temps : réessayez sur la liste à jour."
            )
        changees = []
        for uuid, ordre in ordres.items():
            if salles[uuid].ordre != ordre:
                salles[uuid].ordre = ordre
                changees.append(uuid)
        return Changements.de(Genre.SALLE, changees)
