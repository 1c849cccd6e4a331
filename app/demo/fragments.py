"""Fragments de phrases pour rédiger des récoltes synthétiques qui diffèrent entre elles."""

from __future__ import annotations

# Every opening ends with « que » and every subject starts with « les »: no elision to handle.
OUVERTURES: tuple[str, ...] = (
    "Plusieurs personnes ont souligné que",
    "D'entrée de jeu, le groupe a rappelé que",
    "Une participante d'une MRC rurale a fait remarquer que",
    "Un élu municipal a reconnu que",
    "Les échanges ont montré que",
    "Il est vite apparu que",
    "Une chercheuse a rappelé que",
    "Une intervenante du CISSS a observé que",
    "Le groupe s'entend pour dire que",
    "Plusieurs ont témoigné que",
    "Une représentante d'une fondation a admis que",
    "Un citoyen a insisté sur le fait que",
    "On a beaucoup entendu que",
    "La discussion a fait ressortir que",
    "Un agent de développement a nuancé en disant que",
    "Personne n'a contesté que",
)

LIAISONS: tuple[str, ...] = (
    "Par ailleurs,",
    "En revanche,",
    "Du même souffle,",
    "À l'inverse,",
    "Fait intéressant,",
    "Pour plusieurs,",
    "Dans les faits,",
    "Selon le groupe,",
    "De l'avis général,",
)

SUJETS: tuple[str, ...] = (
    "les tables de quartier",
    "les organismes communautaires",
    "les entreprises d'économie sociale",
    "les municipalités",
    "les MRC",
    "les fondations",
    "les bailleurs de fonds",
    "les pôles d'économie sociale",
    "les agents de développement",
    "les ministères",
    "les citoyennes et citoyens",
    "les équipes de terrain",
    "les chercheurs",
    "les instances de concertation",
    "les directions régionales",
    "les élus locaux",
    "les petites organisations",
    "les coopératives",
    "les personnes les plus concernées",
    "les milieux ruraux",
    "les quartiers centraux",
    "les intervenantes du réseau de la santé",
)

PREDICATS: tuple[str, ...] = (
    "portent une part invisible de la coordination",
    "manquent de temps pour la concertation",
    "attendent des règles du jeu plus claires",
    "connaissent mal les mandats des autres",
    "financent encore surtout des projets à court terme",
    "ont déjà des pratiques qui mériteraient d'être partagées",
    "s'épuisent à remplir des redditions de comptes",
    "se retrouvent en concurrence pour les mêmes enveloppes",
    "souhaitent participer dès la conception des projets",
    "voient la même situation très différemment selon leur mandat",
    "ont besoin d'un langage commun pour travailler ensemble",
    "apprennent davantage de leurs détours que de leurs réussites",
    "changent de personnel plus vite que les projets n'avancent",
    "jouent un rôle de traduction entre les milieux",
    "gagneraient à mutualiser leurs ressources",
    "demandent de la stabilité plus que de la nouveauté",
    "ne se parlent pas assez entre deux rencontres",
    "disposent de données qui dorment dans des tiroirs",
    "peinent à recruter et à garder leur personnel",
    "reconnaissent leur interdépendance sans toujours l'assumer",
    "sous-estiment leur capacité d'agir ensemble",
    "acceptent d'essayer si le risque est partagé",
)

CIRCONSTANCES: tuple[str, ...] = (
    "",
    "",
    "",
    "en milieu rural",
    "dans les quartiers",
    "à l'échelle de la MRC",
    "d'une région à l'autre",
    "depuis la fin des grands programmes",
    "lorsque les échéanciers sont trop courts",
    "surtout en période de reddition de comptes",
    "quand les mandats ne sont pas alignés",
    "faute de financement stable",
    "malgré une volonté sincère",
    "depuis plusieurs années",
    "au moment même où les besoins augmentent",
    "dès qu'un projet pilote se termine",
)

CONSTATS: tuple[str, ...] = (
    "La confiance se construit lentement et se perd très vite.",
    "Le vocabulaire de chacun crée parfois plus de distance que les désaccords eux-mêmes.",
    "Personne ne veut d'une nouvelle structure ; tout le monde veut que celles qui existent "
    "se parlent.",
    "Un exemple gaspésien a fait réagir : une entente de cinq ans et un seul rapport annuel.",
    "Les sigles des programmes ferment la porte à qui ne les connaît pas.",
    "Le temps des citoyennes et citoyens n'est pas payé, contrairement à celui des "
    "fonctionnaires autour de la table.",
    "Quand une personne de liaison quitte son poste, une partie de la mémoire du territoire "
    "part avec elle.",
    "Les bons coups circulent mal d'une région à l'autre, faute de lieux pour les raconter.",
    "Plusieurs démarches dites participatives se terminent par une décision déjà prise ailleurs.",
    "Les projets pilotes réussis restent souvent des exceptions, sans suite une fois le "
    "financement terminé.",
    "L'ordre du jour d'une rencontre est déjà une forme de pouvoir.",
    "Les petites municipalités n'ont souvent personne dont c'est le travail de faire des liens.",
    "La pénurie de main-d'œuvre touche autant le communautaire que les entreprises.",
    "La transition écologique est vue comme une occasion de se relier, pas comme une tâche "
    "de plus.",
    "On a rappelé la phrase de l'invitation : « je suis parce que nous sommes ».",
    "Les données existent, mais elles sont dispersées entre dix organisations.",
    "Les échecs sont rarement écrits, parce que le prochain financement en dépend.",
    "Ce qui marche dans un quartier de Montréal ne se transpose pas tel quel dans une MRC de "
    "huit villages.",
)

GRAS: tuple[str, ...] = (
    "Une fonction invisible",
    "Le temps manque",
    "Des mandats qui se chevauchent",
    "La confiance d'abord",
    "Des règles du jeu floues",
    "Le poids des sigles",
    "Une concurrence involontaire",
    "Des données dispersées",
    "Le roulement du personnel",
    "Des contre-exemples existent",
    "Les petits milieux d'abord",
    "L'échelle de la MRC",
    "Le rôle des fondations",
    "Les savoirs d'expérience",
    "Une reddition de comptes lourde",
    "La mémoire du territoire",
    "Des alliances à bâtir",
    "Le droit à l'erreur",
    "Un langage commun",
    "L'accueil des nouveaux acteurs",
    "Des élus à convaincre",
    "La place des citoyens",
)

COMPOSITIONS: tuple[str, ...] = (
    "surtout des organismes communautaires et quelques municipalités",
    "un mélange de citoyens, de chercheurs et de fonctionnaires",
    "majoritairement des personnes du milieu municipal",
    "plusieurs tables de quartier et deux fondations",
    "des gens d'au moins cinq régions",
    "des entreprises d'économie sociale et des pôles régionaux",
    "autant de personnes du réseau public que du milieu communautaire",
)

AMORCES: tuple[str, ...] = (
    "{porteur} a ouvert l'atelier en racontant une situation vécue dans son milieu.",
    "{porteur} a proposé de partir des expériences de chacun plutôt que des principes.",
    "Après un court tour de table, {porteur} a posé la question de départ.",
    "{porteur} a d'abord rappelé ce qui avait motivé sa proposition à la place du marché.",
    "{porteur} a demandé à chaque personne de nommer un obstacle et une réussite.",
)

CONSENSUS: tuple[str, ...] = (
    "nommer et financer la fonction de liaison",
    "commencer petit, mais commencer ensemble",
    "rendre visibles les règles du jeu dès le départ",
    "documenter les échecs autant que les succès",
    "mutualiser avant de créer du neuf",
    "donner du temps au lien avant le projet",
    "associer les citoyennes et citoyens dès la conception",
    "parler d'une seule voix aux bailleurs de fonds",
    "partir du territoire plutôt que des programmes",
)

PROPOSITIONS: tuple[str, ...] = (
    "Un financement de trois à cinq ans pour la coordination territoriale.",
    "Un calendrier régional commun des appels de propositions.",
    "Une grille « qui décide quoi » affichée au début de chaque démarche.",
    "Un fonds de compensation pour la participation citoyenne.",
    "Un registre des leçons apprises, ouvert à toutes les régions.",
    "Une formation croisée annuelle entre élus, fonctionnaires et organismes.",
    "Un rapport unique accepté par plusieurs bailleurs de fonds.",
    "Une charte territoriale signée par la MRC, le CISSS et les organismes.",
    "Une ressource partagée en développement social entre petites municipalités.",
    "Une communauté de pratique des agents de liaison, qui se réunit en ligne chaque mois.",
    "Un lexique des sigles remis avec chaque invitation.",
    "Une banque commune de remplaçants pour les petites organisations.",
)

ETAPES: tuple[str, ...] = (
    "Dresser la liste des instances de concertation du territoire",
    "Inviter les bailleurs à une rencontre commune",
    "Rédiger une première version de la charte",
    "Documenter trois projets pilotes et leurs suites",
    "Chiffrer le temps de reddition de comptes",
    "Organiser une visite d'un territoire voisin",
    "Proposer le sujet à la table régionale",
    "Monter un groupe de travail de cinq personnes",
    "Écrire un court portrait du problème",
    "Tester la démarche dans un quartier volontaire",
)

QUAND: tuple[str, ...] = (
    "d'ici le 15 juin 2026",
    "juin 2026",
    "septembre 2026",
    "automne 2026",
    "avant Noël",
    "hiver 2027",
    "d'ici un an",
    "à la prochaine rencontre de la table",
)

QUESTIONS: tuple[str, ...] = (
    "Qui paie la coordination quand aucun bailleur ne veut être le premier ?",
    "Comment garder la mémoire d'un territoire quand les personnes changent ?",
    "Jusqu'où une municipalité peut-elle partager une décision ?",
    "Qui représente les personnes qui ne viennent jamais aux tables ?",
    "Comment distinguer un échec instructif d'une mauvaise gestion ?",
    "Comment mesurer l'effet d'une fonction de liaison ?",
    "Faut-il une instance de plus ou une de moins ?",
    "Comment transférer une pratique sans l'imposer à un autre territoire ?",
    "Quelle place pour les Premières Nations dans la démarche ?",
    "Qui tient le crayon de la vision commune ?",
)

MOTS_CLES: tuple[str, ...] = (
    "intermédiation",
    "financement à la mission",
    "reddition de comptes",
    "concertation",
    "participation citoyenne",
    "gouvernance partagée",
    "pouvoir",
    "confiance",
    "apprentissage",
    "expérimentation",
    "droit à l'erreur",
    "silos",
    "MRC",
    "tables de quartier",
    "économie sociale",
    "fondations",
    "main-d'œuvre",
    "transition écologique",
    "ruralité",
    "inégalités territoriales",
    "leadership distribué",
    "données",
    "charte",
    "mutualisation",
)
