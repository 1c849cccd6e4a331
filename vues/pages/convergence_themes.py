"""Convergence, « Thèmes » : regrouper les sujets, à la souris (glisser) comme au clavier."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import lectures, lectures_convergence
from app.lectures import ParticipantLu, SujetLu
from app.lectures_convergence import ThemeLu
from vues.commandes.convergence import AjouterTheme, ClasserSujets, ModifierTheme, SupprimerTheme
from vues.modeles_qt.convergence import ROLE_SUJET, ROLE_THEME, ModeleClassement, item_sujet
from vues.pages.base import scinder
from vues.session import SessionForum


def _vue_glisser(vue: QAbstractItemView, nom: str) -> None:
    vue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    vue.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    vue.setDefaultDropAction(Qt.DropAction.MoveAction)
    vue.setDropIndicatorShown(True)
    vue.setDragDropOverwriteMode(True)  # a drop lands on an item, never between two
    vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vue.setAccessibleName(nom)


def combo_personnes(nom: str, vide: str) -> QComboBox:
    """Une liste de personnes où l'on tape pour trouver ; la première entrée dit « personne »."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(nom)
    combo.setProperty("texte_vide", vide)
    completion = combo.completer()
    assert completion is not None
    completion.setFilterMode(Qt.MatchFlag.MatchContains)
    completion.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completion.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def remplir_personnes(combo: QComboBox, personnes: list[ParticipantLu]) -> None:
    choisi = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(str(combo.property("texte_vide")), None)
    for p in sorted(personnes, key=lambda p: p.nom.casefold()):
        combo.addItem(f"{p.nom} ({p.organisation})" if p.organisation else p.nom, p.uuid)
    combo.setCurrentIndex(max(0, combo.findData(choisi)) if choisi else 0)
    combo.blockSignals(False)


def personne_de(combo: QComboBox) -> UUID | None:
    """La personne choisie ; un texte tapé qui ne correspond à personne compte pour aucune."""
    if combo.currentIndex() < 0 or combo.currentText() != combo.itemText(combo.currentIndex()):
        return None
    donnee = combo.currentData()
    return donnee if isinstance(donnee, UUID) else None


class OngletThemes(QWidget):
    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.themes: list[ThemeLu] = []
        self._theme_choisi: UUID | None = None

        self.modele_sans_theme = ModeleClassement(sans_theme=True, parent=self)
        self.modele_sans_theme.depot = self.classer
        self.liste_sans_theme = QListView()
        self.liste_sans_theme.setModel(self.modele_sans_theme)
        _vue_glisser(self.liste_sans_theme, self.tr("Sujets sans thème"))
        self.titre_sans_theme = QLabel()
        self.titre_sans_theme.setBuddy(self.liste_sans_theme)

        self.modele_themes = ModeleClassement(sans_theme=False, parent=self)
        self.modele_themes.depot = self.classer
        self.arbre = QTreeView()
        self.arbre.setModel(self.modele_themes)
        self.arbre.setHeaderHidden(True)
        self.arbre.setUniformRowHeights(True)
        _vue_glisser(self.arbre, self.tr("Thèmes et leurs sujets"))
        self.arbre.selectionModel().currentChanged.connect(self._courant_change)

        self.choix_theme = QComboBox()
        self.choix_theme.setAccessibleName(self.tr("Thème où classer les sujets choisis"))
        self.bouton_classer = QPushButton(self.tr("Classer"))
        self.bouton_classer.setToolTip(
            self.tr("Met les sujets choisis (dans l'une ou l'autre liste) dans ce thème.")
        )
        self.bouton_classer.clicked.connect(self.classer_choisis)

        # --- le thème choisi --------------------------------------------------------------------
        self.titre = QLineEdit()
        self.titre.setAccessibleName(self.tr("Titre du thème"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description du thème"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.fontMetrics().height() * 6)
        self.initiateur = combo_personnes(self.tr("Initiateur du thème"), self.tr("(personne)"))
        self.enregistrer = QPushButton(self.tr("Enregistrer le thème"))
        self.enregistrer.clicked.connect(self.enregistrer_theme)
        self.supprimer = QPushButton(self.tr("Supprimer le thème"))
        self.supprimer.setToolTip(
            self.tr("Ses sujets redeviennent sans thème ; Ctrl+Z le rétablit.")
        )
        self.supprimer.clicked.connect(self.supprimer_theme)
        self.fiche = QGroupBox(self.tr("Thème choisi"))
        formulaire = QFormLayout(self.fiche)
        formulaire.addRow(self.tr("Titre :"), self.titre)
        formulaire.addRow(self.tr("Description :"), self.description)
        formulaire.addRow(self.tr("Initiateur :"), self.initiateur)
        boutons = QHBoxLayout()
        boutons.addWidget(self.supprimer)
        boutons.addStretch(1)
        boutons.addWidget(self.enregistrer)
        formulaire.addRow(boutons)

        self.nouveau = QLineEdit()
        self.nouveau.setPlaceholderText(self.tr("Titre du nouveau thème"))
        self.nouveau.setAccessibleName(self.tr("Titre du nouveau thème"))
        self.nouveau.returnPressed.connect(self.creer_theme)
        self.creer = QPushButton(self.tr("Créer le thème"))
        self.creer.clicked.connect(self.creer_theme)
        creation = QGroupBox(self.tr("Nouveau thème"))
        ligne = QHBoxLayout(creation)
        ligne.addWidget(self.nouveau, 1)
        ligne.addWidget(self.creer)

        # --- disposition ------------------------------------------------------------------------
        gauche = QWidget()
        colonne = QVBoxLayout(gauche)
        colonne.setContentsMargins(0, 0, 0, 0)
        colonne.addWidget(self.titre_sans_theme)
        colonne.addWidget(self.liste_sans_theme, 1)
        depot = QLabel(self.tr("Déposez ici un sujet pour le retirer de son thème."))
        depot.setWordWrap(True)
        colonne.addWidget(depot)
        milieu = QWidget()
        colonne = QVBoxLayout(milieu)
        colonne.setContentsMargins(0, 0, 0, 0)
        aide = QLabel(
            self.tr(
                "Glissez un sujet sur un thème pour l'y classer, ou sur « Sans thème » pour l'en "
                "retirer. Au clavier : choisissez des sujets, un thème, puis « Classer »."
            )
        )
        aide.setWordWrap(True)
        colonne.addWidget(aide)
        colonne.addWidget(self.arbre, 1)
        clavier = QHBoxLayout()
        etiquette = QLabel(self.tr("Classer les sujets choisis dans :"))
        etiquette.setBuddy(self.choix_theme)
        clavier.addWidget(etiquette)
        clavier.addWidget(self.choix_theme, 1)
        clavier.addWidget(self.bouton_classer)
        colonne.addLayout(clavier)
        droite = QWidget()
        colonne = QVBoxLayout(droite)
        colonne.setContentsMargins(0, 0, 0, 0)
        colonne.addWidget(creation)
        colonne.addWidget(self.fiche)
        colonne.addStretch(1)
        separation = scinder(Qt.Orientation.Horizontal, [(gauche, 2), (milieu, 4), (droite, 3)])
        disposition = QVBoxLayout(self)
        disposition.addWidget(separation, 1)

    # --- chargement -------------------------------------------------------------------------

    def charger(self) -> None:
        garde = self._theme_choisi  # clearing the tree moves its current index away
        self.themes = self.session.lire(lectures_convergence.themes)
        sujets: list[SujetLu] = [s for s in self.session.lire(lectures.sujets) if s.actif]
        sans = [s for s in sujets if s.theme_uuid is None]
        self.modele_sans_theme.clear()
        for s in sans:
            self.modele_sans_theme.appendRow(item_sujet(s.numero, s.titre, s.uuid, None))
        self.titre_sans_theme.setText(self.tr("Sans thème (%1)").replace("%1", str(len(sans))))
        self.modele_themes.clear()
        for theme in self.themes:
            groupe = QStandardItem(f"{theme.titre} ({len(theme.sujets)})")
            groupe.setEditable(False)
            groupe.setData(theme.uuid, ROLE_THEME)
            police = groupe.font()
            police.setBold(True)
            groupe.setFont(police)
            infobulle = theme.description or theme.titre
            if theme.initiateur:
                infobulle += "\n" + self.tr("Initié par %1").replace("%1", theme.initiateur.nom)
            groupe.setToolTip(infobulle)
            for ref in theme.sujets:
                groupe.appendRow(item_sujet(ref.numero, ref.titre, ref.uuid, theme.uuid))
            self.modele_themes.appendRow(groupe)
        self.arbre.expandAll()
        self.choix_theme.clear()
        self.choix_theme.addItem(self.tr("Sans thème"), None)
        for theme in self.themes:
            self.choix_theme.addItem(theme.titre, theme.uuid)
        remplir_personnes(self.initiateur, self.session.lire(lectures.participants))
        self._theme_choisi = garde if garde in {t.uuid for t in self.themes} else None
        if self._theme_choisi is not None:
            self.choisir_theme(self._theme_choisi)
        self._remplir_fiche()

    def index_theme(self, theme: UUID) -> QModelIndex:
        for rangee in range(self.modele_themes.rowCount()):
            index = self.modele_themes.index(rangee, 0)
            if index.data(ROLE_THEME) == theme:
                return index
        return QModelIndex()

    def index_sujet(self, sujet: UUID) -> tuple[QAbstractItemView, QModelIndex]:
        for rangee in range(self.modele_sans_theme.rowCount()):
            index = self.modele_sans_theme.index(rangee, 0)
            if index.data(ROLE_SUJET) == sujet:
                return self.liste_sans_theme, index
        for rangee in range(self.modele_themes.rowCount()):
            groupe = self.modele_themes.index(rangee, 0)
            for enfant in range(self.modele_themes.rowCount(groupe)):
                index = self.modele_themes.index(enfant, 0, groupe)
                if index.data(ROLE_SUJET) == sujet:
                    return self.arbre, index
        raise KeyError(sujet)

    def choisir_theme(self, theme: UUID) -> None:
        self.arbre.setCurrentIndex(self.index_theme(theme))

    def _courant_change(self, courant: QModelIndex) -> None:
        theme = courant.data(ROLE_THEME) if courant.isValid() else None
        if theme != self._theme_choisi:
            self._theme_choisi = theme
            self._remplir_fiche()

    def _remplir_fiche(self) -> None:
        theme = next((t for t in self.themes if t.uuid == self._theme_choisi), None)
        self.fiche.setEnabled(theme is not None)
        self.fiche.setTitle(
            self.tr("Thème choisi : %1").replace("%1", theme.titre)
            if theme
            else self.tr("Thème choisi (cliquez un thème dans la liste)")
        )
        self.titre.setText(theme.titre if theme else "")
        self.description.setPlainText(theme.description if theme else "")
        initiateur = theme.initiateur.uuid if theme and theme.initiateur else None
        self.initiateur.setCurrentIndex(
            max(0, self.initiateur.findData(initiateur)) if initiateur else 0
        )

    # --- gestes -------------------------------------------------------------------------------

    def classer(self, sujets: list[UUID], theme: UUID | None) -> bool:
        titre = next((t.titre for t in self.themes if t.uuid == theme), "")
        return self.session.executer(ClasserSujets(self.session, sujets, theme, titre))

    def sujets_choisis(self) -> list[UUID]:
        choisis: list[UUID] = []
        for vue in (self.liste_sans_theme, self.arbre):
            for index in vue.selectionModel().selectedIndexes():
                sujet = index.data(ROLE_SUJET)
                if sujet is not None and sujet not in choisis:
                    choisis.append(sujet)
        return choisis

    def classer_choisis(self) -> bool:
        sujets = self.sujets_choisis()
        if not sujets:
            self.session.erreur.emit(
                self.tr(
                    "Choisissez d'abord un ou des sujets (Ctrl+clic pour en prendre plusieurs)."
                )
            )
            return False
        return self.classer(sujets, self.choix_theme.currentData())

    def creer_theme(self) -> bool:
        titre = self.nouveau.text()
        commande = AjouterTheme(self.session, {"titre": titre})
        if not self.session.executer(commande):
            return False
        self.nouveau.clear()
        if commande.uuid is not None:
            self._theme_choisi = commande.uuid
            self.choisir_theme(commande.uuid)
            self._remplir_fiche()
        return True

    def enregistrer_theme(self) -> bool:
        theme = next((t for t in self.themes if t.uuid == self._theme_choisi), None)
        if theme is None:
            return False
        apres: dict[str, object] = {}
        if " ".join(self.titre.text().split()) != theme.titre:
            apres["titre"] = self.titre.text()
        if self.description.toPlainText().strip() != theme.description:
            apres["description"] = self.description.toPlainText()
        initiateur = personne_de(self.initiateur)
        if initiateur != (theme.initiateur.uuid if theme.initiateur else None):
            apres["initiateur"] = initiateur
        if not apres:
            return True
        return self.session.executer(ModifierTheme(self.session, theme.uuid, theme.titre, apres))

    def supprimer_theme(self) -> bool:
        theme = next((t for t in self.themes if t.uuid == self._theme_choisi), None)
        if theme is None:
            return False
        return self.session.executer(SupprimerTheme(self.session, theme.uuid, theme.titre))
