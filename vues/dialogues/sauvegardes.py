"""« Restaurer une sauvegarde… » : les copies automatiques du forum, et en remettre une.

A forum on a server lists its JSON snapshots (app.sauvegardes); its address, password
included, is only handed to app/, never shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import sauvegardes
from vues import formats
from vues.sauvegardes_auto import CLE_GARDER, nombre_a_garder


class DialogueSauvegardes(QDialog):
    """Choisir une sauvegarde ; `choisie` est son chemin quand le dialogue est accepté."""

    def __init__(
        self, forum: Path | str, reglages: QSettings, parent: QWidget | None = None
    ) -> None:
        """`forum` : son fichier, ou l'adresse complète de sa base (jamais montrée)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(760, 420)
        self._reglages = reglages
        self.choisie: Path | None = None
        self.liste = sauvegardes.lister(forum)
        explication = QLabel(
            self.tr(
                "Forum ouvert copie ce forum à l'ouverture, puis toutes les 10 minutes pendant "
                "l'édition. Restaurer remet le forum dans l'état choisi ; son état actuel est "
                "d'abord sauvegardé, rien n'est perdu."
            )
        )
        if isinstance(forum, str):
            # Snapshots this laptop took; restoring one changes the forum for every laptop.
            explication.setText(
                self.tr(
                    "Forum ouvert garde un instantané de ce forum partagé à l'ouverture, puis "
                    "toutes les 10 minutes pendant l'édition, sur ce portable. Restaurer remet "
                    "la base du serveur dans l'état choisi, pour tous les portables connectés ; "
                    "son état actuel est d'abord sauvegardé, rien n'est perdu."
                )
            )
        explication.setWordWrap(True)
        self.tableau = QTableWidget(len(self.liste), 5)
        self.tableau.setAccessibleName(self.tr("Sauvegardes du forum"))
        self.tableau.setHorizontalHeaderLabels(
            [
                self.tr("Moment"),
                self.tr("Quand"),
                self.tr("Sujets"),
                self.tr("Comptes rendus"),
                self.tr("Participants"),
            ]
        )
        self.tableau.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableau.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableau.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for rangee, s in enumerate(self.liste):
            moment = f"{formats.date_longue(s.moment.date())}, {formats.heure(s.moment.time())}"
            for colonne, texte in enumerate(
                (moment, s.raison_lisible, str(s.sujets), str(s.recoltes), str(s.participants))
            ):
                self.tableau.setItem(rangee, colonne, QTableWidgetItem(texte))
        self.tableau.resizeColumnsToContents()
        self.tableau.horizontalHeader().setStretchLastSection(True)
        self.tableau.itemSelectionChanged.connect(self._actualiser)
        self.tableau.doubleClicked.connect(lambda *_: self.accept())

        self.garder = QSpinBox()
        self.garder.setRange(1, 500)
        self.garder.setValue(nombre_a_garder(reglages))
        self.garder.setAccessibleName(self.tr("Nombre de sauvegardes gardées"))
        self.garder.valueChanged.connect(lambda n: reglages.setValue(CLE_GARDER, n))
        ligne_garder = QHBoxLayout()
        etiquette = QLabel(self.tr("Garder les sauvegardes les plus récentes :"))
        etiquette.setBuddy(self.garder)
        ligne_garder.addWidget(etiquette)
        ligne_garder.addWidget(self.garder)
        ligne_garder.addStretch(1)

        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.bouton_restaurer = self.boutons.button(QDialogButtonBox.StandardButton.Ok)
        self.bouton_restaurer.setText(self.tr("Restaurer"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addWidget(explication)
        if not self.liste:
            disposition.addWidget(QLabel(self.tr("Aucune sauvegarde de ce forum pour l'instant.")))
        disposition.addWidget(self.tableau, 1)
        disposition.addLayout(ligne_garder)
        disposition.addWidget(self.boutons)
        if self.liste:
            self.tableau.selectRow(0)
        self._actualiser()

    def _actualiser(self) -> None:
        self.bouton_restaurer.setEnabled(bool(self.tableau.selectionModel().selectedRows()))

    def accept(self) -> None:
        rangees = self.tableau.selectionModel().selectedRows()
        if not rangees:
            return
        self.choisie = self.liste[rangees[0].row()].chemin
        super().accept()
