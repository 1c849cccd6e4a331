"""« Préférences… » : la langue de l'interface, appliquée au prochain démarrage."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vues.traduction import CLE_LANGUE, LANGUES, SYSTEME


class DialoguePreferences(QDialog):
    def __init__(self, reglages: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préférences"))
        self._reglages = reglages
        self.langue = QComboBox()
        self.langue.setAccessibleName(self.tr("Langue de l'interface"))
        # Each language is named in itself, so that anyone can find their own.
        noms = {SYSTEME: self.tr("Langue du système"), "fr": "Français", "en": "English"}
        for code in LANGUES:
            self.langue.addItem(noms[code], code)
        actuelle = str(reglages.value(CLE_LANGUE, SYSTEME))
        self.langue.setCurrentIndex(max(0, self.langue.findData(actuelle)))
        formulaire = QFormLayout()
        formulaire.addRow(self.tr("&Langue de l'interface :"), self.langue)
        note = QLabel(self.tr("La nouvelle langue s'appliquera au prochain démarrage."))
        note.setWordWrap(True)
        boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        boutons.accepted.connect(self.accept)
        boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addLayout(formulaire)
        disposition.addWidget(note)
        disposition.addWidget(boutons)

    def accept(self) -> None:
        self._reglages.setValue(CLE_LANGUE, self.langue.currentData())
        self._reglages.sync()
        super().accept()
