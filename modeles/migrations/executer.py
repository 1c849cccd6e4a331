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
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
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


def nouvelle_revision(message: str) -> None:
    """Autogénère la révision suivante contre un fichier temporaire au schéma de tête."""
    import tempfile

    from modeles import stockage

    tete = scripts().get_current_head() or "0000"
    with tempfile.TemporaryDirectory() as dossier:
        base = stockage.creer(Path(dossier) / "tete.forum")
        config = configuration()
        with base.moteur.begin() as connexion:
            config.attributes["connection"] = connexion
            command.revision(
                config, message=message, autogenerate=True, rev_id=f"{int(tete) + 1:04d}"
            )
        base.fermer()


if __name__ == "__main__":
    import sys

    nouvelle_revision(" ".join(sys.argv[1:]) or "nouvelle revision")
