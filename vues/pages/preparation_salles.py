"""Préparation : l'éditeur des salles (ajouter, modifier à la case, réordonner, supprimer)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import lectures
from app.changements import Changements, Genre
from app.lectures import SalleLue
from app.operations.salles import nombre_ateliers_salle, raison_refus_salle
from vues.commandes.salles import AjouterSalle, ModifierSalle, ReordonnerSalles, SupprimerSalle
from vues.modeles_qt.tableau import ROLE_OBJET, Index
from vues.pages.preparation_edition import (
    DelegueValidant,
    ModeleLignes,
    action,
    ateliers_retires,
    bouton,
    confirmer,
    ligne_message,
    marquer,
    montrer,
    recharger_hors_edition,
    tableau_editable,
)
from vues.session import CommandeForum, SessionForum

TYPE_MIME = "application/x-forum-ouvert-salles"
_EDITION = int(Qt.ItemDataRole.EditRole)
_AFFICHAGE = int(Qt.ItemDataRole.DisplayRole)


class ModeleSalles(ModeleLignes):
    """Les salles dans leur ordre, modifiables à la case ; glisser une ligne la déplace.

    Edits and drops do not change the rows themselves: they call back the editor, which pushes
    an undoable command; the rows come back through `definir_lignes`.
    """

    NOM, PLACES, EQUIPEMENT, ACCESSIBLE = range(4)

    def __init__(
        self,
        modifier: Callable[[SalleLue, dict[str, Any]], bool],
        reordonner: Callable[[list[UUID]], bool],
        parent: QObject | None = None,
    ) -> None:
        titres = (
            QCoreApplication.translate("preparation", "Salle"),
            QCoreApplication.translate("preparation", "Places"),
            QCoreApplication.translate("preparation", "Équipement"),
            QCoreApplication.translate("preparation", "Accessible"),
        )
        super().__init__(titres, parent)
        self._modifier = modifier
        self._reordonner = reordonner

    def lignes(self) -> list[SalleLue]:
        return list(self._lignes)

    def data(self, index: Index, role: int = _AFFICHAGE) -> Any:
        if not index.isValid():
            return None
        salle = self._lignes[index.row()]
        colonne = index.column()
        if role in (_AFFICHAGE, _EDITION, int(Qt.ItemDataRole.ToolTipRole)):
            if colonne == self.NOM:
                return salle.nom
            if colonne == self.PLACES:
                return "" if salle.capacite is None else str(salle.capacite)
            if colonne == self.EQUIPEMENT:
                return ", ".join(salle.equipements)
            return None
        if role == int(Qt.ItemDataRole.CheckStateRole) and colonne == self.ACCESSIBLE:
            return Qt.CheckState.Checked if salle.accessible else Qt.CheckState.Unchecked
        if role == int(Qt.ItemDataRole.TextAlignmentRole) and colonne == self.PLACES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == int(ROLE_OBJET):
            return salle
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows: where a dragged room lands
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.ACCESSIBLE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, valeur: Any, role: int = _EDITION) -> bool:
        if not index.isValid():
            return False
        salle = self._lignes[index.row()]
        colonne = index.column()
        if colonne == self.ACCESSIBLE and role == int(Qt.ItemDataRole.CheckStateRole):
            coche = Qt.CheckState(valeur) == Qt.CheckState.Checked
            return self._modifier(salle, {"accessible": coche})
        if role != _EDITION or colonne == self.ACCESSIBLE:
            return False
        if colonne == self.NOM:
            champs: dict[str, Any] = {"nom": str(valeur)}
        elif colonne == self.PLACES:
            texte = str(valeur).strip()
            if texte and not texte.isdecimal():
                return False
            champs = {"capacite": int(texte) if texte else None}
        else:
            champs = {"equipements": str(valeur).split(",")}
        return self._modifier(salle, champs)

    # --- glisser-déposer : déplacer des lignes ---------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TYPE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rangees = sorted({i.row() for i in indexes if i.isValid()})
        donnees = QMimeData()
        texte = "\n".join(str(self._lignes[r].uuid) for r in rangees)
        donnees.setData(TYPE_MIME, QByteArray(texte.encode()))
        return donnees

    def dropMimeData(
        self,
        donnees: QMimeData,
        action: Qt.DropAction,
        rangee: int,
        colonne: int,
        parent: Index,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not donnees.hasFormat(TYPE_MIME):
            return False
        if parent.isValid():
            rangee = parent.row()  # dropped on a room: take its place
        if rangee < 0:
            rangee = len(self._lignes)
        brut = donnees.data(TYPE_MIME).data()
        texte = brut.decode() if isinstance(brut, bytes) else str(brut)
        deplaces = [UUID(u) for u in texte.split()]
        ordre = [s.uuid for s in self._lignes]
        if not deplaces or not set(deplaces) <= set(ordre):
            return False
        avant = sum(1 for u in ordre[:rangee] if u not in deplaces)
        restants = [u for u in ordre if u not in deplaces]
        nouvel_ordre = restants[:avant] + deplaces + restants[avant:]
        if nouvel_ordre != ordre:
            self._reordonner(nouvel_ordre)
        # The command has already reloaded the rows: the view must not remove the dragged ones.
        return False


class EditeurSalles(QWidget):
    """Les salles : ajouter, modifier à la case, monter, descendre, glisser, supprimer."""

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Replaceable by tests; None asks through the module's `confirmer`.
        self.confirmer: Callable[[QWidget, str, str], bool] | None = None

        session.forum_change.connect(self._sur_changement)

        self.modele = ModeleSalles(self._modifier, self._reordonner, self)
        self.delegue = DelegueValidant(self._valider)
        self.vue, self.message = tableau_editable(
            self.modele,
            QCoreApplication.translate("preparation", "Salles"),
            ModeleSalles.EQUIPEMENT,
            self.delegue,
            6,
        )
        # Rooms also reorder by dragging a row.
        self.vue.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.vue.setDragEnabled(True)
        self.vue.setAcceptDrops(True)
        self.vue.setDropIndicatorShown(True)
        self.vue.setDragDropOverwriteMode(False)
        self.vue.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.vue.setAlternatingRowColors(True)

        self.nouveau_nom = QLineEdit()
        self.nouveau_nom.setPlaceholderText(
            QCoreApplication.translate("preparation", "Nom de la nouvelle salle")
        )
        self.nouveau_nom.setAccessibleName(
            QCoreApplication.translate("preparation", "Nom de la nouvelle salle")
        )
        self.nouveau_nom.returnPressed.connect(self.ajouter)
        self.nouveau_nom.textEdited.connect(lambda _: self._effacer_message_ajout())
        self.message_ajout = ligne_message()

        self.action_ajouter = action(
            self, QCoreApplication.translate("preparation", "Ajouter"), self.ajouter
        )
        self.action_monter = action(
            self,
            QCoreApplication.translate("preparation", "Monter"),
            lambda: self.deplacer(-1),
            "Alt+Up",
            QStyle.StandardPixmap.SP_ArrowUp,
        )
        self.action_descendre = action(
            self,
            QCoreApplication.translate("preparation", "Descendre"),
            lambda: self.deplacer(1),
            "Alt+Down",
            QStyle.StandardPixmap.SP_ArrowDown,
        )
        self.action_supprimer = action(
            self,
            QCoreApplication.translate("preparation", "Supprimer"),
            self.supprimer,
            "Delete",
            QStyle.StandardPixmap.SP_TrashIcon,
        )
        for geste in (self.action_monter, self.action_descendre, self.action_supprimer):
            # Keys act on the table only, so Delete in a text field still deletes a letter.
            geste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.vue.addAction(geste)
        self.vue.selectionModel().currentRowChanged.connect(lambda *_: self._actualiser_actions())

        ajout = QHBoxLayout()
        ajout.addWidget(self.nouveau_nom, 1)
        ajout.addWidget(bouton(self.action_ajouter))
        gestes = QHBoxLayout()
        for geste in (self.action_monter, self.action_descendre, self.action_supprimer):
            gestes.addWidget(bouton(geste))
        gestes.addStretch(1)
        disposition = QVBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.addWidget(self.vue, 1)
        disposition.addWidget(self.message)
        disposition.addLayout(gestes)
        disposition.addLayout(ajout)
        disposition.addWidget(self.message_ajout)
        self.charger()

    # --- lecture ---------------------------------------------------------------------------

    def _sur_changement(self, changements: Changements) -> None:
        if changements.touche(Genre.SALLE):
            recharger_hors_edition(self.vue, self.charger)

    def charger(self) -> None:
        choisie = self.salle_choisie()
        self.modele.definir_lignes(self.session.lire(lectures.salles))
        if choisie is not None:
            self.choisir(choisie.uuid, self.vue.currentIndex().column())
        self._actualiser_actions()

    def salle_choisie(self) -> SalleLue | None:
        index = self.vue.currentIndex()
        if not index.isValid() or not self.vue.selectionModel().isRowSelected(index.row()):
            return None
        salle: SalleLue = index.data(ROLE_OBJET)
        return salle

    def choisir(self, uuid: UUID, colonne: int = 0) -> None:
        rangee = self.modele.rangee_de(uuid)
        if rangee < 0 or self.vue.selectionModel().isRowSelected(rangee):
            return  # already there: leave the current cell (and its open editor) alone
        self.vue.setCurrentIndex(self.modele.index(rangee, max(colonne, 0)))
        self.vue.scrollTo(self.modele.index(rangee, 0))

    def _actualiser_actions(self) -> None:
        rangee = self.vue.currentIndex().row()
        dernier = self.modele.rowCount() - 1
        self.action_monter.setEnabled(rangee > 0)
        self.action_descendre.setEnabled(0 <= rangee < dernier)
        self.action_supprimer.setEnabled(rangee >= 0)

    # --- validation à la case ----------------------------------------------------------------

    def _valider(self, index: Index, valeur: Any) -> str | None:
        salle = self.modele.lignes()[index.row()]
        if index.column() == ModeleSalles.NOM:
            autres = [s.nom for s in self.modele.lignes() if s.uuid != salle.uuid]
            return raison_refus_salle({"nom": valeur}, autres)
        if index.column() == ModeleSalles.PLACES:
            texte = str(valeur).strip()
            if texte and not texte.isdecimal():
                return QCoreApplication.translate(
                    "preparation",
                    "Le nombre de places est un nombre entier, 0 ou plus "
                    "(laissez vide s'il est inconnu).",
                )
        return None

    def _effacer_message_ajout(self) -> None:
        marquer(self.nouveau_nom, "")
        montrer(self.message_ajout, "")

    # --- gestes ----------------------------------------------------------------------------

    def _executer(self, commande: CommandeForum, message: QLabel) -> bool:
        if self.session.executer(commande):
            montrer(message, "")
            return True
        montrer(message, commande.erreur.message if commande.erreur else "")
        return False

    def _modifier(self, salle: SalleLue, champs: dict[str, Any]) -> bool:
        avant: dict[str, Any] = {
            "nom": salle.nom,
            "capacite": salle.capacite,
            "equipements": list(salle.equipements),
            "accessible": salle.accessible,
        }
        avant = {k: avant[k] for k in champs}
        if champs == avant:
            return True
        commande = ModifierSalle(self.session, salle.uuid, salle.nom, avant, champs)
        return self._executer(commande, self.message)

    def ajouter(self) -> None:
        nom = self.nouveau_nom.text()
        raison = raison_refus_salle({"nom": nom}, [s.nom for s in self.modele.lignes()])
        if raison:
            marquer(self.nouveau_nom, raison)
            montrer(self.message_ajout, raison)
            self.nouveau_nom.setFocus()
            return
        commande = AjouterSalle(self.session, {"nom": nom})
        if self._executer(commande, self.message_ajout) and commande.uuid is not None:
            self.nouveau_nom.clear()
            self._effacer_message_ajout()
            self.choisir(commande.uuid)

    def deplacer(self, pas: int) -> None:
        salle = self.salle_choisie()
        if salle is None:
            return
        ordre = [s.uuid for s in self.modele.lignes()]
        rangee = ordre.index(salle.uuid)
        cible = rangee + pas
        if not 0 <= cible < len(ordre):
            return
        ordre[rangee], ordre[cible] = ordre[cible], ordre[rangee]
        if self._reordonner(ordre):
            self.vue.setFocus()

    def _reordonner(self, ordre: list[UUID]) -> bool:
        choisie = self.salle_choisie()
        avant = {s.uuid: s.ordre for s in self.modele.lignes()}
        resultat = self._executer(ReordonnerSalles(self.session, avant, ordre), self.message)
        if choisie is not None:
            self.choisir(choisie.uuid)
        return resultat

    def supprimer(self) -> None:
        salle = self.salle_choisie()
        if salle is None:
            return
        nombre = self.session.lire(nombre_ateliers_salle, salle.uuid)
        if nombre:
            question = QCoreApplication.translate(
                "preparation", "Supprimer la salle « %1 » ?"
            ).replace("%1", salle.nom)
            demander = self.confirmer or confirmer
            if not demander(
                self,
                QCoreApplication.translate("preparation", "Supprimer une salle"),
                f"{question}\n\n{ateliers_retires(nombre)}",
            ):
                return
        self._executer(SupprimerSalle(self.session, salle.uuid, salle.nom), self.message)
