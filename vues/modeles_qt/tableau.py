"""Un modèle de tableau à colonnes nommées, alimenté par une liste d'instantanés."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

ROLE_TRI = Qt.ItemDataRole.UserRole + 1
ROLE_OBJET = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# Plain ints, tested before anything else: Qt asks data() for many roles per cell and paint.
_AFFICHAGE = int(Qt.ItemDataRole.DisplayRole)
_INFOBULLE = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNEMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TRI = int(ROLE_TRI)
_OBJET = int(ROLE_OBJET)
_ROLES = frozenset({_AFFICHAGE, _INFOBULLE, _ALIGNEMENT, _TRI, _OBJET})


@dataclass(frozen=True)
class Colonne:
    """Une colonne : son titre, son texte, et une clé de tri scalaire (nombre ou chaîne)."""

    titre: str
    texte: Callable[[Any], str]
    tri: Callable[[Any], Any] | None = None
    alignement: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    infobulle: Callable[[Any], str] | None = None


class ModeleTableau(QAbstractTableModel):
    """Lecture seule ; `definir_lignes` remplace tout (listes courtes : le reset est sûr)."""

    def __init__(self, colonnes: Sequence[Colonne], parent: Any = None) -> None:
        super().__init__(parent)
        self._colonnes = tuple(colonnes)
        self._lignes: list[Any] = []
        self._cles: list[str] | None = None

    def definir_lignes(self, lignes: Sequence[Any]) -> None:
        self.beginResetModel()
        self._lignes = list(lignes)
        self._cles = None
        self.endResetModel()

    def cle_de_recherche(self, rangee: int) -> str:
        """Le texte de toutes les colonnes d'une ligne, sans casse ni accents, pour filtrer."""
        if self._cles is None:
            self._cles = [
                cle_de_recherche(" ".join(c.texte(objet) for c in self._colonnes))
                for objet in self._lignes
            ]
        return self._cles[rangee]

    def remplacer_ligne(self, rangee: int, objet: Any) -> None:
        """Une ligne changée, signalée seule : sélection et défilement restent où ils sont."""
        self._lignes[rangee] = objet
        self._cles = None  # the search keys are rebuilt on the next search
        self.dataChanged.emit(self.index(rangee, 0), self.index(rangee, self.columnCount() - 1))

    def ligne(self, rangee: int) -> Any:
        return self._lignes[rangee]

    def lignes(self) -> list[Any]:
        return list(self._lignes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lignes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._colonnes)

    def data(self, index: Index, role: int = _AFFICHAGE) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        objet = self._lignes[index.row()]
        colonne = self._colonnes[index.column()]
        if role == _AFFICHAGE:
            return colonne.texte(objet)
        if role == _INFOBULLE:
            return colonne.infobulle(objet) if colonne.infobulle else colonne.texte(objet)
        if role == _TRI:
            return colonne.tri(objet) if colonne.tri else colonne.texte(objet).casefold()
        if role == _ALIGNEMENT:
            return int(colonne.alignement)
        return objet

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._colonnes[section].titre
        return None


def cle_de_recherche(texte: str) -> str:
    """« Écosystème » et « ecosysteme » se trouvent l'un l'autre."""
    decompose = unicodedata.normalize("NFKD", texte.casefold())
    return "".join(c for c in decompose if not unicodedata.combining(c))


class FiltreRapide(QSortFilterProxyModel):
    """Filtre sur une clé précalculée par ligne : un appel Python par ligne, pas par cellule.

    `predicat` adds a condition on the row's object (placed only, for instance).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._motif = ""
        self.predicat: Callable[[Any], bool] | None = None
        self.setSortRole(ROLE_TRI)

    def definir_motif(self, texte: str) -> None:
        self.beginFilterChange()
        self._motif = cle_de_recherche(texte.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def definir_predicat(self, predicat: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self.predicat = predicat
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, rangee: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if not isinstance(source, ModeleTableau):
            return True
        if self.predicat is not None and not self.predicat(source.ligne(rangee)):
            return False
        return not self._motif or self._motif in source.cle_de_recherche(rangee)
