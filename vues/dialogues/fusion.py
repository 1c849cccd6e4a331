"""« Fusionner d'autres fichiers… » : l'aperçu de ce qui arrive, puis la fusion, tout ou rien."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app import fusion
from app.serveur import sans_mot_de_passe
from vues.travaux import Travail


class DialogueFusion(QDialog):
    """Calcule l'aperçu hors du fil de l'interface ; « Fusionner » n'est possible qu'ensuite."""

    apercu_pret = Signal()

    def __init__(
        self, forum: Path | str, autres: list[Path], parent: QWidget | None = None
    ) -> None:
        """`forum` : son fichier, ou l'adresse complète de sa base (montrée sans mot de passe)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fusionner d'autres fichiers"))
        self.resize(720, 480)
        self.forum, self.autres = forum, autres
        self.rapport: fusion.RapportFusion | None = None
        noms = ", ".join(p.name for p in autres)
        entete = QLabel(
            self.tr(
                "Fusionner dans « %1 » : %2. Chaque texte tapé sur chaque portable est gardé ; "
                "le forum est sauvegardé d'abord."
            )
            .replace("%1", forum.name if isinstance(forum, Path) else sans_mot_de_passe(forum))
            .replace("%2", noms)
        )
        entete.setWordWrap(True)
        self.attente = QProgressBar()
        self.attente.setRange(0, 0)
        self.attente.setFormat(self.tr("Lecture des fichiers…"))
        self.attente.setTextVisible(True)
        self.texte = QPlainTextEdit()
        self.texte.setReadOnly(True)
        self.texte.setAccessibleName(self.tr("Aperçu de la fusion"))
        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.bouton_fusionner = self.boutons.button(QDialogButtonBox.StandardButton.Ok)
        self.bouton_fusionner.setText(self.tr("Fusionner"))
        self.bouton_fusionner.setEnabled(False)
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addWidget(entete)
        disposition.addWidget(self.attente)
        disposition.addWidget(self.texte, 1)
        disposition.addWidget(self.boutons)
        self.travail = Travail(lambda _c: fusion.apercu(forum, autres)[1], self)
        self.travail.termine.connect(self._sur_apercu)
        self.travail.echoue.connect(self._sur_echec)
        self.travail.lancer()

    def _sur_apercu(self, rapport: fusion.RapportFusion) -> None:
        self.rapport = rapport
        self.attente.hide()
        self.texte.setPlainText(rapport.texte())
        self.bouton_fusionner.setEnabled(not rapport.vide)
        self.apercu_pret.emit()

    def _sur_echec(self, message: str) -> None:
        self.attente.hide()
        self.texte.setPlainText(message)
        self.apercu_pret.emit()
