"""Salle de presse : l'état de chaque compte rendu, ceux qui manquent, et l'avancement des actes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import lectures, presse
from app.changements import Changements, Genre
from app.lectures import CreneauLu, SalleLue
from app.presse import LignePresse
from modeles.valeurs import NatureCreneau
from vues.formats import date_courte, designation_creneau
from vues.libelles import statut_recolte, symbole_statut
from vues.modeles_qt.presse import COLONNE_ATELIER, COLONNE_ETAT, COLONNE_QUAND, ModelePresse
from vues.modeles_qt.tableau import ROLE_OBJET
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.session import SessionForum

_DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_AFFICHAGE = int(Qt.ItemDataRole.DisplayRole)
_POLICE = int(Qt.ItemDataRole.FontRole)
# Genres whose change sets name the topics (or harvests) touched: those rows can be re-read alone.
_PAR_LIGNE = frozenset({Genre.SUJET, Genre.RECOLTE})


def _uuid(donnee: object) -> UUID | None:
    return None if donnee is None else UUID(str(donnee))


class PageSalleDePresse(Page):
    """Tous les ateliers du mur et leur compte rendu : ce qui manque saute aux yeux."""

    genres = frozenset({Genre.SUJET, Genre.RECOLTE, Genre.PARTICIPANT, Genre.SALLE, Genre.CRENEAU})

    def __init__(
        self,
        session: SessionForum,
        ouvrir_recolte: Callable[[UUID], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self._ouvrir_recolte = ouvrir_recolte
        # Changes that arrive while the page is hidden are read once, when it is shown again.
        self._perime = False

        self.modele = ModelePresse(self)
        self.tableau, self.filtre = vue_tableau(
            self.modele, self.tr("Ateliers et état de leur compte rendu")
        )
        self.tableau.sortByColumn(COLONNE_QUAND, Qt.SortOrder.AscendingOrder)
        # Sized to contents once per full load, not on every change: with 400 rows, automatic
        # sizing asks the model for some 20,000 cells each time the table is laid out.
        entete = self.tableau.horizontalHeader()
        for colonne in range(self.modele.columnCount()):
            if colonne != COLONNE_ATELIER:
                entete.setSectionResizeMode(colonne, QHeaderView.ResizeMode.Interactive)
        self.tableau.doubleClicked.connect(self._ouvrir_index)
        self.action_ouvrir = QAction(self.tr("Ouvrir le compte rendu"), self)
        self.action_ouvrir.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        # Enter opens the chosen report on every platform (macOS does not "activate" on Enter).
        self.action_ouvrir.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_ouvrir.triggered.connect(lambda *_: self.ouvrir_choisie())
        self.tableau.addAction(self.action_ouvrir)

        self.avancement_texte = QLabel()
        police = self.avancement_texte.font()
        police.setPointSizeF(police.pointSizeF() * 1.2)
        police.setBold(True)
        self.avancement_texte.setFont(police)
        self.barre = QProgressBar()
        self.barre.setAccessibleName(self.tr("Comptes rendus prêts"))
        self.barre.setFormat(self.tr("%p %"))
        self.detail = QLabel()
        self.detail.setAccessibleName(self.tr("Comptes rendus par état"))

        self.recherche = QLineEdit()
        self.recherche.setPlaceholderText(self.tr("Chercher un atelier, une salle, un scribe…"))
        self.recherche.setClearButtonEnabled(True)
        self.recherche.setMinimumWidth(self.recherche.fontMetrics().averageCharWidth() * 24)
        self.recherche.setAccessibleName(self.tr("Chercher dans les comptes rendus"))
        self.recherche.textChanged.connect(self.filtre.definir_motif)
        self.manquants = QCheckBox(self.tr("&Manquants seulement"))
        self.manquants.setToolTip(self.tr("Les comptes rendus à recevoir ou en saisie"))
        self.manquants.toggled.connect(self._filtrer)
        self.creneau_filtre = QComboBox()
        self.creneau_filtre.setAccessibleName(self.tr("Créneau"))
        self.creneau_filtre.currentIndexChanged.connect(self._filtrer)
        self.salle_filtre = QComboBox()
        self.salle_filtre.setAccessibleName(self.tr("Salle"))
        self.salle_filtre.currentIndexChanged.connect(self._filtrer)
        # Narrow lists on a laptop screen, whole names in their popup: the search keeps its room.
        for boite, lettres in ((self.creneau_filtre, 22), (self.salle_filtre, 14)):
            boite.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            boite.setMinimumContentsLength(lettres)

        self.action_suivant = QAction(self.tr("Compte rendu manquant suivant"), self)
        self.action_suivant.setShortcut(QKeySequence("Ctrl+J"))
        self.action_suivant.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_suivant.triggered.connect(lambda *_: self.aller_au_manquant_suivant())
        self.addAction(self.action_suivant)
        self.bouton_suivant = QPushButton(self.action_suivant.text())
        raccourci = self.action_suivant.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.bouton_suivant.setToolTip(
            self.tr("Choisir le prochain atelier de l'agenda sans compte rendu (%1)").replace(
                "%1", raccourci
            )
        )
        self.bouton_suivant.clicked.connect(self.action_suivant.trigger)
        self.compte = QLabel()
        self.message = QLabel()
        for signal in (
            self.filtre.modelReset,
            self.filtre.rowsInserted,
            self.filtre.rowsRemoved,
            self.filtre.layoutChanged,
        ):
            signal.connect(self._compter)

        avancement = QHBoxLayout()
        avancement.addWidget(self.avancement_texte)
        avancement.addWidget(self.barre, 1)
        # Two rows, and combos sized to a few words rather than to their longest slot: with a
        # large system font the filters must not push the page wider than the screen.
        for liste in (self.creneau_filtre, self.salle_filtre):
            liste.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            liste.setMinimumContentsLength(14)
        recherche = QHBoxLayout()
        recherche.addWidget(self.recherche, 1)
        recherche.addWidget(self.manquants)
        recherche.addWidget(self.bouton_suivant)
        choix = QHBoxLayout()
        choix.addWidget(self._etiquette(self.tr("&Créneau :"), self.creneau_filtre))
        choix.addWidget(self.creneau_filtre, 1)
        choix.addWidget(self._etiquette(self.tr("S&alle :"), self.salle_filtre))
        choix.addWidget(self.salle_filtre, 1)
        filtres = QVBoxLayout()
        filtres.addLayout(recherche)
        filtres.addLayout(choix)
        pied = QHBoxLayout()
        pied.addWidget(self.compte)
        pied.addStretch(1)
        pied.addWidget(self.message)
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Salle de presse")))
        disposition.addLayout(avancement)
        disposition.addWidget(self.detail)
        disposition.addLayout(filtres)
        disposition.addWidget(self.tableau, 1)
        disposition.addLayout(pied)
        self.charger()

    @staticmethod
    def _etiquette(texte: str, champ: QWidget) -> QLabel:
        etiquette = QLabel(texte)
        etiquette.setBuddy(champ)
        return etiquette

    # Loading

    def charger(self) -> None:
        self._perime = False
        choisie = self.ligne_choisie()
        self._remplir_filtres(
            self.session.lire(lectures.creneaux), self.session.lire(lectures.salles)
        )
        self.modele.actualiser(self.session.lire(presse.lignes_presse))
        for colonne in range(self.modele.columnCount()):
            if colonne != COLONNE_ATELIER:
                self.tableau.resizeColumnToContents(colonne)
        # Wide enough for every state, so that a report changing state is never cut short.
        self.tableau.setColumnWidth(
            COLONNE_ETAT,
            max(
                self.tableau.columnWidth(COLONNE_ETAT),
                self.modele.largeur_etat(self.tableau.font())
                + 2 * self.tableau.fontMetrics().averageCharWidth(),
            ),
        )
        if choisie is not None and not self.tableau.selectionModel().hasSelection():
            self.choisir(choisie.sujet)
        self._montrer_avancement()

    def _sur_changement(self, changements: Changements) -> None:
        if not any(changements.touche(g) for g in self.genres):
            return
        if not self.isVisible():
            self._perime = True
            return
        if changements.tout or any(g not in _PAR_LIGNE for g, _ in changements.entites):
            self.charger()
            return
        touches = {u for _, u in changements.entites}
        relues = self.session.lire(presse.lignes_presse, touches)
        if self.modele.remplacer(relues, touches):
            self._montrer_avancement()
        else:
            self.charger()

    def showEvent(self, event: QShowEvent) -> None:
        if self._perime:
            self.charger()
        super().showEvent(event)

    def _remplir_filtres(self, creneaux: Sequence[CreneauLu], salles: Sequence[SalleLue]) -> None:
        ateliers = [c for c in creneaux if c.nature is NatureCreneau.ATELIER]
        self._remplir(
            self.creneau_filtre,
            self.tr("Tous les créneaux"),
            [(f"{date_courte(c.jour)} — {designation_creneau(c)}", c.uuid) for c in ateliers],
        )
        self._remplir(
            self.salle_filtre, self.tr("Toutes les salles"), [(s.nom, s.uuid) for s in salles]
        )
        self._filtrer()

    @staticmethod
    def _remplir(boite: QComboBox, tous: str, choix: Sequence[tuple[str, UUID]]) -> None:
        """Remplit la liste en gardant le choix en cours s'il existe encore."""
        courant = boite.currentData()
        boite.blockSignals(True)
        boite.clear()
        boite.addItem(tous, None)
        for texte, valeur in choix:
            # As text: QComboBox.findData() cannot compare Python objects.
            boite.addItem(texte, str(valeur))
        boite.setCurrentIndex(max(0, boite.findData(courant)) if courant is not None else 0)
        boite.blockSignals(False)
        liste = boite.view()
        liste.setMinimumWidth(
            liste.sizeHintForColumn(0) + liste.verticalScrollBar().sizeHint().width()
        )

    def _montrer_avancement(self) -> None:
        avancement = presse.avancement_des(self.modele.lignes())
        if avancement.total == 0:
            texte = self.tr("Aucun atelier sur le mur")
        elif avancement.total == 1:
            texte = self.tr("%1 / %2 compte rendu prêt")
        else:
            texte = self.tr("%1 / %2 comptes rendus prêts")
        self.avancement_texte.setText(
            texte.replace("%1", str(avancement.pretes)).replace("%2", str(avancement.total))
        )
        self.barre.setRange(0, max(avancement.total, 1))
        self.barre.setValue(avancement.pretes)
        self.detail.setText(
            "   ·   ".join(
                f"{symbole_statut(statut)} {statut_recolte(statut)}\u00a0: {nombre}"
                for statut, nombre in avancement.par_statut.items()
            )
        )

    # Filters

    def _filtrer(self) -> None:
        manquants = self.manquants.isChecked()
        creneau = _uuid(self.creneau_filtre.currentData())
        salle = _uuid(self.salle_filtre.currentData())
        if not manquants and creneau is None and salle is None:
            self.filtre.definir_predicat(None)
            return

        def accepte(ligne: LignePresse) -> bool:
            return (
                (not manquants or ligne.manquante)
                and (creneau is None or creneau in ligne.creneaux)
                and (salle is None or ligne.salle_uuid == salle)
            )

        self.filtre.definir_predicat(accepte)

    def _compter(self) -> None:
        total = self.modele.rowCount()
        montres = self.filtre.rowCount()
        if montres == total:
            texte = self.tr("%1 ateliers").replace("%1", str(total))
        else:
            texte = (
                self.tr("%1 ateliers affichés sur %2")
                .replace("%1", str(montres))
                .replace("%2", str(total))
            )
        self.compte.setText(texte)

    def lignes_affichees(self) -> list[LignePresse]:
        """Les lignes que les filtres laissent voir, dans l'ordre du tableau."""
        return [self.filtre.index(r, 0).data(ROLE_OBJET) for r in range(self.filtre.rowCount())]

    # Choosing and opening

    def ligne_choisie(self) -> LignePresse | None:
        lignes = self.tableau.selectionModel().selectedRows()
        return lignes[0].data(ROLE_OBJET) if lignes else None

    def choisir(self, sujet: UUID) -> bool:
        """Choisit l'atelier dans le tableau s'il est affiché ; dit s'il l'a trouvé."""
        rangee = self.modele.rangee_de(sujet)
        if rangee is None:
            return False
        index = self.filtre.mapFromSource(self.modele.index(rangee, 0))
        if not index.isValid():
            return False
        self.tableau.setCurrentIndex(index)
        self.tableau.selectRow(index.row())
        self.tableau.scrollTo(index)
        return True

    def aller_au_manquant_suivant(self) -> LignePresse | None:
        """Choisit le prochain atelier affiché, dans l'ordre de l'agenda, dont le compte rendu
        manque ; l'ouvre si la page sait ouvrir un compte rendu."""
        choisie = self.ligne_choisie()
        suivante = presse.prochaine_manquante(
            self.lignes_affichees(), choisie.sujet if choisie else None
        )
        if suivante is None:
            self.message.setText(
                self.tr("Aucun compte rendu ne manque parmi les ateliers affichés.")
            )
            return None
        self.message.clear()
        self.choisir(suivante.sujet)
        self.tableau.setFocus()
        if self._ouvrir_recolte is not None:
            self._ouvrir_recolte(suivante.sujet)
        return suivante

    def ouvrir_choisie(self) -> None:
        choisie = self.ligne_choisie()
        if choisie is not None and self._ouvrir_recolte is not None:
            self._ouvrir_recolte(choisie.sujet)

    def _ouvrir_index(self, index: QModelIndex) -> None:
        ligne: LignePresse | None = index.data(ROLE_OBJET)
        if ligne is not None and self._ouvrir_recolte is not None:
            self._ouvrir_recolte(ligne.sujet)
