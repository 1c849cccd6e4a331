"""La lentille écosystème du texte fondateur : types d'acteurs, niveaux d'action, territoires.

The default lists a forum starts from (a forum may use other actor types; the four action
levels are the text's table; the regions are Québec's 17 administrative regions).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

TYPES_ACTEUR: tuple[str, ...] = (
    "citoyen·ne",
    "organisme communautaire",
    "table de quartier",
    "entreprise d'économie sociale",
    "pôle / intermédiaire",
    "municipalité ou MRC",
    "ministère ou institution publique",
    "santé et services sociaux",
    "recherche et enseignement",
    "fondation",
    "regroupement national",
    "autre",
)

NIVEAUX_ACTION: tuple[str, ...] = (
    "proximité et mobilisation",
    "intermédiation et liaison",
    "gouvernance et stabilisation",
    "articulation et cadre légal",
)

REGIONS_QUEBEC: tuple[str, ...] = (
    "Bas-Saint-Laurent",
    "Saguenay–Lac-Saint-Jean",
    "Capitale-Nationale",
    "Mauricie",
    "Estrie",
    "Montréal",
    "Outaouais",
    "Abitibi-Témiscamingue",
    "Côte-Nord",
    "Nord-du-Québec",
    "Gaspésie–Îles-de-la-Madeleine",
    "Chaudière-Appalaches",
    "Laval",
    "Lanaudière",
    "Laurentides",
    "Montérégie",
    "Centre-du-Québec",
)


# --- La lentille appliquée au forum : fonctions pures, sans base de données ---------------------
# Inputs are small frozen snapshots built by app/ecosysteme.py; nothing here knows a name.

Attribut = Literal["type_acteur", "niveau_action", "region", "organisation"]
Regroupement = Literal["type_acteur", "organisation"]


def _normaliser(texte: str) -> str:
    """Sans casse, sans accents, tirets et espaces unifiés : « saguenay-lac-saint-jean »."""
    decompose = unicodedata.normalize("NFKD", texte.casefold())
    sans_accents = "".join(c for c in decompose if not unicodedata.combining(c))
    for tiret in ("–", "—", "‑", "‐"):
        sans_accents = sans_accents.replace(tiret, "-")
    return re.sub(r"\s*-\s*", "-", " ".join(sans_accents.split()))


_REGIONS_NORMALISEES: tuple[tuple[str, str], ...] = tuple(
    sorted(((_normaliser(r), r) for r in REGIONS_QUEBEC), key=lambda p: -len(p[0]))
)


def region_de(territoire: str) -> str:
    """La région d'un territoire « Région — MRC ou quartier », reconnue sans casse ni accents."""
    avant = _normaliser(territoire.split("—", 1)[0])
    if not avant:
        return ""
    for normalisee, region in _REGIONS_NORMALISEES:
        if avant == normalisee:
            return region
    # « Montreal, Villeray » or « Estrie - Sherbrooke »: the region still starts the text.
    for normalisee, region in _REGIONS_NORMALISEES:
        if avant.startswith(normalisee) and not avant[len(normalisee)].isalnum():
            return region
    return ""


@dataclass(frozen=True)
class PersonneLentille:
    """Une personne vue par la lentille : jamais son nom."""

    cle: int
    type_acteur: str
    niveau_action: str
    region: str
    organisation: str


@dataclass(frozen=True)
class SessionLentille:
    """Un atelier et les clés des personnes qui y étaient (présents, porteurs, scribe)."""

    cle: int
    numero: int
    theme: str
    presents: frozenset[int]
    titre: str = ""


@dataclass(frozen=True)
class Reseau:
    """Qui a rencontré qui : nœuds (nom, effectif) et arêtes (a, b, ateliers partagés), a < b."""

    noeuds: tuple[tuple[str, int], ...]
    aretes: tuple[tuple[str, str, int], ...]

    def poids(self, a: str, b: str) -> int:
        """Le nombre d'ateliers partagés par a et b, dans un sens comme dans l'autre."""
        premier, second = sorted((a, b))
        for x, y, poids in self.aretes:
            if x == premier and y == second:
                return poids
        return 0


@dataclass(frozen=True)
class Absences:
    """Ce qui manquait à un atelier (ou à un thème) : types, niveaux et régions absents."""

    cle: int | str
    numero: int | None
    titre: str
    theme: str
    presents: int
    types: tuple[str, ...]
    niveaux: tuple[str, ...]
    regions: tuple[str, ...]


@dataclass(frozen=True)
class SyntheseAbsences:
    """Le forum entier : ce qui n'était nulle part, et ce qui manquait à plus de la moitié."""

    ateliers: int  # sessions with at least one person noted, the denominator of « souvent »
    types_jamais: tuple[str, ...]
    niveaux_jamais: tuple[str, ...]
    regions_jamais: tuple[str, ...]
    types_souvent: tuple[tuple[str, int], ...]  # (value, sessions where it was missing)
    niveaux_souvent: tuple[tuple[str, int], ...]
    regions_souvent: tuple[tuple[str, int], ...]


def repartition(personnes: Iterable[PersonneLentille], attribut: Attribut) -> list[tuple[str, int]]:
    """(valeur, nombre) du plus nombreux au moins nombreux ; « » est la valeur non précisée."""
    compte = Counter(getattr(p, attribut) for p in personnes)
    return sorted(compte.items(), key=lambda p: (-p[1], p[0]))


def _presents(
    session: SessionLentille, index: Mapping[int, PersonneLentille]
) -> list[PersonneLentille]:
    return [index[c] for c in session.presents if c in index]


def reseau(
    personnes: Iterable[PersonneLentille],
    sessions: Iterable[SessionLentille],
    par: Regroupement = "type_acteur",
) -> Reseau:
    """Nœuds : les groupes (non vides) et leur effectif ; poids : ateliers où les deux étaient."""
    index = {p.cle: p for p in personnes}
    effectifs = Counter(getattr(p, par) for p in index.values())
    effectifs.pop("", None)  # people without a type or organisation form no group
    poids: Counter[tuple[str, str]] = Counter()
    for session in sessions:
        groupes = sorted({getattr(p, par) for p in _presents(session, index)} - {""})
        for i, a in enumerate(groupes):
            for b in groupes[i + 1 :]:
                poids[(a, b)] += 1
    noeuds = tuple(sorted(effectifs.items(), key=lambda p: (-p[1], p[0])))
    aretes = tuple(sorted(((a, b, n) for (a, b), n in poids.items()), key=lambda t: (-t[2], t[:2])))
    return Reseau(noeuds, aretes)


def _absents(presents: set[str], reference: Sequence[str]) -> tuple[str, ...]:
    return tuple(v for v in reference if v not in presents)


def _absences(
    cle: int | str,
    numero: int | None,
    titre: str,
    theme: str,
    gens: Sequence[PersonneLentille],
    references: tuple[Sequence[str], Sequence[str], Sequence[str]],
) -> Absences:
    types, niveaux, regions = references
    return Absences(
        cle=cle,
        numero=numero,
        titre=titre,
        theme=theme,
        presents=len(gens),
        types=_absents({p.type_acteur for p in gens}, types),
        niveaux=_absents({p.niveau_action for p in gens}, niveaux),
        regions=_absents({p.region for p in gens}, regions),
    )


def voix_absentes(
    personnes: Iterable[PersonneLentille],
    sessions: Iterable[SessionLentille],
    types: Sequence[str] = TYPES_ACTEUR,
    niveaux: Sequence[str] = NIVEAUX_ACTION,
    regions: Sequence[str] = REGIONS_QUEBEC,
) -> list[Absences]:
    """Pour chaque atelier, dans l'ordre reçu : types, niveaux et régions qui n'y étaient pas."""
    index = {p.cle: p for p in personnes}
    return [
        _absences(s.cle, s.numero, s.titre, s.theme, _presents(s, index), (types, niveaux, regions))
        for s in sessions
    ]


def absences_par_theme(
    personnes: Iterable[PersonneLentille],
    sessions: Iterable[SessionLentille],
    types: Sequence[str] = TYPES_ACTEUR,
    niveaux: Sequence[str] = NIVEAUX_ACTION,
    regions: Sequence[str] = REGIONS_QUEBEC,
) -> list[Absences]:
    """Pour chaque thème (ordre alphabétique), ce qui manquait à tous ses ateliers réunis."""
    index = {p.cle: p for p in personnes}
    par_theme: dict[str, set[int]] = {}
    for s in sessions:
        par_theme.setdefault(s.theme, set()).update(c for c in s.presents if c in index)
    return [
        _absences(theme, None, theme, theme, [index[c] for c in cles], (types, niveaux, regions))
        for theme, cles in sorted(par_theme.items(), key=lambda p: p[0].casefold())
    ]


def synthese_des_absences(
    personnes: Iterable[PersonneLentille],
    sessions: Iterable[SessionLentille],
    types: Sequence[str] = TYPES_ACTEUR,
    niveaux: Sequence[str] = NIVEAUX_ACTION,
    regions: Sequence[str] = REGIONS_QUEBEC,
) -> SyntheseAbsences:
    """Absents de tout le forum ; absents de plus de la moitié des ateliers (avec du monde noté).

    A session where nobody was noted (no harvest, no convener) says nothing about who was
    missing: it counts in neither the numerator nor the denominator.
    """
    par_session = [
        a for a in voix_absentes(personnes, sessions, types, niveaux, regions) if a.presents
    ]
    total = len(par_session)

    def jamais(reference: Sequence[str], champ: str) -> tuple[str, ...]:
        return tuple(v for v in reference if all(v in getattr(a, champ) for a in par_session))

    def souvent(reference: Sequence[str], champ: str) -> tuple[tuple[str, int], ...]:
        manques = Counter(v for a in par_session for v in getattr(a, champ))
        lignes = [(v, manques[v]) for v in reference if total / 2 < manques[v] < total]
        return tuple(sorted(lignes, key=lambda p: -p[1]))

    return SyntheseAbsences(
        ateliers=total,
        types_jamais=jamais(types, "types"),
        niveaux_jamais=jamais(niveaux, "niveaux"),
        regions_jamais=jamais(regions, "regions"),
        types_souvent=souvent(types, "types"),
        niveaux_souvent=souvent(niveaux, "niveaux"),
        regions_souvent=souvent(regions, "regions"),
    )
