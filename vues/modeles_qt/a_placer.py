"""Les sujets hors du mur, qu'on glisse vers une case ; on y dépose un atelier pour le retirer."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from vues.modeles_qt.mur import MIME_SUJET, uuid_de
from vues.modeles_qt.tableau import Index, ModeleTableau


class ModeleAPlacer(ModeleTableau):
    def __init__(self, colonnes: Sequence[Any], parent: Any = None) -> None:
        super().__init__(colonnes, parent)
        # Called with the session dropped here from the wall; says whether it was accepted.
        self.depot: Callable[[uuid.UUID], bool] | None = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_SUJET]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        donnees = QMimeData()
        if indexes:
            sujet = self.ligne(indexes[0].row())
            donnees.setData(MIME_SUJET, QByteArray(str(sujet.uuid).encode()))
        return donnees

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, donnees: QMimeData, action: Qt.DropAction, rangee: int, colonne: int, parent: Index
    ) -> bool:
        return donnees.hasFormat(MIME_SUJET)

    def dropMimeData(
        self, donnees: QMimeData, action: Qt.DropAction, rangee: int, colonne: int, parent: Index
    ) -> bool:
        if not donnees.hasFormat(MIME_SUJET) or self.depot is None:
            return False
        self.depot(uuid_de(donnees))
        return False
