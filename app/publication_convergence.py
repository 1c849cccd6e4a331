"""La convergence telle qu'elle se publie : priorités, thèmes, plans d'action.

One snapshot for the book, the site and the CSV of action plans, and the consent rule written
once: a person who did not agree to be named (consentement_publication) appears only in counts
(« et 2 autres personnes »), never by name; an initiator who did not agree is simply not shown.
An e-mail address is published only for a person who agreed both to be named and to share
their contact details (an address often spells its owner's name).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from app import lectures_convergence
from app.document import DocumentForum
from app.lectures_convergence import LigneVote, Personne, PlanLu, SujetRef, ThemeLu
from app.libelles import FRANCAIS, Libelles


@dataclass(frozen=True)
class SujetCite:
    numero: int
    titre: str


@dataclass(frozen=True)
class PrioritePubliee:
    rang: int
    ex_aequo: int  # topics sharing this rank (1: alone)
    sujet: SujetCite
    theme: str
    points: int

    @property
    def libelle_rang(self) -> str:
        """« 1 », ou « 2 ex æquo » quand plusieurs sujets partagent le rang (en français ; la
        langue du forum : Libelles.rang_ex_aequo)."""
        return FRANCAIS.rang_ex_aequo(self.rang, self.ex_aequo)


@dataclass(frozen=True)
class ThemePublie:
    titre: str
    description: str
    initiateur: str | None  # only a person who agreed to be named
    sujets: tuple[SujetCite, ...]


@dataclass(frozen=True)
class PlanPublie:
    action: str
    porteurs: tuple[str, ...]  # names of the carriers who agreed to be named
    porteurs_cles: tuple[UUID, ...]  # their uuids, same order (contact details, never shown)
    porteurs_non_nommes: int
    partenaires: tuple[str, ...]
    prochaine_etape: str
    echeance: dt.date | None
    ressources: str
    sujets: tuple[SujetCite, ...]
    themes: tuple[str, ...]

    @property
    def nombre_porteurs(self) -> int:
        return len(self.porteurs) + self.porteurs_non_nommes

    @property
    def porteurs_texte(self) -> str:
        """« Ana, Bruno et 2 autres personnes » : les noms consentis, les autres comptés."""
        return texte_porteurs(self.porteurs, self.porteurs_non_nommes)


@dataclass(frozen=True)
class ConvergencePubliee:
    priorites: tuple[PrioritePubliee, ...]  # ranked, topics with at least one point
    votants: int
    budget: int
    themes: tuple[ThemePublie, ...]
    plans: tuple[PlanPublie, ...]


# --- The consent rule, in one place ---------------------------------------------------------


def nom_publiable(personne: Personne | None) -> str | None:
    """Le nom d'une personne qui a accepté d'être nommée ; sinon rien."""
    if personne is None or not personne.consentement_publication:
        return None
    return personne.nom


def personnes_publiees(personnes: Sequence[Personne]) -> tuple[tuple[Personne, ...], int]:
    """Les personnes nommables, dans l'ordre, et le nombre des autres (comptées, pas nommées)."""
    nommees = tuple(p for p in personnes if nom_publiable(p) is not None)
    return nommees, len(personnes) - len(nommees)


def courriel_publiable(
    courriel: str, consentement_publication: bool, consentement_coordonnees: bool
) -> str:
    """Un courriel seulement pour qui accepte d'être nommé et de partager ses coordonnées."""
    return courriel.strip() if consentement_publication and consentement_coordonnees else ""


def texte_porteurs(noms: Sequence[str], non_nommes: int, mots: Libelles = FRANCAIS) -> str:
    """« Ana, Bruno et 2 autres personnes » ; « Ana et Bruno » ; « 3 personnes »."""
    return mots.porteurs(noms, non_nommes)


# --- The snapshot --------------------------------------------------------------------------


def _cite(sujet: SujetRef) -> SujetCite:
    return SujetCite(sujet.numero, sujet.titre)


def _priorite(ligne: LigneVote) -> PrioritePubliee:
    return PrioritePubliee(ligne.rang, ligne.ex_aequo, _cite(ligne.sujet), ligne.theme, ligne.total)


def publier_theme(theme: ThemeLu) -> ThemePublie:
    return ThemePublie(
        theme.titre,
        theme.description.strip(),
        nom_publiable(theme.initiateur),
        tuple(_cite(s) for s in theme.sujets),
    )


def publier_plan(plan: PlanLu) -> PlanPublie:
    nommes, autres = personnes_publiees(plan.porteurs)
    return PlanPublie(
        action=plan.action,
        porteurs=tuple(p.nom for p in nommes),
        porteurs_cles=tuple(p.uuid for p in nommes),
        porteurs_non_nommes=autres,
        partenaires=tuple(p for p in plan.partenaires if p.strip()),
        prochaine_etape=plan.prochaine_etape.strip(),
        echeance=plan.echeance,
        ressources=plan.ressources.strip(),
        sujets=tuple(_cite(s) for s in plan.sujets),
        themes=tuple(titre for _, titre in plan.themes),
    )


def plans_publies(document: DocumentForum) -> tuple[PlanPublie, ...]:
    return tuple(publier_plan(p) for p in lectures_convergence.plans(document))


def convergence_publiee(document: DocumentForum) -> ConvergencePubliee | None:
    """La convergence du forum, ou None s'il n'y a rien à publier (ni points, ni plans, ni thème
    décrit ou porté par quelqu'un)."""
    resultats = lectures_convergence.resultats_vote(document)
    themes = lectures_convergence.themes(document)
    plans = plans_publies(document)
    priorites = tuple(_priorite(ligne) for ligne in resultats.lignes if ligne.total > 0)
    themes_riches = any(t.description.strip() or t.initiateur is not None for t in themes)
    if not priorites and not plans and not themes_riches:
        return None
    return ConvergencePubliee(
        priorites=priorites,
        votants=resultats.votants,
        budget=resultats.budget,
        themes=tuple(
            publier_theme(t) for t in themes if t.description.strip() or t.initiateur or t.sujets
        ),
        plans=plans,
    )
