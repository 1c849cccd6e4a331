"""Préparation : ce que les éditeurs de salles et de créneaux partagent pour la saisie à la case.

A value is checked by the domain's rule before it is written: refused, it stays in its editor,
framed in red with the rule's French message as tooltip and in a line just under the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from vues.contraste import style_erreur, style_invalide
from vues.modeles_qt.tableau import Index

_EDITION = int(Qt.ItemDataRole.EditRole)
_AFFICHAGE = int(Qt.ItemDataRole.DisplayRole)


def confirmer(parent: QWidget, titre: str, texte: str) -> bool:
    """Demande oui ou non ; les tests remplacent cette fonction (ou l'attribut `confirmer`)."""
    reponse = QMessageBox.question(
        parent,
        titre,
        texte,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return reponse == QMessageBox.StandardButton.Yes


def ateliers_retires(nombre: int) -> str:
    if nombre == 1:
        return QCoreApplication.translate(
            "preparation", "1 atelier placé sur le mur en sera retiré ; le sujet est conservé."
        )
    return QCoreApplication.translate(
        "preparation",
        "%1 ateliers placés sur le mur en seront retirés ; les sujets sont conservés.",
    ).replace("%1", str(nombre))


def tableau_editable(
    modele: QAbstractItemModel,
    nom: str,
    extensible: int,
    delegue: DelegueValidant,
    lignes_minimum: int,
) -> tuple[QTableView, QLabel]:
    """Un tableau qu'on édite en place, et la ligne où s'affichent les refus de ses champs."""
    vue = QTableView()
    vue.setModel(modele)
    vue.setAccessibleName(nom)
    vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    vue.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    vue.setWordWrap(False)
    vue.verticalHeader().hide()
    # Compact rows, still tall enough for a date, time or list editor.
    vue.verticalHeader().setDefaultSectionSize(vue.fontMetrics().height() + 12)
    # Never squeezed below a few rows: the page scrolls instead.
    vue.setMinimumHeight(
        vue.horizontalHeader().sizeHint().height()
        + lignes_minimum * vue.verticalHeader().defaultSectionSize()
        + 2 * vue.frameWidth()
    )
    entete = vue.horizontalHeader()
    entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    entete.setSectionResizeMode(extensible, QHeaderView.ResizeMode.Stretch)
    delegue.setParent(vue)
    vue.setItemDelegate(delegue)
    message = ligne_message()
    delegue.refus.connect(lambda texte: montrer(message, texte))
    return vue, message


def recharger_hors_edition(vue: QAbstractItemView, charger: Callable[[], object]) -> None:
    """Recharge tout de suite, ou, si un éditeur est ouvert, une fois qu'il a été refermé.

    A change set often comes from the open editor's own commit: reloading under it would
    close it in the middle of Qt's own handling.
    """
    if vue.state() == QAbstractItemView.State.EditingState:
        QTimer.singleShot(0, vue, charger)
    else:
        charger()


def ligne_message() -> QLabel:
    """La ligne rouge sous un champ : le message de la règle qui refuse la saisie."""
    message = QLabel()
    message.setWordWrap(True)
    message.setStyleSheet(style_erreur())
    message.setAccessibleName(QCoreApplication.translate("preparation", "Message de validation"))
    message.hide()
    return message


def montrer(message: QLabel, texte: str) -> None:
    message.setText(texte)
    message.setVisible(bool(texte))


def marquer(editeur: QWidget, texte: str) -> None:
    """Cadre rouge et infobulle sur le champ refusé ; rien s'il est valable."""
    editeur.setStyleSheet(style_invalide() if texte else "")
    editeur.setToolTip(texte)


def valeur_de(editeur: QWidget) -> Any:
    if isinstance(editeur, QLineEdit):
        return editeur.text()
    if isinstance(editeur, QTimeEdit):
        return editeur.time().toPython()
    if isinstance(editeur, QDateEdit):
        return editeur.date().toPython()
    if isinstance(editeur, QComboBox):
        return editeur.currentData()
    raise TypeError(type(editeur))


class DelegueValidant(QStyledItemDelegate):
    """Vérifie la saisie avant de l'écrire : refusée, elle reste dans l'éditeur, encadrée de
    rouge, et `refus` porte le message de la règle (chaîne vide quand tout va bien)."""

    refus = Signal(str)

    def __init__(
        self, valider: Callable[[Index, Any], str | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._valider = valider
        self._index: dict[QWidget, QPersistentModelIndex] = {}

    def creer(self, parent: QWidget, index: Index) -> QWidget:
        editeur = QLineEdit(parent)
        editeur.setFrame(False)
        return editeur

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editeur = self.creer(parent, index)
        self._index[editeur] = QPersistentModelIndex(index)
        self.refus.emit("")
        return editeur

    def setEditorData(self, editeur: QWidget, index: Index) -> None:
        valeur = index.data(_EDITION)
        if isinstance(editeur, QLineEdit):
            editeur.setText("" if valeur is None else str(valeur))
        elif isinstance(editeur, QComboBox):
            editeur.setCurrentIndex(max(editeur.findData(valeur), 0))
        elif isinstance(editeur, QTimeEdit):
            editeur.setTime(valeur)
        elif isinstance(editeur, QDateEdit):
            editeur.setDate(valeur)
        else:
            super().setEditorData(editeur, index)

    def destroyEditor(self, editeur: QWidget, index: Index) -> None:
        self._index.pop(editeur, None)
        super().destroyEditor(editeur, index)

    def _refuse(self, editeur: QWidget, index: Index) -> bool:
        message = self._valider(index, valeur_de(editeur)) or ""
        marquer(editeur, message)
        self.refus.emit(message)
        return bool(message)

    def setModelData(self, editeur: QWidget, modele: Any, index: Index) -> None:
        if not self._refuse(editeur, index):
            modele.setData(index, valeur_de(editeur), _EDITION)

    def eventFilter(self, objet: QObject, evenement: QEvent) -> bool:
        # Enter and Tab would commit and close: an invalid value keeps the editor open instead.
        if (
            evenement.type() == QEvent.Type.KeyPress
            and isinstance(evenement, QKeyEvent)
            and evenement.key()
            in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and isinstance(objet, QWidget)
            and objet in self._index
            and self._refuse(objet, self._index[objet])
        ):
            return True
        return super().eventFilter(objet, evenement)


def action(
    parent: QWidget,
    texte: str,
    declencheur: Callable[[], object],
    raccourci: str | None = None,
    icone: QStyle.StandardPixmap | None = None,
) -> QAction:
    """Une action avec son raccourci (rappelé dans l'infobulle) et une icône du style."""
    resultat = QAction(texte, parent)
    resultat.setIconText(texte)  # keeps « … » on the button: it says a dialog follows
    resultat.triggered.connect(lambda *_: declencheur())
    if raccourci:
        resultat.setShortcut(QKeySequence(raccourci))
        resultat.setToolTip(f"{texte} ({QKeySequence(raccourci).toString()})")
    if icone is not None:
        resultat.setIcon(parent.style().standardIcon(icone))
    return resultat


def bouton(action: QAction) -> QToolButton:
    resultat = QToolButton()
    resultat.setDefaultAction(action)
    resultat.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    resultat.setAccessibleName(action.text())
    return resultat


class ModeleLignes(QAbstractTableModel):
    """Base des modèles modifiables : des instantanés à uuid, rafraîchis case par case.

    The same rows in the same order refresh only the cells whose text changed, so that an
    editor open on another cell keeps what the person is typing; otherwise the model resets.
    """

    ROLES_COMPARES = (_AFFICHAGE, _EDITION, int(Qt.ItemDataRole.CheckStateRole))

    def __init__(self, titres: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titres = tuple(titres)
        self._lignes: list[Any] = []

    def definir_lignes(self, lignes: Sequence[Any]) -> None:
        lignes = list(lignes)
        if [x.uuid for x in lignes] != [x.uuid for x in self._lignes]:
            self.beginResetModel()
            self._lignes = lignes
            self.endResetModel()
            return
        avant = self._cellules()
        self._lignes = lignes
        for (rangee, colonne), valeurs in self._cellules().items():
            if avant[rangee, colonne] != valeurs:
                index = self.index(rangee, colonne)
                self.dataChanged.emit(index, index)

    def _cellules(self) -> dict[tuple[int, int], tuple[Any, ...]]:
        return {
            (r, c): tuple(self.data(self.index(r, c), role) for role in self.ROLES_COMPARES)
            for r in range(len(self._lignes))
            for c in range(len(self._titres))
        }

    def rangee_de(self, uuid: UUID) -> int:
        return next((i for i, x in enumerate(self._lignes) if x.uuid == uuid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lignes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titres)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _AFFICHAGE) -> Any:
        if role == _AFFICHAGE and orientation == Qt.Orientation.Horizontal:
            return self._titres[section]
        return None
