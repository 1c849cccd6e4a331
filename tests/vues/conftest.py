"""Une fenêtre principale réelle, sur une copie du forum de démonstration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from vues.application import creer_application, reglages
from vues.fenetre import FenetrePrincipale
from vues.traduction import CLE_LANGUE, retirer_traductions


@pytest.fixture(autouse=True)
def langue_source(dossier_donnees: Path) -> Iterator[None]:
    """Les tests parlent la langue source, quelle que soit celle du système qui les lance."""
    reglages().setValue(CLE_LANGUE, "fr")
    yield
    application = QCoreApplication.instance()
    if application is not None:
        retirer_traductions(application)


def _fenetre(qtbot: QtBot, chemin: Path) -> Iterator[FenetrePrincipale]:
    creer_application()
    fenetre = FenetrePrincipale(reglages())
    qtbot.addWidget(fenetre)
    fenetre.ouvrir_au_demarrage(chemin)
    fenetre.show()
    qtbot.waitExposed(fenetre)
    yield fenetre
    fenetre.close()


@pytest.fixture
def fenetre(qtbot: QtBot, chemin_demo: Path) -> Iterator[FenetrePrincipale]:
    yield from _fenetre(qtbot, chemin_demo)


@pytest.fixture
def fenetre_anglaise(qtbot: QtBot, chemin_demo: Path) -> Iterator[FenetrePrincipale]:
    """La même fenêtre, l'interface en anglais (le traducteur est installé avant sa création)."""
    reglages().setValue(CLE_LANGUE, "en")
    yield from _fenetre(qtbot, chemin_demo)
