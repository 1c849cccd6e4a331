"""Les fichiers qui contiennent un forum (coordonnées comprises) ne sont lisibles que par leur
propriétaire : le forum, ses fichiers WAL, ses sauvegardes et leur dossier, l'export JSON.

Each test runs under the usual umask 022, so that a file left to the umask would show up as
readable by everyone (0o644) instead of passing by luck.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import chemins
from app.demo import document_demo
from app.document import DocumentForum
from app.echange.exporter import exporter_fichier
from app.echange.importer import importer_document, importer_fichier
from app.exports_plans import exporter_plans_csv
from app.operations.forum import modifier_forum
from app.participants_csv.export import exporter_participants_csv
from app.sauvegardes import dossier_du_forum, restaurer, sauvegarder_forum

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="droits POSIX")


def droits(chemin: Path) -> int:
    return stat.S_IMODE(chemin.stat().st_mode)


@pytest.fixture(autouse=True)
def umask_habituel() -> Iterator[None]:
    ancien = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(ancien)


def test_un_forum_cree_et_ses_fichiers_wal(tmp_path: Path) -> None:
    dossier = tmp_path / "ici"
    dossier.mkdir()
    chemin = dossier / "nouveau.forum"
    document = DocumentForum.creer(chemin, "Forum privé")
    try:
        modifier_forum(document, {"titre": "Forum toujours privé"})
        assert droits(chemin) == 0o600
        compagnons = [p for p in dossier.iterdir() if p.name.startswith("nouveau.forum-")]
        assert compagnons  # WAL mode: the companions exist while the forum is open
        for compagnon in compagnons:  # -wal and -shm while the forum is open
            assert droits(compagnon) == 0o600, compagnon.name
    finally:
        document.fermer()
    assert [p.name for p in dossier.iterdir()] == ["nouveau.forum"]


def test_la_demo_importee_et_le_json(tmp_path: Path) -> None:
    chemin = tmp_path / "demo.forum"
    importer_document(document_demo(), chemin)
    assert droits(chemin) == 0o600
    document = DocumentForum.ouvrir(chemin)
    try:
        exporter_fichier(document, tmp_path / "forum.json")
        exporter_participants_csv(document, tmp_path / "participants.csv", avec_coordonnees=True)
        exporter_plans_csv(document, tmp_path / "plans.csv")
        copie = document.enregistrer_copie(tmp_path / "copie.forum")
    finally:
        document.fermer()
    for nom in ("forum.json", "participants.csv", "plans.csv"):
        assert droits(tmp_path / nom) == 0o600, nom
    assert droits(copie) == 0o600
    importer_fichier(tmp_path / "forum.json", tmp_path / "relu.forum")
    assert droits(tmp_path / "relu.forum") == 0o600


def test_les_sauvegardes_et_leur_dossier(chemin_demo: Path) -> None:
    sauvegarde = sauvegarder_forum(chemin_demo, "manuelle")
    assert droits(sauvegarde) == 0o600
    assert sauvegarde.parent == dossier_du_forum(chemin_demo)
    assert droits(sauvegarde.parent) == 0o700
    restaure = restaurer(chemin_demo, sauvegarde)
    assert droits(restaure) == 0o600
    for fichier in dossier_du_forum(chemin_demo).iterdir():
        assert droits(fichier) == 0o600, fichier.name


def test_le_dossier_commun_des_sauvegardes_est_prive(chemin_demo: Path) -> None:
    """Le dossier « sauvegardes » lui-même reçoit aussi des copies entières du forum.

    modeles.stockage.ouvrir writes its backup before a migration straight into
    chemins.dossier_sauvegardes(), not into a per-forum folder: that folder must be private too.
    """
    sauvegarder_forum(chemin_demo, "manuelle")
    assert droits(chemins.dossier_sauvegardes()) == 0o700
