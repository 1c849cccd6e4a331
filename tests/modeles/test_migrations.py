"""Les migrations : une chaîne linéaire, une tête connue, et d'accord avec les entités."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

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
