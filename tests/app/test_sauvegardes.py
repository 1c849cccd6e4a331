"""Les sauvegardes automatiques : copies cohérentes, les N dernières, restauration sans perte."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from app import lectures, sauvegardes
from app.document import DocumentForum
from app.operations.sujets import ajouter_sujet
from modeles.erreurs import ErreurForum


def _nombre_sujets(chemin: Path) -> int:
    document = DocumentForum.ouvrir(chemin)
    try:
        return len(lectures.sujets(document))
    finally:
        document.fermer()


def test_une_sauvegarde_pendant_l_edition_est_coherente_et_privee(chemin_demo: Path) -> None:
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        ajouter_sujet(document, "Écrit juste avant la sauvegarde")
        copie = sauvegardes.sauvegarder_forum(chemin_demo, "periodique")
    finally:
        document.fermer()
    assert stat.S_IMODE(copie.stat().st_mode) == 0o600
    assert stat.S_IMODE(copie.parent.stat().st_mode) == 0o700
    (lue,) = sauvegardes.lister(chemin_demo)
    assert lue.chemin == copie and lue.raison_lisible == "pendant l'édition"
    assert (lue.sujets, lue.titre) == (22, "Faire écosystème au Québec")
    assert lue.recoltes > 0 and lue.participants > 0


def test_seules_les_n_dernieres_sont_gardees(chemin_demo: Path) -> None:
    debut = dt.datetime(2026, 11, 26, 9, 0)
    for minute in range(7):
        sauvegardes.sauvegarder_forum(
            chemin_demo, "periodique", garder=3, maintenant=debut + dt.timedelta(minutes=minute)
        )
    gardees = sauvegardes.lister(chemin_demo)
    assert [s.moment.minute for s in gardees] == [6, 5, 4]


def test_deux_forums_de_meme_nom_ne_partagent_pas_leurs_sauvegardes(
    chemin_demo: Path, tmp_path: Path
) -> None:
    autre = tmp_path / "ailleurs" / chemin_demo.name
    autre.parent.mkdir()
    autre.write_bytes(chemin_demo.read_bytes())
    sauvegardes.sauvegarder_forum(chemin_demo, "ouverture")
    assert sauvegardes.lister(autre) == []


def test_restaurer_garde_l_etat_actuel_d_abord(chemin_demo: Path) -> None:
    ancienne = sauvegardes.sauvegarder_forum(chemin_demo, "ouverture")
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        ajouter_sujet(document, "Ajouté après la sauvegarde")
    finally:
        document.fermer()
    assert _nombre_sujets(chemin_demo) == 22
    avant = sauvegardes.restaurer(chemin_demo, ancienne)
    assert _nombre_sujets(chemin_demo) == 21
    # Nothing lost: what was replaced is itself a backup, which can be restored.
    assert _nombre_sujets(avant) == 22
    sauvegardes.restaurer(chemin_demo, avant)
    assert _nombre_sujets(chemin_demo) == 22


def test_une_sauvegarde_endommagee_n_est_pas_restauree(chemin_demo: Path) -> None:
    abimee = sauvegardes.sauvegarder_forum(chemin_demo, "ouverture")
    abimee.write_bytes(abimee.read_bytes()[:5000])
    avant = chemin_demo.read_bytes()
    with pytest.raises(ErreurForum, match="endommagée"):
        sauvegardes.restaurer(chemin_demo, abimee)
    assert chemin_demo.read_bytes() == avant


def test_un_import_de_participants_est_precede_d_une_sauvegarde(chemin_demo: Path) -> None:
    from app.participants_csv.ecriture import commande_importer

    donnees = Path(__file__).resolve().parents[1] / "donnees" / "participants"
    commande_importer(chemin_demo, donnees / "excel_fr.csv", None)
    (avant,) = sauvegardes.lister(chemin_demo)
    assert avant.raison == "import"
    assert avant.participants < _nombre_participants(chemin_demo)


def _nombre_participants(chemin: Path) -> int:
    document = DocumentForum.ouvrir(chemin)
    try:
        return len(lectures.participants(document))
    finally:
        document.fermer()


def test_un_import_de_participants_sauvegarde_d_abord_sur_les_deux_stockages(
    cible_forum: Path | str,
) -> None:
    """Un fichier est copié, un forum de serveur gardé en instantané JSON, avant d'importer."""
    from app.demo import document_demo
    from app.echange.importer import importer_document
    from app.participants_csv import importer_participants, lire_csv, proposer_colonnes

    importer_document(document_demo(), cible_forum)
    document = DocumentForum.ouvrir(cible_forum)
    try:
        avant = len(lectures.participants(document))
        tableau = lire_csv(
            Path(__file__).parent.parent / "donnees" / "participants" / "excel_fr.csv"
        )
        rapport = importer_participants(document, tableau, proposer_colonnes(tableau.entetes))
        assert rapport.crees
    finally:
        document.fermer()
    (sauvegarde,) = [s for s in sauvegardes.lister(cible_forum) if s.raison == "import"]
    # The state before the import, with none of the new people.
    assert sauvegarde.participants == avant
    assert sauvegarde.chemin.suffix == (".json" if isinstance(cible_forum, str) else ".forum")
    assert stat.S_IMODE(sauvegarde.chemin.stat().st_mode) == 0o600
    if isinstance(cible_forum, str):
        from sqlalchemy.engine import make_url

        motdepasse = make_url(cible_forum).password
        assert motdepasse and motdepasse not in str(sauvegarde.chemin)
