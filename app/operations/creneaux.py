"""Les créneaux du forum : ajouter, modifier, supprimer (et restaurer), générer une journée type.

Every slot is checked against the others of its day by modeles.creneaux.valider_creneau; a batch
(a generated day) is written whole or not at all. Deleting a slot takes the sessions that start
on it, or span it, off the wall; the topics stay.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changements import Changements, Genre
from app.document import DocumentForum
from app.formats import heure
from app.operations.longueurs import verifier_longueur
from app.operations.recherche import par_uuid
from app.operations.salles import Placement, remettre_au_mur, retirer_du_mur
from modeles.creneaux import ModeleCreneau, PlageHoraire, valider_creneau
from modeles.entites import Creneau, Sujet
from modeles.erreurs import ErreurForum
from modeles.valeurs import NatureCreneau

CHAMPS_CRENEAU = frozenset({"jour", "debut", "fin", "nature", "libelle"})


@dataclass(frozen=True)
class InstantaneCreneau:
    """Tout ce qu'il faut pour recréer un créneau supprimé et remettre ses ateliers au mur."""

    uuid: UUID
    jour: dt.date
    debut: dt.time
    fin: dt.time
    nature: NatureCreneau
    libelle: str
    placements: tuple[Placement, ...]


def _modele(creneau: Creneau) -> ModeleCreneau:
    return ModeleCreneau(creneau.debut, creneau.fin, creneau.nature, creneau.libelle)


def _du_jour(session: Session, jour: dt.date, sauf: int | None = None) -> list[Creneau]:
    requete = select(Creneau).where(Creneau.jour == jour).order_by(Creneau.debut, Creneau.id)
    return [c for c in session.scalars(requete) if c.id != sauf]


def _creneau(session: Session, uuid: UUID) -> Creneau:
    return par_uuid(session, Creneau, uuid, "Ce créneau n'existe plus dans le forum.")


def _propres(champs: Mapping[str, Any]) -> dict[str, Any]:
    inconnus = set(champs) - CHAMPS_CRENEAU
    if inconnus:
        raise ValueError(f"Champs inconnus : {sorted(inconnus)}")
    propres = dict(champs)
    if "nature" in propres:
        propres["nature"] = NatureCreneau(propres["nature"])
    if "libelle" in propres:
        propres["libelle"] = verifier_longueur(
            " ".join(str(propres["libelle"]).split()), Creneau.libelle, "Le libellé d'un créneau"
        )
    return propres


def _verifier(
    session: Session, jour: dt.date, debut: dt.time, fin: dt.time, sauf: int | None
) -> None:
    raison = valider_creneau(debut, fin, [_modele(c) for c in _du_jour(session, jour, sauf)], heure)
    if raison:
        raise ErreurForum(raison)


def _ateliers_sur(session: Session, creneau: Creneau) -> list[Sujet]:
    """Les ateliers qui commencent sur ce créneau ou le couvrent (ateliers de plusieurs rondes).

    A session spans consecutive workshop slots of its day, in time order (as modeles.conflits
    reads `duree`).
    """
    du_jour = _du_jour(session, creneau.jour)
    ateliers = sorted(
        (c for c in du_jour if c.nature is NatureCreneau.ATELIER),
        key=lambda c: (c.debut, c.fin, c.id),
    )
    rang = {c.id: i for i, c in enumerate(ateliers)}
    candidats = session.scalars(
        select(Sujet).where(Sujet.creneau_id.in_([c.id for c in du_jour])).order_by(Sujet.id)
    )
    cible = rang.get(creneau.id)
    resultat = []
    for sujet in candidats:
        depart = rang.get(sujet.creneau_id) if sujet.creneau_id is not None else None
        couvre = cible is not None and depart is not None and depart <= cible < depart + sujet.duree
        if sujet.creneau_id == creneau.id or couvre:
            resultat.append(sujet)
    return resultat


# --- lectures ------------------------------------------------------------------------------


def nombre_ateliers_creneau(document: DocumentForum, uuid: UUID) -> int:
    """Combien d'ateliers quitteraient le mur si l'on supprimait ce créneau."""
    with document.lecture() as session:
        creneau = session.scalars(select(Creneau).where(Creneau.uuid == uuid)).one_or_none()
        return len(_ateliers_sur(session, creneau)) if creneau else 0


# --- opérations ----------------------------------------------------------------------------


def ajouter_creneau(
    document: DocumentForum, champs: Mapping[str, Any], uuid: UUID | None = None
) -> tuple[Changements, UUID]:
    """Ajoute un créneau (jour, debut, fin obligatoires) ; `uuid` redonne le même à un rétablir."""
    propres = _propres(champs)
    manquants = {"jour", "debut", "fin"} - set(propres)
    if manquants:
        raise ValueError(f"Champs manquants : {sorted(manquants)}")
    with document.transaction() as session:
        _verifier(session, propres["jour"], propres["debut"], propres["fin"], None)
        creneau = Creneau(
            uuid=uuid or uuid_mod.uuid4(),
            jour=propres["jour"],
            debut=propres["debut"],
            fin=propres["fin"],
            nature=propres.get("nature", NatureCreneau.ATELIER),
            libelle=propres.get("libelle", ""),
        )
        session.add(creneau)
        return Changements.de(Genre.CRENEAU, [creneau.uuid]), creneau.uuid


def modifier_creneau(document: DocumentForum, uuid: UUID, champs: Mapping[str, Any]) -> Changements:
    """Applique les champs donnés ; refuse le tout si le créneau devient invalide.

    A slot holding sessions keeps its workshop nature: they would be left in a pause.
    """
    propres = _propres(champs)
    with document.transaction() as session:
        creneau = _creneau(session, uuid)
        apres = {n: propres.get(n, getattr(creneau, n)) for n in ("jour", "debut", "fin")}
        _verifier(session, apres["jour"], apres["debut"], apres["fin"], creneau.id)
        nature = propres.get("nature", creneau.nature)
        if nature is not NatureCreneau.ATELIER and creneau.nature is NatureCreneau.ATELIER:
            ateliers = len(_ateliers_sur(session, creneau))
            if ateliers == 1:
                raise ErreurForum(
                    "Ce créneau accueille un atelier : retirez-le du mur avant d'en changer "
                    "la nature."
                )
            if ateliers:
                raise ErreurForum(
                    f"Ce créneau accueille {ateliers} ateliers : retirez-les du mur avant d'en "
                    "changer la nature."
                )
        for nom, valeur in propres.items():
            setattr(creneau, nom, valeur)
        return Changements.de(Genre.CRENEAU, [uuid])


def supprimer_creneau(document: DocumentForum, uuid: UUID) -> tuple[Changements, InstantaneCreneau]:
    """Supprime le créneau ; les ateliers qui l'occupaient quittent le mur (les sujets restent)."""
    with document.transaction() as session:
        creneau = _creneau(session, uuid)
        placements = retirer_du_mur(session, _ateliers_sur(session, creneau))
        instantane = InstantaneCreneau(
            creneau.uuid,
            creneau.jour,
            creneau.debut,
            creneau.fin,
            creneau.nature,
            creneau.libelle,
            placements,
        )
        session.delete(creneau)
        return (
            Changements.de(Genre.CRENEAU, [uuid])
            | Changements.de(Genre.SUJET, [p.sujet for p in placements]),
            instantane,
        )


def restaurer_creneau(document: DocumentForum, instantane: InstantaneCreneau) -> Changements:
    """Recrée le créneau tel qu'il était (même uuid) et remet ses ateliers au mur."""
    with document.transaction() as session:
        session.add(
            Creneau(
                uuid=instantane.uuid,
                jour=instantane.jour,
                debut=instantane.debut,
                fin=instantane.fin,
                nature=instantane.nature,
                libelle=instantane.libelle,
            )
        )
        session.flush()
        remis = remettre_au_mur(session, instantane.placements)
        return Changements.de(Genre.CRENEAU, [instantane.uuid]) | Changements.de(Genre.SUJET, remis)


def ajouter_journee(
    document: DocumentForum,
    jour: dt.date,
    modeles: Sequence[ModeleCreneau],
    uuids: Sequence[UUID] | None = None,
) -> tuple[Changements, list[UUID]]:
    """Ajoute ces créneaux au jour donné, tous ou aucun ; `uuids` redonne les mêmes (rétablir)."""
    if uuids is not None and len(uuids) != len(modeles):
        raise ValueError("Un uuid par créneau.")
    with document.transaction() as session:
        deja: list[ModeleCreneau] = [_modele(c) for c in _du_jour(session, jour)]
        for modele in modeles:
            raison = valider_creneau(modele.debut, modele.fin, deja, heure)
            if raison:
                raise ErreurForum(f"{modele.libelle or 'Un créneau'} : {raison}")
            deja.append(modele)
        nouveaux = [
            Creneau(
                uuid=uuids[i] if uuids is not None else uuid_mod.uuid4(),
                jour=jour,
                debut=m.debut,
                fin=m.fin,
                nature=m.nature,
                libelle=m.libelle,
            )
            for i, m in enumerate(modeles)
        ]
        session.add_all(nouveaux)
        crees = [c.uuid for c in nouveaux]
        return Changements.de(Genre.CRENEAU, crees), crees


def retirer_journee(document: DocumentForum, uuids: Sequence[UUID]) -> Changements:
    """Défait `ajouter_journee` : ces créneaux disparaissent (leurs ateliers quittent le mur)."""
    with document.transaction() as session:
        creneaux = list(session.scalars(select(Creneau).where(Creneau.uuid.in_(uuids))))
        retires: list[Placement] = []
        for creneau in creneaux:
            retires.extend(retirer_du_mur(session, _ateliers_sur(session, creneau)))
        session.flush()
        for creneau in creneaux:
            session.delete(creneau)
        return Changements.de(Genre.CRENEAU, [c.uuid for c in creneaux]) | Changements.de(
            Genre.SUJET, [p.sujet for p in retires]
        )


def raison_refus_creneau(
    debut: dt.time, fin: dt.time, autres_du_jour: Sequence[PlageHoraire]
) -> str | None:
    """La règle des créneaux, avec les heures écrites pour le Québec (pour les vues)."""
    return valider_creneau(debut, fin, autres_du_jour, heure)
