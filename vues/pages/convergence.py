"""Convergence : priorités, thèmes et plans d'action ; puis la lentille écosystème (qui est
venu, qui a rencontré qui, quelles voix).

The ecosystem tabs only receive aggregates (app.ecosysteme): types, levels, regions,
organisations and counts, never a person's name. The first three tabs live in their own
modules (convergence_votes, convergence_themes, convergence_plans).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import ecosysteme
from app.changements import Changements, Genre
from vues.modeles_qt.tableau import Colonne, ModeleTableau
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.pages.convergence_plans import OngletPlans
from vues.pages.convergence_themes import OngletThemes
from vues.pages.convergence_votes import OngletVotes
from vues.pages.ecosysteme_graphiques import (
    ETIQUETTES_MAX,
    LIENS_MAX,
    PALETTE,
    GraphiqueBarres,
    VueReseau,
)
from vues.session import SessionForum

_DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# What each part shows; a change elsewhere leaves it as it is.
_GENRES_ECOSYSTEME = frozenset({Genre.PARTICIPANT, Genre.RECOLTE, Genre.SUJET})
_GENRES_VOTES = frozenset({Genre.VOTE, Genre.SUJET, Genre.THEME, Genre.PARTICIPANT, Genre.FORUM})
_GENRES_THEMES = frozenset({Genre.THEME, Genre.SUJET, Genre.PARTICIPANT})
_GENRES_PLANS = frozenset({Genre.PLAN, Genre.SUJET, Genre.THEME, Genre.PARTICIPANT, Genre.RECOLTE})


class PageConvergence(Page):
    genres = _GENRES_ECOSYSTEME | _GENRES_VOTES | _GENRES_THEMES | _GENRES_PLANS

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._analyse: ecosysteme.Ecosysteme | None = None
        # None: everything is reloaded (first load, page shown again after changes).
        self._a_recharger: set[Genre] | None = None
        self.votes = OngletVotes(session)
        self.themes = OngletThemes(session)
        self.plans = OngletPlans(session)
        self.onglets = QTabWidget()
        self.onglets.tabBar().setAccessibleName(self.tr("Parties de la convergence"))
        self.onglets.addTab(self.votes, self.tr("Priorités"))
        self.onglets.addTab(self.themes, self.tr("Thèmes"))
        self.onglets.addTab(self.plans, self.tr("Plans d'action"))
        self.onglets.addTab(self._onglet_venus(), self.tr("Qui est venu"))
        self.onglets.addTab(self._onglet_reseau(), self.tr("Qui a rencontré qui"))
        self.onglets.addTab(self._onglet_absences(), self.tr("Voix absentes"))
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Convergence")))
        disposition.addWidget(self.onglets, 1)
        self.charger()

    # --- Qui est venu ---------------------------------------------------------------------------

    def _onglet_venus(self) -> QWidget:
        titres = {
            "type_acteur": self.tr("Type d'acteur"),
            "niveau_action": self.tr("Niveau d'action"),
            "region": self.tr("Région"),
        }
        self.graphiques: dict[str, GraphiqueBarres] = {}
        self.modeles: dict[str, ModeleTableau] = {}
        tableaux = QWidget()
        grille_tableaux = QHBoxLayout(tableaux)
        for attribut, titre in titres.items():
            self.graphiques[attribut] = GraphiqueBarres(
                self.tr("Personnes par {}").format(titre.lower())
            )
            modele = ModeleTableau(
                [
                    Colonne(titre, lambda ligne: ligne[0]),
                    Colonne(
                        self.tr("Personnes"),
                        lambda ligne: str(ligne[1]),
                        tri=lambda ligne: ligne[1],
                        alignement=_DROITE,
                    ),
                ],
                self,
            )
            vue, _ = vue_tableau(modele, titre, extensible=0)
            vue.sortByColumn(1, Qt.SortOrder.DescendingOrder)
            self.modeles[attribut] = modele
            grille_tableaux.addWidget(vue)
        graphiques = QWidget()
        grille = QGridLayout(graphiques)
        grille.addWidget(self.graphiques["type_acteur"], 0, 0)
        grille.addWidget(self.graphiques["niveau_action"], 1, 0)
        grille.addWidget(self.graphiques["region"], 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grille.setRowStretch(2, 1)
        grille.setHorizontalSpacing(32)
        defilement = QScrollArea()
        defilement.setWidgetResizable(True)
        defilement.setWidget(graphiques)
        self.pile_venus = QStackedWidget()
        self.pile_venus.addWidget(defilement)
        self.pile_venus.addWidget(tableaux)
        self.en_tableau = QCheckBox(self.tr("Voir en tableaux"))
        self.en_tableau.toggled.connect(lambda oui: self.pile_venus.setCurrentIndex(int(oui)))
        onglet = QWidget()
        disposition = QVBoxLayout(onglet)
        entete = QHBoxLayout()
        entete.addWidget(
            QLabel(self.tr("Toutes les personnes inscrites, selon la lentille du texte fondateur."))
        )
        entete.addStretch(1)
        entete.addWidget(self.en_tableau)
        disposition.addLayout(entete)
        disposition.addWidget(self.pile_venus, 1)
        return onglet

    # --- Qui a rencontré qui --------------------------------------------------------------------

    def _onglet_reseau(self) -> QWidget:
        self.vue_reseau = VueReseau()
        self.vue_reseau.setAccessibleName(self.tr("Réseau des rencontres"))
        self.par_type = QRadioButton(self.tr("par type d'acteur"))
        self.par_organisation = QRadioButton(self.tr("par organisation"))
        self.par_type.setChecked(True)
        groupe = QButtonGroup(self)
        groupe.addButton(self.par_type)
        groupe.addButton(self.par_organisation)
        self.par_type.toggled.connect(self._dessiner_reseau)
        onglet = QWidget()
        disposition = QVBoxLayout(onglet)
        choix = QHBoxLayout()
        choix.addWidget(QLabel(self.tr("Regrouper :")))
        choix.addWidget(self.par_type)
        choix.addWidget(self.par_organisation)
        choix.addStretch(1)
        disposition.addLayout(choix)
        self.legende_reseau = QLabel()
        self.legende_reseau.setWordWrap(True)
        disposition.addWidget(self.legende_reseau)
        disposition.addWidget(self.vue_reseau, 1)
        return onglet

    def _dessiner_reseau(self) -> None:
        if self._analyse is None:
            return
        par = "type_acteur" if self.par_type.isChecked() else "organisation"
        reseau = self._analyse.reseaux[par]
        couleurs = None
        if par == "type_acteur":
            couleurs = {nom: PALETTE[i % len(PALETTE)] for i, (nom, _) in enumerate(reseau.noeuds)}
        self.vue_reseau.definir(reseau, self.tr("personne(s)"), couleurs)
        texte = self.tr(
            "Taille d'un disque : nombre de personnes. Épaisseur d'un lien : nombre d'ateliers "
            "où les deux groupes étaient présents ensemble. {} groupes, {} liens."
        ).format(len(reseau.noeuds), len(reseau.aretes))
        if len(reseau.aretes) > LIENS_MAX:
            texte += " " + self.tr("Seuls les {} liens les plus forts sont dessinés.").format(
                LIENS_MAX
            )
        if len(reseau.noeuds) > ETIQUETTES_MAX:
            texte += " " + self.tr("Seuls les plus grands sont nommés : survolez un disque.")
        self.legende_reseau.setText(texte)

    # --- Voix absentes --------------------------------------------------------------------------

    def _onglet_absences(self) -> QWidget:
        self.synthese = QLabel()
        self.synthese.setWordWrap(True)
        self.synthese.setTextFormat(Qt.TextFormat.RichText)
        self.synthese.setAccessibleName(self.tr("Synthèse des voix absentes"))
        self.synthese.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        def liste(valeurs: tuple[str, ...]) -> str:
            return ", ".join(valeurs) if valeurs else "—"

        def cellule(champ: str) -> Colonne:
            return Colonne(
                "",
                lambda a: (
                    f"{len(getattr(a, champ))} : {liste(getattr(a, champ))}" if a.presents else "—"
                ),
                tri=lambda a: len(getattr(a, champ)),
                infobulle=lambda a: (
                    "\n".join(getattr(a, champ)) if a.presents else self.tr("Aucune présence notée")
                ),
            )

        def colonnes(titre: str) -> list[Colonne]:
            debut = [
                Colonne(
                    self.tr("N°"),
                    lambda a: "" if a.numero is None else str(a.numero),
                    tri=lambda a: a.numero or 0,
                    alignement=_DROITE,
                ),
                Colonne(titre, lambda a: a.titre, infobulle=lambda a: a.titre),
                Colonne(
                    self.tr("Présents"),
                    lambda a: str(a.presents),
                    tri=lambda a: a.presents,
                    alignement=_DROITE,
                ),
            ]
            for champ, entete in (
                ("types", self.tr("Types d'acteurs absents")),
                ("niveaux", self.tr("Niveaux absents")),
                ("regions", self.tr("Régions absentes")),
            ):
                c = cellule(champ)
                debut.append(Colonne(entete, c.texte, c.tri, infobulle=c.infobulle))
            return debut

        self.modele_absences = ModeleTableau(colonnes(self.tr("Atelier")), self)
        self.modele_themes = ModeleTableau(colonnes(self.tr("Thème")), self)
        self.pile_absences = QStackedWidget()
        for modele, nom in (
            (self.modele_absences, self.tr("Voix absentes par atelier")),
            (self.modele_themes, self.tr("Voix absentes par thème")),
        ):
            vue, _ = vue_tableau(modele, nom, extensible=3)
            # Absent lists are long: three wrapped lines per row, the full list in the tooltip.
            vue.setWordWrap(True)
            vue.verticalHeader().setDefaultSectionSize(int(vue.fontMetrics().height() * 3.4))
            vue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            entete = vue.horizontalHeader()
            for section, largeur in ((1, 240), (4, 200), (5, 330)):
                entete.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                entete.resizeSection(section, largeur)
            self.pile_absences.addWidget(vue)
        self.choix_absences = QComboBox()
        self.choix_absences.addItems([self.tr("par atelier"), self.tr("par thème")])
        self.choix_absences.setAccessibleName(self.tr("Voix absentes par atelier ou par thème"))
        self.choix_absences.currentIndexChanged.connect(self.pile_absences.setCurrentIndex)
        onglet = QWidget()
        disposition = QVBoxLayout(onglet)
        disposition.addWidget(self.synthese)
        choix = QHBoxLayout()
        choix.addWidget(QLabel(self.tr("Voir les absences")))
        choix.addWidget(self.choix_absences)
        choix.addStretch(1)
        disposition.addLayout(choix)
        disposition.addWidget(self.pile_absences, 1)
        return onglet

    def _texte_synthese(self) -> str:
        assert self._analyse is not None
        s = self._analyse.synthese
        if not s.ateliers:
            return self.tr(
                "<b>Aucune présence notée pour l'instant</b> : les voix absentes "
                "apparaîtront avec les récoltes (présents, porteurs, scribe)."
            )

        def liste(valeurs: tuple[str, ...]) -> str:
            return escape(", ".join(valeurs)) if valeurs else self.tr("aucun")

        def souvent(valeurs: tuple[tuple[str, int], ...]) -> str:
            if not valeurs:
                return self.tr("aucun")
            return escape(", ".join(f"{v} ({n})" for v, n in valeurs))

        entetes = (self.tr("Types d'acteurs"), self.tr("Niveaux d'action"), self.tr("Régions"))
        jamais = (s.types_jamais, s.niveaux_jamais, s.regions_jamais)
        moitie = (s.types_souvent, s.niveaux_souvent, s.regions_souvent)
        cellule = '<td style="padding: 2px 12px 2px 0; vertical-align: top;">{}</td>'
        lignes = [
            "<tr><td></td>" + "".join(cellule.format(f"<b>{e}</b>") for e in entetes) + "</tr>",
            "<tr>"
            + cellule.format("<b>" + self.tr("Jamais présents") + "</b>")
            + "".join(cellule.format(liste(v)) for v in jamais)
            + "</tr>",
            "<tr>"
            + cellule.format(
                "<b>"
                + self.tr("Absents de plus de la moitié des ateliers (nombre d'ateliers)")
                + "</b>"
            )
            + "".join(cellule.format(souvent(v)) for v in moitie)
            + "</tr>",
        ]
        titre = self.tr(
            "Sur l'ensemble du forum : {} ateliers où des présences sont notées"
        ).format(s.ateliers)
        return f"<p><b>{titre}</b></p><table>{''.join(lignes)}</table>"

    # --- Chargement -----------------------------------------------------------------------------

    def _sur_changement(self, changements: Changements) -> None:
        touches = {g for g in Genre if changements.touche(g)}
        if self.isVisible():
            self._a_recharger = touches
        elif self._a_recharger is not None:
            # Stale while hidden: what piles up is reloaded when the page shows again.
            self._a_recharger = None if changements.tout else self._a_recharger | touches
        super()._sur_changement(changements)

    def charger(self) -> None:
        genres, self._a_recharger = self._a_recharger, set()
        if genres is None or genres & _GENRES_VOTES:
            self.votes.charger()
        if genres is None or genres & _GENRES_THEMES:
            self.themes.charger()
        if genres is None or genres & _GENRES_PLANS:
            self.plans.charger()
        if genres is None or genres & _GENRES_ECOSYSTEME:
            self._charger_ecosysteme()

    def _charger_ecosysteme(self) -> None:
        self._analyse = self.session.lire(ecosysteme.analyser)
        non_precise = self.tr("(non précisé)")
        for attribut, graphique in self.graphiques.items():
            lignes = [(v or non_precise, n) for v, n in self._analyse.repartitions[attribut]]
            graphique.definir(lignes)
            self.modeles[attribut].definir_lignes(lignes)
        self._dessiner_reseau()
        self.synthese.setText(self._texte_synthese())
        self.modele_absences.definir_lignes(self._analyse.absences)
        self.modele_themes.definir_lignes(self._analyse.themes)
