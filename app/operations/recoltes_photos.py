"""Les photos d'un compte rendu : ajouter, retirer (et remettre), légender, lire les octets.

A photo counts as material received: it takes a report from « à recevoir » to « en saisie »
and a ready one back to « à relire », like a text edit. Photos have no version history: the
`VersionRecolte` rows keep the texts only. Re-exported by `app.operations.recoltes`.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.changements import Changements, Genre
from app.document import DocumentForum
from app.images import ImagePreparee
from app.operations.recoltes_ecriture import sujet_id
from modeles.entites import Photo, Recolte, Sujet
from modeles.erreurs import ErreurForum
from modeles.valeurs import StatutRecolte

_PHOTO_DISPARUE = "Cette photo n'existe plus (elle a peut-être été retirée)."


@dataclass(frozen=True)
class PhotoRetiree:
    """Tout ce qu'il faut pour remettre une photo retirée à sa place (annulation)."""

    uuid: UUID
    sujet: UUID
    rang: int
    legende: str
    nom_fichier: str
    type_mime: str
    largeur: int
    hauteur: int
    donnees: bytes


def _recolte_pour_photos(session: Session, sujet: UUID) -> int:
    """L'id de la récolte, créée au besoin, son statut suivant la règle d'une modification."""
    ligne = session.execute(
        select(Recolte.id, Recolte.statut).join(Sujet).where(Sujet.uuid == sujet)
    ).one_or_none()
    if ligne is None:
        return session.execute(
            insert(Recolte)
            .values(
                uuid=uuid_mod.uuid4(),
                sujet_id=sujet_id(session, sujet),
                statut=StatutRecolte.EN_SAISIE,
                mots_cles=[],
            )
            .returning(Recolte.id)
        ).scalar_one()
    ident, statut = ligne
    suivant = {
        StatutRecolte.A_RECEVOIR: StatutRecolte.EN_SAISIE,
        StatutRecolte.PRETE: StatutRecolte.A_RELIRE,
    }.get(statut)
    if suivant is not None:
        session.execute(
            update(Recolte).where(Recolte.id == ident).values(statut=suivant),
            execution_options={"synchronize_session": False},
        )
    return int(ident)


def _changements(sujet: UUID) -> Changements:
    return Changements.de(Genre.RECOLTE, [sujet]) | Changements.de(Genre.SUJET, [sujet])


def ajouter_photo(
    document: DocumentForum,
    sujet: UUID,
    image: ImagePreparee,
    legende: str = "",
    *,
    uuid: UUID | None = None,
) -> tuple[Changements, UUID]:
    """Ajoute une photo préparée (app.images) après les autres ; `uuid` la refait à l'identique."""
    with document.transaction() as session:
        recolte = _recolte_pour_photos(session, sujet)
        rang = session.scalar(select(func.max(Photo.rang)).where(Photo.recolte_id == recolte))
        photo = Photo(
            uuid=uuid or uuid_mod.uuid4(),
            recolte_id=recolte,
            rang=0 if rang is None else rang + 1,
            legende=legende.strip(),
            nom_fichier=image.nom_fichier,
            type_mime=image.type_mime,
            largeur=image.largeur,
            hauteur=image.hauteur,
            donnees=image.donnees,
        )
        session.add(photo)
        return _changements(sujet), photo.uuid


def _sujet_de_la_photo(session: Session, photo: UUID) -> UUID:
    sujet = session.scalar(
        select(Sujet.uuid)
        .join(Recolte, Recolte.sujet_id == Sujet.id)
        .join(Photo, Photo.recolte_id == Recolte.id)
        .where(Photo.uuid == photo)
    )
    if sujet is None:
        raise ErreurForum(_PHOTO_DISPARUE)
    return sujet


def supprimer_photo(document: DocumentForum, photo: UUID) -> tuple[Changements, PhotoRetiree]:
    """Retire la photo ; ce qui est rendu suffit à la remettre (retablir_photo)."""
    with document.transaction() as session:
        sujet = _sujet_de_la_photo(session, photo)
        p = session.scalars(select(Photo).where(Photo.uuid == photo)).one()
        retiree = PhotoRetiree(
            p.uuid,
            sujet,
            p.rang,
            p.legende,
            p.nom_fichier,
            p.type_mime,
            p.largeur,
            p.hauteur,
            p.donnees,
        )
        session.delete(p)
        return _changements(sujet), retiree


def retablir_photo(document: DocumentForum, retiree: PhotoRetiree) -> Changements:
    """Remet une photo retirée, avec son uuid, sa place et sa légende."""
    with document.transaction() as session:
        session.add(
            Photo(
                uuid=retiree.uuid,
                recolte_id=_recolte_pour_photos(session, retiree.sujet),
                rang=retiree.rang,
                legende=retiree.legende,
                nom_fichier=retiree.nom_fichier,
                type_mime=retiree.type_mime,
                largeur=retiree.largeur,
                hauteur=retiree.hauteur,
                donnees=retiree.donnees,
            )
        )
    return _changements(retiree.sujet)


def legender_photo(document: DocumentForum, photo: UUID, legende: str) -> Changements:
    with document.transaction() as session:
        sujet = _sujet_de_la_photo(session, photo)
        session.execute(
            update(Photo).where(Photo.uuid == photo).values(legende=legende.strip()),
            execution_options={"synchronize_session": False},
        )
    return Changements.de(Genre.RECOLTE, [sujet])


def legende_photo(document: DocumentForum, photo: UUID) -> str:
    with document.lecture() as session:
        legende = session.scalar(select(Photo.legende).where(Photo.uuid == photo))
    if legende is None:
        raise ErreurForum(_PHOTO_DISPARUE)
    return legende


def donnees_photo(document: DocumentForum, photo: UUID) -> bytes:
    """Les octets de la photo réduite (JPEG ou PNG)."""
    with document.lecture() as session:
        donnees = session.scalar(select(Photo.donnees).where(Photo.uuid == photo))
    if donnees is None:
        raise ErreurForum(_PHOTO_DISPARUE)
    return donnees
