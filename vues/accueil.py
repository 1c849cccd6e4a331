"""Ce que montre la fenêtre quand aucun forum n'est ouvert."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class PageAccueil(QWidget):
    nouveau = Signal()
    ouvrir = Signal()
    demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        disposition = QVBoxLayout(self)
        disposition.addStretch(1)
        message = QLabel(
            self.tr(
                "<h2>Aucun forum n'est ouvert</h2>"
                "<p>Créez un forum, ouvrez un fichier .forum, "
                "ou explorez le forum de démonstration.</p>"
            )
        )
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        disposition.addWidget(message)
        for texte, signal in (
            (self.tr("Nouveau forum…"), self.nouveau),
            (self.tr("Ouvrir un forum…"), self.ouvrir),
            (self.tr("Ouvrir le forum de démonstration"), self.demo),
        ):
            bouton = QPushButton(texte)
            bouton.clicked.connect(signal)
            bouton.setMinimumWidth(320)
            disposition.addWidget(bouton, 0, Qt.AlignmentFlag.AlignHCenter)
        disposition.addStretch(2)
