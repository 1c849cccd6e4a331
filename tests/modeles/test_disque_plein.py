"""Un disque plein pendant une écriture : un message qui dit quoi faire, un forum intact."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, update

from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.operations.sujets import modifier_sujet
from modeles import stockage
from modeles.entites import Sujet
from modeles.erreurs import DisquePlein


@pytest.fixture
def document_plein(chemin_demo: Path) -> Iterator[DocumentForum]:
    """Le forum de démonstration sur un « disque » qui n'a plus une page de libre."""
    document = DocumentForum.ouvrir(chemin_demo)
    with closing(sqlite3.connect(chemin_demo)) as cnx:
        pages = cnx.execute("PRAGMA page_count").fetchone()[0]

    def plafonner(connexion_dbapi: Any, _enregistrement: Any) -> None:
        # SQLite answers SQLITE_FULL exactly as it would on a full disk or USB key.
        connexion_dbapi.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(document._base.moteur, "connect", plafonner)
    yield document
    document.fermer()


def _integrite(chemin: Path) -> list[str]:
    with closing(sqlite3.connect(f"{chemin.as_uri()}?mode=ro", uri=True)) as cnx:
        return [r[0] for r in cnx.execute("PRAGMA integrity_check")]


def test_disque_plein_pendant_une_operation(
    document_plein: DocumentForum, chemin_demo: Path
) -> None:
    avant = exporter_document(document_plein)
    with document_plein.lecture() as session:
        premier = session.scalars(select(Sujet.uuid).order_by(Sujet.numero)).first()
    assert premier is not None
    with pytest.raises(DisquePlein) as erreur:
        # A long description needs new pages: the "disk" refuses them.
        modifier_sujet(document_plein, premier, {"description": "x" * 200_000})
    message = erreur.value.message
    assert "plein" in message and "Libérez de la place" in message
    assert "n'a pas été enregistrée" in message
    # Nothing half-written: the forum is exactly what it was.
    assert exporter_document(document_plein) == avant
    # ... and still usable once there is room again (a small edit fits in existing pages).
    with document_plein.transaction() as session:
        session.execute(update(Sujet).where(Sujet.numero == 1).values(titre="Encore modifiable"))
    document_plein.fermer()
    assert _integrite(chemin_demo) == ["ok"]
    assert stockage.verifier(chemin_demo) == []
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        with document.lecture() as session:
            assert session.scalar(select(func.count()).select_from(Sujet)) == len(avant["sujets"])
            assert session.scalar(select(Sujet.titre).where(Sujet.numero == 1)) == (
                "Encore modifiable"
            )
    finally:
        document.fermer()


def test_disque_plein_au_moment_de_valider(chemin_demo: Path) -> None:
    """L'erreur levée par SQLite lui-même (message anglais) devient le message français."""
    document = DocumentForum.ouvrir(chemin_demo)
    avant = exporter_document(document)

    def refuser(*_arguments: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    event.listen(document._base.moteur, "commit", refuser)
    try:
        with pytest.raises(DisquePlein, match="plein"), document.transaction() as session:
            session.execute(update(Sujet).values(titre="jamais écrit"))
        event.remove(document._base.moteur, "commit", refuser)
        assert exporter_document(document) == avant
    finally:
        document.fermer()
    assert _integrite(chemin_demo) == ["ok"]


def test_une_autre_erreur_n_est_pas_prise_pour_un_disque_plein(chemin_demo: Path) -> None:
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        with pytest.raises(Exception) as erreur, document.transaction() as session:
            session.execute(update(Sujet).values(colonne_inconnue=1))
        assert not isinstance(erreur.value, DisquePlein)
    finally:
        document.fermer()
