"""Le fichier de forum : création, ouverture, et refus sans rien modifier."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from modeles import stockage, stockage_fichier
from modeles.erreurs import FichierExistant, FichierInvalide, FichierOccupe, SchemaPlusRecent
from modeles.migrations import REVISION_TETE


def empreinte(chemin: Path) -> str:
    return hashlib.sha256(chemin.read_bytes()).hexdigest()


def test_un_forum_cree_porte_les_pragmas_et_le_schema_courant(tmp_path: Path) -> None:
    chemin = tmp_path / "f.forum"
    stockage.creer(chemin).fermer()
    base = stockage.ouvrir(chemin, tmp_path / "sauvegardes")
    with base.lecture() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA application_id")).scalar() == stockage.APPLICATION_ID
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            REVISION_TETE
        )
    base.fermer()
    assert stat.S_IMODE(chemin.stat().st_mode) == 0o600
    assert stockage.verifier(chemin) == []


def test_creer_refuse_d_ecraser(tmp_path: Path) -> None:
    chemin = tmp_path / "existant.forum"
    chemin.write_text("à garder")
    with pytest.raises(FichierExistant, match="existe déjà"):
        stockage.creer(chemin)
    assert chemin.read_text() == "à garder"


def test_une_transaction_en_erreur_ne_laisse_rien(tmp_path: Path) -> None:
    from modeles.entites import Salle

    base = stockage.creer(tmp_path / "f.forum")
    with pytest.raises(RuntimeError), base.transaction() as session:
        session.add(Salle(nom="Agora"))
        session.flush()
        raise RuntimeError("panne")
    with base.lecture() as session:
        assert session.execute(text("SELECT count(*) FROM salle")).scalar() == 0
    base.fermer()


def _base_d_une_autre_application(chemin: Path) -> None:
    with closing(sqlite3.connect(chemin)) as cnx:
        cnx.execute("CREATE TABLE recettes (nom TEXT)")
        cnx.commit()


def _schema_plus_recent(chemin: Path) -> None:
    stockage.creer(chemin).fermer()
    with closing(sqlite3.connect(chemin)) as cnx:
        cnx.execute("UPDATE alembic_version SET version_num = '9999_du_futur'")
        cnx.commit()
        cnx.execute("PRAGMA journal_mode = DELETE")


def _meme_id_mais_etrangere(chemin: Path) -> None:
    with closing(sqlite3.connect(chemin)) as cnx:
        cnx.execute(f"PRAGMA application_id = {stockage.APPLICATION_ID}")
        cnx.execute("CREATE TABLE autre (x)")
        cnx.commit()


CAS_REFUSES = {
    "texte": (lambda c: c.write_text("Bonjour, ceci est une lettre.\n"), "ni même une base"),
    "octets_aleatoires": (lambda c: c.write_bytes(os.urandom(4096)), "ni même une base"),
    "vide": (lambda c: c.write_bytes(b""), "vide"),
    "autre_application": (_base_d_une_autre_application, "autre application"),
    "tables_inconnues": (_meme_id_mais_etrangere, "reconnaissable"),
    "schema_plus_recent": (_schema_plus_recent, "version plus récente"),
    "sqlite_tronque": (
        lambda c: (stockage.creer(c).fermer(), c.write_bytes(c.read_bytes()[:150])),
        "endommagé",
    ),
}


@pytest.mark.parametrize("cas", sorted(CAS_REFUSES))
def test_un_fichier_refuse_reste_identique(tmp_path: Path, cas: str) -> None:
    preparer, extrait = CAS_REFUSES[cas]
    chemin = tmp_path / f"{cas}.forum"
    preparer(chemin)
    avant = empreinte(chemin)
    with pytest.raises(FichierInvalide, match=extrait) as erreur:
        stockage.ouvrir(chemin, tmp_path / "sauvegardes")
    assert str(chemin) in erreur.value.message
    assert empreinte(chemin) == avant
    assert not (tmp_path / "sauvegardes").exists()


def test_schema_plus_recent_a_son_erreur(tmp_path: Path) -> None:
    chemin = tmp_path / "futur.forum"
    _schema_plus_recent(chemin)
    with pytest.raises(SchemaPlusRecent, match="Mettez à jour"):
        stockage.ouvrir(chemin, tmp_path)


def test_un_dossier_est_refuse(tmp_path: Path) -> None:
    with pytest.raises(FichierInvalide, match="dossier"):
        stockage.ouvrir(tmp_path, tmp_path)


def test_un_fichier_en_lecture_seule_est_refuse_intact(tmp_path: Path) -> None:
    chemin = tmp_path / "protege.forum"
    stockage.creer(chemin).fermer()
    avant = empreinte(chemin)
    chemin.chmod(0o400)
    with pytest.raises(FichierInvalide, match="lecture seule"):
        stockage.ouvrir(chemin, tmp_path / "sauvegardes")
    assert empreinte(chemin) == avant


def test_un_fichier_verrouille_par_un_autre_programme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stockage_fichier, "DELAI_VERROU_MS", 100)
    chemin = tmp_path / "occupe.forum"
    stockage.creer(chemin).fermer()
    with closing(sqlite3.connect(chemin, isolation_level=None)) as autre:
        autre.execute("BEGIN IMMEDIATE")
        with pytest.raises(FichierOccupe, match="autre programme"):
            stockage.ouvrir(chemin, tmp_path)
        autre.execute("ROLLBACK")
    stockage.ouvrir(chemin, tmp_path).fermer()


def test_un_fichier_sans_schema_est_mis_a_jour(tmp_path: Path) -> None:
    chemin = tmp_path / "neuf.forum"
    with closing(sqlite3.connect(chemin)) as cnx:
        cnx.execute(f"PRAGMA application_id = {stockage.APPLICATION_ID}")
        cnx.commit()
    stockage.ouvrir(chemin, tmp_path).fermer()
    assert stockage.verifier(chemin) == []


def test_sauvegarde_coherente_pendant_l_edition(tmp_path: Path) -> None:
    from modeles.entites import Salle

    base = stockage.creer(tmp_path / "f.forum")
    with base.transaction() as session:
        session.add(Salle(nom="Agora"))
    copie = stockage.sauvegarder(tmp_path / "f.forum", tmp_path / "copies" / "copie.forum")
    base.fermer()
    with closing(sqlite3.connect(copie)) as cnx:
        assert cnx.execute("SELECT nom FROM salle").fetchall() == [("Agora",)]
    assert stat.S_IMODE(copie.stat().st_mode) == 0o600
    assert not list((tmp_path / "copies").glob("*.partiel"))


def test_verifier_signale_une_reference_brisee(tmp_path: Path) -> None:
    chemin = tmp_path / "brise.forum"
    stockage.creer(chemin).fermer()
    with closing(sqlite3.connect(chemin)) as cnx:
        cnx.execute(
            "INSERT INTO sujet (numero, titre, description, salle_id, uuid)"
            " VALUES (1, 't', '', 42, 'abc')"
        )
        cnx.commit()
    problemes = stockage.verifier(chemin)
    assert any("Référence brisée" in p for p in problemes)
