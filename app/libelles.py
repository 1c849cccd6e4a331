"""Les mots du matériel publié (livre des actes, affiches, site, CSV), en français et en anglais.

One table, one attribute per label, and a forum's language picks the column: the book, the
wall material, the site templates (as the Jinja2 variable `libelles`) and the CSV of action
plans read their headings here, never from a literal of their own. A label with `{}` fields
is filled with str.format; a pair (singular, plural) is agreed with a number by `accord`.

French labels follow OQLF typography as typed here (no-break space before « : »); English
labels carry none. User-typed text is another matter: see app.site.texte.publiable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from types import MappingProxyType

from babel.numbers import format_decimal

Formes = tuple[str, str]  # (singular, plural)
LANGUES = ("fr", "en")


def _fige(valeurs: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(valeurs)


@dataclass(frozen=True)
class Libelles:
    langue: str
    locale: str  # for Babel (dates, times, numbers)
    langue_html: str  # <html lang>, the PDF's /Lang
    deux_points: str  # « {}\u00a0: » or "{}:"
    et: str  # the last link of an enumeration
    point_virgule: str  # between the items of a list that hold commas
    numero: str  # « n°\u00a0{} »
    suite_du_numero: str
    suite: str  # « {} (suite) » in a cell of the printed agenda
    du_au: str  # « du {} au {} »: a forum over several days

    # Slot kinds (NatureCreneau values) and harvest fields (ChampRecolte keys).
    natures: Mapping[str, str]
    champs: Mapping[str, str]

    # People, counted.
    personnes: Formes
    autres_personnes: Formes

    # Session sheet (book, site, posters).
    atelier: str  # « Atelier {} »
    atelier_colonne: str  # a column title
    quand: str
    salle: str
    porte_par: str
    prise_de_notes: str
    presences: str
    sujets_reunis: str
    proposition: str
    photo_illisible: str
    photo_de_atelier: str
    quoi: str
    qui: str
    heure: str
    libre: str
    mots_cles: str
    en_tout: str  # « ({} en tout) »
    provisoire_livre: str
    non_recu_livre: str
    provisoire_site: str
    non_recu_site: str
    a_venir: str

    # The book.
    actes_du_forum: str
    actes: str  # the running foot: « Actes — <forum> — page X de Y »
    page_sur: str  # « page {} de {} »
    site_du_forum: str
    site_contenu: str
    imprime_le: str
    table_des_matieres: str
    invitation: str
    en_chiffres: str
    chiffres_participants: Formes
    chiffres_sujets: Formes
    chiffres_ateliers: Formes
    chiffres_salles: Formes
    chiffres_creneaux: Formes
    chiffres_recus: Formes
    chiffres_prets: Formes
    dont_prets: str
    agenda: str
    agenda_court: str  # the site's navigation
    agenda_note: str
    pleniere_ou_pause: str
    aucun_atelier_ce_jour: str
    suite_de_la_journee: str
    comptes_rendus: str
    sans_theme: str
    prochaines_etapes: str
    etapes_note: str
    index: str
    index_porteurs: str

    # Convergence.
    convergence: str
    priorites: str
    rang: str
    sujet: str
    points: str
    ex_aequo: str
    votants: Formes  # « 3 personnes ont » voté
    points_formes: Formes
    note_vote: str
    note_mur: str
    egalite: str
    themes: str
    propose_par: str
    sujets: str
    plans_action: str
    plans_note: str
    plans_consentement: str
    partenaires: str
    prochaine_etape: str
    echeance: str
    ressources: str
    sujets_lies: str
    courriels_porteurs: str
    action: str

    # Ecosystem.
    ecosysteme: str
    ecosysteme_note: str
    non_precise: str
    types_acteurs: str
    niveaux_action: str
    regions: str
    qui_a_rencontre_qui: str
    reseau_legende: str
    rencontres_frequentes: str
    ateliers_partages: Formes
    aucune_rencontre: str
    voix_absentes: str
    aucune_presence: str
    sur_ateliers: str
    ateliers_formes: Formes
    types_jamais: str
    niveaux_jamais: str
    regions_jamais: str
    types_souvent: str
    niveaux_souvent: str
    regions_souvent: str
    sur: str  # « {} sur {} »
    par_theme: str
    personnes_notees: Formes
    types_absents: str
    niveaux_absents: str
    regions_absentes: Formes

    # The site.
    aller_au_contenu: str
    navigation: str
    nav_ateliers: str
    pied_de_site: str
    accueil: str
    tous_les_ateliers: str
    ateliers_voisins: str
    agenda_du: str
    agenda_vide: str
    ateliers_et_comptes_rendus: str
    aucun_atelier_place: str
    comptes_rendus_formes: Formes
    personnes_qui_ont_participe: str
    ont_participe: Formes
    au_forum: str  # after « 3 personnes ont participé »
    seules_nommees: str
    nom: str
    organisation: str
    participants: str

    # Wall material.
    affiche_agenda: str
    feuille: str  # « feuille {} / {} — colonne {}, rangée {} »
    couper_abouter: str
    affiches_salles: str
    fiches_compte_rendu: str
    fiche_compte_rendu: str
    notes_paraitront: str
    notes_en_ligne: str
    scribe: str
    suite_page: str  # « {} (suite, page {}) »
    a_remettre: str
    page_sur_court: str  # « page {} / {} »
    suite_au_verso: str

    @property
    def francais(self) -> bool:
        return self.langue == "fr"

    def nombre(self, valeur: int | float) -> str:
        """« 1 234 » (fr_CA), "1,234" (en_CA)."""
        return format_decimal(valeur, locale=self.locale)

    def forme(self, valeur: int, formes: Formes) -> str:
        """Le singulier ou le pluriel : 0 et 1 au singulier en français, 1 seul en anglais."""
        singulier = valeur < 2 if self.francais else valeur == 1
        return formes[0] if singulier else formes[1]

    def accord(self, valeur: int, formes: Formes) -> str:
        """« 1 atelier », « 0 atelier », « 3 ateliers » ; "1 session", "0 sessions"."""
        return f"{self.nombre(valeur)}\u00a0{self.forme(valeur, formes)}"

    def etiquette(self, libelle: str) -> str:
        """« Salle\u00a0: », "Room:"."""
        return self.deux_points.format(libelle)

    def enumeration(self, noms: Sequence[str]) -> str:
        """« Ana, Bruno et Chloé » ; "Ana, Bruno and Chloé"."""
        if len(noms) < 2:
            return "".join(noms)
        return f"{', '.join(noms[:-1])} {self.et} {noms[-1]}"

    def porteurs(self, noms: Sequence[str], non_nommes: int) -> str:
        """« Ana, Bruno et 2 autres personnes » ; « 3 personnes » : les noms consentis, les autres
        comptés."""
        if not noms:
            return self.accord(non_nommes, self.personnes) if non_nommes else ""
        if non_nommes:
            return f"{', '.join(noms)} {self.et} {self.accord(non_nommes, self.autres_personnes)}"
        return self.enumeration(noms)

    def repartitions(self) -> tuple[tuple[str, str], ...]:
        """Les attributs de l'écosystème montrés en barres, et leur titre (livre et site)."""
        return (
            ("type_acteur", self.types_acteurs),
            ("niveau_action", self.niveaux_action),
            ("region", self.regions),
        )

    def rang_ex_aequo(self, rang: int, ex_aequo: int) -> str:
        """« 1 », ou « 2 ex æquo » quand plusieurs sujets partagent le rang."""
        return f"{rang} {self.ex_aequo}" if ex_aequo > 1 else str(rang)


FRANCAIS = Libelles(
    langue="fr",
    locale="fr_CA",
    langue_html="fr-CA",
    deux_points="{}\u00a0:",
    et="et",
    point_virgule=" ; ",
    numero="n°\u00a0{}",
    suite_du_numero="suite du n°\u00a0{}",
    suite="{} (suite)",
    du_au="du {} au {}",
    natures=_fige(
        {"atelier": "Ateliers", "pleniere": "Plénière", "pause": "Pause", "repas": "Repas"}
    ),
    champs=_fige(
        {
            "presents": "Personnes présentes",
            "points_saillants": "Points saillants",
            "propositions": "Propositions et recommandations",
            "etapes": "Prochaines étapes",
            "ressources": "Ressources et liens",
            "questions_ouvertes": "Questions ouvertes",
            "citations": "Citations",
            "mots_cles": "Mots-clés et thèmes",
            "photos": "Photos",
        }
    ),
    personnes=("personne", "personnes"),
    autres_personnes=("autre personne", "autres personnes"),
    atelier="Atelier {}",
    atelier_colonne="Atelier",
    quand="Quand",
    salle="Salle",
    porte_par="Porté par",
    prise_de_notes="Prise de notes",
    presences="Présences",
    sujets_reunis="Sujets réunis ici",
    proposition="La proposition",
    photo_illisible="[photo illisible]",
    photo_de_atelier="Photo de l’atelier n° {}",
    quoi="Quoi",
    qui="Qui",
    heure="Heure",
    libre="Libre",
    mots_cles="Mots-clés",
    en_tout="({} en tout)",
    provisoire_livre=(
        "Version provisoire\u00a0: ce compte rendu n'avait pas été relu au moment de l'impression."
    ),
    non_recu_livre=(
        "Le compte rendu de cet atelier n'avait pas été reçu au moment de l'impression."
    ),
    provisoire_site="Compte rendu provisoire : il peut encore être relu et complété.",
    non_recu_site="Le compte rendu de cet atelier n'a pas encore été reçu.",
    a_venir="compte rendu à venir",
    actes_du_forum="ACTES DU FORUM OUVERT",
    actes="Actes",
    page_sur="page {} de {}",
    site_du_forum="Le site du forum",
    site_contenu="Comptes rendus, photos et mises à jour\u00a0:",
    imprime_le="Version imprimée le {}",
    table_des_matieres="Table des matières",
    invitation="Invitation",
    en_chiffres="Le forum en chiffres",
    chiffres_participants=("personne participante", "personnes participantes"),
    chiffres_sujets=("sujet proposé", "sujets proposés"),
    chiffres_ateliers=("atelier tenu", "ateliers tenus"),
    chiffres_salles=("salle", "salles"),
    chiffres_creneaux=("créneau", "créneaux"),
    chiffres_recus=("compte rendu reçu", "comptes rendus reçus"),
    chiffres_prets=("compte rendu relu et prêt", "comptes rendus relus et prêts"),
    dont_prets="Dont {} au moment de l'impression.",
    agenda="L'agenda",
    agenda_court="Agenda",
    agenda_note=(
        "Chaque case donne le numéro de l'atelier ; la table des matières donne la page "
        "de son compte rendu."
    ),
    pleniere_ou_pause="En plénière ou en pause\u00a0: {}.",
    aucun_atelier_ce_jour="Aucun atelier ce jour-là.",
    suite_de_la_journee="Suite de la journée",
    comptes_rendus="Les comptes rendus des ateliers",
    sans_theme="Sans thème",
    prochaines_etapes="Les prochaines étapes",
    etapes_note=(
        "Ce que les ateliers ont décidé de faire après le forum, dans l'ordre des comptes "
        "rendus ; le numéro renvoie à l'atelier."
    ),
    index="Index",
    index_porteurs="Porteuses et porteurs d'ateliers",
    convergence="Convergence",
    priorites="Priorités",
    rang="Rang",
    sujet="Sujet",
    points="Points",
    ex_aequo="ex\u00a0æquo",
    votants=("personne a", "personnes ont"),
    points_formes=("point", "points"),
    note_vote=(
        "{} voté, chacune avec {} à répartir ; les points du mur et ceux des bulletins "
        "s'additionnent."
    ),
    note_mur="Les points comptés au mur, du sujet le plus soutenu au moins soutenu.",
    egalite="Les sujets à égalité partagent leur rang (ex\u00a0æquo).",
    themes="Thèmes",
    propose_par="Proposé par",
    sujets="Sujets",
    plans_action="Plans d'action",
    plans_note="Ce que des personnes ont décidé de porter après le forum.",
    plans_consentement=(
        "Seules les personnes qui ont accepté d'être nommées le sont ; les autres sont comptées."
    ),
    partenaires="Partenaires",
    prochaine_etape="Prochaine étape",
    echeance="Échéance",
    ressources="Ressources",
    sujets_lies="Sujets liés",
    courriels_porteurs="Courriels des porteurs",
    action="Action",
    ecosysteme="Écosystème",
    ecosysteme_note=(
        "Qui est venu, qui a rencontré qui, quelles voix manquaient\u00a0: des comptes, "
        "jamais des noms."
    ),
    non_precise="non précisé",
    types_acteurs="Types d'acteurs",
    niveaux_action="Niveaux d'action",
    regions="Régions",
    qui_a_rencontre_qui="Qui a rencontré qui",
    reseau_legende=(
        "Chaque disque est un type d'acteurs (sa taille suit le nombre de personnes) ; "
        "un trait relie deux types présents ensemble à un même atelier, d'autant plus "
        "épais qu'ils se sont croisés souvent."
    ),
    rencontres_frequentes="Les rencontres les plus fréquentes",
    ateliers_partages=("atelier partagé", "ateliers partagés"),
    aucune_rencontre=(
        "Aucun atelier n'a réuni deux types d'acteurs différents parmi les présences notées."
    ),
    voix_absentes="Les voix absentes",
    aucune_presence=(
        "Aucune présence n'a été notée aux ateliers : rien ne peut être dit des voix "
        "qui manquaient."
    ),
    sur_ateliers=(
        "Sur {} où des présences ont été notées (porteurs, prise de notes, liste des présences)."
    ),
    ateliers_formes=("atelier", "ateliers"),
    types_jamais="Types d'acteurs jamais présents",
    niveaux_jamais="Niveaux d'action jamais présents",
    regions_jamais="Régions jamais présentes",
    types_souvent="Types d'acteurs absents de plus de la moitié des ateliers",
    niveaux_souvent="Niveaux d'action absents de plus de la moitié des ateliers",
    regions_souvent="Régions absentes de plus de la moitié des ateliers",
    sur="{} sur {}",
    par_theme="Par thème",
    personnes_notees=("personne notée", "personnes notées"),
    types_absents="types absents",
    niveaux_absents="niveaux absents",
    regions_absentes=("région absente", "régions absentes"),
    aller_au_contenu="Aller au contenu",
    navigation="Site",
    nav_ateliers="Ateliers",
    pied_de_site="Notes du forum ouvert publiées avec Forum ouvert.",
    accueil="Accueil",
    tous_les_ateliers="Tous les ateliers",
    ateliers_voisins="Ateliers voisins",
    agenda_du="Agenda du {}",
    agenda_vide="L'agenda n'a pas encore de créneaux.",
    ateliers_et_comptes_rendus="Les ateliers et leurs comptes rendus",
    aucun_atelier_place="Aucun atelier n'est encore placé à l'agenda.",
    comptes_rendus_formes=("compte rendu", "comptes rendus"),
    personnes_qui_ont_participe="Les personnes qui ont participé",
    ont_participe=("personne a participé", "personnes ont participé"),
    au_forum=" au forum.",
    seules_nommees="Seules les personnes qui ont accepté d'être nommées figurent ici ({}).",
    nom="Nom",
    organisation="Organisation",
    participants="Participants",
    affiche_agenda="Affiche de l'agenda",
    feuille="feuille {} / {} — colonne {}, rangée {}",
    couper_abouter="couper le long des traits, puis abouter les feuilles",
    affiches_salles="Affiches des salles",
    fiches_compte_rendu="Fiches de compte rendu",
    fiche_compte_rendu="Fiche de compte rendu",
    notes_paraitront="Les notes tapées paraîtront ici\u00a0: {}",
    notes_en_ligne="Les notes en ligne",
    scribe="Scribe",
    suite_page="{} (suite, page {})",
    a_remettre="Atelier n°\u00a0{} — à remettre à la salle de presse",
    page_sur_court="page {} / {}",
    suite_au_verso="(suite au verso)",
)

ANGLAIS = Libelles(
    langue="en",
    locale="en_CA",
    langue_html="en-CA",
    deux_points="{}:",
    et="and",
    point_virgule="; ",
    numero="#{}",
    suite_du_numero="#{} continued",
    suite="{} (cont.)",
    du_au="{} to {}",
    natures=_fige(
        {"atelier": "Sessions", "pleniere": "Plenary", "pause": "Break", "repas": "Meal"}
    ),
    champs=_fige(
        {
            "presents": "People present",
            "points_saillants": "Key points",
            "propositions": "Proposals and recommendations",
            "etapes": "Next steps",
            "ressources": "Resources and links",
            "questions_ouvertes": "Open questions",
            "citations": "Quotes",
            "mots_cles": "Keywords and themes",
            "photos": "Photos",
        }
    ),
    personnes=("person", "people"),
    autres_personnes=("other person", "other people"),
    atelier="Session {}",
    atelier_colonne="Session",
    quand="When",
    salle="Room",
    porte_par="Convened by",
    prise_de_notes="Note-taker",
    presences="Attendance",
    sujets_reunis="Topics merged here",
    proposition="The proposal",
    photo_illisible="[unreadable photo]",
    photo_de_atelier="Photo of session #{}",
    quoi="What",
    qui="Who",
    heure="Time",
    libre="Free",
    mots_cles="Keywords",
    en_tout="({} in all)",
    provisoire_livre="Draft: this report had not been reviewed when the book was printed.",
    non_recu_livre="The report of this session had not been received when the book was printed.",
    provisoire_site="Draft report: it may still be reviewed and completed.",
    non_recu_site="The report of this session has not been received yet.",
    a_venir="report to come",
    actes_du_forum="OPEN SPACE PROCEEDINGS",
    actes="Proceedings",
    page_sur="page {} of {}",
    site_du_forum="The forum's website",
    site_contenu="Reports, photos and updates:",
    imprime_le="Printed on {}",
    table_des_matieres="Contents",
    invitation="Invitation",
    en_chiffres="The forum in numbers",
    chiffres_participants=("participant", "participants"),
    chiffres_sujets=("topic proposed", "topics proposed"),
    chiffres_ateliers=("session held", "sessions held"),
    chiffres_salles=("room", "rooms"),
    chiffres_creneaux=("time slot", "time slots"),
    chiffres_recus=("report received", "reports received"),
    chiffres_prets=("report reviewed and ready", "reports reviewed and ready"),
    dont_prets="Of which {} when this book was printed.",
    agenda="Agenda",
    agenda_court="Agenda",
    agenda_note=(
        "Each cell gives the session's number; the table of contents gives the page of its report."
    ),
    pleniere_ou_pause="Plenaries and breaks: {}.",
    aucun_atelier_ce_jour="No session that day.",
    suite_de_la_journee="The day continued",
    comptes_rendus="Session reports",
    sans_theme="No theme",
    prochaines_etapes="Next steps",
    etapes_note=(
        "What the sessions decided to do after the forum, in the order of the reports; "
        "the number refers to the session."
    ),
    index="Index",
    index_porteurs="Session conveners",
    convergence="Convergence",
    priorites="Priorities",
    rang="Rank",
    sujet="Topic",
    points="Points",
    ex_aequo="(tied)",
    votants=("person", "people"),
    points_formes=("point", "points"),
    note_vote=(
        "{} voted, each with {} to spread; the points on the wall and on the ballots are added up."
    ),
    note_mur="The points counted on the wall, from the most supported topic to the least.",
    egalite="Tied topics share their rank.",
    themes="Themes",
    propose_par="Proposed by",
    sujets="Topics",
    plans_action="Action plans",
    plans_note="What people decided to carry forward after the forum.",
    plans_consentement=(
        "Only the people who agreed to be named are named; the others are counted."
    ),
    partenaires="Partners",
    prochaine_etape="Next step",
    echeance="Deadline",
    ressources="Resources",
    sujets_lies="Related topics",
    courriels_porteurs="Conveners' e-mails",
    action="Action",
    ecosysteme="Ecosystem",
    ecosysteme_note="Who came, who met whom, which voices were missing: counts, never names.",
    non_precise="not specified",
    types_acteurs="Actor types",
    niveaux_action="Action levels",
    regions="Regions",
    qui_a_rencontre_qui="Who met whom",
    reseau_legende=(
        "Each disc is an actor type (its size follows the number of people); a line joins two "
        "types present together at the same session, thicker the more often they met."
    ),
    rencontres_frequentes="The most frequent encounters",
    ateliers_partages=("shared session", "shared sessions"),
    aucune_rencontre="No session brought together two different actor types among those noted.",
    voix_absentes="Missing voices",
    aucune_presence=(
        "No attendance was noted at the sessions: nothing can be said of the missing voices."
    ),
    sur_ateliers="Out of {} where attendance was noted (conveners, note-takers, attendance).",
    ateliers_formes=("session", "sessions"),
    types_jamais="Actor types never present",
    niveaux_jamais="Action levels never present",
    regions_jamais="Regions never present",
    types_souvent="Actor types missing from more than half of the sessions",
    niveaux_souvent="Action levels missing from more than half of the sessions",
    regions_souvent="Regions missing from more than half of the sessions",
    sur="{} of {}",
    par_theme="By theme",
    personnes_notees=("person noted", "people noted"),
    types_absents="missing types",
    niveaux_absents="missing levels",
    regions_absentes=("missing region", "missing regions"),
    aller_au_contenu="Skip to content",
    navigation="Site",
    nav_ateliers="Sessions",
    pied_de_site="Open Space notes published with Forum ouvert.",
    accueil="Home",
    tous_les_ateliers="All sessions",
    ateliers_voisins="Neighbouring sessions",
    agenda_du="Agenda for {}",
    agenda_vide="The agenda has no time slots yet.",
    ateliers_et_comptes_rendus="Sessions and their reports",
    aucun_atelier_place="No session is on the agenda yet.",
    comptes_rendus_formes=("report", "reports"),
    personnes_qui_ont_participe="The people who took part",
    ont_participe=("person took part", "people took part"),
    au_forum=" in the forum.",
    seules_nommees="Only the people who agreed to be named are listed here ({}).",
    nom="Name",
    organisation="Organization",
    participants="Participants",
    affiche_agenda="Agenda poster",
    feuille="sheet {} / {} — column {}, row {}",
    couper_abouter="cut along the marks, then butt the sheets together",
    affiches_salles="Room signs",
    fiches_compte_rendu="Session report sheets",
    fiche_compte_rendu="Session report sheet",
    notes_paraitront="The typed notes will appear here: {}",
    notes_en_ligne="The notes online",
    scribe="Note-taker",
    suite_page="{} (continued, page {})",
    a_remettre="Session #{} — hand in to the newsroom",
    page_sur_court="page {} / {}",
    suite_au_verso="(continued overleaf)",
)

_PAR_LANGUE = {"fr": FRANCAIS, "en": ANGLAIS}


def code_langue(langue: str | None) -> str:
    """« fr », « en » : le code court d'une langue (« en-CA », « EN_ca »…) ; le français sinon."""
    court = (langue or "").split("-")[0].split("_")[0].strip().casefold()
    return court if court in _PAR_LANGUE else "fr"


def libelles(langue: str | None) -> Libelles:
    """Les mots du matériel publié dans la langue du forum (le français par défaut)."""
    return _PAR_LANGUE[code_langue(langue)]


def champs_de_libelles() -> tuple[str, ...]:
    """Les noms des libellés de la table (pour les tests : chacun existe dans chaque langue)."""
    return tuple(f.name for f in fields(Libelles))
