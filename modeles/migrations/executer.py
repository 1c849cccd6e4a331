"""Appliquer les migrations par programme (sans alembic.ini ni répertoire courant)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, text

DOSSIER = Path(__file__).resolve().parent


def configuration() -> Config:
    config = Config()
    config.set_main_option("script_location", str(DOSSIER))
    return config


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(configuration())


def revision_connue(revision: str) -> bool:
    try:
        return scripts().get_revision(revision) is not None
    except CommandError:
        return False


def mettre_a_jour(moteur: Engine) -> None:
    """Applique toutes les migrations en une transaction, puis vérifie les clés étrangères."""
    config = configuration()
    with moteur.begin() as connexion:
        config.attributes["connection"] = connexion
        command.upgrade(config, "head")
        if moteur.dialect.name == "sqlite":
            brisees = connexion.execute(text("PRAGMA foreign_key_check")).fetchall()
            if brisees:
                raise RuntimeError(f"Migration : références brisées {brisees[:5]}")
