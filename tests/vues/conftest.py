"""Une fenêtre principale réelle, sur une copie du forum de démonstration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from vues.application import creer_application, reglages
from vues.fenetre import FenetrePrincipale


@pytest.fixture
def fenetre(qtbot: QtBot, chemin_demo: Path) -> Iterator[FenetrePrincipale]:
    creer_application()
    fenetre = FenetrePrincipale(reglages())
    qtbot.addWidget(fenetre)
    fenetre.ouvrir_au_demarrage(chemin_demo)
    fenetre.show()
    qtbot.waitExposed(fenetre)
    yield fenetre
    fenetre.close()
