"""La grille du mur de l'agenda : une ligne par créneau d'une journée, une colonne par salle."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.formats import plage
from app.lectures import CreneauLu, SalleLue, SujetLu
from modeles.valeurs import NatureCreneau
from vues.modeles_qt.tableau import ROLE_OBJET, Index

_FOND_HORS_ATELIER = QColor("#eceff1")
# Qt asks data() for a dozen roles per cell and per paint: plain ints, tested first, keep a
# large wall fluid.
_AFFICHAGE = int(Qt.ItemDataRole.DisplayRole)
_INFOBULLE = int(Qt.ItemDataRole.ToolTipRole)
_FOND = int(Qt.ItemDataRole.BackgroundRole)
_OBJET = int(ROLE_OBJET)
_ROLES = frozenset({_AFFICHAGE, _INFOBULLE, _FOND, _OBJET})


class ModeleMur(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._creneaux: list[CreneauLu] = []
        self._salles: list[SalleLue] = []
        self._cases: dict[tuple[uuid.UUID, uuid.UUID], SujetLu] = {}
        self._fond_hors_atelier = QBrush(_FOND_HORS_ATELIER)

    def definir(
        self, creneaux: Sequence[CreneauLu], salles: Sequence[SalleLue], sujets: Sequence[SujetLu]
    ) -> None:
        self.beginResetModel()
        self._creneaux = list(creneaux)
        self._salles = list(salles)
        self._cases = {
            (s.creneau, s.salle): s for s in sujets if s.creneau is not None and s.salle is not None
        }
        self.endResetModel()

    def creneau(self, rangee: int) -> CreneauLu:
        return self._creneaux[rangee]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._creneaux)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._salles)

    def sujet(self, index: Index) -> SujetLu | None:
        creneau = self._creneaux[index.row()]
        return self._cases.get((creneau.uuid, self._salles[index.column()].uuid))

    def data(self, index: Index, role: int = _AFFICHAGE) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        creneau = self._creneaux[index.row()]
        if creneau.nature is not NatureCreneau.ATELIER:
            if role == _AFFICHAGE and index.column() == 0:
                return creneau.libelle
            if role == _FOND:
                return self._fond_hors_atelier
            return None
        sujet = self.sujet(index)
        if sujet is None:
            return None
        if role == _AFFICHAGE:
            porteurs = ", ".join(sujet.porteurs)
            return f"{sujet.numero}. {sujet.titre}" + (f"\n{porteurs}" if porteurs else "")
        if role == _INFOBULLE:
            return f"{sujet.numero}. {sujet.titre}\n{', '.join(sujet.porteurs)}"
        if role == _OBJET:
            return sujet
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            salle = self._salles[section]
            if salle.capacite:
                return (
                    self.tr("%1\n(%2 places)")
                    .replace("%1", salle.nom)
                    .replace("%2", str(salle.capacite))
                )
            return salle.nom
        creneau = self._creneaux[section]
        if creneau.nature is not NatureCreneau.ATELIER:
            # The label already fills the whole row; the header keeps to the time.
            return plage(creneau.debut, creneau.fin)
        return f"{plage(creneau.debut, creneau.fin)}\n{creneau.libelle}"
