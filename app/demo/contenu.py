"""Le contenu du forum de démonstration « Faire écosystème au Québec » (Claudia Loutfi)."""

from __future__ import annotations

from typing import NamedTuple

from modeles.ecosysteme import NIVEAUX_ACTION, TYPES_ACTEUR

JOUR_1 = "2026-05-14"
JOUR_2 = "2026-05-15"

TITRE = "Faire écosystème au Québec"
QUESTION_APPEL = "Comment faire écosystème sur nos territoires ?"
LIEU = (
    "Centre communautaire du Littoral, 215, rue du Fleuve, Rimouski (Bas-Saint-Laurent) "
    "— lieu fictif"
)
URL_PUBLICATION = "https://exemple.org/faire-ecosysteme"

INVITATION = """\
Dans un Québec traversé par des transitions écologiques, sociales, numériques et territoriales, \
l'idée de **« faire écosystème »** prend une importance nouvelle : relier nos forces, reconnaître \
nos interdépendances et transformer nos milieux à partir de leurs réalités distinctes.

Citoyennes et citoyens, organismes communautaires, tables de quartier, entreprises d'économie \
sociale, pôles, municipalités et MRC, ministères, réseau de la santé, chercheurs et fondations : \
vous êtes invités à deux journées en **forum ouvert**. Pas de conférence, pas d'ordre du jour \
fixé d'avance : c'est vous qui proposerez les sujets, à la place du marché, et qui animerez les \
ateliers.

Un écosystème territorial ne se pilote pas par le haut ; il émerge lorsqu'on lui offre un cadre \
assez clair pour apprendre ensemble. Venez avec vos questions, vos réussites et vos échecs. \
*« Je suis parce que nous sommes. »*
"""

# Themes shared across topics, so that the actes and statistics can group them.
THEME_INTERMEDIATION = "Intermédiation et infrastructures sociales"
THEME_GOUVERNANCE = "Gouvernance partagée"
THEME_FINANCEMENT = "Financement et capacités"
THEME_TERRITOIRES = "Territoires et transitions"
THEME_APPRENTISSAGE = "Apprentissage et expérimentation"
THEME_CULTURE = "Culture de collaboration"


class SalleDemo(NamedTuple):
    nom: str
    capacite: int
    equipements: tuple[str, ...]
    accessible: bool


class CreneauDemo(NamedTuple):
    code: str
    jour: str
    debut: str
    fin: str
    nature: str
    libelle: str


class ParticipantDemo(NamedTuple):
    nom: str
    organisation: str
    type_acteur: str
    niveau_action: str
    territoire: str
    telephone: str
    publication: bool
    coordonnees: bool


class SujetDemo(NamedTuple):
    titre: str
    description: str
    theme: str
    porteurs: tuple[str, ...]
    interet_estime: int | None


# Hand-laid tables: one entity per line or two reads better than the formatter's layout.
# fmt: off
SALLES: tuple[SalleDemo, ...] = (
    SalleDemo("Agora", 60, ("projecteur", "écran", "micro", "tableau de papier"), True),
    SalleDemo("Salle du Fleuve", 40, ("projecteur", "écran", "tableau de papier"), True),
    SalleDemo("Salle des Battures", 30, ("écran", "tableau de papier"), True),
    SalleDemo("Verrière", 25, ("tableau de papier", "tableau blanc"), True),
    # Up a flight of stairs: the app must be able to warn when a convener needs access.
    SalleDemo("Mezzanine", 20, ("tableau de papier",), False),
    SalleDemo("Grenier", 15, ("tableau de papier",), False),
)

CRENEAUX: tuple[CreneauDemo, ...] = (
    CreneauDemo("j1-ouverture", JOUR_1, "08:30", "09:15", "pleniere",
                "Plénière d'ouverture : accueil et principes"),
    CreneauDemo("j1-marche", JOUR_1, "09:15", "10:15", "pleniere", "Place du marché"),
    CreneauDemo("j1-pause-am", JOUR_1, "10:15", "10:30", "pause", "Pause"),
    CreneauDemo("j1-ronde-1", JOUR_1, "10:30", "11:45", "atelier", "Ronde 1"),
    CreneauDemo("j1-diner", JOUR_1, "11:45", "13:00", "repas", "Dîner"),
    CreneauDemo("j1-ronde-2", JOUR_1, "13:00", "14:15", "atelier", "Ronde 2"),
    CreneauDemo("j1-pause-pm", JOUR_1, "14:15", "14:30", "pause", "Pause"),
    CreneauDemo("j1-ronde-3", JOUR_1, "14:30", "15:45", "atelier", "Ronde 3"),
    CreneauDemo("j1-nouvelles", JOUR_1, "15:45", "16:30", "pleniere", "Nouvelles du soir"),
    CreneauDemo("j2-nouvelles", JOUR_2, "08:30", "09:00", "pleniere", "Nouvelles du matin"),
    CreneauDemo("j2-ronde-4", JOUR_2, "09:00", "10:15", "atelier", "Ronde 4"),
    CreneauDemo("j2-pause-am", JOUR_2, "10:15", "10:30", "pause", "Pause"),
    CreneauDemo("j2-ronde-5", JOUR_2, "10:30", "11:45", "atelier", "Ronde 5"),
    CreneauDemo("j2-diner", JOUR_2, "11:45", "13:00", "repas", "Dîner"),
    CreneauDemo("j2-convergence", JOUR_2, "13:00", "14:30", "pleniere",
                "Convergence et vote par points"),
    CreneauDemo("j2-pause-pm", JOUR_2, "14:30", "14:45", "pause", "Pause"),
    CreneauDemo("j2-cloture", JOUR_2, "14:45", "16:00", "pleniere",
                "Plénière de clôture : plans d'action"),
)

(CITOYEN, COMMUNAUTAIRE, TABLE, ECONOMIE_SOCIALE, POLE, MUNICIPAL, MINISTERE, SANTE,
 RECHERCHE, FONDATION, REGROUPEMENT, AUTRE) = TYPES_ACTEUR
PROXIMITE, INTERMEDIATION, GOUVERNANCE, ARTICULATION = NIVEAUX_ACTION

_P = ParticipantDemo
PARTICIPANTS: tuple[ParticipantDemo, ...] = (
    _P("Louise Côté", "", CITOYEN, PROXIMITE, "Bas-Saint-Laurent — MRC des Basques",
       "", True, False),
    _P("Samuel Kanapé", "", CITOYEN, PROXIMITE, "Côte-Nord — Sept-Îles", "418 555-0171",
       True, True),
    _P("Ginette Roy", "", CITOYEN, PROXIMITE, "Abitibi-Témiscamingue — MRC de Témiscamingue",
       "", False, False),
    _P("Thomas Nguyen", "", CITOYEN, PROXIMITE, "Montréal — Parc-Extension", "", False, False),
    _P("Isabelle Fortin", "Maison de la famille des Etchemins", COMMUNAUTAIRE, PROXIMITE,
       "Chaudière-Appalaches — MRC des Etchemins", "418 555-0134", True, True),
    _P("Rachid Diallo", "Carrefour d'entraide de Parc-Extension", COMMUNAUTAIRE, PROXIMITE,
       "Montréal — Parc-Extension", "514 555-0119", True, True),
    _P("Chantal Ouellet", "Centre d'action bénévole du Granit", COMMUNAUTAIRE, PROXIMITE,
       "Estrie — MRC du Granit", "", True, False),
    _P("Patrick Lévesque", "Cuisine collective La Marmite", COMMUNAUTAIRE, PROXIMITE,
       "Capitale-Nationale — Limoilou", "418 555-0158", True, True),
    _P("Marie-Ève Tremblay", "Table de quartier Saint-Sauveur en mouvement", TABLE, PROXIMITE,
       "Capitale-Nationale — Saint-Sauveur", "418 555-0123", True, True),
    _P("Fatou Sow", "Table de concertation de Saint-Michel", TABLE, PROXIMITE,
       "Montréal — Saint-Michel", "514 555-0142", True, True),
    _P("Julien Bergeron", "Table de quartier de Limoilou", TABLE, INTERMEDIATION,
       "Capitale-Nationale — Limoilou", "", True, False),
    _P("Karim Benali", "Coopérative de solidarité Le Grenier partagé", ECONOMIE_SOCIALE,
       PROXIMITE, "Montréal — Hochelaga-Maisonneuve", "514 555-0166", True, True),
    _P("Véronique Simard", "Ressourcerie du Fjord", ECONOMIE_SOCIALE, PROXIMITE,
       "Saguenay–Lac-Saint-Jean — Chicoutimi", "418 555-0109", True, False),
    _P("Olivier Paquette", "Coop de travail Les Jardins du Large", ECONOMIE_SOCIALE, PROXIMITE,
       "Gaspésie–Îles-de-la-Madeleine — Îles-de-la-Madeleine", "418 555-0187", True, True),
    _P("Annie Gauthier", "Entreprise d'insertion Le Tremplin", ECONOMIE_SOCIALE, PROXIMITE,
       "Mauricie — Shawinigan", "", True, False),
    _P("Jean-François Gagnon", "Corporation de développement communautaire de la Matanie", POLE,
       INTERMEDIATION, "Bas-Saint-Laurent — MRC de La Matanie", "418 555-0147", True, True),
    _P("Nadia Haddad", "Pôle d'économie sociale des Deux-Rives", POLE, INTERMEDIATION,
       "Mauricie — Trois-Rivières", "819 555-0182", True, True),
    _P("Éric Lapointe", "Corporation de développement économique communautaire de l'Outaouais",
       POLE, INTERMEDIATION, "Outaouais — Gatineau", "", True, False),
    _P("Mélanie Caron", "Laboratoire d'innovation sociale du Nord-Ouest", POLE, INTERMEDIATION,
       "Abitibi-Témiscamingue — Rouyn-Noranda", "819 555-0113", True, True),
    _P("Sylvie Bouchard", "Ville d'Alma, service du développement social", MUNICIPAL,
       GOUVERNANCE, "Saguenay–Lac-Saint-Jean — Alma", "", True, False),
    _P("Mathieu Pelletier", "MRC de La Haute-Gaspésie", MUNICIPAL, GOUVERNANCE,
       "Gaspésie–Îles-de-la-Madeleine — MRC de La Haute-Gaspésie", "418 555-0152", True, True),
    _P("Catherine Morin", "MRC de Bellechasse, développement social", MUNICIPAL, GOUVERNANCE,
       "Chaudière-Appalaches — MRC de Bellechasse", "", True, True),
    _P("Denis Beaulieu", "Municipalité de Saint-Élie-des-Lacs", MUNICIPAL, GOUVERNANCE,
       "Laurentides — MRC d'Antoine-Labelle", "819 555-0128", True, False),
    _P("Amélie Lavoie", "Ministère de l'Emploi et de la Solidarité sociale, direction régionale",
       MINISTERE, ARTICULATION, "Capitale-Nationale", "", True, False),
    _P("François Girard", "Ministère des Affaires municipales, bureau régional", MINISTERE,
       ARTICULATION, "Estrie", "", True, False),
    _P("Hélène Dubé", "Services Québec, bureau de Matane", MINISTERE, GOUVERNANCE,
       "Bas-Saint-Laurent — MRC de La Matanie", "", False, False),
    _P("Josée Leblanc", "CISSS du Bas-Saint-Laurent, organisation communautaire", SANTE,
       PROXIMITE, "Bas-Saint-Laurent — MRC de Rimouski-Neigette", "418 555-0104", True, True),
    _P("Marc-André Cloutier", "Direction de santé publique de la Capitale-Nationale", SANTE,
       GOUVERNANCE, "Capitale-Nationale", "", True, False),
    _P("Sophie Martel", "CISSS de l'Abitibi-Témiscamingue, développement des communautés", SANTE,
       GOUVERNANCE, "Abitibi-Témiscamingue — Val-d'Or", "819 555-0161", True, True),
    _P("Nathalie Boudreau", "Université du Québec à Rimouski, développement régional", RECHERCHE,
       INTERMEDIATION, "Bas-Saint-Laurent — MRC de Rimouski-Neigette", "", True, True),
    _P("Gabriel Fournier", "CRISES, Université du Québec à Montréal", RECHERCHE,
       INTERMEDIATION, "Montréal", "", True, False),
    _P("Laurence Thibault", "Centre collégial de transfert en pratiques sociales", RECHERCHE,
       INTERMEDIATION, "Estrie — Sherbrooke", "819 555-0176", True, True),
    _P("Claire Desjardins", "Fondation des Trois-Rivages", FONDATION, ARTICULATION, "Montréal",
       "514 555-0190", True, True),
    _P("Étienne Proulx", "Fondation communautaire du Fjord", FONDATION, INTERMEDIATION,
       "Saguenay–Lac-Saint-Jean", "", True, False),
    _P("Marie-Claude Savard", "Fondation Pour nos villages", FONDATION, INTERMEDIATION,
       "Centre-du-Québec — Victoriaville", "", True, False),
    _P("Pierre Gosselin", "Regroupement québécois des tables de concertation", REGROUPEMENT,
       ARTICULATION, "Capitale-Nationale", "418 555-0139", True, True),
    _P("Marie-Josée Lachance", "Réseau national des pôles d'économie sociale", REGROUPEMENT,
       ARTICULATION, "Montréal", "", True, False),
    _P("Yannick Joseph", "Coalition pour la vitalité des territoires", REGROUPEMENT,
       ARTICULATION, "Lanaudière — Joliette", "450 555-0145", True, True),
    _P("Audrey Perron", "Facilitation Perron, travailleuse autonome", AUTRE, INTERMEDIATION,
       "Laval — Chomedey", "450 555-0167", True, True),
    _P("Benoît Landry", "L'Écho des régions, journaliste", AUTRE, PROXIMITE,
       "Lanaudière", "", False, False),
)

SANS_COURRIEL: frozenset[str] = frozenset({"Ginette Roy"})

_S = SujetDemo
SUJETS: tuple[SujetDemo, ...] = (
    _S("Consolider les nœuds d'intermédiation : pôles, CDC et tables de quartier",
       "Reconnaître et financer la fonction systémique de celles et ceux qui relient les "
       "initiatives, plutôt que de la faire reposer sur des projets ponctuels.",
       THEME_INTERMEDIATION, ("Jean-François Gagnon", "Marie-Ève Tremblay"), 38),
    _S("En finir avec le financement par projets ?",
       "Financer la mission et la coordination, pas seulement des projets de douze mois qui "
       "épuisent les équipes en demandes et en redditions de comptes.",
       THEME_FINANCEMENT, ("Karim Benali",), 45),
    _S("Une charte commune pour notre territoire",
       "Valeurs, engagements, responsabilités : écrire une boussole collective qui relie les "
       "stratégies locales aux grandes orientations nationales.",
       THEME_GOUVERNANCE, ("Catherine Morin",), 22),
    _S("Le droit à l'erreur : des espaces d'expérimentation sécurisés",
       "Des projets pilotes jugés sur ce qu'ils apprennent, pas sur des résultats rapides ; "
       "et des mécanismes pour partager les échecs autant que les succès.",
       THEME_APPRENTISSAGE, ("Mélanie Caron", "Gabriel Fournier"), 27),
    _S("Asymétries de pouvoir : partager vraiment la décision",
       "Les budgets et les règles sont d'un côté, l'expertise vécue et la mobilisation de "
       "l'autre. Comment rendre le leadership distribué possible ?",
       THEME_GOUVERNANCE, ("Fatou Sow",), 31),
    _S("Sortir des silos : vers une stratégie territoriale intégrée",
       "Des mandats sectoriels et ministériels qui ne s'alignent pas ; une dépendance aux "
       "programmes plutôt qu'une stratégie commune du territoire.",
       THEME_GOUVERNANCE, ("Amélie Lavoie",), 19),
    _S("Formations croisées et communautés de pratique (TIESS, CRISES)",
       "Se former ensemble, entre types d'acteurs, pour bâtir un langage commun et un réflexe "
       "d'action concertée.",
       THEME_APPRENTISSAGE, ("Laurence Thibault",), 16),
    _S("Écosystèmes à plusieurs vitesses : les inégalités entre régions",
       "Toutes les régions n'ont pas la même capacité collective. Comment éviter que les "
       "bonnes pratiques ne profitent qu'aux milieux déjà bien outillés ?",
       THEME_TERRITOIRES, ("Mathieu Pelletier",), 24),
    _S("Des projets pilotes au changement systémique",
       "Sortir l'innovation sociale de sa niche : ce qui permet à un pilote réussi de devenir "
       "une pratique courante, ou une politique publique.",
       THEME_APPRENTISSAGE, ("Nathalie Boudreau",), 20),
    _S("Charge organisationnelle : protéger le temps de la concertation",
       "Transitions, numérique, inclusion, reddition de comptes, pénurie de personnel : où "
       "trouver le temps de créer de nouvelles alliances ?",
       THEME_FINANCEMENT, ("Isabelle Fortin",), 25),
    _S("Ubuntu : « je suis parce que nous sommes »",
       "Ce que cette philosophie change concrètement dans nos façons de travailler ensemble, "
       "d'écouter et d'admettre l'incertitude.",
       THEME_CULTURE, ("Rachid Diallo",), 14),
    _S("L'approche place-based : ce que les MRC font déjà",
       "Des solutions contextuelles, adaptées au milieu : partager des exemples de MRC et de "
       "quartiers qui le pratiquent sans le nommer.",
       THEME_TERRITOIRES, ("Denis Beaulieu", "Nadia Haddad"), 12),
    _S("Une reddition de comptes commune à tous les bailleurs de fonds",
       "Un seul rapport, des indicateurs qui servent l'apprentissage : est-ce possible entre "
       "fondations, ministères et municipalités ?",
       THEME_FINANCEMENT, ("Claire Desjardins", "Chantal Ouellet"), 29),
    _S("Pénurie de main-d'œuvre : agir ensemble plutôt que se concurrencer",
       "Partager des ressources humaines, des conditions de travail et des formations entre "
       "organismes et entreprises d'économie sociale d'un même territoire.",
       THEME_FINANCEMENT, ("Annie Gauthier",), 18),
    _S("Transition écologique : accélérer par l'écosystème",
       "Relier les initiatives locales de transition et les grandes orientations nationales, "
       "sans ajouter une couche de plus aux organisations.",
       THEME_TERRITOIRES, ("Olivier Paquette",), 21),
    _S("Leadership distribué : qui stabilise, qui mobilise, qui catalyse ?",
       "Les municipalités stabilisent, les organismes mobilisent, les fondations catalysent, les "
       "chercheurs documentent : et si on se le disait franchement ?",
       THEME_CULTURE, ("Audrey Perron",), 11),
    _S("Rejoindre celles et ceux qui ne viennent jamais aux tables",
       "La participation citoyenne au-delà des habitués : horaires, lieux, langues, "
       "compensation du temps donné.",
       THEME_CULTURE, ("Louise Côté", "Patrick Lévesque"), 17),
    _S("Fondations : catalyser sans piloter",
       "Le rôle des fondations dans un écosystème territorial : soutenir les dynamiques "
       "existantes sans imposer leurs propres priorités.",
       THEME_FINANCEMENT, ("Étienne Proulx",), 13),
    _S("Un registre québécois des leçons apprises",
       "Recenser les échecs et les détours des projets pilotes pour que d'autres territoires "
       "n'aient pas à les refaire.",
       THEME_APPRENTISSAGE, ("Véronique Simard",), None),
    _S("Vitalité des petites municipalités : mutualiser les services",
       "Partager une ressource en développement social entre plusieurs municipalités de moins "
       "de 2 000 habitants.",
       THEME_TERRITOIRES, ("Sylvie Bouchard",), 10),
    _S("Santé publique et développement des communautés",
       "La responsabilité populationnelle en pratique : ce que le réseau de la santé peut "
       "apporter aux tables intersectorielles, et ce qu'il peut y apprendre.",
       THEME_GOUVERNANCE, ("Josée Leblanc", "Marc-André Cloutier"), None),
)
# fmt: on

# The wall on the afternoon of day one: round 1 full, the afternoon mostly placed, day two
# barely started, and the last topics of the marketplace still waiting (numbers 19 to 21).
# Needs announced at the marketplace; two of them are not met where the topic was placed, as
# happens on a real wall, so that the demo shows the conflicts panel at work.
BESOINS: dict[int, tuple[str, ...]] = {
    2: ("projecteur", "micro"),
    6: ("projecteur",),
    16: ("accessible",),
    17: ("accessible",),
}

# A long session: workshop slots it spans from its starting slot.
DUREES: dict[int, int] = {12: 2}

PLACEMENTS: dict[int, tuple[str, str]] = {
    2: ("Agora", "j1-ronde-1"),
    1: ("Salle du Fleuve", "j1-ronde-1"),
    5: ("Salle des Battures", "j1-ronde-1"),
    4: ("Verrière", "j1-ronde-1"),
    7: ("Mezzanine", "j1-ronde-1"),
    11: ("Grenier", "j1-ronde-1"),
    13: ("Agora", "j1-ronde-2"),
    10: ("Salle du Fleuve", "j1-ronde-2"),
    8: ("Salle des Battures", "j1-ronde-2"),
    3: ("Verrière", "j1-ronde-2"),
    16: ("Mezzanine", "j1-ronde-2"),
    15: ("Agora", "j1-ronde-3"),
    9: ("Salle du Fleuve", "j1-ronde-3"),
    6: ("Salle des Battures", "j1-ronde-3"),
    17: ("Verrière", "j1-ronde-3"),
    14: ("Salle du Fleuve", "j2-ronde-4"),
    12: ("Salle des Battures", "j2-ronde-4"),
    18: ("Verrière", "j2-ronde-5"),
}
