"""La grille du mur de l'agenda : une ligne par créneau d'une journée, une colonne par salle.

The model holds snapshots only; a drop asks the page (`depot`) to push the undo command, so
that every change still travels as one QUndoCommand.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.agenda import Case, Occupation, conflits_par_case, couverture
from app.lectures import CreneauLu, SalleLue, SujetLu
from modeles.conflits import Conflit, Gravite
from modeles.valeurs import NatureCreneau
from vues.contraste import lisible_sur
from vues.formats import plage
from vues.modeles_qt.tableau import ROLE_OBJET, Index

MIME_SUJET = "application/x-forum-ouvert-sujet"
ROLE_CONFLITS = int(Qt.ItemDataRole.UserRole) + 3
ROLE_SUITE = int(Qt.ItemDataRole.UserRole) + 4
ROLE_ATELIER = int(Qt.ItemDataRole.UserRole) + 5

# Plenaries, breaks and meals: a grey band, with its own text colour checked against it (the
# wall's delegate swaps both for the palette's under a high-contrast theme).
FOND_HORS_ATELIER = QColor("#e3e8ec")
TEXTE_HORS_ATELIER = lisible_sur(FOND_HORS_ATELIER)
# Plain ints, tested first: Qt asks data() for a dozen roles per cell and per paint.
_AFFICHAGE = int(Qt.ItemDataRole.DisplayRole)
_INFOBULLE = int(Qt.ItemDataRole.ToolTipRole)
_FOND = int(Qt.ItemDataRole.BackgroundRole)
_ENCRE = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_OBJET = int(ROLE_OBJET)
_ROLES = frozenset(
    {
        _AFFICHAGE,
        _INFOBULLE,
        _FOND,
        _ENCRE,
        _ACCESSIBLE,
        _OBJET,
        ROLE_CONFLITS,
        ROLE_SUITE,
        ROLE_ATELIER,
    }
)


def gravite_max(conflits: Sequence[Conflit]) -> Gravite | None:
    if not conflits:
        return None
    if any(c.gravite is Gravite.BLOQUANT for c in conflits):
        return Gravite.BLOQUANT
    return Gravite.AVERTISSEMENT


class ModeleMur(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._creneaux: list[CreneauLu] = []
        self._salles: list[SalleLue] = []
        self._rangees: dict[uuid.UUID, int] = {}
        self._colonnes: dict[uuid.UUID, int] = {}
        self._cases: dict[Case, Occupation] = {}
        self._conflits: dict[Case, list[Conflit]] = {}
        self._fond_hors_atelier = QBrush(FOND_HORS_ATELIER)
        self._texte_hors_atelier = QBrush(TEXTE_HORS_ATELIER)
        # Called on a drop with (sujet, salle, créneau); says whether the drop was accepted.
        self.depot: Callable[[uuid.UUID, uuid.UUID, uuid.UUID], bool] | None = None

    # --- contenu ------------------------------------------------------------------------------

    def definir(
        self,
        creneaux: Sequence[CreneauLu],
        salles: Sequence[SalleLue],
        sujets: Sequence[SujetLu],
        conflits: Sequence[Conflit] = (),
    ) -> None:
        self.beginResetModel()
        self._creneaux = list(creneaux)
        self._salles = list(salles)
        self._rangees = {c.uuid: i for i, c in enumerate(self._creneaux)}
        self._colonnes = {s.uuid: i for i, s in enumerate(self._salles)}
        self._cases = couverture(self._creneaux, sujets)
        self._conflits = conflits_par_case(conflits, self._cases)
        self.endResetModel()

    def actualiser(self, sujets: Sequence[SujetLu], conflits: Sequence[Conflit]) -> None:
        """Nouvel état des sujets : seules les cases qui changent sont signalées aux vues."""
        cases = couverture(self._creneaux, sujets)
        par_case = conflits_par_case(conflits, cases)
        changees = {
            case
            for case in self._cases.keys() | cases.keys()
            if self._cases.get(case) != cases.get(case)
        }
        changees |= {
            case
            for case in self._conflits.keys() | par_case.keys()
            if self._conflits.get(case) != par_case.get(case)
        }
        self._cases, self._conflits = cases, par_case
        for creneau, salle in changees:
            index = self.index_de(creneau, salle)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def creneau(self, rangee: int) -> CreneauLu:
        return self._creneaux[rangee]

    def salle(self, colonne: int) -> SalleLue:
        return self._salles[colonne]

    def index_de(self, creneau: uuid.UUID, salle: uuid.UUID) -> QModelIndex:
        rangee, colonne = self._rangees.get(creneau), self._colonnes.get(salle)
        if rangee is None or colonne is None:
            return QModelIndex()
        return self.index(rangee, colonne)

    def case(self, index: Index) -> Case:
        return (self._creneaux[index.row()].uuid, self._salles[index.column()].uuid)

    def occupation(self, index: Index) -> Occupation | None:
        if not index.isValid():
            return None
        return self._cases.get(self.case(index))

    def sujet(self, index: Index) -> SujetLu | None:
        occupation = self.occupation(index)
        return occupation.sujet if occupation else None

    def est_atelier(self, index: Index) -> bool:
        return index.isValid() and self._creneaux[index.row()].nature is NatureCreneau.ATELIER

    # --- Qt -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._creneaux)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._salles)

    def data(self, index: Index, role: int = _AFFICHAGE) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        creneau = self._creneaux[index.row()]
        if creneau.nature is not NatureCreneau.ATELIER:
            if role in (_AFFICHAGE, _ACCESSIBLE) and index.column() == 0:
                return creneau.libelle
            if role == _FOND:
                return self._fond_hors_atelier
            if role == _ENCRE:
                return self._texte_hors_atelier
            return False if role == ROLE_ATELIER else None
        if role == ROLE_ATELIER:
            return True
        case = (creneau.uuid, self._salles[index.column()].uuid)
        occupation = self._cases.get(case)
        if role == ROLE_CONFLITS:
            return self._conflits.get(case, [])
        if occupation is None:
            if role == _ACCESSIBLE:
                return (
                    self.tr("%1, %2 : libre")
                    .replace("%1", self._salles[index.column()].nom)
                    .replace("%2", plage(creneau.debut, creneau.fin))
                )
            return None
        sujet = occupation.sujet
        if role == _AFFICHAGE:
            porteurs = ", ".join(sujet.porteurs)
            if not occupation.debut:
                return self.tr("↳ suite du n° %1").replace("%1", str(sujet.numero))
            return f"{sujet.numero}. {sujet.titre}" + (f"\n{porteurs}" if porteurs else "")
        if role == ROLE_SUITE:
            return not occupation.debut
        if role == _OBJET:
            return sujet
        texte = f"{sujet.numero}. {sujet.titre}\n{', '.join(sujet.porteurs)}"
        messages = [c.message for c in self._conflits.get(case, [])]
        if role == _ACCESSIBLE:
            return ". ".join([texte.replace("\n", ". "), *messages])
        if role == _INFOBULLE:
            return "\n\n".join([texte, *("⚠ " + m for m in messages)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.est_atelier(index):
            return Qt.ItemFlag.ItemIsEnabled
        drapeaux = base | Qt.ItemFlag.ItemIsDropEnabled
        if self.occupation(index) is not None:
            drapeaux |= Qt.ItemFlag.ItemIsDragEnabled
        return drapeaux

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _AFFICHAGE) -> Any:
        if role != _AFFICHAGE:
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

    # --- glisser-déposer ------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MIME_SUJET]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        donnees = QMimeData()
        sujets = [s for s in (self.sujet(i) for i in indexes) if s is not None]
        if sujets:
            donnees.setData(MIME_SUJET, QByteArray(str(sujets[0].uuid).encode()))
        return donnees

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, donnees: QMimeData, action: Qt.DropAction, rangee: int, colonne: int, parent: Index
    ) -> bool:
        return donnees.hasFormat(MIME_SUJET) and self.est_atelier(parent)

    def dropMimeData(
        self, donnees: QMimeData, action: Qt.DropAction, rangee: int, colonne: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(donnees, action, rangee, colonne, parent) or not self.depot:
            return False
        sujet = uuid_de(donnees)
        creneau, salle = self.case(parent)
        # The wall itself never removes the dragged row: the command does, so False.
        self.depot(sujet, salle, creneau)
        return False


def uuid_de(donnees: QMimeData) -> uuid.UUID:
    return uuid.UUID(bytes(donnees.data(MIME_SUJET).data()).decode())
