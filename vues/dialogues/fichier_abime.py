"""Un forum qui ne s'ouvre pas, mais dont les données se lisent peut-être encore.

The opening error is shown as usual, with what can still be done: open the file read-only
(nothing is ever written to it), or recover what is readable into a new file (app.recuperation,
off the GUI thread), whose report is shown before the new file is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from app import NOM_APPLICATION
from app.document import DocumentForum
from app.recuperation import RapportRecuperation, recuperer
from modeles.erreurs import (
    ErreurForum,
    FichierEndommage,
    FichierInvalide,
    FichierLectureSeule,
    SchemaPlusRecent,
)
from vues.travaux import Controle, Travail

Ouvrir = Callable[[Callable[[], DocumentForum]], bool]
DemanderCible = Callable[[Path], Path | None]


def _fichier(exc: ErreurForum) -> Path | None:
    chemin = getattr(exc, "chemin", None)
    return chemin if isinstance(chemin, Path) and chemin.is_file() else None


def choix_possibles(exc: ErreurForum) -> tuple[bool, bool]:
    """(lecture seule, récupération) : ce qui a un sens pour cette erreur d'ouverture."""
    if not isinstance(exc, FichierInvalide) or _fichier(exc) is None:
        return False, False
    if isinstance(exc, SchemaPlusRecent):
        # Recovering into the current schema would drop the newer data without a word.
        return True, False
    if isinstance(exc, FichierEndommage):
        # Every page of the window reads whole tables: a damaged one would fail under it.
        return False, True
    if isinstance(exc, FichierLectureSeule):
        return True, True
    return False, False


class DialogueFichierAbime(QMessageBox):
    """L'erreur, puis « Ouvrir en lecture seule », « Récupérer dans un nouveau fichier… »."""

    def __init__(
        self,
        erreur: FichierInvalide,
        ouvrir: Ouvrir,
        parent: QWidget | None = None,
        *,
        demander_cible: DemanderCible | None = None,
    ) -> None:
        super().__init__(QMessageBox.Icon.Warning, NOM_APPLICATION, erreur.message, parent=parent)
        self.chemin = erreur.chemin
        self._ouvrir = ouvrir
        self._demander_cible = demander_cible or self._choisir_cible
        self.travail: Travail | None = None
        self.rapport: RapportRecuperation | None = None
        self.suite: QMessageBox | None = None
        lecture, recuperation = choix_possibles(erreur)
        self.setInformativeText(self.tr("Que voulez-vous faire ?"))
        self.bouton_lecture = (
            self.addButton(self.tr("Ouvrir en lecture seule"), QMessageBox.ButtonRole.AcceptRole)
            if lecture
            else None
        )
        self.bouton_recuperer = (
            self.addButton(
                self.tr("Récupérer dans un nouveau fichier…"), QMessageBox.ButtonRole.ActionRole
            )
            if recuperation
            else None
        )
        self.bouton_annuler = self.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.bouton_annuler)
        self.setEscapeButton(self.bouton_annuler)
        self.buttonClicked.connect(self._choisi)

    def _choisi(self, bouton: object) -> None:
        if bouton is self.bouton_lecture:
            self.ouvrir_lecture_seule()
        elif bouton is self.bouton_recuperer:
            cible = self._demander_cible(self.chemin)
            if cible is not None:
                self.recuperer_dans(cible)

    def ouvrir_lecture_seule(self) -> bool:
        chemin = self.chemin
        return self._ouvrir(lambda: DocumentForum.ouvrir_lecture_seule(chemin))

    def _choisir_cible(self, chemin: Path) -> Path | None:
        propose = chemin.with_name(f"{chemin.stem}-recupere.forum")
        choisi, _ = QFileDialog.getSaveFileName(
            self.parentWidget(),
            self.tr("Récupérer dans un nouveau fichier"),
            str(propose),
            self.tr("Forums (*.forum)"),
        )
        return Path(choisi).with_suffix(".forum") if choisi else None

    def recuperer_dans(self, cible: Path) -> Travail:
        """Lance la récupération hors du fil de l'interface ; le rapport s'affiche à la fin."""
        source = self.chemin

        def travailler(controle: Controle) -> RapportRecuperation:
            return recuperer(
                source,
                cible,
                progression=controle.progression,
                annule=lambda: controle.annule,
            )

        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(
                self.tr("Récupération de « %1 » en cours…").replace("%1", source.name)
            )
        self.travail = Travail(travailler, parent)
        self.travail.termine.connect(self._recupere)
        self.travail.echoue.connect(self._montrer_echec)
        self.travail.lancer()
        return self.travail

    def _suite(self, icone: QMessageBox.Icon, texte: str) -> QMessageBox:
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):
            parent.statusBar().clearMessage()
        self.suite = QMessageBox(
            icone, NOM_APPLICATION, texte, QMessageBox.StandardButton.Ok, self.parentWidget()
        )
        self.suite.open()
        return self.suite

    def _recupere(self, rapport: RapportRecuperation) -> None:
        self.rapport = rapport
        cible = rapport.cible
        ouvert = self._ouvrir(lambda: DocumentForum.ouvrir(cible))
        icone = QMessageBox.Icon.Information if rapport.complet else QMessageBox.Icon.Warning
        # Shown after the opening so that it is the dialog in front (a refusal has its own).
        if ouvert:
            self._suite(icone, rapport.texte())

    def _montrer_echec(self, message: str) -> None:
        self._suite(QMessageBox.Icon.Warning, message)
