"""Mur de l'agenda : salles × créneaux, une journée à la fois, les sujets à placer, les conflits."""

from __future__ import annotations

import datetime as dt
from typing import cast
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import agenda, lectures
from app.changements import Changements, Genre
from app.lectures import CreneauLu, SalleLue, SujetLu
from modeles.conflits import Conflit, Gravite
from modeles.valeurs import NatureCreneau
from vues.delegues.case_mur import (
    DelegueCaseMur,
    hauteur_atelier,
    hauteur_bande,
    largeur_minimale,
)
from vues.formats import date_titre
from vues.modeles_qt.a_placer import ModeleAPlacer
from vues.modeles_qt.mur import ModeleMur
from vues.modeles_qt.tableau import ROLE_OBJET, Colonne, ModeleTableau
from vues.pages.agenda_gestes import GestesMur
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.session import SessionForum
from vues.traduction import langue_interface


class VueMur(QTableView):
    """La grille ; Entrée dépose, Suppr retire, Espace prend (les gestes sont dans GestesMur).

    The arrows move between cells; Tab leaves the wall, so that a keyboard user is never
    trapped in hundreds of cells.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setTabKeyNavigation(False)

    def ajuster_tailles(self) -> None:
        """Rangées et colonnes mesurées sur la police : une grande police agrandit les feuilles."""
        police = self.font()
        self.horizontalHeader().setMinimumSectionSize(largeur_minimale(police))
        modele = self.model()
        if not isinstance(modele, ModeleMur):
            return
        atelier, bande = hauteur_atelier(police), hauteur_bande(police)
        for rangee in range(modele.rowCount()):
            self.setRowHeight(
                rangee, atelier if modele.est_atelier(modele.index(rangee, 0)) else bande
            )

    def changeEvent(self, evenement: QEvent) -> None:
        super().changeEvent(evenement)
        if evenement.type() == QEvent.Type.FontChange:
            self.ajuster_tailles()


class PageAgenda(Page):
    genres = frozenset({Genre.SUJET, Genre.SALLE, Genre.CRENEAU, Genre.PARTICIPANT})

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._jours: list[dt.date] = []
        self._creneaux: list[CreneauLu] = []
        self._salles: list[SalleLue] = []
        self._sujets: dict[UUID, SujetLu] = {}
        self._conflits_mur = agenda.ConflitsDuMur([], [])
        self.conflits: list[Conflit] = []

        self.onglets_jours = QTabBar()
        self.onglets_jours.setAccessibleName(self.tr("Journées du forum"))
        self.onglets_jours.currentChanged.connect(self._afficher_jour)

        self.modele_mur = ModeleMur(self)
        self.mur = VueMur()
        self.mur.setModel(self.modele_mur)
        self.mur.setItemDelegate(DelegueCaseMur(self.mur))
        self.mur.setAccessibleName(self.tr("Mur de l'agenda"))
        self.mur.setAccessibleDescription(
            self.tr(
                "Glissez un sujet dans une case, ou choisissez-le puis appuyez sur Entrée "
                "sur une case libre."
            )
        )
        self.mur.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mur.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mur.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.mur.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.mur.setDropIndicatorShown(True)
        self.mur.setDragDropOverwriteMode(True)
        self.mur.setMouseTracking(True)
        self.mur.setWordWrap(True)
        entete = self.mur.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        entete.setMinimumSectionSize(largeur_minimale(self.mur.font()))
        # Rows of a fixed height, like sheets of one size on a wall; measuring every cell's
        # wrapped text would cost more than the rest of the page on a large forum.
        self.mur.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.modele_a_placer = ModeleAPlacer(
            [
                Colonne(self.tr("N°"), lambda s: str(s.numero), tri=lambda s: s.numero),
                Colonne(
                    self.tr("Sujet à placer"),
                    lambda s: s.titre,
                    infobulle=lambda s: f"{s.titre}\n{', '.join(s.porteurs)}",
                ),
            ],
            self,
        )
        self.a_placer, self.filtre_a_placer = vue_tableau(
            self.modele_a_placer, self.tr("Sujets à placer")
        )
        self.a_placer.setWordWrap(True)
        self.a_placer.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.a_placer.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.a_placer.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.a_placer.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.recherche = QLineEdit()
        self.recherche.setPlaceholderText(self.tr("Chercher un sujet à placer…"))
        self.recherche.setClearButtonEnabled(True)
        self.recherche.setAccessibleName(self.tr("Chercher dans les sujets à placer"))
        self.recherche.textChanged.connect(self.filtre_a_placer.definir_motif)

        self.modele_conflits = ModeleTableau(
            [
                Colonne(self.tr("Gravité"), _gravite_texte, tri=_gravite_tri),
                Colonne(self.tr("Conflit"), lambda c: c.message),
            ],
            self,
        )
        self.liste_conflits, _ = vue_tableau(self.modele_conflits, self.tr("Conflits"))
        self.liste_conflits.setWordWrap(True)
        # Three lines per conflict, the tooltip has the rest: measuring a thousand wrapped
        # messages after every move would freeze a large wall.
        self.liste_conflits.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._hauteur_conflits()
        # Already in order (blocking first, then time): sorting a thousand rows after every move
        # would cost more than the move.
        self.liste_conflits.setSortingEnabled(False)
        self.liste_conflits.model().sort(-1)
        self.liste_conflits.activated.connect(self._aller_au_conflit)
        self.liste_conflits.clicked.connect(self._aller_au_conflit)

        self.titre_a_placer = QLabel()
        self.titre_conflits = QLabel()
        self.etat = QLabel()
        self.etat.setWordWrap(True)
        self.etat.setAccessibleName(self.tr("État du geste en cours"))

        self.gestes = GestesMur(self)
        barre = QToolBar()
        barre.setAccessibleName(self.tr("Gestes du mur"))
        for action in self.gestes.actions():
            barre.addAction(action)

        colonne = QVBoxLayout()
        colonne.addWidget(self.titre_a_placer)
        colonne.addWidget(self.recherche)
        colonne.addWidget(self.a_placer, 3)
        colonne.addWidget(self.titre_conflits)
        colonne.addWidget(self.liste_conflits, 2)
        droite = QWidget()
        droite.setLayout(colonne)

        gauche = QWidget()
        mur = QVBoxLayout(gauche)
        mur.setContentsMargins(0, 0, 0, 0)
        mur.addWidget(self.onglets_jours)
        mur.addWidget(self.mur, 1)

        separateur = QSplitter()
        separateur.addWidget(gauche)
        separateur.addWidget(droite)
        separateur.setStretchFactor(0, 4)
        separateur.setStretchFactor(1, 1)
        separateur.setSizes([1100, 300])

        entete_page = QHBoxLayout()
        entete_page.addWidget(titre_de_page(self.tr("Mur de l'agenda")))
        entete_page.addStretch(1)
        entete_page.addWidget(barre)
        disposition = QVBoxLayout(self)
        disposition.addLayout(entete_page)
        disposition.addWidget(self.etat)
        disposition.addWidget(separateur, 1)
        self.charger()

    # --- données ------------------------------------------------------------------------------

    def sujets(self) -> list[SujetLu]:
        return list(self._sujets.values())

    def sujet(self, uuid: UUID) -> SujetLu | None:
        return self._sujets.get(uuid)

    def charger(self) -> None:
        self._creneaux = self.session.lire(lectures.creneaux)
        self._salles = self.session.lire(lectures.salles)
        self._sujets = {s.uuid: s for s in self.session.lire(lectures.sujets)}
        self._conflits_mur = agenda.ConflitsDuMur(self._salles, self._creneaux, langue_interface())
        jours = sorted({c.jour for c in self._creneaux})
        actuel = self.onglets_jours.currentIndex()
        if jours != self._jours:
            self._jours = jours
            self.onglets_jours.blockSignals(True)
            while self.onglets_jours.count():
                self.onglets_jours.removeTab(0)
            for jour in jours:
                self.onglets_jours.addTab(date_titre(jour))
            self.onglets_jours.blockSignals(False)
        if jours:
            self.onglets_jours.setCurrentIndex(min(max(actuel, 0), len(jours) - 1))
        self._recalculer_conflits()
        self._afficher_jour(self.onglets_jours.currentIndex())
        self._actualiser_listes()

    def _sur_changement(self, changements: Changements) -> None:
        if (
            changements.tout
            or changements.touche(Genre.SALLE)
            or changements.touche(Genre.CRENEAU)
            or changements.touche(Genre.PARTICIPANT)
        ):
            self.charger()
            return
        if not changements.touche(Genre.SUJET):
            return
        # Only the sessions an edit touched are read again; the cells around them repaint.
        touches = changements.uuids(Genre.SUJET)
        relus = {s.uuid: s for s in self.session.lire(lectures.sujets, touches)}
        jours = self._conflits_mur.jours_de(
            [self._sujets.get(u) for u in touches] + list(relus.values())
        )
        for uuid in touches:
            if uuid in relus:
                self._sujets[uuid] = relus[uuid]
            else:
                self._sujets.pop(uuid, None)
        if len(relus) != len(touches) or any(u not in self._sujets for u in relus):
            self._sujets = dict(sorted(self._sujets.items(), key=lambda e: e[1].numero))
        self.conflits = self._conflits_mur.calculer(self.sujets(), jours)
        self.modele_mur.actualiser(self.sujets(), self.conflits)
        self._actualiser_listes()
        self.gestes.apres_changement()

    def _recalculer_conflits(self) -> None:
        self.conflits = self._conflits_mur.calculer(self.sujets())

    def _actualiser_listes(self) -> None:
        non_places = [s for s in self._sujets.values() if s.actif and not s.place]
        # Reset a list only when it changed: a reset loses the selection and costs a layout.
        if non_places != self.modele_a_placer.lignes():
            self.modele_a_placer.definir_lignes(non_places)
        self.titre_a_placer.setText(self.tr("À placer (%1)").replace("%1", str(len(non_places))))
        if self.conflits != self.modele_conflits.lignes():
            self.modele_conflits.definir_lignes(self.conflits)
        bloquants = sum(1 for c in self.conflits if c.gravite is Gravite.BLOQUANT)
        self.titre_conflits.setText(
            self.tr("Conflits (%1, dont %2 bloquants)")
            .replace("%1", str(len(self.conflits)))
            .replace("%2", str(bloquants))
            if self.conflits
            else self.tr("Aucun conflit")
        )

    def _afficher_jour(self, indice: int) -> None:
        jour = self._jours[indice] if 0 <= indice < len(self._jours) else None
        du_jour = [c for c in self._creneaux if c.jour == jour]
        self.mur.clearSpans()
        self.modele_mur.definir(du_jour, self._salles, self.sujets(), self.conflits)
        self.mur.ajuster_tailles()
        for rangee, creneau in enumerate(du_jour):
            if creneau.nature is not NatureCreneau.ATELIER and len(self._salles) > 1:
                self.mur.setSpan(rangee, 0, 1, len(self._salles))

    def _hauteur_conflits(self) -> None:
        self.liste_conflits.verticalHeader().setDefaultSectionSize(
            self.liste_conflits.fontMetrics().lineSpacing() * 3 + 6
        )

    def changeEvent(self, evenement: QEvent) -> None:
        super().changeEvent(evenement)
        if evenement.type() == QEvent.Type.FontChange and hasattr(self, "liste_conflits"):
            self._hauteur_conflits()

    # --- naviguer -----------------------------------------------------------------------------

    def aller_a(self, creneau: UUID, salle: UUID) -> QModelIndex:
        """Montre la journée de ce créneau et y place le curseur du mur."""
        trouve = next((c for c in self._creneaux if c.uuid == creneau), None)
        if trouve is None:
            return QModelIndex()
        indice = self._jours.index(trouve.jour)
        if indice != self.onglets_jours.currentIndex():
            self.onglets_jours.setCurrentIndex(indice)
        index = self.modele_mur.index_de(creneau, salle)
        if index.isValid():
            self.mur.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.mur.scrollTo(index)
            self.mur.setFocus()
        return index

    def _aller_au_conflit(self, index: QModelIndex) -> None:
        conflit: Conflit | None = index.data(ROLE_OBJET)
        if conflit is None:
            return
        sujet = self._sujets.get(cast(UUID, conflit.sujets[0])) if conflit.sujets else None
        salle = conflit.salle or (sujet.salle if sujet else None)
        creneau = conflit.creneaux[0] if conflit.creneaux else (sujet.creneau if sujet else None)
        if isinstance(salle, UUID) and isinstance(creneau, UUID):
            self.aller_a(creneau, salle)


def _gravite_texte(conflit: Conflit) -> str:
    if conflit.gravite is Gravite.BLOQUANT:
        return QCoreApplication.translate("PageAgenda", "⛔ Bloquant")
    return QCoreApplication.translate("PageAgenda", "⚠ Attention")


def _gravite_tri(conflit: Conflit) -> int:
    return 0 if conflit.gravite is Gravite.BLOQUANT else 1
