"""Les règles des créneaux d'une journée, et la journée type d'un forum ouvert (sans base ni Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from modeles.erreurs import ErreurForum
from modeles.heures import FormatHeure, heure_iso
from modeles.valeurs import NatureCreneau

MIDI = dt.time(12, 0)
# Lunch goes after a round ending at most this far from noon; an afternoon forum has none.
FENETRE_REPAS = dt.timedelta(hours=2)
_NATURES = {
    NatureCreneau.ATELIER: "Atelier",
    NatureCreneau.PLENIERE: "Plénière",
    NatureCreneau.PAUSE: "Pause",
    NatureCreneau.REPAS: "Repas",
}


class PlageHoraire(Protocol):
    """Ce que les règles lisent d'un créneau : un instantané, une entité ou un modèle."""

    @property
    def debut(self) -> dt.time: ...

    @property
    def fin(self) -> dt.time: ...

    @property
    def nature(self) -> NatureCreneau: ...

    @property
    def libelle(self) -> str: ...


@dataclass(frozen=True)
class ModeleCreneau:
    """Un créneau à créer, sans jour : le jour est donné à l'ajout."""

    debut: dt.time
    fin: dt.time
    nature: NatureCreneau
    libelle: str


def designation(creneau: PlageHoraire, heure: FormatHeure = heure_iso) -> str:
    """« Pause (10 h 15 – 10 h 30) » : le libellé, ou la nature s'il est vide, et l'heure."""
    nom = creneau.libelle.strip() or _NATURES[creneau.nature]
    return f"{nom} ({heure(creneau.debut)} – {heure(creneau.fin)})"


def chevauchent(a_debut: dt.time, a_fin: dt.time, b_debut: dt.time, b_fin: dt.time) -> bool:
    """Deux plages se chevauchent ; bout à bout (10 h – 11 h puis 11 h – 12 h), elles se suivent."""
    return a_debut < b_fin and b_debut < a_fin


def valider_creneau(
    debut: dt.time,
    fin: dt.time,
    autres_du_jour: Iterable[PlageHoraire],
    heure: FormatHeure = heure_iso,
) -> str | None:
    """La raison de refuser ce créneau parmi les autres de sa journée ; None s'il est valable."""
    if fin <= debut:
        return "L'heure de fin doit suivre l'heure de début."
    for autre in sorted(autres_du_jour, key=lambda c: (c.debut, c.fin)):
        if chevauchent(debut, fin, autre.debut, autre.fin):
            return (
                f"Ce créneau chevauche « {designation(autre, heure)} » : "
                "les créneaux d'une même journée se suivent sans se superposer."
            )
    return None


def generer_journee(
    jour: dt.date,
    *,
    debut: dt.time = dt.time(8, 30),
    rondes: int = 3,
    duree_ronde: dt.timedelta = dt.timedelta(minutes=75),
    pause: dt.timedelta = dt.timedelta(minutes=15),
    ouverture: bool = True,
    duree_ouverture: dt.timedelta = dt.timedelta(minutes=45),
    repas: bool = True,
    duree_repas: dt.timedelta = dt.timedelta(minutes=60),
    cloture: bool = True,
    duree_cloture: dt.timedelta = dt.timedelta(minutes=45),
    premiere_ronde: int = 1,
) -> list[ModeleCreneau]:
    """Une journée type : plénière d'ouverture (accueil, principes, place du marché), rondes
    d'ateliers séparées de pauses, un dîner après la ronde qui finit le plus près de midi,
    plénière de clôture. Pas de pause (`pause` nulle) : les blocs se suivent bout à bout.

    Refuses (ErreurForum) a day that would run past midnight; `jour` anchors that arithmetic.
    """
    if rondes < 0 or premiere_ronde < 1:
        raise ValueError("rondes >= 0 et premiere_ronde >= 1")
    for duree in (duree_ronde, duree_ouverture, duree_repas, duree_cloture):
        if duree <= dt.timedelta(0):
            raise ErreurForum("Chaque bloc de la journée doit durer au moins une minute.")
    if pause < dt.timedelta(0):
        raise ErreurForum("Une pause ne peut pas avoir une durée négative.")

    # Blocks before lunch is placed: (nature, label, duration).
    blocs: list[tuple[NatureCreneau, str, dt.timedelta]] = []
    if ouverture:
        blocs.append((NatureCreneau.PLENIERE, "Plénière d'ouverture", duree_ouverture))
    blocs.extend(
        (NatureCreneau.ATELIER, f"Ronde {premiere_ronde + i}", duree_ronde) for i in range(rondes)
    )
    if cloture:
        blocs.append((NatureCreneau.PLENIERE, "Plénière de clôture", duree_cloture))

    depart = dt.datetime.combine(jour, debut)
    apres_repas = _bloc_avant_repas(blocs, depart, pause) if repas else None

    resultat: list[ModeleCreneau] = []
    moment = depart

    def ajouter(nature: NatureCreneau, libelle: str, duree: dt.timedelta) -> None:
        nonlocal moment
        fin = moment + duree
        # A slot cannot end at or after midnight: its end would come before its start.
        if fin.date() != jour:
            raise ErreurForum(
                "Cette journée dépasserait minuit : commencez plus tôt ou prévoyez moins de rondes."
            )
        resultat.append(ModeleCreneau(moment.time(), fin.time(), nature, libelle))
        moment = fin

    for rang, (nature, libelle, duree) in enumerate(blocs):
        precedent = resultat[-1].nature if resultat else None
        if precedent is not None and precedent is not NatureCreneau.REPAS and pause:
            ajouter(NatureCreneau.PAUSE, "Pause", pause)
        ajouter(nature, libelle, duree)
        if rang == apres_repas:
            ajouter(NatureCreneau.REPAS, "Dîner", duree_repas)
    return resultat


def _bloc_avant_repas(
    blocs: list[tuple[NatureCreneau, str, dt.timedelta]],
    depart: dt.datetime,
    pause: dt.timedelta,
) -> int | None:
    """Le rang du bloc après lequel vient le dîner : la ronde qui finit le plus près de midi.

    Lunch replaces the pause after that round, so the rounds before it keep their times and the
    choice does not depend on itself. With no round, the opening may take that place. No block
    ending within two hours of noon (an afternoon forum): no lunch at all.
    """
    midi = dt.datetime.combine(depart.date(), MIDI)
    candidats: list[tuple[dt.timedelta, int]] = []
    moment = depart
    for rang, (nature, _, duree) in enumerate(blocs):
        if rang > 0:
            moment += pause
        moment += duree
        if nature is NatureCreneau.ATELIER or (rang == 0 and not _a_des_rondes(blocs)):
            candidats.append((abs(moment - midi), rang))
    proches = [c for c in candidats if c[0] <= FENETRE_REPAS]
    return min(proches)[1] if proches else None


def _a_des_rondes(blocs: list[tuple[NatureCreneau, str, dt.timedelta]]) -> bool:
    return any(nature is NatureCreneau.ATELIER for nature, _, _ in blocs)
