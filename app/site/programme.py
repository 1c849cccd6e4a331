"""Le programme tel que le site le montre : une grille par journée, et la liste des ateliers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.publication import AtelierPublie, JourPublie, Publication
from modeles.valeurs import NatureCreneau


@dataclass(frozen=True)
class Cellule:
    numero: int | None = None
    titre: str = ""
    chemin: str | None = None  # the session page, relative to the site's root
    suite: bool = False  # a multi-slot session continuing from an earlier slot


@dataclass(frozen=True)
class Rangee:
    debut: dt.time
    fin: dt.time
    libelle: str
    nature: NatureCreneau
    cellules: tuple[Cellule, ...]  # one per room; empty for a plenary, a break or a meal

    @property
    def atelier(self) -> bool:
        return self.nature is NatureCreneau.ATELIER


@dataclass(frozen=True)
class Grille:
    jour: dt.date
    salles: tuple[str, ...]
    rangees: tuple[Rangee, ...]


@dataclass(frozen=True)
class Plage:
    debut: dt.time
    fin: dt.time
    ateliers: tuple[AtelierPublie, ...]


@dataclass(frozen=True)
class JourProgramme:
    jour: dt.date
    plages: tuple[Plage, ...]


def grille(jour: JourPublie, chemins: dict[int, str]) -> Grille:
    """La grille d'une journée ; les salles sans atelier ce jour-là n'y prennent pas de place."""
    salles = [s for s in jour.salles if any(salle == s.uuid for _, salle in jour.cases)]
    rangees = []
    for creneau in jour.creneaux:
        cellules: list[Cellule] = []
        if creneau.nature is NatureCreneau.ATELIER:
            for salle in salles:
                case = jour.cases.get((creneau.uuid, salle.uuid))
                if case is None:
                    cellules.append(Cellule())
                else:
                    numero, titre, debut = case
                    cellules.append(Cellule(numero, titre, chemins.get(numero), not debut))
        rangees.append(
            Rangee(creneau.debut, creneau.fin, creneau.libelle, creneau.nature, tuple(cellules))
        )
    return Grille(jour.jour, tuple(s.nom for s in salles), tuple(rangees))


def programme(publication: Publication) -> tuple[JourProgramme, ...]:
    """Les ateliers par journée puis par heure de début, dans l'ordre de l'agenda."""
    jours: dict[dt.date, dict[tuple[dt.time, dt.time], list[AtelierPublie]]] = {}
    for atelier in publication.ateliers:
        plages = jours.setdefault(atelier.jour, {})
        plages.setdefault((atelier.debut, atelier.fin), []).append(atelier)
    return tuple(
        JourProgramme(
            jour,
            tuple(
                Plage(debut, fin, tuple(ateliers))
                for (debut, fin), ateliers in sorted(plages.items())
            ),
        )
        for jour, plages in sorted(jours.items())
    )
