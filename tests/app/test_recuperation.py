"""Récupérer un forum abîmé dans un nouveau fichier, sans jamais toucher à l'original."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.lanceur import main
from app.recuperation import RienARecuperer, recuperer
from modeles import stockage, stockage_fichier
from modeles.erreurs import FichierEndommage, FichierExistant, ForumEnLectureSeule

TAILLE_PAGE = 4096


def empreinte(chemin: Path) -> str:
    return hashlib.sha256(chemin.read_bytes()).hexdigest()


def _pages_de(chemin: Path, table: str) -> list[int]:
    """Les pages (numérotées depuis 1) des feuilles d'une table, lues par dbstat."""
    with closing(sqlite3.connect(f"{chemin.as_uri()}?mode=ro", uri=True)) as cnx:
        return [
            p
            for (p,) in cnx.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]


def _ecraser_page(chemin: Path, page: int, graine: int = 0) -> None:
    contenu = bytearray(chemin.read_bytes())
    hasard = random.Random(graine)
    debut = (page - 1) * TAILLE_PAGE
    contenu[debut : debut + TAILLE_PAGE] = hasard.randbytes(TAILLE_PAGE)
    chemin.write_bytes(bytes(contenu))


def _sujets(chemin: Path) -> int:
    document = DocumentForum.ouvrir(chemin)
    try:
        return len(exporter_document(document)["sujets"])
    finally:
        document.fermer()


def test_un_forum_sain_est_recupere_en_entier(chemin_demo: Path, tmp_path: Path) -> None:
    avant = empreinte(chemin_demo)
    cible = tmp_path / "recupere.forum"
    rapport = recuperer(chemin_demo, cible)
    assert rapport.complet and rapport.perdues == 0
    assert empreinte(chemin_demo) == avant
    assert stockage.verifier(cible) == []
    original = DocumentForum.ouvrir_lecture_seule(chemin_demo)
    copie = DocumentForum.ouvrir(cible)
    try:
        assert exporter_document(copie) == exporter_document(original)
    finally:
        original.fermer()
        copie.fermer()
    assert "aucune perte" in rapport.texte()


@pytest.mark.parametrize("fraction", [0.95, 0.85, 0.7])
def test_un_fichier_tronque(chemin_demo: Path, tmp_path: Path, fraction: float) -> None:
    total = _sujets(chemin_demo)
    contenu = chemin_demo.read_bytes()
    abime = tmp_path / "tronque.forum"
    abime.write_bytes(contenu[: int(len(contenu) * fraction) // TAILLE_PAGE * TAILLE_PAGE])
    avant = empreinte(abime)
    with pytest.raises(FichierEndommage, match="endommagé"):
        stockage.ouvrir(abime, tmp_path / "sauvegardes")
    cible = tmp_path / "recupere.forum"
    rapport = recuperer(abime, cible)
    assert empreinte(abime) == avant
    assert not list(tmp_path.glob("tronque.forum-*"))
    assert stockage.verifier(cible) == []
    assert rapport.recuperees > 0
    assert rapport.bilan("forum").recuperees == 1
    if fraction >= 0.85:
        # Only photo overflow pages and a few leaves live at the end of the demo file.
        assert _sujets(cible) >= total * 0.8
    assert "récupéré" in rapport.texte()


def test_des_pages_ecrasees_au_milieu(chemin_demo: Path, tmp_path: Path) -> None:
    total = _sujets(chemin_demo)
    pages = _pages_de(chemin_demo, "sujet")
    assert len(pages) >= 2
    abime = tmp_path / "abime.forum"
    abime.write_bytes(chemin_demo.read_bytes())
    _ecraser_page(abime, pages[0])
    avant = empreinte(abime)
    with pytest.raises(FichierEndommage):
        stockage.ouvrir(abime, tmp_path / "sauvegardes")
    cible = tmp_path / "recupere.forum"
    rapport = recuperer(abime, cible)
    assert empreinte(abime) == avant
    sujets = rapport.bilan("sujet")
    assert 0 < sujets.recuperees < total
    assert sujets.perdues >= total - sujets.recuperees
    assert _sujets(cible) == sujets.recuperees
    # Conveners of lost topics go with them, and are counted.
    assert rapport.bilan("porteur_sujet").rejetees > 0
    assert not rapport.complet
    texte = rapport.texte()
    assert "sujets" in texte and "perdu" in texte and "L'original n'a pas été modifié" in texte
    assert stockage.verifier(cible) == []


def test_une_table_de_participants_abimee_efface_les_liens(
    chemin_demo: Path, tmp_path: Path
) -> None:
    pages = _pages_de(chemin_demo, "participant")
    abime = tmp_path / "abime.forum"
    abime.write_bytes(chemin_demo.read_bytes())
    _ecraser_page(abime, pages[0], graine=3)
    cible = tmp_path / "recupere.forum"
    rapport = recuperer(abime, cible)
    assert rapport.bilan("participant").perdues > 0
    # Every topic survives; a lost convener only loses the link.
    assert rapport.bilan("sujet").perdues == 0
    assert stockage.verifier(cible) == []


CAS_IRRECUPERABLES = {
    "octets_aleatoires": lambda c: c.write_bytes(os.urandom(8192)),
    "vide": lambda c: c.write_bytes(b""),
    "texte": lambda c: c.write_text("Ceci n'est pas un forum.\n"),
}


@pytest.mark.parametrize("cas", sorted(CAS_IRRECUPERABLES))
def test_rien_a_recuperer(tmp_path: Path, cas: str) -> None:
    source = tmp_path / f"{cas}.forum"
    CAS_IRRECUPERABLES[cas](source)
    avant = empreinte(source)
    cible = tmp_path / "recupere.forum"
    with pytest.raises(RienARecuperer, match="Rien n'a pu être récupéré") as erreur:
        recuperer(source, cible)
    assert "Aucun fichier n'a été créé" in erreur.value.message
    assert not cible.exists()
    assert empreinte(source) == avant


def test_la_base_d_une_autre_application_est_refusee(tmp_path: Path) -> None:
    source = tmp_path / "recettes.db"
    with closing(sqlite3.connect(source)) as cnx:
        cnx.execute("CREATE TABLE recettes (nom TEXT)")
        cnx.execute("INSERT INTO recettes VALUES ('tarte')")
        cnx.commit()
    avant = empreinte(source)
    with pytest.raises(RienARecuperer, match="autre application"):
        recuperer(source, tmp_path / "recupere.forum")
    assert empreinte(source) == avant
    assert not (tmp_path / "recupere.forum").exists()


def test_un_schema_plus_recent_n_est_pas_recupere(tmp_path: Path) -> None:
    source = tmp_path / "futur.forum"
    stockage.creer(source).fermer()
    with closing(sqlite3.connect(source)) as cnx:
        cnx.execute("UPDATE alembic_version SET version_num = '9999_du_futur'")
        cnx.commit()
    with pytest.raises(RienARecuperer, match="plus récente"):
        recuperer(source, tmp_path / "recupere.forum")


def test_la_cible_n_est_jamais_ecrasee(chemin_demo: Path, tmp_path: Path) -> None:
    cible = tmp_path / "existe.forum"
    cible.write_bytes(b"a garder")
    with pytest.raises(FichierExistant):
        recuperer(chemin_demo, cible)
    assert cible.read_bytes() == b"a garder"


def test_un_journal_wal_est_lu_sans_etre_applique_a_l_original(
    chemin_demo: Path, tmp_path: Path
) -> None:
    from sqlalchemy import update

    from modeles.entites import Forum

    document = DocumentForum.ouvrir(chemin_demo)
    try:
        with document.transaction() as session:
            session.execute(update(Forum).values(titre="Titre écrit dans le journal"))
        # The writer is still open: the change lives in the -wal only.
        wal = Path(f"{chemin_demo}-wal")
        assert wal.stat().st_size > 0
        avant, avant_wal = empreinte(chemin_demo), empreinte(wal)
        cible = tmp_path / "recupere.forum"
        recuperer(chemin_demo, cible)
        assert (empreinte(chemin_demo), empreinte(wal)) == (avant, avant_wal)
    finally:
        document.fermer()
    copie = DocumentForum.ouvrir(cible)
    try:
        assert exporter_document(copie)["forum"]["titre"] == "Titre écrit dans le journal"
    finally:
        copie.fermer()


def test_en_ligne_de_commande(
    chemin_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _pages_de(chemin_demo, "sujet")
    abime = tmp_path / "abime.forum"
    abime.write_bytes(chemin_demo.read_bytes())
    _ecraser_page(abime, pages[-1])
    avant = empreinte(abime)
    cible = tmp_path / "nouveau.forum"
    assert main(["recuperer", "--db", str(abime), "-o", str(cible)]) == 0
    sortie = capsys.readouterr().out
    assert "sujets" in sortie and "récupéré" in sortie
    assert empreinte(abime) == avant
    assert stockage.verifier(cible) == []
    bruit = tmp_path / "bruit.forum"
    bruit.write_bytes(os.urandom(4096))
    assert main(["recuperer", "--db", str(bruit), "-o", str(tmp_path / "rien.forum")]) == 2
    assert "Rien n'a pu être récupéré" in capsys.readouterr().err
    assert not (tmp_path / "rien.forum").exists()


# --- Lecture seule ------------------------------------------------------------------------------


def test_lecture_seule_refuse_d_ecrire_et_ne_touche_a_rien(chemin_demo: Path) -> None:
    from modeles.entites import Forum

    avant = empreinte(chemin_demo)
    document = DocumentForum.ouvrir_lecture_seule(chemin_demo)
    try:
        assert document.lecture_seule
        assert len(exporter_document(document)["sujets"]) > 0
        with (
            pytest.raises(ForumEnLectureSeule, match="lecture seule") as erreur,
            document.transaction() as session,
        ):
            session.add(Forum(titre="non"))
        assert "Enregistrer une copie" in erreur.value.message
    finally:
        document.fermer()
    assert empreinte(chemin_demo) == avant
    assert not Path(f"{chemin_demo}-wal").exists()


def test_lecture_seule_sur_un_support_protege(chemin_demo: Path, tmp_path: Path) -> None:
    """Ouvert en lecture seule, un forum ne laisse rien à côté de lui, même quand on pourrait.

    (Run as an administrator, the modes below protect nothing: what is checked is then that
    the read-only opening itself writes nothing into the folder.)
    """
    dossier = tmp_path / "cle"
    dossier.mkdir()
    chemin = dossier / "forum.forum"
    chemin.write_bytes(chemin_demo.read_bytes())
    chemin.chmod(0o444)
    dossier.chmod(0o555)
    try:
        document = DocumentForum.ouvrir_lecture_seule(chemin)
        try:
            assert exporter_document(document)["sujets"]
            copie = document.enregistrer_copie(tmp_path / "copie.forum")
        finally:
            document.fermer()
        assert stockage.verifier(copie) == []
        assert sorted(p.name for p in dossier.iterdir()) == ["forum.forum"]
    finally:
        dossier.chmod(0o755)


def test_lecture_seule_d_un_fichier_abime_est_refusee_clairement(
    chemin_demo: Path, tmp_path: Path
) -> None:
    abime = tmp_path / "abime.forum"
    abime.write_bytes(chemin_demo.read_bytes())
    _ecraser_page(abime, _pages_de(chemin_demo, "sujet")[0])
    avant = empreinte(abime)
    with pytest.raises(FichierEndommage, match="Récupérer dans un nouveau fichier"):
        DocumentForum.ouvrir_lecture_seule(abime)
    assert empreinte(abime) == avant
    assert sorted(p.name for p in tmp_path.glob("abime.forum*")) == ["abime.forum"]


def test_lecture_seule_d_un_schema_plus_recent(tmp_path: Path) -> None:
    chemin = tmp_path / "futur.forum"
    stockage.creer(chemin).fermer()
    with closing(sqlite3.connect(chemin)) as cnx:
        cnx.execute("UPDATE alembic_version SET version_num = '9999_du_futur'")
        cnx.commit()
    avant = empreinte(chemin)
    document = DocumentForum.ouvrir_lecture_seule(chemin)
    try:
        assert document.lecture_seule
        with document.lecture() as session:
            from sqlalchemy import func, select

            from modeles.entites import Sujet

            assert session.scalar(select(func.count()).select_from(Sujet)) == 0
    finally:
        document.fermer()
    assert empreinte(chemin) == avant


def test_le_choix_immuable_d_un_support_protege(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chemin = tmp_path / "f.forum"
    Path(f"{chemin}-wal").write_bytes(b"")
    assert "immutable" not in stockage._uri_lecture_seule(chemin)
    monkeypatch.setattr(stockage_fichier.os, "access", lambda *_a, **_k: False)
    assert "immutable=1" in stockage._uri_lecture_seule(chemin)


# --- Schémas anciens ----------------------------------------------------------------------------

DONNEES = Path(__file__).resolve().parents[1] / "donnees"
ANCIENS = sorted(DONNEES.glob("schema-*.forum"))


@pytest.mark.parametrize("ancien", ANCIENS, ids=lambda p: p.stem)
def test_un_schema_ancien_sain_est_migre_sur_une_copie(ancien: Path, tmp_path: Path) -> None:
    source = tmp_path / ancien.name
    source.write_bytes(ancien.read_bytes())
    avant = empreinte(source)
    cible = tmp_path / "recupere.forum"
    rapport = recuperer(source, cible)
    assert empreinte(source) == avant
    assert rapport.complet
    assert "schéma ancien" in rapport.texte()
    assert stockage.verifier(cible) == []
    assert _sujets(cible) > 0


@pytest.mark.parametrize("ancien", ANCIENS, ids=lambda p: p.stem)
def test_un_schema_ancien_abime_est_reconstruit_puis_migre(ancien: Path, tmp_path: Path) -> None:
    source = tmp_path / ancien.name
    source.write_bytes(ancien.read_bytes())
    _ecraser_page(source, _pages_de(ancien, "participant")[0], graine=1)
    avant = empreinte(source)
    cible = tmp_path / "recupere.forum"
    rapport = recuperer(source, cible)
    assert empreinte(source) == avant
    assert "remis dans un fichier de ce schéma" in rapport.texte()
    assert rapport.bilan("participant").perdues > 0
    assert stockage.verifier(cible) == []
    # The migrations ran on the recovered rows: free-text themes became theme rows.
    with closing(sqlite3.connect(cible)) as cnx:
        assert cnx.execute("SELECT count(*) FROM theme").fetchone()[0] > 0
        assert cnx.execute("SELECT count(*) FROM sujet").fetchone()[0] > 0
