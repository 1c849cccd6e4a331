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


# --- Both storage back ends: a SQLite file and a PostgreSQL database --------------------------
# FORUM_OUVERT_PG names a PostgreSQL server where the tests may CREATE and DROP databases.
# `make test` starts a throwaway one (packaging/avec-postgres.sh); for pytest by hand,
# `bash packaging/avec-postgres.sh --serveur` starts one and prints the `export` line. Without
# it the PostgreSQL variants fail, unless FORUM_OUVERT_SANS_PG=1 says to skip them on purpose.

_SANS_SERVEUR = (
    "FORUM_OUVERT_PG n'est pas défini : les variantes PostgreSQL ont besoin d'un serveur. "
    "Lancez « make test », ou « bash packaging/avec-postgres.sh --serveur » et copiez la ligne "
    "« export FORUM_OUVERT_PG=... » qu'il affiche, "
    "ou définissez FORUM_OUVERT_SANS_PG=1 pour sauter exprès ces variantes."
)


@pytest.fixture(params=["sqlite", "postgresql"])
def cible_forum(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """Où créer un forum : un fichier à venir, ou l'adresse d'une base neuve et vide."""
    if request.param == "sqlite":
        yield tmp_path / "partage.forum"
        return
    serveur = os.environ.get("FORUM_OUVERT_PG", "")
    if not serveur:
        if os.environ.get("FORUM_OUVERT_SANS_PG") == "1":
            pytest.skip("FORUM_OUVERT_SANS_PG=1 : variante PostgreSQL sautée")
        pytest.fail(_SANS_SERVEUR, pytrace=False)
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    adresse = make_url(serveur)
    nom = f"forum_essai_{uuid.uuid4().hex[:16]}"
    admin = create_engine(adresse, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as cnx:
        cnx.execute(text(f'CREATE DATABASE "{nom}"'))
    try:
        yield adresse.set(database=nom).render_as_string(hide_password=False)
    finally:
        with admin.connect() as cnx:
            cnx.execute(text(f'DROP DATABASE IF EXISTS "{nom}" WITH (FORCE)'))
        admin.dispose()
