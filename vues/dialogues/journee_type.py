"""« Générer une journée type… » : régler la journée, en voir l'aperçu, puis l'ajouter d'un coup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.lectures import CreneauLu
from app.operations.creneaux import raison_refus_creneau as valider_creneau
from modeles.creneaux import ModeleCreneau, generer_journee
from modeles.erreurs import ErreurForum
from vues.contraste import style_erreur
from vues.formats import date_longue, plage
from vues.formats import designation_creneau as designation
from vues.libelles import nature_creneau
from vues.modeles_qt.tableau import Colonne, ModeleTableau
from vues.pages.base import vue_apercu


def _minutes(valeur: int, minimum: int, maximum: int, pas: int = 5) -> QSpinBox:
    boite = QSpinBox()
    boite.setRange(minimum, maximum)
    boite.setSingleStep(pas)
    boite.setValue(valeur)
    boite.setSuffix(" min")
    return boite


class DialogueJourneeType(QDialog):
    """Les réglages à gauche, l'aperçu à droite ; rien n'est écrit avant « Ajouter »."""

    def __init__(
        self,
        existants: Sequence[CreneauLu],
        jour: dt.date,
        premiere_ronde: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Générer une journée type"))
        self._existants = list(existants)
        self._modeles: list[ModeleCreneau] = []

        self.champ_jour = QDateEdit(QDate(jour.year, jour.month, jour.day))
        self.champ_jour.setCalendarPopup(True)
        self.champ_jour.setDisplayFormat("yyyy-MM-dd")
        self.champ_debut = QTimeEdit(QTime(8, 30))
        self.champ_debut.setDisplayFormat("HH:mm")
        self.champ_rondes = QSpinBox()
        self.champ_rondes.setRange(0, 8)
        self.champ_rondes.setValue(3)
        self.champ_premiere = QSpinBox()
        self.champ_premiere.setRange(1, 99)
        self.champ_premiere.setValue(premiere_ronde)
        self.champ_duree_ronde = _minutes(75, 15, 240)
        self.champ_pause = _minutes(15, 0, 60)
        self.case_ouverture = QCheckBox(self.tr("Plénière d'ouverture et place du marché"))
        self.case_ouverture.setChecked(True)
        self.champ_ouverture = _minutes(45, 15, 180)
        self.case_repas = QCheckBox(self.tr("Dîner après la ronde la plus près de midi"))
        self.case_repas.setChecked(True)
        self.champ_repas = _minutes(60, 15, 120)
        self.case_cloture = QCheckBox(self.tr("Plénière de clôture"))
        self.case_cloture.setChecked(True)
        self.champ_cloture = _minutes(45, 15, 180)

        formulaire = QFormLayout()
        formulaire.addRow(self.tr("Jour"), self.champ_jour)
        formulaire.addRow(self.tr("Début de la journée"), self.champ_debut)
        formulaire.addRow(self.tr("Rondes d'ateliers"), self.champ_rondes)
        formulaire.addRow(self.tr("Numéro de la première ronde"), self.champ_premiere)
        formulaire.addRow(self.tr("Durée d'une ronde"), self.champ_duree_ronde)
        formulaire.addRow(self.tr("Pause entre deux blocs"), self.champ_pause)
        for case, duree in (
            (self.case_ouverture, self.champ_ouverture),
            (self.case_repas, self.champ_repas),
            (self.case_cloture, self.champ_cloture),
        ):
            formulaire.addRow(case, duree)
            case.toggled.connect(duree.setEnabled)
        for champ, libelle in (
            (self.champ_jour, self.tr("Jour")),
            (self.champ_debut, self.tr("Début de la journée")),
            (self.champ_rondes, self.tr("Rondes d'ateliers")),
            (self.champ_premiere, self.tr("Numéro de la première ronde")),
            (self.champ_duree_ronde, self.tr("Durée d'une ronde")),
            (self.champ_pause, self.tr("Pause entre deux blocs")),
            (self.champ_ouverture, self.tr("Durée de la plénière d'ouverture")),
            (self.champ_repas, self.tr("Durée du dîner")),
            (self.champ_cloture, self.tr("Durée de la plénière de clôture")),
        ):
            champ.setAccessibleName(libelle)
        reglages = QGroupBox(self.tr("La journée"))
        reglages.setLayout(formulaire)

        self.modele_apercu = ModeleTableau(
            [
                Colonne(self.tr("Heure"), lambda m: plage(m.debut, m.fin)),
                Colonne(self.tr("Nature"), lambda m: nature_creneau(m.nature)),
                Colonne(self.tr("Libellé"), lambda m: m.libelle),
            ],
            self,
        )
        self.apercu = vue_apercu(self.modele_apercu, self.tr("Aperçu des créneaux"))
        self.apercu.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.groupe_apercu = QGroupBox(self.tr("Aperçu"))
        QVBoxLayout(self.groupe_apercu).addWidget(self.apercu)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style_erreur())
        self.message.setAccessibleName(self.tr("Message de validation"))
        self.message.hide()

        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.bouton_ajouter = self.boutons.button(QDialogButtonBox.StandardButton.Ok)
        self.bouton_ajouter.setText(self.tr("Ajouter ces créneaux"))
        self.boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)

        haut = QHBoxLayout()
        haut.addWidget(reglages)
        haut.addWidget(self.groupe_apercu, 1)
        disposition = QVBoxLayout(self)
        disposition.addLayout(haut, 1)
        disposition.addWidget(self.message)
        disposition.addWidget(self.boutons)
        self.resize(860, 460)

        for boite in (
            self.champ_rondes,
            self.champ_premiere,
            self.champ_duree_ronde,
            self.champ_pause,
            self.champ_ouverture,
            self.champ_repas,
            self.champ_cloture,
        ):
            boite.valueChanged.connect(self._actualiser)
        for case in (self.case_ouverture, self.case_repas, self.case_cloture):
            case.toggled.connect(self._actualiser)
        self.champ_jour.dateChanged.connect(self._actualiser)
        self.champ_debut.timeChanged.connect(self._actualiser)
        self._actualiser()

    def jour(self) -> dt.date:
        return self.champ_jour.date().toPython()  # type: ignore[return-value]

    def modeles(self) -> list[ModeleCreneau]:
        return list(self._modeles)

    def _generer(self) -> list[ModeleCreneau]:
        return generer_journee(
            self.jour(),
            debut=self.champ_debut.time().toPython(),  # type: ignore[arg-type]
            rondes=self.champ_rondes.value(),
            duree_ronde=dt.timedelta(minutes=self.champ_duree_ronde.value()),
            pause=dt.timedelta(minutes=self.champ_pause.value()),
            ouverture=self.case_ouverture.isChecked(),
            duree_ouverture=dt.timedelta(minutes=self.champ_ouverture.value()),
            repas=self.case_repas.isChecked(),
            duree_repas=dt.timedelta(minutes=self.champ_repas.value()),
            cloture=self.case_cloture.isChecked(),
            duree_cloture=dt.timedelta(minutes=self.champ_cloture.value()),
            premiere_ronde=self.champ_premiere.value(),
        )

    def _actualiser(self, *_: object) -> None:
        """Recalcule l'aperçu ; un chevauchement avec les créneaux déjà là bloque l'ajout."""
        try:
            modeles = self._generer()
            raison = self._raison_refus(modeles)
        except ErreurForum as exc:
            modeles, raison = [], exc.message
        if not modeles and not raison:
            raison = self.tr("Cette journée ne contient aucun créneau.")
        self._modeles = modeles if not raison else []
        self.groupe_apercu.setTitle(self.tr("Aperçu du %1").replace("%1", date_longue(self.jour())))
        self.modele_apercu.definir_lignes(modeles)
        self.message.setText(raison or "")
        self.message.setVisible(bool(raison))
        self.bouton_ajouter.setEnabled(not raison)

    def _raison_refus(self, modeles: Sequence[ModeleCreneau]) -> str | None:
        jour = self.jour()
        du_jour = [c for c in self._existants if c.jour == jour]
        for modele in modeles:
            raison = valider_creneau(modele.debut, modele.fin, du_jour)
            if raison:
                return f"« {designation(modele)} » : {raison}"
        return None

    def accept(self) -> None:
        if self._modeles:
            super().accept()
