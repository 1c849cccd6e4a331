"""Le mur de l'agenda : placer, déplacer, échanger, retirer, fusionner et défusionner des sujets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.agenda import verifier_placement
from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.recherche import par_uuid
from modeles.entites import Creneau, Salle, Sujet
from modeles.erreurs import ErreurForum

T = TypeVar("T", Salle, Creneau)


@dataclass(frozen=True)
class Placement:
    """Où est un sujet sur le mur ; salle et créneau à None : hors du mur."""

    salle: UUID | None = None
    creneau: UUID | None = None
    duree: int = 1

    @property
    def sur_le_mur(self) -> bool:
        return self.salle is not None and self.creneau is not None


def _sujet(session: Session, uuid: UUID) -> Sujet:
    return par_uuid(
        session, Sujet, uuid, "Ce sujet n'existe plus (il a peut-être été retiré entre-temps)."
    )


def _par_uuid(session: Session, classe: type[T], uuid: UUID) -> T:
    return par_uuid(session, classe, uuid, "Cette salle ou ce créneau n'existe plus.")


def _placement(sujet: Sujet) -> Placement:
    return Placement(
        sujet.salle.uuid if sujet.salle else None,
        sujet.creneau.uuid if sujet.creneau else None,
        sujet.duree,
    )


def placement_de(document: DocumentForum, sujet: UUID) -> Placement:
    with document.lecture() as session:
        return _placement(_sujet(session, sujet))


def _appliquer(session: Session, sujet: Sujet, placement: Placement, verifier: bool) -> None:
    if placement.duree < 1:
        raise ErreurForum("Un atelier dure au moins un créneau.")
    if not placement.sur_le_mur:
        sujet.salle, sujet.creneau, sujet.duree = None, None, placement.duree
        return
    if sujet.fusionne_dans_id is not None:
        raise ErreurForum(
            "Ce sujet a été fusionné dans un autre : placez le sujet fusionné, ou défusionnez-le."
        )
    assert placement.salle is not None and placement.creneau is not None
    salle = _par_uuid(session, Salle, placement.salle)
    creneau = _par_uuid(session, Creneau, placement.creneau)
    if verifier:
        raison = verifier_placement(session, sujet, salle, creneau, placement.duree)
        if raison:
            raise ErreurForum(raison)
    sujet.salle, sujet.creneau, sujet.duree = salle, creneau, placement.duree


def placer(
    document: DocumentForum, sujet: UUID, placement: Placement, *, verifier: bool = True
) -> Changements:
    """Place, déplace ou retire un sujet ; refuse (ErreurForum) une case déjà prise."""
    with document.transaction() as session:
        _appliquer(session, _sujet(session, sujet), placement, verifier)
    return Changements.de(Genre.SUJET, [sujet])


def echanger(document: DocumentForum, a: UUID, b: UUID) -> Changements:
    """Les deux ateliers échangent leur salle et leur créneau (chacun garde sa durée)."""
    with document.transaction() as session:
        sujet_a, sujet_b = _sujet(session, a), _sujet(session, b)
        place_a, place_b = _placement(sujet_a), _placement(sujet_b)
        # Both leave the wall first, so that neither blocks the other's new place.
        sujet_a.salle = sujet_a.creneau = sujet_b.salle = sujet_b.creneau = None
        session.flush()
        _appliquer(session, sujet_a, Placement(place_b.salle, place_b.creneau, place_a.duree), True)
        session.flush()
        _appliquer(session, sujet_b, Placement(place_a.salle, place_a.creneau, place_b.duree), True)
    return Changements.de(Genre.SUJET, [a, b])


def fusionner(document: DocumentForum, cible: UUID, autres: Sequence[UUID]) -> Changements:
    """Les `autres` rejoignent `cible` : leurs porteurs y deviennent co-porteurs.

    The merged topics keep their rows unchanged (placement included, hidden), so that
    unmerging gives them back exactly.
    """
    if not autres or cible in autres:
        raise ErreurForum("Choisissez au moins deux sujets différents à fusionner.")
    with document.transaction() as session:
        sujet_cible = _sujet(session, cible)
        if sujet_cible.fusionne_dans_id is not None:
            raise ErreurForum("Ce sujet est déjà fusionné dans un autre : choisissez celui-là.")
        for uuid in autres:
            sujet = _sujet(session, uuid)
            if sujet.fusionne_dans_id is not None:
                raise ErreurForum(f"Le sujet n° {sujet.numero} est déjà fusionné dans un autre.")
            if session.scalar(select(Sujet.id).where(Sujet.fusionne_dans_id == sujet.id).limit(1)):
                raise ErreurForum(
                    f"D'autres sujets sont fusionnés dans le n° {sujet.numero} : "
                    "fusionnez plutôt tous les sujets dans celui-là."
                )
            sujet.fusionne_dans = sujet_cible
    return Changements.de(Genre.SUJET, [cible, *autres])


def fusionnes_dans(document: DocumentForum, cible: UUID) -> list[UUID]:
    with document.lecture() as session:
        sujet = _sujet(session, cible)
        return list(
            session.scalars(
                select(Sujet.uuid).where(Sujet.fusionne_dans_id == sujet.id).order_by(Sujet.numero)
            )
        )


def defusionner(document: DocumentForum, cible: UUID) -> tuple[Changements, dict[UUID, Placement]]:
    """Rend leur indépendance aux sujets fusionnés dans `cible`, tels qu'ils étaient.

    One whose old cell was taken meanwhile comes back off the wall rather than on top of
    another session; the placements so cleared are returned, for undo.
    """
    retires: dict[UUID, Placement] = {}
    with document.transaction() as session:
        sujet_cible = _sujet(session, cible)
        liberes = list(
            session.scalars(
                select(Sujet).where(Sujet.fusionne_dans_id == sujet_cible.id).order_by(Sujet.numero)
            )
        )
        if not liberes:
            raise ErreurForum("Aucun sujet n'est fusionné dans celui-ci.")
        for sujet in liberes:
            sujet.fusionne_dans = None
        session.flush()
        for sujet in liberes:
            if sujet.salle is None or sujet.creneau is None:
                continue
            if verifier_placement(session, sujet, sujet.salle, sujet.creneau, sujet.duree):
                retires[sujet.uuid] = _placement(sujet)
                sujet.salle = sujet.creneau = None
                session.flush()
        uuids = [s.uuid for s in liberes]
    return Changements.de(Genre.SUJET, [cible, *uuids]), retires


def refusionner(
    document: DocumentForum, cible: UUID, autres: Sequence[UUID], placements: dict[UUID, Placement]
) -> Changements:
    """Défait `defusionner` : les sujets retournent dans `cible` avec leur placement d'avant."""
    with document.transaction() as session:
        sujet_cible = _sujet(session, cible)
        for uuid in autres:
            sujet = _sujet(session, uuid)
            if uuid in placements:
                _appliquer(session, sujet, placements[uuid], verifier=False)
            sujet.fusionne_dans = sujet_cible
    return Changements.de(Genre.SUJET, [cible, *autres])


def defaire_fusion(document: DocumentForum, cible: UUID, autres: Sequence[UUID]) -> Changements:
    """Défait `fusionner` : les sujets redeviennent indépendants, sans autre changement."""
    with document.transaction() as session:
        for uuid in autres:
            _sujet(session, uuid).fusionne_dans = None
    return Changements.de(Genre.SUJET, [cible, *autres])
