"""La lentille écosystème du texte fondateur : types d'acteurs, niveaux d'action, territoires.

The default lists a forum starts from (a forum may use other actor types; the four action
levels are the text's table; the regions are Québec's 17 administrative regions).
"""

from __future__ import annotations

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
