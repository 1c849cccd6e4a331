"""Les récoltes déjà saisies dans la démo : les ateliers de la ronde 1 (jeudi matin)."""

from __future__ import annotations

from typing import NamedTuple


class RecolteDemo(NamedTuple):
    numero_sujet: int
    scribe: str
    nombre_presents: int
    points_saillants: str
    propositions: str
    prochaines_etapes: str
    questions_ouvertes: str
    mots_cles: tuple[str, ...]
    statut: str
    # UTC: round 1 ends at 11:45 in Rimouski, which is 15:45 UTC in May (EDT).
    modifie_le: str


_FINANCEMENT = RecolteDemo(
    numero_sujet=2,
    scribe="Annie Gauthier",
    nombre_presents=41,
    points_saillants="""\
Une quarantaine de personnes, surtout des organismes et des entreprises d'économie sociale, \
mais aussi deux fondations et une direction régionale. Le constat est partagé dès le tour de \
table : **le financement par projets use les équipes** et détourne le temps vers la recherche de \
fonds et la reddition de comptes plutôt que vers la stratégie.

- **La coordination n'est financée par personne.** Chaque bailleur finance « son » projet ; la \
fonction qui relie les projets entre eux reste orpheline.
- **Des cycles trop courts.** Une entente de douze mois ne permet ni d'embaucher ni de garder \
une personne d'expérience.
- **La concurrence involontaire.** Trois organismes d'une même MRC ont déposé le même mois pour \
la même enveloppe, sans le savoir.
- **Des contre-exemples existent.** Une fondation présente finance la mission sur cinq ans, avec \
un bilan annuel d'une page ; personne n'a vu la qualité baisser.

Le groupe a tenu à ne pas opposer projets et mission : les projets restent utiles pour \
expérimenter, à condition de reposer sur un socle stable. Une participante du ministère a \
rappelé que les programmes sont souvent normés à Québec et que la marge régionale est mince, \
mais qu'elle existe, notamment dans les ententes sectorielles.

Ce qui a fait consensus : **nommer la fonction d'intermédiation comme une dépense de base**, au \
même titre que le loyer ou la comptabilité.
""",
    propositions="""\
- Financer la coordination territoriale sur trois à cinq ans, par une enveloppe distincte des \
projets.
- Publier un calendrier commun des appels de propositions de la région, tenu par le pôle.
- Un formulaire de demande unique pour les bailleurs qui acceptent de l'essayer.
""",
    prochaines_etapes="""\
Dresser la liste des enveloppes régionales et de leurs dates — Nadia Haddad — d'ici le 15 juin
Inviter trois bailleurs à une rencontre sur le financement à la mission — Claire Desjardins — \
septembre 2026
Chiffrer le temps consacré à la reddition de comptes dans cinq organismes — Karim Benali et \
Isabelle Fortin — automne 2026
""",
    questions_ouvertes="""\
- Qui paie la coordination quand aucun bailleur ne veut être le premier ?
- Comment montrer l'effet d'une fonction de liaison, qui ne produit rien de visible seule ?
""",
    mots_cles=("financement à la mission", "reddition de comptes", "coordination", "concurrence"),
    statut="prete",
    modifie_le="2026-05-14T16:12:00",
)

_INTERMEDIATION = RecolteDemo(
    numero_sujet=1,
    scribe="Julien Bergeron",
    nombre_presents=34,
    points_saillants="""\
L'atelier a commencé par une question simple : **qui, dans votre territoire, fait le lien ?** \
Presque toutes les réponses nommaient une personne plutôt qu'une organisation, ce qui montre à \
la fois la force et la fragilité de nos nœuds d'intermédiation.

- **Une fonction invisible.** Les CDC, les pôles et les tables de quartier traduisent, relient et \
font valoir les initiatives ; ce travail n'apparaît dans aucun indicateur.
- **Le roulement de personnel coupe les liens.** Quand l'agente de liaison part, c'est une partie \
de la mémoire du territoire qui part avec elle.
- **Des rôles qui se chevauchent.** Dans certaines MRC, trois instances de concertation se \
réunissent sur les mêmes sujets, avec les mêmes personnes autour de la table.
- **La reconnaissance passe par le financement**, mais aussi par une place formelle dans les \
instances municipales et régionales.

Des participants de la santé publique ont dit s'appuyer sur les tables de quartier sans toujours \
le reconnaître. Une chercheuse a proposé de documenter la valeur de cette fonction avec les \
milieux plutôt que pour eux.

Le groupe s'entend pour parler de **fonction systémique** et non de « frais de gestion » : relier \
est un travail en soi.
""",
    propositions="""\
- Un cadre de reconnaissance commun des nœuds d'intermédiation, signé par la MRC, le CISSS et \
les fondations.
- Réduire le nombre d'instances qui se recoupent plutôt que d'en créer une nouvelle.
""",
    prochaines_etapes="""\
Cartographier les instances de concertation de la Matanie — Jean-François Gagnon — juin 2026
Proposer un portrait de la fonction d'intermédiation — Nathalie Boudreau — hiver 2027
""",
    questions_ouvertes="""\
- Comment garder la mémoire d'un territoire quand les personnes changent ?
""",
    mots_cles=("intermédiation", "CDC", "tables de quartier", "reconnaissance"),
    statut="prete",
    modifie_le="2026-05-14T16:27:00",
)

_POUVOIR = RecolteDemo(
    numero_sujet=5,
    scribe="Yannick Joseph",
    nombre_presents=26,
    points_saillants="""\
La porteuse a ouvert avec une image : « à la table, tout le monde a une chaise, mais pas tout le \
monde a le stylo ». Le groupe a surtout parlé de ce qui se passe **avant** et **après** les \
rencontres, là où les décisions se prennent vraiment.

- **L'ordre du jour est un pouvoir.** Celui qui l'écrit décide de ce dont on ne parlera pas.
- **Le temps n'est pas le même pour tous.** Les fonctionnaires sont payés pour venir ; les \
citoyennes, non. Plusieurs ont demandé une compensation pour le temps donné.
- **Le vocabulaire exclut.** Les sigles (PAGIEPS, FRR, ATI) ferment la porte à qui ne les \
connaît pas.
- **Consulter n'est pas décider.** Plusieurs démarches « participatives » se terminent par une \
décision déjà prise ailleurs.

Un représentant municipal a rappelé que les élus restent imputables et ne peuvent pas déléguer \
toute décision ; la discussion a alors porté sur **ce qui peut être co-décidé** et sur la \
transparence quand ce n'est pas possible.

Piste retenue : rendre visibles les règles du jeu dès le départ (qui décide quoi, quand, avec \
quel budget).
""",
    propositions="""\
- Une grille « qui décide quoi » affichée au début de chaque démarche de concertation.
- Un fonds de compensation pour la participation citoyenne, géré par la table de quartier.
- Un lexique des sigles remis avec chaque invitation.
""",
    prochaines_etapes="""\
Rédiger une première grille « qui décide quoi » — Fatou Sow et Sylvie Bouchard — juillet 2026
Tester la compensation du temps citoyen à Saint-Michel — Fatou Sow — automne 2026
""",
    questions_ouvertes="""\
- Jusqu'où une municipalité peut-elle partager une décision sans se dessaisir ?
- Qui représente les personnes qui ne viennent jamais ?
""",
    mots_cles=("pouvoir", "participation citoyenne", "transparence"),
    statut="a_relire",
    modifie_le="2026-05-14T16:58:00",
)

_ERREUR = RecolteDemo(
    numero_sujet=4,
    scribe="Laurence Thibault",
    nombre_presents=19,
    points_saillants="""\
Tour de table sur une question inconfortable : **racontez un projet qui a échoué**. Tout le monde \
en avait un ; personne ne l'avait écrit dans un rapport.

- **Les rapports racontent des succès** parce que le prochain financement en dépend. Les \
leçons apprises disparaissent avec eux.
- **Un pilote n'est pas un produit.** Exiger des résultats chiffrés après un an pousse à choisir \
des projets sans risque, donc sans innovation.
- **Le droit à l'erreur se négocie au départ**, avec les bailleurs, avant le premier dollar : \
après, il est trop tard.
- **Les laboratoires d'innovation sociale** du Nord-Ouest et de l'Estrie ont des méthodes pour \
documenter les détours ; elles sont peu connues ailleurs.

Une fondation présente s'est dite prête à financer un projet qui aurait « le droit d'échouer \
proprement », à condition que l'apprentissage soit partagé. Le groupe a fait le lien avec le \
sujet 19 (registre des leçons apprises), proposé à la place du marché et pas encore placé.
""",
    propositions="""\
- Des ententes de financement avec une clause explicite d'apprentissage.
- Un bilan « ce que nous avons appris » d'une page, exigé à la place d'un rapport de résultats.
""",
    prochaines_etapes="""\
Rédiger un modèle de clause d'apprentissage — Mélanie Caron — septembre 2026
Présenter la démarche aux bailleurs de la région — Gabriel Fournier et Étienne Proulx — automne \
2026
""",
    questions_ouvertes="""\
- Comment distinguer un échec instructif d'une mauvaise gestion ?
""",
    mots_cles=("expérimentation", "droit à l'erreur", "projets pilotes", "apprentissage"),
    statut="a_relire",
    modifie_le="2026-05-14T17:21:00",
)

_UBUNTU = RecolteDemo(
    numero_sujet=11,
    scribe="Samuel Kanapé",
    nombre_presents=9,
    points_saillants="""\
Petit groupe, longue conversation. Le porteur a présenté Ubuntu comme une façon de voir : \
**« je suis parce que nous sommes »**. Un participant innu a fait le parallèle avec la notion de \
territoire partagé et de responsabilité envers les générations suivantes.

- **L'interdépendance n'est pas un slogan** : elle se vit quand une organisation accepte de \
dépendre d'une autre pour réussir.
- **L'humilité comme compétence.** Admettre l'incertitude devant ses partenaires, et même \
devant ses bailleurs.
- **Prendre le temps du lien** avant celui du projet : manger ensemble, se visiter.

(notes en cours de saisie)
""",
    propositions="",
    prochaines_etapes="",
    questions_ouvertes="",
    mots_cles=("Ubuntu", "interdépendance"),
    statut="en_saisie",
    modifie_le="2026-05-14T17:46:00",
)

# Topic 7 (Mezzanine, round 1) is held but its notes have not reached the newsroom yet.
RECOLTES: tuple[RecolteDemo, ...] = (_FINANCEMENT, _INTERMEDIATION, _POUVOIR, _ERREUR, _UBUNTU)


class ComplementDemo(NamedTuple):
    """Ce que le format 3 ajoute à une récolte : présents, ressources, citations, une photo."""

    presents: tuple[str, ...]
    ressources: str
    citations: str
    legende_photo: str


# The financing session's note-taker also photographed the flip chart.
COMPLEMENTS: dict[int, ComplementDemo] = {
    2: ComplementDemo(
        presents=(
            "Annie Gauthier",
            "Claire Desjardins",
            "Isabelle Fortin",
            "Karim Benali",
            "Nadia Haddad",
        ),
        ressources="""\
- [Financer la mission : guide pour les bailleurs](https://exemple.org/guide-mission)
- Le calendrier des appels de propositions tenu par le pôle (à venir)
""",
        citations="""\
« Une entente de douze mois, c'est six mois pour embaucher et six mois pour chercher la \
suivante. »
""",
        legende_photo="Le tableau de l'atelier, avec les pastilles de vote",
    ),
}
