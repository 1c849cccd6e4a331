"""Ce que toutes les pages partagent : la session, et un rafraîchissement limité à leurs genres."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QWidget,
)

from app.changements import Changements, Genre
from vues.modeles_qt.tableau import FiltreRapide, ModeleTableau
from vues.session import SessionForum


class Page(QWidget):
    """Une page se recharge quand une opération touche l'un des genres qu'elle affiche.

    A page out of sight only notes that it is stale and reloads when shown again: a note-
    taker's autosave every second must not make every page the facilitator visited re-read
    the forum.
    """

    genres: frozenset[Genre] = frozenset()

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._perimee = False
        session.forum_change.connect(self._sur_changement)

    def _sur_changement(self, changements: Changements) -> None:
        if not any(changements.touche(g) for g in self.genres):
            return
        if self.isVisible():
            self.charger()
        else:
            self._perimee = True

    def showEvent(self, evenement: QShowEvent) -> None:
        if self._perimee:
            self._perimee = False
            self.charger()
        super().showEvent(evenement)

    def charger(self) -> None:
        raise NotImplementedError


def titre_de_page(texte: str) -> QLabel:
    etiquette = QLabel(texte)
    police = etiquette.font()
    police.setPointSizeF(police.pointSizeF() * 1.5)
    police.setBold(True)
    etiquette.setFont(police)
    etiquette.setAccessibleName(texte)
    return etiquette


def vue_tableau(
    modele: ModeleTableau, nom_accessible: str, extensible: int = 1
) -> tuple[QTableView, FiltreRapide]:
    """Un tableau en lecture seule, triable, filtrable ; la colonne `extensible` prend la place."""
    filtre = FiltreRapide(modele)
    filtre.setSourceModel(modele)
    vue = QTableView()
    vue.setModel(filtre)
    vue.setSortingEnabled(True)
    vue.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vue.setAlternatingRowColors(True)
    vue.setWordWrap(False)
    vue.verticalHeader().hide()
    entete = vue.horizontalHeader()
    entete.setStretchLastSection(False)
    entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    entete.setSectionResizeMode(extensible, QHeaderView.ResizeMode.Stretch)
    # Sizing to contents looks at the first rows only: large forums stay fast.
    entete.setResizeContentsPrecision(100)
    vue.setAccessibleName(nom_accessible)
    # The arrows move in the table; Tab goes on to the next control.
    vue.setTabKeyNavigation(False)
    return vue, filtre


def vue_apercu(modele: QAbstractItemModel, nom_accessible: str) -> QTableView:
    """Un tableau d'aperçu dans un dialogue : à lire seulement, rien à choisir."""
    vue = QTableView()
    vue.setModel(modele)
    vue.setAccessibleName(nom_accessible)
    vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vue.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    vue.verticalHeader().hide()
    vue.setAlternatingRowColors(True)
    vue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return vue


def scinder(
    orientation: Qt.Orientation,
    panneaux: Sequence[tuple[QWidget, int]],
    tailles: Sequence[int] = (),
) -> QSplitter:
    """Des panneaux côte à côte (ou l'un sur l'autre), chacun avec sa part de la place.

    None of them can be collapsed to nothing by dragging the handle: a person who does so
    would not know where the panel went.
    """
    separateur = QSplitter(orientation)
    for rang, (panneau, part) in enumerate(panneaux):
        separateur.addWidget(panneau)
        separateur.setStretchFactor(rang, part)
    if tailles:
        separateur.setSizes(list(tailles))
    separateur.setChildrenCollapsible(False)
    return separateur
