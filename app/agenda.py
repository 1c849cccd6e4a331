"""Le mur de l'agenda vu par les règles du domaine : ses conflits, et ce qu'un placement refuse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.document import DocumentForum
from app.formats import heure
from app.lectures import CreneauLu, SalleLue, SujetLu
from modeles.conflits import (
    MOTS_FRANCAIS,
    Conflit,
    CreneauAgenda,
    Gravite,
    MotsConflits,
    SalleAgenda,
    SujetAgenda,
    couvertures,
    detecter_conflits,
    refus_placement,
)
from modeles.entites import Creneau, Salle, Sujet
from modeles.valeurs import NatureCreneau


def salles_agenda(salles: Sequence[SalleLue]) -> list[SalleAgenda]:
    return [
        SalleAgenda(s.uuid, s.nom, s.capacite, frozenset(s.equipements), s.accessible)
        for s in salles
    ]


def creneaux_agenda(creneaux: Sequence[CreneauLu]) -> list[CreneauAgenda]:
    return [
        CreneauAgenda(c.uuid, c.jour, c.debut, c.fin, c.nature is NatureCreneau.ATELIER)
        for c in creneaux
    ]


def sujet_agenda(s: SujetLu) -> SujetAgenda:
    return SujetAgenda(
        s.uuid,
        s.numero,
        s.titre,
        tuple(zip(s.porteurs_uuids, s.porteurs, strict=True)),
        s.salle,
        s.creneau,
        s.duree,
        s.interet_estime,
        frozenset(s.besoins),
    )


def entrees(
    salles: Sequence[SalleLue], creneaux: Sequence[CreneauLu], sujets: Sequence[SujetLu]
) -> tuple[list[SalleAgenda], list[CreneauAgenda], list[SujetAgenda]]:
    """Les instantanés des vues, traduits pour les règles pures (seuls les sujets actifs)."""
    return (
        salles_agenda(salles),
        creneaux_agenda(creneaux),
        [sujet_agenda(s) for s in sujets if s.actif],
    )


Case = tuple[UUID, UUID]  # (créneau, salle)


@dataclass(frozen=True)
class Occupation:
    """Un atelier dans une case du mur ; `debut` est faux dans les créneaux qu'il prolonge."""

    sujet: SujetLu
    debut: bool


def couverture(creneaux: Sequence[CreneauLu], sujets: Sequence[SujetLu]) -> dict[Case, Occupation]:
    """Les cases occupées par les ateliers actifs, multi-créneaux compris.

    Where two sessions claim one cell (a conflict), the one with the lower number is shown;
    the conflicts list names both.
    """
    agenda = [
        CreneauAgenda(c.uuid, c.jour, c.debut, c.fin, c.nature is NatureCreneau.ATELIER)
        for c in creneaux
    ]
    connus = {c.uuid for c in creneaux}
    # Only the sessions that start in these slots can cover them (spans stay within a day).
    places = sorted(
        (s for s in sujets if s.actif and s.place and s.creneau in connus), key=lambda s: s.numero
    )
    spans = couvertures(
        [SujetAgenda(s.uuid, s.numero, s.titre, (), s.salle, s.creneau, s.duree) for s in places],
        agenda,
    )
    cases: dict[Case, Occupation] = {}
    for sujet in places:
        assert sujet.salle is not None and sujet.creneau is not None
        # Off the grid (a span past the day): shown in its first cell, the conflict says why.
        couverts = spans[sujet.uuid] or ((sujet.creneau,) if sujet.creneau in connus else ())
        for rang, creneau in enumerate(couverts):
            cases.setdefault((cast(UUID, creneau), sujet.salle), Occupation(sujet, rang == 0))
    return cases


def conflits_par_case(
    conflits: Sequence[Conflit], cases: dict[Case, Occupation]
) -> dict[Case, list[Conflit]]:
    """Chaque conflit, rattaché aux cases où il se voit (celles des ateliers qu'il concerne)."""
    par_sujet: dict[UUID, list[Case]] = {}
    for case, occupation in cases.items():
        par_sujet.setdefault(occupation.sujet.uuid, []).append(case)
    resultat: dict[Case, list[Conflit]] = {}
    for conflit in conflits:
        creneaux = set(conflit.creneaux)
        for sujet in conflit.sujets:
            for case in par_sujet.get(sujet, ()):  # type: ignore[call-overload]
                if not creneaux or case[0] in creneaux:
                    liste = resultat.setdefault(case, [])
                    if conflit not in liste:
                        liste.append(conflit)
        if conflit.salle is not None:
            for creneau in conflit.creneaux:
                case = (creneau, conflit.salle)  # type: ignore[assignment]
                liste = resultat.setdefault(case, [])
                if conflit not in liste:
                    liste.append(conflit)
    return resultat


# The conflicts' words for an English interface (French ones are the rules' own default).
MOTS_ANGLAIS = MotsConflits(
    numero="No. {}",
    et="and",
    place=("seat", "seats"),
    personne=("person", "people"),
    zero_singulier=False,
    lieu="{salle}, {heure}",
    refus_lieu="{lieu}: {raison}.",
    salle_hors_mur="the room is not on the wall",
    creneau_hors_mur="the time slot is not on the wall",
    pas_d_atelier="this time slot does not host sessions",
    duree_absurde="a length of {duree} time slots makes no sense",
    reste_un="only one session slot is left in the day, not {duree}",
    reste="only {restants} session slots are left in the day, not {duree}",
    hors_grille_lieu="{lieu}: session {numero} is off the grid, {raison}.",
    hors_grille="Session {numero} is off the grid: {raison}.",
    occupee_par="{lieu}: taken by {noms}.",
    cite="{numero} “{titre}”",
    capacite="{salle} ({places}): {numero} expects about {personnes}.",
    besoin="{salle}: {manques} missing for {numero}.",
    fauteuil="wheelchair access",
    salle_occupee="{lieu}: {numeros} are in the same room.",
    porteur_un="{heure}: {noms} convenes {a} and {b} at the same time.",
    porteur="{heure}: {noms} convene {a} and {b} at the same time.",
)


def mots_conflits(langue: str) -> MotsConflits:
    """Les mots des conflits dans cette langue (« en », sinon le français)."""
    return MOTS_ANGLAIS if langue.split("-")[0].split("_")[0].lower() == "en" else MOTS_FRANCAIS


class ConflitsDuMur:
    """Les conflits du mur, recalculés seulement pour les journées qu'une modification touche.

    Every rule but "off the grid" looks within one day (rooms, conveners) or one session
    (capacity, needs), so a day's conflicts depend on that day's sessions only: a move on a
    large forum recomputes one day instead of the whole wall.
    """

    def __init__(
        self, salles: Sequence[SalleLue], creneaux: Sequence[CreneauLu], langue: str = "fr"
    ) -> None:
        self._langue = langue
        self._mots = mots_conflits(langue)
        self._salles = salles_agenda(salles)
        self._creneaux = creneaux_agenda(creneaux)
        # Each snapshot translated once, and again only when the snapshot itself is replaced.
        self._traduits: dict[UUID, tuple[SujetLu, SujetAgenda]] = {}
        self._jour_de = {c.uuid: c.jour for c in creneaux}
        self._ordre: dict[object, tuple[object, object]] = {
            c.uuid: (c.jour, c.debut) for c in creneaux
        }
        self._par_jour: dict[object, list[Conflit]] = {}
        self.liste: list[Conflit] = []

    def _jour(self, sujet: SujetLu) -> object:
        # Sessions whose slot is unknown share one bucket: "off the grid" is decided there.
        return self._jour_de.get(sujet.creneau) if sujet.creneau else None

    def calculer(
        self, sujets: Sequence[SujetLu], jours: set[object] | None = None
    ) -> list[Conflit]:
        """Recalcule les journées données (toutes si None) et renvoie la liste complète."""
        places = [s for s in sujets if s.actif and s.place]
        if jours is None:
            self._par_jour.clear()
            jours = {self._jour(s) for s in places}
        groupes: dict[object, list[SujetLu]] = {jour: [] for jour in jours}
        for sujet in places:
            jour = self._jour(sujet)
            if jour in groupes:
                groupes[jour].append(sujet)
        for jour, du_jour in groupes.items():
            self._par_jour[jour] = detecter_conflits(
                self._salles,
                self._creneaux,
                [self._traduire(s) for s in du_jour],
                heure=self._heure,
                mots=self._mots,
            )
        tous = [c for liste in self._par_jour.values() for c in liste]
        # Blocking first, then in time order; within a day the rules' own order is kept.
        self.liste = sorted(
            tous, key=lambda c: (c.gravite is not Gravite.BLOQUANT, self._moment(c))
        )
        return self.liste

    def _heure(self, moment: dt.time) -> str:
        return heure(moment, self._langue)

    def _traduire(self, sujet: SujetLu) -> SujetAgenda:
        connu = self._traduits.get(sujet.uuid)
        if connu is not None and connu[0] is sujet:
            return connu[1]
        traduit = sujet_agenda(sujet)
        self._traduits[sujet.uuid] = (sujet, traduit)
        return traduit

    def jours_de(self, sujets: Sequence[SujetLu | None]) -> set[object]:
        return {self._jour(s) for s in sujets if s is not None}

    def _moment(self, conflit: Conflit) -> tuple[int, object]:
        moments = [self._ordre[c] for c in conflit.creneaux if c in self._ordre]
        return (0, min(moments)) if moments else (1, None)


def conflits(
    salles: Sequence[SalleLue], creneaux: Sequence[CreneauLu], sujets: Sequence[SujetLu]
) -> list[Conflit]:
    return detecter_conflits(*entrees(salles, creneaux, sujets), heure=heure)


def verifier_placement(
    session: Session, sujet: Sujet, salle: Salle, creneau: Creneau, duree: int
) -> str | None:
    """La raison de refuser ce placement, lue dans la transaction en cours ; None s'il est permis.

    Only the target room's sessions of that day matter for a refusal: reading just those keeps
    a move on a large wall within a few milliseconds.
    """
    du_jour = list(
        session.scalars(select(Creneau).where(Creneau.jour == creneau.jour).order_by(Creneau.debut))
    )
    voisins = list(
        session.scalars(
            select(Sujet).where(
                Sujet.salle_id == salle.id,
                Sujet.creneau_id.in_([c.id for c in du_jour]),
                Sujet.fusionne_dans_id.is_(None),
            )
        )
    )
    salles = [
        SalleAgenda(
            salle.uuid, salle.nom, salle.capacite, frozenset(salle.equipements), salle.accessible
        )
    ]
    creneaux = [
        CreneauAgenda(c.uuid, c.jour, c.debut, c.fin, c.nature is NatureCreneau.ATELIER)
        for c in du_jour
    ]
    par_id = {c.id: c.uuid for c in du_jour}

    def agenda(s: Sujet) -> SujetAgenda:
        return SujetAgenda(
            s.uuid,
            s.numero,
            s.titre,
            (),
            salle.uuid if s.salle_id == salle.id else None,
            par_id.get(s.creneau_id) if s.creneau_id is not None else None,
            s.duree,
        )

    autres = [agenda(s) for s in voisins if s.id != sujet.id]
    return refus_placement(
        agenda(sujet),
        salle.uuid,
        creneau.uuid,
        duree,
        salles,
        creneaux,
        [*autres, agenda(sujet)],
        heure=heure,
    )


def document_conflits(document: DocumentForum) -> list[Conflit]:
    from app import lectures

    return conflits(
        lectures.salles(document), lectures.creneaux(document), lectures.sujets(document)
    )
