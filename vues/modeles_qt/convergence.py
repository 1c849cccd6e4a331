"""Modèles de la convergence : le classement aux points du mur modifiables, un bulletin en
cours de saisie, et les thèmes où l'on dépose des sujets."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from vues.modeles_qt.tableau import Colonne, Index, ModeleTableau

MIME_SUJETS = "application/x-forum-ouvert-sujets"
ROLE_SUJET = Qt.ItemDataRole.UserRole + 10
ROLE_THEME = Qt.ItemDataRole.UserRole + 11
_EDITION = int(Qt.ItemDataRole.EditRole)


class ModeleNombresModifiables(ModeleTableau):
    """Un tableau dont une colonne d'entiers se modifie ; `modifier` dit si c'est accepté.

    The model never keeps the new value itself: the command changes the forum, and the page
    reloads what the forum says.
    """

    def __init__(
        self,
        colonnes: Sequence[Colonne],
        colonne_modifiable: int,
        valeur: Callable[[Any], int],
        parent: Any = None,
    ) -> None:
        super().__init__(colonnes, parent)
        self.colonne_modifiable = colonne_modifiable
        self._valeur = valeur
        self.modifier: Callable[[Any, int], bool] | None = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.colonne_modifiable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if role == _EDITION and index.isValid() and index.column() == self.colonne_modifiable:
            return self._valeur(self.ligne(index.row()))
        return super().data(index, role)

    def setData(self, index: Index, valeur: Any, role: int = _EDITION) -> bool:
        if role != _EDITION or not index.isValid() or index.column() != self.colonne_modifiable:
            return False
        try:
            nombre = int(valeur)
        except (TypeError, ValueError):
            return False
        objet = self.ligne(index.row())
        if nombre == self._valeur(objet) or self.modifier is None:
            return False
        return self.modifier(objet, nombre)


class ModeleBulletin(ModeleTableau):
    """Les points d'un bulletin en cours de saisie : rien n'est écrit avant « Enregistrer »."""

    total_change = Signal(int)

    def __init__(self, colonnes: Sequence[Colonne], parent: Any = None) -> None:
        super().__init__(colonnes, parent)
        self.points: dict[uuid.UUID, int] = {}

    @property
    def colonne_points(self) -> int:
        return self.columnCount() - 1

    def definir_points(self, points: Mapping[uuid.UUID, int]) -> None:
        self.points = {s: n for s, n in points.items() if n > 0}
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.colonne_points),
                self.index(self.rowCount() - 1, self.colonne_points),
            )
        self.total_change.emit(self.total())

    def total(self) -> int:
        return sum(self.points.values())

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.colonne_points:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if role == _EDITION and index.isValid() and index.column() == self.colonne_points:
            return self.points.get(self.ligne(index.row()).uuid, 0)
        return super().data(index, role)

    def setData(self, index: Index, valeur: Any, role: int = _EDITION) -> bool:
        if role != _EDITION or not index.isValid() or index.column() != self.colonne_points:
            return False
        try:
            nombre = max(0, int(valeur))
        except (TypeError, ValueError):
            return False
        sujet = self.ligne(index.row()).uuid
        if nombre:
            self.points[sujet] = nombre
        else:
            self.points.pop(sujet, None)
        self.dataChanged.emit(index, index)
        self.total_change.emit(self.total())
        return True


class ModeleClassement(QStandardItemModel):
    """Des thèmes et leurs sujets (ou la seule liste des sujets sans thème).

    Topics are dragged out; a drop on a theme, or on one of its topics, classifies the dropped
    topics there. In the flat list (`sans_theme`) any drop removes the theme. `depot` is
    called with the topics and the theme; the forum's reload redraws the model.
    """

    def __init__(self, sans_theme: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.sans_theme = sans_theme
        self.depot: Callable[[list[uuid.UUID], uuid.UUID | None], bool] | None = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.sans_theme else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.data(ROLE_SUJET) is not None:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_SUJETS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        sujets = list(dict.fromkeys(str(i.data(ROLE_SUJET)) for i in indexes if i.data(ROLE_SUJET)))
        donnees = QMimeData()
        donnees.setData(MIME_SUJETS, QByteArray("\n".join(sujets).encode()))
        return donnees

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def theme_vise(self, parent: Index) -> tuple[bool, uuid.UUID | None]:
        """Le thème où irait un dépôt sur cet index : (accepté, thème)."""
        if self.sans_theme:
            return True, None
        if not parent.isValid():
            return False, None
        theme = parent.data(ROLE_THEME)
        return theme is not None, theme

    def canDropMimeData(
        self, donnees: QMimeData, action: Qt.DropAction, rangee: int, colonne: int, parent: Index
    ) -> bool:
        return donnees.hasFormat(MIME_SUJETS) and self.theme_vise(parent)[0]

    def dropMimeData(
        self, donnees: QMimeData, action: Qt.DropAction, rangee: int, colonne: int, parent: Index
    ) -> bool:
        accepte, theme = self.theme_vise(parent)
        if not donnees.hasFormat(MIME_SUJETS) or not accepte or self.depot is None:
            return False
        texte = bytes(donnees.data(MIME_SUJETS).data()).decode()
        sujets = [uuid.UUID(u) for u in texte.split("\n") if u]
        if sujets:
            self.depot(sujets, theme)
        # False: the view must not remove the dragged rows, the reload does it.
        return False


def item_sujet(numero: int, titre: str, sujet: uuid.UUID, theme: uuid.UUID | None) -> QStandardItem:
    item = QStandardItem(f"{numero}. {titre}")
    item.setToolTip(titre)
    item.setEditable(False)
    item.setData(sujet, ROLE_SUJET)
    item.setData(theme, ROLE_THEME)
    return item
