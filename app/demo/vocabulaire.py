"""Vocabulaire du forum synthétique : noms, lieux, organisations, titres de sujets."""

from __future__ import annotations

from modeles.ecosysteme import TYPES_ACTEUR

# Word lists laid out by hand: one item per line would make this file four times longer.
# fmt: off
PRENOMS: tuple[str, ...] = (
    "Marie-Ève", "Jean-François", "Isabelle", "Mathieu", "Geneviève", "Alexandre", "Julie",
    "Maxime", "Mélanie", "Simon", "Catherine", "Philippe", "Nathalie", "Sébastien", "Véronique",
    "Étienne", "Annie", "Olivier", "Josée", "Guillaume", "Stéphanie", "François", "Karine",
    "Martin", "Chantal", "Samuel", "Émilie", "Louis", "Audrey", "Gabriel", "Sophie", "Nicolas",
    "Marie-Claude", "Pierre-Luc", "Valérie", "Jérôme", "Amélie", "Félix", "Caroline", "Denis",
    "Fatou", "Karim", "Nadia", "Rachid", "Thi Mai", "Kevin", "Yasmina", "Mamadou", "Ana", "Wei",
    "Awa", "Carlos", "Leila", "Moïse", "Kateri", "Shanice", "Manon", "Gilles", "Lise", "Réjean",
)

NOMS_FAMILLE: tuple[str, ...] = (
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
    "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette",
    "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier",
    "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Nadeau", "Martin",
    "Landry", "Martel", "Bédard", "Grenier", "Lessard", "Bernier", "Richard", "Michaud", "Hébert",
    "Desjardins", "Couture", "Turcotte", "Lachance", "Parent", "Savard", "Proulx", "Nguyen",
    "Diallo", "Haddad", "Joseph", "Kanapé", "Bastien", "Mukendi", "Rodriguez", "Chen", "Benali",
)

# Region, area code, towns (for organisation names) and MRC or neighbourhoods (for territories).
REGIONS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Bas-Saint-Laurent", "418", ("Rimouski", "Matane", "Amqui", "Trois-Pistoles"),
     ("MRC des Basques", "MRC de La Matanie", "MRC de Rimouski-Neigette")),
    ("Saguenay–Lac-Saint-Jean", "418", ("Chicoutimi", "Alma", "Roberval", "Dolbeau-Mistassini"),
     ("MRC du Domaine-du-Roy", "MRC de Lac-Saint-Jean-Est")),
    ("Capitale-Nationale", "418", ("Québec", "Baie-Saint-Paul", "La Malbaie", "Portneuf"),
     ("Saint-Sauveur", "Limoilou", "MRC de Charlevoix")),
    ("Mauricie", "819", ("Trois-Rivières", "Shawinigan", "La Tuque"),
     ("MRC de Mékinac", "MRC des Chenaux")),
    ("Estrie", "819", ("Sherbrooke", "Magog", "Lac-Mégantic", "Coaticook"),
     ("MRC du Granit", "MRC de Coaticook", "MRC du Val-Saint-François")),
    ("Montréal", "514", ("Montréal", "Montréal-Nord", "Verdun", "Lachine"),
     ("Hochelaga-Maisonneuve", "Parc-Extension", "Saint-Michel", "Pointe-Saint-Charles")),
    ("Outaouais", "819", ("Gatineau", "Maniwaki", "Shawville"),
     ("MRC de Pontiac", "MRC de la Vallée-de-la-Gatineau")),
    ("Abitibi-Témiscamingue", "819", ("Rouyn-Noranda", "Amos", "La Sarre", "Ville-Marie"),
     ("MRC de Témiscamingue", "MRC d'Abitibi-Ouest")),
    ("Côte-Nord", "418", ("Sept-Îles", "Baie-Comeau", "Forestville"),
     ("MRC de la Haute-Côte-Nord", "MRC de Manicouagan")),
    ("Nord-du-Québec", "819", ("Chibougamau", "Matagami", "Lebel-sur-Quévillon"),
     ("Jamésie",)),
    ("Gaspésie–Îles-de-la-Madeleine", "418",
     ("Gaspé", "Chandler", "New Richmond", "Cap-aux-Meules"),
     ("MRC de La Haute-Gaspésie", "MRC d'Avignon", "Îles-de-la-Madeleine")),
    ("Chaudière-Appalaches", "418", ("Lévis", "Saint-Georges", "Montmagny", "Thetford Mines"),
     ("MRC de Bellechasse", "MRC des Etchemins")),
    ("Laval", "450", ("Laval",), ("Chomedey", "Pont-Viau", "Sainte-Rose")),
    ("Lanaudière", "450", ("Joliette", "Rawdon", "Terrebonne"), ("MRC de Matawinie",)),
    ("Laurentides", "450", ("Saint-Jérôme", "Mont-Laurier", "Sainte-Agathe-des-Monts"),
     ("MRC d'Antoine-Labelle", "MRC des Pays-d'en-Haut")),
    ("Montérégie", "450", ("Longueuil", "Saint-Hyacinthe", "Granby", "Sorel-Tracy"),
     ("MRC du Haut-Richelieu", "MRC de Pierre-De Saurel")),
    ("Centre-du-Québec", "819", ("Drummondville", "Victoriaville", "Nicolet"),
     ("MRC de Nicolet-Yamaska", "MRC d'Arthabaska")),
)

# "{de}" becomes « de Rimouski » or « d'Amos »; "{region}" the region's name.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    TYPES_ACTEUR[0]: ("",),
    TYPES_ACTEUR[1]: (
        "Maison de la famille {de}", "Centre d'action bénévole {de}",
        "Carrefour jeunesse-emploi {de}", "Centre de femmes {de}", "Comptoir alimentaire {de}",
        "Maison des jeunes {de}", "Association des personnes aînées {de}",
    ),
    TYPES_ACTEUR[2]: (
        "Table de concertation {de}", "Table de développement social {de}",
        "Comité de quartier {de}", "Table intersectorielle {de}",
    ),
    TYPES_ACTEUR[3]: (
        "Coopérative de solidarité {de}", "Ressourcerie {de}", "Entreprise d'insertion {de}",
        "Centre de la petite enfance {de}", "Coop de travail {de}", "Épicerie solidaire {de}",
    ),
    TYPES_ACTEUR[4]: (
        "Corporation de développement communautaire {de}", "Pôle d'économie sociale ({region})",
        "Laboratoire d'innovation sociale {de}", "Agence de développement territorial {de}",
    ),
    TYPES_ACTEUR[5]: (
        "Ville {de}", "Municipalité {de}", "Ville {de}, service du développement social",
        "Service de développement rural {de}",
    ),
    TYPES_ACTEUR[6]: (
        "Ministère de l'Emploi et de la Solidarité sociale ({region})",
        "Ministère des Affaires municipales, bureau régional ({region})",
        "Services Québec, bureau {de}", "Ministère de l'Économie, direction régionale ({region})",
    ),
    TYPES_ACTEUR[7]: (
        "Organisation communautaire, CISSS ({region})", "Direction de santé publique ({region})",
        "CLSC {de}",
    ),
    TYPES_ACTEUR[8]: (
        "Cégep {de}, centre collégial de transfert", "Université du Québec, antenne {de}",
        "Chaire de recherche en développement territorial", "CRISES",
    ),
    TYPES_ACTEUR[9]: (
        "Fondation communautaire {de}", "Fondation pour la vitalité ({region})",
        "Fondation familiale Saint-Laurent",
    ),
    TYPES_ACTEUR[10]: (
        "Regroupement québécois des CDC", "Réseau national des tables de quartier",
        "Coalition pour la vitalité des territoires", "Fédération des coopératives de solidarité",
    ),
    TYPES_ACTEUR[11]: (
        "Travailleuse autonome en facilitation", "Média communautaire {de}",
        "Consultant en développement organisationnel", "Conseil de bande (partenaire invité)",
    ),
}

# Relative weights of actor types at a typical regional forum (citizens and community first).
POIDS_TYPES: tuple[int, ...] = (12, 16, 8, 10, 8, 10, 6, 6, 6, 4, 4, 4)

NOMS_SALLES: tuple[str, ...] = (
    "Agora", "Érable", "Bouleau", "Mélèze", "Épinette", "Pin gris", "Thuya", "Sapin", "Chêne",
    "Frêne", "Tremble", "Cèdre", "Noyer", "Orme", "Tilleul", "Pruche", "Saule", "Cerisier",
    "Aulne", "Sorbier", "Saguenay", "Richelieu", "Saint-Maurice", "Chaudière", "Matapédia",
    "Outaouais", "Manicouagan", "Rupert", "Mistassini", "Yamaska", "Bécancour", "Etchemin",
    "Rimouski", "Sainte-Anne", "Batiscan", "Gatineau", "Rouge", "Du Loup", "Métis", "Moisie",
    "Fleuve", "Battures", "Verrière", "Mezzanine", "Grenier", "Atelier", "Jardin", "Véranda",
    "Bibliothèque", "Salon bleu", "Salon vert", "Petite salle", "Grande salle", "Studio",
    "Forum", "Belvédère", "Carrefour", "Passerelle", "Quai", "Phare",
)

CAPACITES: tuple[int, ...] = (12, 15, 20, 20, 25, 25, 30, 30, 40, 50, 60)
EQUIPEMENTS_OPTIONNELS: tuple[str, ...] = (
    "projecteur", "écran", "micro", "tableau blanc", "prises électriques",
)

THEMES: tuple[str, ...] = (
    "Intermédiation et infrastructures sociales",
    "Gouvernance partagée",
    "Financement et capacités",
    "Territoires et transitions",
    "Apprentissage et expérimentation",
    "Culture de collaboration",
)

ACTIONS: tuple[str, ...] = (
    "Consolider", "Financer", "Repenser", "Documenter", "Mutualiser", "Outiller", "Reconnaître",
    "Relier", "Pérenniser", "Évaluer autrement", "Partager", "Décloisonner", "Simplifier",
    "Faire connaître", "Accompagner", "Protéger",
)

OBJETS: tuple[str, ...] = (
    "les tables de quartier", "la fonction d'intermédiation", "les communautés de pratique",
    "les projets pilotes", "la participation citoyenne", "la reddition de comptes",
    "les chartes territoriales", "les ressources humaines", "les données territoriales",
    "les ententes sectorielles", "les espaces d'expérimentation", "le financement à la mission",
    "les alliances entre MRC", "la gouvernance partagée", "la transition écologique locale",
    "les savoirs d'expérience", "l'accueil des personnes immigrantes", "la sécurité alimentaire",
    "le logement communautaire", "la mobilité durable", "les services de proximité",
    "les formations croisées", "les leçons apprises", "le leadership distribué",
)

PRECISIONS: tuple[str, ...] = (
    "", "", "", "en milieu rural", "dans les quartiers centraux", "à l'échelle de la MRC",
    "entre régions", "avec les municipalités", "sans épuiser les équipes",
    "avec les Premières Nations", "au-delà des projets pilotes", "d'ici 2030",
    "avec le réseau de la santé", "entre petites organisations", "en période de pénurie",
)

DESCRIPTIONS: tuple[str, ...] = (
    "Partager nos expériences et repérer ce qui fonctionne déjà quelque part.",
    "Partir d'un cas vécu pour dégager des pistes transférables à d'autres territoires.",
    "Mettre à plat les obstacles et voir lesquels relèvent de nous.",
    "Un atelier pour passer du constat à une ou deux actions concrètes.",
    "Croiser les regards municipaux, communautaires et institutionnels sur la question.",
    "Nommer les tensions sans chercher de coupable, puis chercher des alliances.",
    "Faire le point sur ce que la recherche en dit et le confronter à la pratique.",
    "Bâtir une proposition commune à porter en plénière de convergence.",
)
# fmt: on
