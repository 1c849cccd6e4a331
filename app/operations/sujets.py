"""La place du marché : proposer un sujet (et ses porteurs), le modifier, l'annuler."""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.longueurs import verifier_longueur
from app.operations.recherche import par_uuid
from app.operations.themes import theme_pour_titre
from modeles.entites import Participant, Sujet, porteur_sujet
from modeles.erreurs import ErreurForum

CHAMPS_MODIFIABLES = frozenset({"titre", "description", "theme", "interet_estime", "besoins"})


@dataclass(frozen=True)
class SujetAjoute:
    """Ce qu'un ajout a créé : de quoi le défaire, puis le refaire à l'identique."""

    sujet: UUID
    numero: int
    participants_crees: tuple[UUID, ...] = field(default=())


def _nettoyer_titre(titre: str) -> str:
    propre = " ".join(titre.split())
    if not propre:
        raise ErreurForum(
            "Le titre du sujet ne peut pas être vide : écrivez-le comme sur la feuille."
        )
    return verifier_longueur(propre, Sujet.titre, "Le titre d'un sujet")


def _nettoyer_liste(valeurs: Sequence[str]) -> list[str]:
    vues: dict[str, str] = {}
    for valeur in valeurs:
        propre = " ".join(valeur.split())
        if propre:
            vues.setdefault(propre.casefold(), propre)
    return list(vues.values())


def _valider_interet(interet: Any) -> None:
    if interet is not None and (not isinstance(interet, int) or interet < 0):
        raise ErreurForum("L'intérêt estimé est un nombre de personnes (0 ou plus), ou rien.")


def participants_par_nom(session: Session, noms: Sequence[str]) -> dict[str, Participant]:
    """Les participants existants dont le nom correspond (sans égard à la casse)."""
    cles = {n.casefold() for n in noms}
    trouves: dict[str, Participant] = {}
    for participant in session.scalars(select(Participant).order_by(Participant.id)):
        cle = participant.nom.casefold()
        if cle in cles:
            trouves.setdefault(cle, participant)
    return trouves


def ajouter_sujet(
    document: DocumentForum,
    titre: str,
    porteurs: Sequence[str] = (),
    *,
    interet_estime: int | None = None,
    besoins: Sequence[str] = (),
    theme: str = "",
    refaire: SujetAjoute | None = None,
) -> tuple[Changements, SujetAjoute]:
    """Ajoute un sujet au numéro suivant ; un porteur inconnu devient un nouveau participant.

    `refaire` gives back the uuids and number of a first addition, so that redo after undo
    recreates exactly the same forum.
    """
    titre = _nettoyer_titre(titre)
    noms = _nettoyer_liste(porteurs)
    _valider_interet(interet_estime)
    with document.transaction() as session:
        existants = participants_par_nom(session, noms)
        uuids_nouveaux = list(refaire.participants_crees) if refaire else []
        crees: list[UUID] = []
        liste: list[Participant] = []
        for nom in noms:
            participant = existants.get(nom.casefold())
            if participant is None:
                reutilise = uuids_nouveaux.pop(0) if uuids_nouveaux else uuid_mod.uuid4()
                participant = Participant(uuid=reutilise, nom=nom)
                session.add(participant)
                crees.append(reutilise)
            liste.append(participant)
        numero = (
            refaire.numero
            if refaire
            else ((session.scalar(select(func.max(Sujet.numero))) or 0) + 1)
        )
        sujet = Sujet(
            uuid=refaire.sujet if refaire else uuid_mod.uuid4(),
            numero=numero,
            titre=titre,
            theme=theme_pour_titre(session, theme),
            interet_estime=interet_estime,
            besoins=_nettoyer_liste(besoins),
        )
        session.add(sujet)
        session.flush()
        if liste:
            session.execute(
                porteur_sujet.insert(),
                [
                    {"sujet_id": sujet.id, "participant_id": p.id, "rang": rang}
                    for rang, p in enumerate(liste)
                ],
            )
        ajoute = SujetAjoute(sujet.uuid, numero, tuple(crees))
        return (
            Changements.de(Genre.SUJET, [sujet.uuid]) | Changements.de(Genre.PARTICIPANT, crees),
            ajoute,
        )


def retirer_sujet_ajoute(document: DocumentForum, ajoute: SujetAjoute) -> Changements:
    """Défait `ajouter_sujet` : le sujet et les participants qu'il avait créés disparaissent."""
    with document.transaction() as session:
        session.execute(delete(Sujet).where(Sujet.uuid == ajoute.sujet))
        if ajoute.participants_crees:
            session.execute(
                delete(Participant).where(Participant.uuid.in_(ajoute.participants_crees))
            )
    return Changements.de(Genre.SUJET, [ajoute.sujet]) | Changements.de(
        Genre.PARTICIPANT, ajoute.participants_crees
    )


def lire_champs(document: DocumentForum, sujet: UUID) -> dict[str, Any]:
    """Les champs modifiables d'un sujet, tels qu'ils sont (pour pouvoir les remettre)."""
    with document.lecture() as session:
        s = _sujet(session, sujet)
        return {
            "titre": s.titre,
            "description": s.description,
            "theme": s.theme.titre if s.theme else "",
            "interet_estime": s.interet_estime,
            "besoins": list(s.besoins),
        }


def modifier_sujet(document: DocumentForum, sujet: UUID, champs: Mapping[str, Any]) -> Changements:
    inconnus = set(champs) - CHAMPS_MODIFIABLES
    if inconnus:
        raise ValueError(f"Champs inconnus : {sorted(inconnus)}")
    valeurs = dict(champs)
    if "titre" in valeurs:
        valeurs["titre"] = _nettoyer_titre(valeurs["titre"])
    if "besoins" in valeurs:
        valeurs["besoins"] = _nettoyer_liste(valeurs["besoins"])
    if "interet_estime" in valeurs:
        _valider_interet(valeurs["interet_estime"])
    with document.transaction() as session:
        s = _sujet(session, sujet)
        if "theme" in valeurs:
            # Typed at the marketplace: a new title makes a new theme.
            valeurs["theme"] = theme_pour_titre(session, str(valeurs["theme"] or ""))
        for nom, valeur in valeurs.items():
            setattr(s, nom, valeur)
    return Changements.de(Genre.SUJET, [sujet])


def _sujet(session: Session, sujet: UUID) -> Sujet:
    return par_uuid(
        session, Sujet, sujet, "Ce sujet n'existe plus (il a peut-être été retiré entre-temps)."
    )
