"""Démarrer l'interface graphique."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QEvent, QObject, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import NOM_APPLICATION, __version__, chemins
from vues.fenetre import FenetrePrincipale
from vues.traduction import CLE_LANGUE, SYSTEME, installer_traduction


class _QuitterApresAffichage(QObject):
    """Quitte dès que la fenêtre a été peinte une fois (mesure du démarrage)."""

    def eventFilter(self, objet: QObject, evenement: QEvent) -> bool:
        if evenement.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def reglages() -> QSettings:
    return QSettings(
        str(chemins.dossier_reglages() / "forum-ouvert.ini"), QSettings.Format.IniFormat
    )


def creer_application() -> QApplication:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    application.setApplicationName(NOM_APPLICATION)
    application.setApplicationVersion(__version__)
    application.setOrganizationName("forum-ouvert")
    application.setDesktopFileName("forum-ouvert")
    # Drawn only when a window manager asks for it: nothing is read at start-up.
    application.setWindowIcon(
        QIcon(str(resources.files("ressources") / "icones" / "forum-ouvert.svg"))
    )
    installer_traduction(application, str(reglages().value(CLE_LANGUE, SYSTEME)))
    return application


def lancer(chemin: Path | None, *, sortir_apres_affichage: bool = False) -> NoReturn:
    application = creer_application()
    fenetre = FenetrePrincipale(reglages())
    fenetre.ouvrir_au_demarrage(chemin)
    if sortir_apres_affichage:
        filtre = _QuitterApresAffichage(fenetre)
        fenetre.installEventFilter(filtre)
    fenetre.show()
    code = application.exec()
    # Closing the window writes what a form still holds, saves the geometry and closes the forum
    # file (idempotent when the user closed it). After that, nothing is left to save: skip the
    # interpreter's teardown of PySide6 and SQLAlchemy, which takes longer than the start-up.
    fenetre.close()
    # A backup may still be copying the forum: let it finish rather than leave half a copy.
    QThreadPool.globalInstance().waitForDone(30_000)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
