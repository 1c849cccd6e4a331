"""Réglages communs : Qt hors écran, dossier de données isolé, forums de démonstration."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def dossier_donnees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Chaque test a ses propres données, réglages et sauvegardes."""
    dossier = tmp_path / "donnees"
    monkeypatch.setenv("FORUM_OUVERT_DOSSIER", str(dossier))
    return dossier


@pytest.fixture(scope="session")
def _modele_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.demo import document_demo
    from app.echange.importer import importer_document

    chemin = tmp_path_factory.mktemp("modele") / "demo.forum"
    importer_document(document_demo(), chemin)
    return chemin


@pytest.fixture
def chemin_demo(_modele_demo: Path, tmp_path: Path) -> Path:
    """Une copie fraîche du forum de démonstration, pour ce test seul."""
    chemin = tmp_path / "demo.forum"
    shutil.copy2(_modele_demo, chemin)
    return chemin


@pytest.fixture
def document_demo(chemin_demo: Path) -> Iterator[object]:
    from app.document import DocumentForum

    document = DocumentForum.ouvrir(chemin_demo)
    yield document
    document.fermer()
