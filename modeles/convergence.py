"""La convergence, en règles pures : budget de points, bulletins, classement avec ex æquo.

Dot voting: each participant has a budget of dots (by default a third of the topics, at least
one) and may put at most half of it on one topic (at least one dot). Dots counted on the wall
and the participants' ballots add up. The ranking is the standard competition ranking: topics
with the same total share a rank, and the next rank skips (1, 2, 2, 4).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

Cle = TypeVar("Cle", bound=Hashable)


def budget_par_defaut(nombre_sujets: int) -> int:
    """Un tiers des sujets, arrondi à l'inférieur, et au moins un point."""
    return max(1, nombre_sujets // 3)


def maximum_par_sujet(budget: int) -> int:
    """Pas plus de la moitié du budget sur un même sujet (au moins un point)."""
    return max(1, budget // 2)


def problemes_bulletin(points: Mapping[Cle, int], budget: int) -> list[str]:
    """Ce qui ne va pas dans un bulletin, en français ; une liste vide s'il est valide."""
    problemes: list[str] = []
    if any(n < 0 for n in points.values()):
        problemes.append("Un nombre de points ne peut pas être négatif.")
    total = sum(n for n in points.values() if n > 0)
    if total > budget:
        problemes.append(
            f"Ce bulletin donne {total} points, mais chaque personne en a {budget} : "
            f"retirez-en {total - budget}."
        )
    plafond = maximum_par_sujet(budget)
    if any(n > plafond for n in points.values()):
        problemes.append(
            f"Pas plus de {plafond} point{'s' if plafond > 1 else ''} sur un même sujet "
            f"(la moitié du budget de {budget})."
        )
    return problemes


@dataclass(frozen=True)
class Rang(Generic[Cle]):
    """Une ligne du classement : le rang partagé et le nombre de sujets qui le partagent."""

    cle: Cle
    rang: int
    points: int
    ex_aequo: int  # how many topics share this rank (1: alone)


def classement(totaux: Iterable[tuple[Cle, int]]) -> list[Rang[Cle]]:
    """Du plus de points au moins, dans l'ordre donné à égalité ; rangs « 1, 2, 2, 4 »."""
    ordonnes = sorted(enumerate(totaux), key=lambda paire: (-paire[1][1], paire[0]))
    comptes: dict[int, int] = {}
    for _, (_, points) in ordonnes:
        comptes[points] = comptes.get(points, 0) + 1
    lignes: list[Rang[Cle]] = []
    rang = 0
    precedent: int | None = None
    for position, (_, (cle, points)) in enumerate(ordonnes, start=1):
        if points != precedent:
            rang, precedent = position, points
        lignes.append(Rang(cle, rang, points, comptes[points]))
    return lignes


def totaux(
    sujets: Iterable[Cle],
    points_mur: Mapping[Cle, int],
    bulletins: Iterable[Mapping[Cle, int]],
) -> list[tuple[Cle, int]]:
    """Points du mur plus points des bulletins, pour chaque sujet (dans l'ordre donné)."""
    somme: dict[Cle, int] = {}
    for bulletin in bulletins:
        for cle, n in bulletin.items():
            somme[cle] = somme.get(cle, 0) + n
    return [(cle, points_mur.get(cle, 0) + somme.get(cle, 0)) for cle in sujets]
