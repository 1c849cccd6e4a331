"""Préparation : l'éditeur des créneaux (ajouter, modifier à la case, supprimer, journée type)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import lectures
from app.changements import Changements, Genre
from app.lectures import CreneauLu
from app.operations.creneaux import nombre_ateliers_creneau
from app.operations.creneaux import raison_refus_creneau as valider_creneau
from modeles.valeurs import NatureCreneau
from vues.commandes.creneaux import (
    AjouterCreneau,
    GenererJournee,
    ModifierCreneau,
    SupprimerCreneau,
)
from vues.dialogues.journee_type import DialogueJourneeType
from vues.formats import date_courte, date_longue, heure
from vues.formats import designation_creneau as designation
from vues.libelles import nature_creneau
from vues.modeles_qt.tableau import ROLE_OBJET, Index
from vues.pages.preparation_edition import (
    DelegueValidant,
    ModeleLignes,
    action,
    ateliers_retires,
    bouton,
    confirmer,
    montrer,
    recharger_hors_edition,
    tableau_editable,
)
from vues.session import SessionForum

_EDITION = int(Qt.ItemDataRole.EditRole)
_AFFICHAGE = int(Qt.ItemDataRole.DisplayRole)
DUREE_NOUVEAU = dt.timedelta(minutes=60)


def _plus(moment: dt.time, duree: dt.timedelta) -> dt.time | None:
    """L'heure `duree` plus tard le même jour ; None si elle passe minuit."""
    apres = dt.datetime.combine(dt.date.min, moment) + duree
    return apres.time() if apres.date() == dt.date.min else None


def _duree(creneau: CreneauLu) -> dt.timedelta:
    return dt.datetime.combine(dt.date.min, creneau.fin) - dt.datetime.combine(
        dt.date.min, creneau.debut
    )


class ModeleCreneaux(ModeleLignes):
    """Les créneaux dans l'ordre du temps, modifiables à la case.

    Changing the start moves the slot and keeps its length; changing the end changes its length.
    """

    JOUR, DEBUT, FIN, NATURE, LIBELLE = range(5)

    def __init__(
        self, modifier: Callable[[CreneauLu, dict[str, Any]], bool], parent: QObject | None = None
    ) -> None:
        titres = (
            QCoreApplication.translate("preparation", "Jour"),
            QCoreApplication.translate("preparation", "Début"),
            QCoreApplication.translate("preparation", "Fin"),
            QCoreApplication.translate("preparation", "Nature"),
            QCoreApplication.translate("preparation", "Libellé"),
        )
        super().__init__(titres, parent)
        self._modifier = modifier

    def lignes(self) -> list[CreneauLu]:
        return list(self._lignes)

    def data(self, index: Index, role: int = _AFFICHAGE) -> Any:
        if not index.isValid():
            return None
        rangee, colonne = index.row(), index.column()
        creneau = self._lignes[rangee]
        if role == _AFFICHAGE:
            if colonne == self.JOUR:
                # The day on its first slot only: the days read as groups.
                premier = rangee == 0 or self._lignes[rangee - 1].jour != creneau.jour
                return date_courte(creneau.jour) if premier else ""
            return (
                heure(creneau.debut),
                heure(creneau.fin),
                nature_creneau(creneau.nature),
                creneau.libelle,
            )[colonne - 1]
        if role == _EDITION:
            return (
                creneau.jour,
                creneau.debut,
                creneau.fin,
                creneau.nature.value,
                creneau.libelle,
            )[colonne]
        if role == int(Qt.ItemDataRole.ToolTipRole):
            return f"{date_longue(creneau.jour)}, {designation(creneau)}"
        if (
            role == int(Qt.ItemDataRole.FontRole)
            and colonne != self.JOUR
            and creneau.nature is not NatureCreneau.ATELIER
        ):
            police = QFont()
            police.setItalic(True)
            return police
        atelier = creneau.nature is NatureCreneau.ATELIER
        if role == int(Qt.ItemDataRole.ForegroundRole) and colonne == self.NATURE and not atelier:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        if role == int(ROLE_OBJET):
            return creneau
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def champs(self, index: Index, valeur: Any) -> dict[str, Any] | None:
        """Les champs qu'une saisie dans cette case change ; None si la fin passerait minuit."""
        creneau = self._lignes[index.row()]
        colonne = index.column()
        if colonne == self.JOUR:
            return {"jour": valeur}
        if colonne == self.DEBUT:
            fin = _plus(valeur, _duree(creneau))
            return None if fin is None else {"debut": valeur, "fin": fin}
        if colonne == self.FIN:
            return {"fin": valeur}
        if colonne == self.NATURE:
            return {"nature": NatureCreneau(valeur)}
        return {"libelle": str(valeur)}

    def setData(self, index: Index, valeur: Any, role: int = _EDITION) -> bool:
        if not index.isValid() or role != _EDITION:
            return False
        champs = self.champs(index, valeur)
        if champs is None:
            return False
        return self._modifier(self._lignes[index.row()], champs)


class DelegueCreneaux(DelegueValidant):
    def creer(self, parent: QWidget, index: Index) -> QWidget:
        colonne = index.column()
        if colonne == ModeleCreneaux.JOUR:
            jour = QDateEdit(parent)
            jour.setCalendarPopup(True)
            jour.setDisplayFormat("yyyy-MM-dd")
            return jour
        if colonne in (ModeleCreneaux.DEBUT, ModeleCreneaux.FIN):
            moment = QTimeEdit(parent)
            moment.setDisplayFormat("HH:mm")
            # A narrow cell: the arrow keys still step the time, the text keeps the room.
            moment.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)
            return moment
        if colonne == ModeleCreneaux.NATURE:
            nature = QComboBox(parent)
            for valeur in NatureCreneau:
                nature.addItem(nature_creneau(valeur), valeur.value)
            return nature
        return super().creer(parent, index)


class EditeurCreneaux(QWidget):
    """Les créneaux : ajouter, modifier à la case, supprimer, générer une journée type."""

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Replaceable by tests; None asks through the module's `confirmer`.
        self.confirmer: Callable[[QWidget, str, str], bool] | None = None
        self.dialogue_journee: DialogueJourneeType | None = None
        session.forum_change.connect(self._sur_changement)

        self.modele = ModeleCreneaux(self._modifier, self)
        self.delegue = DelegueCreneaux(self._valider)
        self.vue, self.message = tableau_editable(
            self.modele,
            QCoreApplication.translate("preparation", "Créneaux"),
            ModeleCreneaux.LIBELLE,
            self.delegue,
            8,
        )

        self.action_ajouter = action(
            self,
            QCoreApplication.translate("preparation", "Ajouter un créneau"),
            self.ajouter,
            None,
            QStyle.StandardPixmap.SP_FileIcon,
        )
        self.action_generer = action(
            self,
            QCoreApplication.translate("preparation", "Générer une journée type…"),
            self.generer_journee,
            None,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
        )
        self.action_supprimer = action(
            self,
            QCoreApplication.translate("preparation", "Supprimer"),
            self.supprimer,
            "Delete",
            QStyle.StandardPixmap.SP_TrashIcon,
        )
        self.action_supprimer.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.vue.addAction(self.action_supprimer)
        self.vue.selectionModel().currentRowChanged.connect(
            lambda *_: self.action_supprimer.setEnabled(self.vue.currentIndex().isValid())
        )

        gestes = QHBoxLayout()
        for geste in (self.action_ajouter, self.action_generer, self.action_supprimer):
            gestes.addWidget(bouton(geste))
        gestes.addStretch(1)
        disposition = QVBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.addWidget(self.vue, 1)
        disposition.addWidget(self.message)
        disposition.addLayout(gestes)
        self.charger()

    def _sur_changement(self, changements: Changements) -> None:
        if changements.touche(Genre.CRENEAU):
            recharger_hors_edition(self.vue, self.charger)

    def charger(self) -> None:
        choisi = self.creneau_choisi()
        self.modele.definir_lignes(self.session.lire(lectures.creneaux))
        if choisi is not None:
            self.choisir(choisi.uuid, self.vue.currentIndex().column())
        self.action_supprimer.setEnabled(self.vue.currentIndex().isValid())

    def creneau_choisi(self) -> CreneauLu | None:
        index = self.vue.currentIndex()
        if not index.isValid() or not self.vue.selectionModel().isRowSelected(index.row()):
            return None
        creneau: CreneauLu = index.data(ROLE_OBJET)
        return creneau

    def choisir(self, uuid: UUID, colonne: int = 0) -> None:
        rangee = self.modele.rangee_de(uuid)
        if rangee < 0 or self.vue.selectionModel().isRowSelected(rangee):
            return  # already there: leave the current cell (and its open editor) alone
        self.vue.setCurrentIndex(self.modele.index(rangee, max(colonne, 0)))
        self.vue.scrollTo(self.modele.index(rangee, 0))

    # --- validation à la case ----------------------------------------------------------------

    def _valider(self, index: Index, valeur: Any) -> str | None:
        creneau = self.modele.lignes()[index.row()]
        champs = self.modele.champs(index, valeur)
        if champs is None:
            return QCoreApplication.translate(
                "preparation", "Ce créneau finirait après minuit : choisissez une heure plus tôt."
            )
        if not {"jour", "debut", "fin"} & set(champs):
            return None
        jour = champs.get("jour", creneau.jour)
        autres = [c for c in self.modele.lignes() if c.jour == jour and c.uuid != creneau.uuid]
        return valider_creneau(
            champs.get("debut", creneau.debut), champs.get("fin", creneau.fin), autres
        )

    # --- gestes ----------------------------------------------------------------------------

    def _modifier(self, creneau: CreneauLu, champs: dict[str, Any]) -> bool:
        avant = {nom: getattr(creneau, nom) for nom in champs}
        if avant == champs:
            return True
        commande = ModifierCreneau(self.session, creneau.uuid, designation(creneau), avant, champs)
        if self.session.executer(commande):
            montrer(self.message, "")
            return True
        montrer(self.message, commande.erreur.message if commande.erreur else "")
        return False

    def _jours(self) -> list[dt.date]:
        return sorted({c.jour for c in self.modele.lignes()})

    def ajouter(self) -> None:
        """Un créneau d'atelier d'une heure à la suite du jour choisi (ou du dernier jour)."""
        choisi = self.creneau_choisi()
        jours = self._jours()
        infos = self.session.lire(lectures.infos_forum)
        jour = choisi.jour if choisi else (jours[-1] if jours else infos.date_debut)
        jour = jour or dt.date.today()
        du_jour = [c for c in self.modele.lignes() if c.jour == jour]
        debut = max((c.fin for c in du_jour), default=dt.time(9))
        fin = _plus(debut, DUREE_NOUVEAU)
        if fin is None:
            montrer(
                self.message,
                QCoreApplication.translate(
                    "preparation", "La journée du %1 est remplie jusqu'à minuit."
                ).replace("%1", date_longue(jour)),
            )
            return
        champs = {"jour": jour, "debut": debut, "fin": fin, "nature": NatureCreneau.ATELIER}
        nom = f"{nature_creneau(NatureCreneau.ATELIER)} ({heure(debut)} – {heure(fin)})"
        commande = AjouterCreneau(self.session, champs, nom)
        if self.session.executer(commande) and commande.uuid is not None:
            montrer(self.message, "")
            self.choisir(commande.uuid, ModeleCreneaux.LIBELLE)
        elif commande.erreur:
            montrer(self.message, commande.erreur.message)

    def supprimer(self) -> None:
        creneau = self.creneau_choisi()
        if creneau is None:
            return
        nom = designation(creneau)
        nombre = self.session.lire(nombre_ateliers_creneau, creneau.uuid)
        if nombre:
            question = QCoreApplication.translate(
                "preparation", "Supprimer le créneau « %1 » du %2 ?"
            )
            question = question.replace("%1", nom).replace("%2", date_longue(creneau.jour))
            demander = self.confirmer or confirmer
            titre = QCoreApplication.translate("preparation", "Supprimer un créneau")
            if not demander(self, titre, f"{question}\n\n{ateliers_retires(nombre)}"):
                return
        self.session.executer(SupprimerCreneau(self.session, creneau.uuid, nom))

    def generer_journee(self) -> None:
        """Ouvre l'aperçu de la journée type ; « Ajouter » en fait une seule commande."""
        jours = self._jours()
        infos = self.session.lire(lectures.infos_forum)
        # The day after the last one, or the forum's first day for an empty forum.
        jour = jours[-1] + dt.timedelta(days=1) if jours else infos.date_debut or dt.date.today()
        rondes = sum(1 for c in self.modele.lignes() if c.nature is NatureCreneau.ATELIER)
        dialogue = DialogueJourneeType(self.modele.lignes(), jour, rondes + 1, self)
        dialogue.accepted.connect(lambda: self._ajouter_journee(dialogue))
        dialogue.finished.connect(lambda _: self._fermer_dialogue(dialogue))
        self.dialogue_journee = dialogue
        dialogue.open()

    def _fermer_dialogue(self, dialogue: DialogueJourneeType) -> None:
        if self.dialogue_journee is dialogue:
            self.dialogue_journee = None
        dialogue.deleteLater()

    def _ajouter_journee(self, dialogue: DialogueJourneeType) -> None:
        commande = GenererJournee(self.session, dialogue.jour(), dialogue.modeles())
        if self.session.executer(commande) and commande.uuids:
            self.choisir(commande.uuids[0])
