"""Les migrations : une chaîne linéaire, une tête connue, et d'accord avec les entités."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

import modeles.entites
from modeles import stockage
from modeles.base import Base
from modeles.migrations import REVISION_TETE, executer


def test_la_chaine_des_revisions_est_lineaire() -> None:
    scripts = executer.scripts()
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    for revision in scripts.walk_revisions():
        assert not revision.is_merge_point
        assert len(revision.nextrev) <= 1


def test_la_constante_de_tete_nomme_la_tete() -> None:
    assert executer.scripts().get_current_head() == REVISION_TETE


def test_les_entites_et_les_migrations_concordent(tmp_path: Path) -> None:
    base = stockage.creer(tmp_path / "f.forum")
    with base.moteur.connect() as connexion:
        contexte = MigrationContext.configure(connexion, opts={"compare_type": True})
        differences = compare_metadata(contexte, Base.metadata)
    base.fermer()
    assert differences == []


def test_les_migrations_sont_dans_le_paquet() -> None:
    # A frozen application has no working directory to find them in.
    assert executer.DOSSIER.is_relative_to(Path(modeles.__file__).parent)
    assert (executer.DOSSIER / "env.py").exists()


DONNEES = Path(__file__).resolve().parents[1] / "donnees"
FIXTURES = sorted(DONNEES.glob("schema-*.forum"))


def test_chaque_schema_livre_a_son_fichier_de_forum() -> None:
    # Every revision but the head has shipped: each must have a committed file to upgrade.
    livrees = {r.revision for r in executer.scripts().walk_revisions()} - {REVISION_TETE}
    assert {f.stem.removeprefix("schema-") for f in FIXTURES} == livrees


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_un_fichier_de_chaque_schema_livre_s_ouvre_et_se_met_a_jour(
    fixture: Path, tmp_path: Path
) -> None:
    chemin = tmp_path / fixture.name
    shutil.copy(fixture, chemin)
    avant = chemin.read_bytes()
    base = stockage.ouvrir(chemin, tmp_path / "sauvegardes")
    with base.lecture() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            REVISION_TETE
        )
        assert session.execute(text("SELECT count(*) FROM sujet")).scalar() > 0
        assert session.execute(text("SELECT min(duree) FROM sujet")).scalar() == 1
        # Free-text themes (before 0004) became theme rows that the topics point to.
        themes = session.execute(text("SELECT count(*) FROM theme")).scalar()
        orphelins = session.execute(text("SELECT count(*) FROM sujet WHERE theme_id IS NULL"))
        assert themes == 6  # the demo's six themes, each written on several topics
        assert orphelins.scalar() == 0
    base.fermer()
    assert stockage.verifier(chemin) == []
    copies = list((tmp_path / "sauvegardes").glob("*-avant-migration-*.forum"))
    assert len(copies) == 1
    # The backup is the file as it was, readable at its old revision.
    with closing(sqlite3.connect(copies[0])) as cnx:
        revision = cnx.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision == fixture.stem.removeprefix("schema-")
    assert len(avant) > 0
