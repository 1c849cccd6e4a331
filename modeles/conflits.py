"""Les règles de conflit du mur de l'agenda, en fonctions pures : ni base, ni Qt, ni fichier.

Les entrées sont des instantanés immuables, pour que la vue, l'export et les tests appellent les
mêmes règles sans session SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from modeles.heures import FormatHeure, heure_iso

Cle: TypeAlias = Hashable  # in practice a uuid.UUID

BESOIN_ACCESSIBLE = "accessible"


class NatureConflit(enum.StrEnum):
    SALLE_OCCUPEE = "salle_occupee"
    HORS_GRILLE = "hors_grille"
    PORTEUR_EN_DOUBLE = "porteur_en_double"
    CAPACITE = "capacite"
    BESOIN = "besoin"


class Gravite(enum.StrEnum):
    BLOQUANT = "bloquant"
    AVERTISSEMENT = "avertissement"


@dataclass(frozen=True)
class SalleAgenda:
    cle: Cle
    nom: str
    capacite: int | None
    equipements: frozenset[str]
    accessible: bool


@dataclass(frozen=True)
class CreneauAgenda:
    cle: Cle
    jour: dt.date
    debut: dt.time
    fin: dt.time
    atelier: bool  # only workshop slots can hold sessions


@dataclass(frozen=True)
class SujetAgenda:
    cle: Cle
    numero: int
    titre: str
    porteurs: tuple[tuple[Cle, str], ...]  # (participant key, display name)
    salle: Cle | None
    creneau: Cle | None  # the starting slot
    duree: int = 1
    interet: int | None = None
    besoins: frozenset[str] = frozenset()  # equipment tags, and "accessible"


@dataclass(frozen=True)
class Conflit:
    nature: NatureConflit
    gravite: Gravite
    sujets: tuple[Cle, ...]  # in marketplace-number order
    salle: Cle | None
    creneaux: tuple[Cle, ...]  # where it happens, in time order
    message: str


def creneaux_couverts(
    sujet: SujetAgenda, creneaux: Sequence[CreneauAgenda]
) -> tuple[Cle, ...] | None:
    """The workshop slots a placed session covers, in time order; None if it has no such span."""
    return couvertures([sujet], creneaux)[sujet.cle]


def couvertures(
    sujets: Sequence[SujetAgenda], creneaux: Sequence[CreneauAgenda]
) -> dict[Cle, tuple[Cle, ...] | None]:
    """`creneaux_couverts` of many sessions, with the slots indexed once for all of them."""
    grille = _Grille((), creneaux, heure_iso)
    resultat: dict[Cle, tuple[Cle, ...] | None] = {}
    for sujet in sujets:
        couverts = (
            None
            if sujet.salle is None or sujet.creneau is None
            else grille.couvrir(sujet.creneau, sujet.duree)
        )
        resultat[sujet.cle] = None if couverts is None else tuple(c.cle for c in couverts)
    return resultat


@dataclass(frozen=True)
class MotsConflits:
    """Les phrases des conflits, dans une langue ; le français par défaut (MOTS_FRANCAIS).

    The application passes another instance for an English interface; the rules only fill
    these templates.
    """

    numero: str = "n° {}"
    et: str = "et"
    place: tuple[str, str] = ("place", "places")
    personne: tuple[str, str] = ("personne", "personnes")
    # French puts 0 and 1 in the singular; English only 1.
    zero_singulier: bool = True
    lieu: str = "{salle}, {heure}"
    refus_lieu: str = "{lieu} : {raison}."
    salle_hors_mur: str = "la salle n'est pas sur le mur"
    creneau_hors_mur: str = "le créneau n'est pas sur le mur"
    pas_d_atelier: str = "ce créneau n'accueille pas d'atelier"
    duree_absurde: str = "une durée de {duree} créneau n'a pas de sens"
    reste_un: str = "il ne reste qu'un créneau d'atelier dans la journée, pas {duree}"
    reste: str = "il ne reste que {restants} créneaux d'atelier dans la journée, pas {duree}"
    hors_grille_lieu: str = "{lieu} : l'atelier {numero} est hors grille, {raison}."
    hors_grille: str = "L'atelier {numero} est hors grille : {raison}."
    occupee_par: str = "{lieu} : occupée par {noms}."
    cite: str = "{numero} « {titre} »"
    capacite: str = "{salle} ({places}) : {numero} attend environ {personnes}."
    besoin: str = "{salle} : il manque {manques} pour {numero}."
    fauteuil: str = "l'accès en fauteuil roulant"
    salle_occupee: str = "{lieu} : {numeros} occupent la même salle."
    porteur_un: str = "{heure} : {noms} porte {a} et {b} en même temps."
    porteur: str = "{heure} : {noms} portent {a} et {b} en même temps."

    def numero_de(self, sujet: SujetAgenda) -> str:
        return self.numero.format(sujet.numero)

    def compte(self, nombre: int, mot: tuple[str, str]) -> str:
        singulier = abs(nombre) < 2 if self.zero_singulier else abs(nombre) == 1
        return f"{nombre} {mot[0] if singulier else mot[1]}"

    def liste(self, elements: Sequence[str]) -> str:
        """« a », « a et b », « a, b et c »."""
        if len(elements) < 2:
            return "".join(elements)
        return f"{', '.join(elements[:-1])} {self.et} {elements[-1]}"


MOTS_FRANCAIS = MotsConflits()


def detecter_conflits(
    salles: Sequence[SalleAgenda],
    creneaux: Sequence[CreneauAgenda],
    sujets: Sequence[SujetAgenda],
    *,
    heure: FormatHeure = heure_iso,
    mots: MotsConflits = MOTS_FRANCAIS,
) -> list[Conflit]:
    """Every conflict on the wall: blocking first, then by day and time, then by room order.

    `heure` formats times in the messages, `mots` words them (the application passes its
    own, in the interface's language).
    """
    grille = _Grille(salles, creneaux, heure, mots)
    trouves: list[tuple[_Tri, Conflit]] = []
    places: list[_Place] = []
    # sorted() is stable, so equal numbers keep the caller's order: the result stays deterministic.
    for rang, sujet in enumerate(sorted(sujets, key=lambda s: s.numero)):
        if sujet.salle is None or sujet.creneau is None:
            continue
        motif = _motif_hors_grille(grille, sujet.salle, sujet.creneau, sujet.duree)
        if motif is not None:
            trouves.append(_hors_grille(grille, rang, sujet, motif))
            continue
        couverts = grille.couvrir(sujet.creneau, sujet.duree)
        assert couverts is not None  # _motif_hors_grille has just checked the span
        place = _Place(rang, sujet, grille.salles[sujet.salle], couverts)
        places.append(place)
        trouves.extend(_avertissements_de_salle(grille, place))
    trouves.extend(_salles_occupees(grille, places))
    trouves.extend(_porteurs_en_double(grille, places))
    trouves.sort(key=lambda paire: paire[0])
    return [conflit for _, conflit in trouves]


def refus_placement(
    sujet: SujetAgenda,
    salle: Cle,
    creneau: Cle,
    duree: int,
    salles: Sequence[SalleAgenda],
    creneaux: Sequence[CreneauAgenda],
    sujets: Sequence[SujetAgenda],
    *,
    heure: FormatHeure = heure_iso,
    mots: MotsConflits = MOTS_FRANCAIS,
) -> str | None:
    """Why this placement must be refused (in French by default), or None; warnings never do."""
    grille = _Grille(salles, creneaux, heure, mots)
    motif = _motif_hors_grille(grille, salle, creneau, duree)
    if motif is not None:
        lieu, raison = motif
        if lieu:
            return mots.refus_lieu.format(lieu=lieu, raison=raison)
        return f"{raison[0].upper()}{raison[1:]}."
    voulus = grille.couvrir(creneau, duree)
    assert voulus is not None  # _motif_hors_grille has just checked the span
    cles_voulues = {c.cle for c in voulus}
    occupants: dict[Cle, list[SujetAgenda]] = defaultdict(list)
    for autre in sorted(sujets, key=lambda s: s.numero):
        # The topic's own placement is about to be replaced, so it never stands in its own way.
        if autre.cle == sujet.cle or autre.salle != salle or autre.creneau is None:
            continue
        for couvert in grille.couvrir(autre.creneau, autre.duree) or ():
            if couvert.cle in cles_voulues:
                occupants[couvert.cle].append(autre)
    for voulu in voulus:
        if voulu.cle in occupants:
            noms = mots.liste(
                [
                    mots.cite.format(numero=mots.numero_de(s), titre=s.titre)
                    for s in occupants[voulu.cle]
                ]
            )
            lieu = mots.lieu.format(salle=grille.salles[salle].nom, heure=grille.heure(voulu.debut))
            return mots.occupee_par.format(lieu=lieu, noms=noms)
    return None


# The sort key of a conflict: gravity, day, time, room order, nature, sessions, message.
_Tri: TypeAlias = tuple[int, dt.date, dt.time, int, int, tuple[int, ...], str]
_GRAVITES = list(Gravite)
_BLOQUANTS = {NatureConflit.SALLE_OCCUPEE, NatureConflit.HORS_GRILLE}
_NATURES = list(NatureConflit)


class _Grille:
    """Rooms and slots indexed once, so each rule looks them up instead of scanning lists."""

    def __init__(
        self,
        salles: Sequence[SalleAgenda],
        creneaux: Sequence[CreneauAgenda],
        heure: FormatHeure,
        mots: MotsConflits = MOTS_FRANCAIS,
    ) -> None:
        self.heure = heure
        self.mots = mots
        self.salles: dict[Cle, SalleAgenda] = {}
        self.rang_salle: dict[Cle, int] = {}
        for rang, salle in enumerate(salles):
            if salle.cle not in self.salles:
                self.salles[salle.cle] = salle
                self.rang_salle[salle.cle] = rang
        self.equipements = {
            c: frozenset(map(_normaliser, s.equipements)) for c, s in self.salles.items()
        }
        self.creneaux: dict[Cle, CreneauAgenda] = {}
        for creneau in creneaux:
            self.creneaux.setdefault(creneau.cle, creneau)
        self.ateliers: dict[dt.date, list[CreneauAgenda]] = defaultdict(list)
        for creneau in self.creneaux.values():
            if creneau.atelier:
                self.ateliers[creneau.jour].append(creneau)
        self.rang_atelier: dict[Cle, int] = {}
        for du_jour in self.ateliers.values():
            du_jour.sort(key=lambda c: (c.debut, c.fin))
            self.rang_atelier.update((c.cle, rang) for rang, c in enumerate(du_jour))

    def couvrir(self, depart: Cle, duree: int) -> tuple[CreneauAgenda, ...] | None:
        rang = self.rang_atelier.get(depart)
        if rang is None or duree < 1:
            return None
        du_jour = self.ateliers[self.creneaux[depart].jour]
        if rang + duree > len(du_jour):
            return None
        return tuple(du_jour[rang : rang + duree])

    def trouve(
        self,
        nature: NatureConflit,
        sujets: Sequence[tuple[int, SujetAgenda]],
        salle: Cle | None,
        creneaux: Sequence[CreneauAgenda],
        message: str,
    ) -> tuple[_Tri, Conflit]:
        """The conflict, with its sort key; `sujets` are (rank in number order, topic)."""
        gravite = Gravite.BLOQUANT if nature in _BLOQUANTS else Gravite.AVERTISSEMENT
        cles = tuple(s.cle for _, s in sujets)
        conflit = Conflit(nature, gravite, cles, salle, tuple(c.cle for c in creneaux), message)
        quand = (creneaux[0].jour, creneaux[0].debut) if creneaux else (dt.date.max, dt.time.max)
        ou = self.rang_salle.get(salle, len(self.rang_salle))
        rangs = tuple(r for r, _ in sujets)
        tri = (_GRAVITES.index(gravite), *quand, ou, _NATURES.index(nature), rangs, message)
        return tri, conflit


@dataclass(frozen=True)
class _Place:
    """A session that fits on the wall, with what it covers."""

    rang: int  # position in marketplace-number order
    sujet: SujetAgenda
    salle: SalleAgenda
    creneaux: tuple[CreneauAgenda, ...]

    @property
    def debut(self) -> dt.time:
        return self.creneaux[0].debut

    @property
    def fin(self) -> dt.time:
        return self.creneaux[-1].fin

    @property
    def jour(self) -> dt.date:
        return self.creneaux[0].jour


def _motif_hors_grille(
    grille: _Grille, salle: Cle, creneau: Cle, duree: int
) -> tuple[str, str] | None:
    """(where, why) this placement is off the wall, or None; `where` is empty when unknown."""
    mots = grille.mots
    if salle not in grille.salles:
        return "", mots.salle_hors_mur
    if creneau not in grille.creneaux:
        return "", mots.creneau_hors_mur
    depart = grille.creneaux[creneau]
    if not depart.atelier:
        raison = mots.pas_d_atelier
    elif duree < 1:
        raison = mots.duree_absurde.format(duree=duree)
    else:
        restants = len(grille.ateliers[depart.jour]) - grille.rang_atelier[creneau]
        if duree <= restants:
            return None
        gabarit = mots.reste_un if restants == 1 else mots.reste
        raison = gabarit.format(restants=restants, duree=duree)
    # Formatted only for a refusal: this runs for every session on every edit of the wall.
    return mots.lieu.format(
        salle=grille.salles[salle].nom, heure=grille.heure(depart.debut)
    ), raison


def _hors_grille(
    grille: _Grille, rang: int, sujet: SujetAgenda, motif: tuple[str, str]
) -> tuple[_Tri, Conflit]:
    lieu, raison = motif
    mots = grille.mots
    if lieu:
        message = mots.hors_grille_lieu.format(
            lieu=lieu, numero=mots.numero_de(sujet), raison=raison
        )
    else:
        message = mots.hors_grille.format(numero=mots.numero_de(sujet), raison=raison)
    salle = sujet.salle if sujet.salle in grille.salles else None
    depart = grille.creneaux.get(sujet.creneau)
    creneaux = (depart,) if depart else ()
    return grille.trouve(NatureConflit.HORS_GRILLE, [(rang, sujet)], salle, creneaux, message)


def _avertissements_de_salle(grille: _Grille, place: _Place) -> list[tuple[_Tri, Conflit]]:
    sujet, salle, mots = place.sujet, place.salle, grille.mots
    messages: list[tuple[NatureConflit, str]] = []
    if sujet.interet is not None and salle.capacite is not None and sujet.interet > salle.capacite:
        message = mots.capacite.format(
            salle=salle.nom,
            places=mots.compte(salle.capacite, mots.place),
            numero=mots.numero_de(sujet),
            personnes=mots.compte(sujet.interet, mots.personne),
        )
        messages.append((NatureConflit.CAPACITE, message))
    manques = _besoins_non_satisfaits(sujet.besoins, salle, grille.equipements[salle.cle], mots)
    if manques:
        message = mots.besoin.format(
            salle=salle.nom, manques=mots.liste(manques), numero=mots.numero_de(sujet)
        )
        messages.append((NatureConflit.BESOIN, message))
    sujets = [(place.rang, sujet)]
    return [grille.trouve(n, sujets, salle.cle, place.creneaux, m) for n, m in messages]


def _besoins_non_satisfaits(
    besoins: frozenset[str],
    salle: SalleAgenda,
    equipements: frozenset[str],
    mots: MotsConflits = MOTS_FRANCAIS,
) -> list[str]:
    """The unmet needs, in a stable order (a frozenset of str has none across runs)."""
    manques: dict[str, str] = {}
    for besoin in besoins:
        cle = _normaliser(besoin)
        if not cle or cle in manques:
            continue
        if cle == BESOIN_ACCESSIBLE:
            if not salle.accessible:
                manques[cle] = mots.fauteuil
        elif cle not in equipements:
            manques[cle] = besoin.strip()
    return [manques[cle] for cle in sorted(manques)]


@functools.lru_cache(maxsize=1024)  # a forum has a few dozen distinct tags, met again and again
def _normaliser(etiquette: str) -> str:
    # Tags are typed by hand on the day: « Écran » and « ecran » must meet.
    decompose = unicodedata.normalize("NFKD", etiquette)
    sans_accents = "".join(c for c in decompose if not unicodedata.combining(c))
    return " ".join(sans_accents.casefold().split())


def _salles_occupees(grille: _Grille, places: list[_Place]) -> list[tuple[_Tri, Conflit]]:
    cellules: dict[tuple[Cle, Cle], list[_Place]] = defaultdict(list)
    for place in places:  # already in marketplace-number order
        for creneau in place.creneaux:
            cellules[(place.salle.cle, creneau.cle)].append(place)
    trouves = []
    for (cle_salle, cle_creneau), occupants in cellules.items():
        if len(occupants) < 2:
            continue
        creneau, mots = grille.creneaux[cle_creneau], grille.mots
        numeros = mots.liste([mots.numero_de(p.sujet) for p in occupants])
        lieu = mots.lieu.format(
            salle=grille.salles[cle_salle].nom, heure=grille.heure(creneau.debut)
        )
        message = mots.salle_occupee.format(lieu=lieu, numeros=numeros)
        sujets = [(p.rang, p.sujet) for p in occupants]
        nature = NatureConflit.SALLE_OCCUPEE
        trouves.append(grille.trouve(nature, sujets, cle_salle, [creneau], message))
    return trouves


def _porteurs_en_double(grille: _Grille, places: list[_Place]) -> list[tuple[_Tri, Conflit]]:
    par_porteur: dict[Cle, list[_Place]] = defaultdict(list)
    for place in places:
        for porteur in dict(place.sujet.porteurs):
            par_porteur[porteur].append(place)
    # One conflict per pair of sessions, whatever the number of conveners they share.
    paires: dict[tuple[int, int], tuple[_Place, _Place, set[Cle]]] = {}
    for porteur, siennes in par_porteur.items():
        siennes.sort(key=lambda p: (p.jour, p.debut, p.rang))
        for i, une in enumerate(siennes):
            for autre in siennes[i + 1 :]:
                # Sorted by start: once one starts at or after this one's end, all later ones do.
                if autre.jour != une.jour or autre.debut >= une.fin:
                    break
                if une.debut < autre.fin:  # false only for a slot that ends as it starts
                    a, b = sorted((une, autre), key=lambda p: p.rang)
                    paires.setdefault((a.rang, b.rang), (a, b, set()))[2].add(porteur)
    trouves = []
    mots = grille.mots
    for (rang_a, rang_b), (a, b, communs) in paires.items():
        noms = mots.liste(list(dict.fromkeys(n for c, n in a.sujet.porteurs if c in communs)))
        gabarit = mots.porteur_un if len(communs) == 1 else mots.porteur
        debut, fin = max(a.debut, b.debut), min(a.fin, b.fin)
        ensemble = sorted(
            {c.cle: c for c in a.creneaux + b.creneaux if c.debut < fin and debut < c.fin}.values(),
            key=lambda c: (c.debut, c.fin),
        ) or [max(a.creneaux[0], b.creneaux[0], key=lambda c: c.debut)]  # only odd slot data
        message = gabarit.format(
            heure=grille.heure(debut),
            noms=noms,
            a=mots.numero_de(a.sujet),
            b=mots.numero_de(b.sujet),
        )
        sujets = [(rang_a, a.sujet), (rang_b, b.sujet)]
        nature = NatureConflit.PORTEUR_EN_DOUBLE
        trouves.append(grille.trouve(nature, sujets, None, ensemble, message))
    return trouves
