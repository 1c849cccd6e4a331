"""Un fichier abîmé ou protégé à l'ouverture : lecture seule, récupération, ou annuler."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app import lectures
from modeles import stockage
from modeles.erreurs import FichierInvalide
from vues.dialogues.fichier_abime import DialogueFichierAbime, choix_possibles
from vues.fenetre import FenetrePrincipale


def empreinte(chemin: Path) -> str:
    return hashlib.sha256(chemin.read_bytes()).hexdigest()


def _abimer(source: Path, cible: Path) -> Path:
    """Une copie dont une page de sujets est remplacée par des octets au hasard."""
    with closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as cnx:
        page = cnx.execute(
            "SELECT pageno FROM dbstat WHERE name = 'sujet' AND pagetype = 'leaf' "
            "ORDER BY pageno LIMIT 1"
        ).fetchone()[0]
    contenu = bytearray(source.read_bytes())
    contenu[(page - 1) * 4096 : page * 4096] = random.Random(7).randbytes(4096)
    cible.write_bytes(bytes(contenu))
    return cible


def _textes(dialogue: QMessageBox) -> list[str]:
    return [b.text() for b in dialogue.buttons()]


def test_un_fichier_abime_propose_de_le_recuperer(
    fenetre: FenetrePrincipale, chemin_demo: Path, tmp_path: Path
) -> None:
    abime = _abimer(chemin_demo, tmp_path / "abime.forum")
    avant = empreinte(abime)
    assert not fenetre.ouvrir_fichier(abime)
    dialogue = fenetre.dialogue
    assert isinstance(dialogue, DialogueFichierAbime)
    assert "endommagé" in dialogue.text()
    # Read-only viewing would stumble on the damaged table: recovery is what is offered.
    assert sorted(_textes(dialogue)) == ["Annuler", "Récupérer dans un nouveau fichier…"]
    assert dialogue.bouton_lecture is None
    # The demo stays open behind the dialog; Cancel changes nothing.
    assert fenetre.session is not None and fenetre.session.document.chemin == chemin_demo
    dialogue.bouton_annuler.click()
    assert fenetre.session.document.chemin == chemin_demo
    assert empreinte(abime) == avant


def test_recuperer_depuis_le_dialogue_ouvre_le_nouveau_fichier(
    fenetre: FenetrePrincipale, chemin_demo: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    abime = _abimer(chemin_demo, tmp_path / "abime.forum")
    avant = empreinte(abime)
    fenetre.ouvrir_fichier(abime)
    dialogue = fenetre.dialogue
    assert isinstance(dialogue, DialogueFichierAbime)
    cible = tmp_path / "recupere.forum"
    travail = dialogue.recuperer_dans(cible)
    with qtbot.waitSignal(travail.termine, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: dialogue.suite is not None)
    assert fenetre.session is not None
    assert fenetre.session.document.chemin == cible
    assert not fenetre.session.document.lecture_seule
    assert dialogue.suite is not None
    assert "sujets" in dialogue.suite.text() and "perdu" in dialogue.suite.text()
    assert empreinte(abime) == avant
    assert stockage.verifier(cible) == []


def test_le_choix_de_la_cible_est_demande(qtbot: QtBot, chemin_demo: Path, tmp_path: Path) -> None:
    abime = _abimer(chemin_demo, tmp_path / "abime.forum")
    with pytest.raises(FichierInvalide) as refus:
        stockage.ouvrir(abime, tmp_path / "sauvegardes")
    erreur = refus.value
    ouvertures: list[object] = []
    demandes: list[Path] = []

    def demander(chemin: Path) -> Path | None:
        demandes.append(chemin)
        return None  # The person cancels the file dialog: nothing happens.

    dialogue = DialogueFichierAbime(
        erreur, lambda o: ouvertures.append(o) or True, demander_cible=demander
    )
    qtbot.addWidget(dialogue)
    assert dialogue.bouton_recuperer is not None
    dialogue.bouton_recuperer.click()
    assert demandes == [abime.absolute()]
    assert dialogue.travail is None and not ouvertures


def test_lecture_seule_refuse_une_modification_avec_le_message(
    fenetre: FenetrePrincipale, chemin_demo: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    protege = tmp_path / "protege.forum"
    protege.write_bytes(chemin_demo.read_bytes())
    protege.chmod(0o444)
    avant = empreinte(protege)
    assert not fenetre.ouvrir_fichier(protege)
    dialogue = fenetre.dialogue
    assert isinstance(dialogue, DialogueFichierAbime)
    assert "lecture seule" in dialogue.text()
    assert sorted(_textes(dialogue)) == [
        "Annuler",
        "Ouvrir en lecture seule",
        "Récupérer dans un nouveau fichier…",
    ]
    assert dialogue.bouton_lecture is not None
    dialogue.bouton_lecture.click()
    session = fenetre.session
    assert session is not None and session.document.lecture_seule
    assert session.document.chemin == protege.absolute()
    assert "Lecture seule" in fenetre.windowTitle()
    assert "Lecture seule" in fenetre.etat_enregistrement.text()
    assert not fenetre.action_restaurer.isEnabled()
    # An edit is refused with the French message; nothing is written.
    fenetre.aller_a("preparation")
    champ = fenetre.page("preparation").findChild(QLineEdit)
    champ.setFocus()
    champ.selectAll()
    qtbot.keyClicks(champ, "Autre titre")
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    assert fenetre.dialogue is not None
    assert "lecture seule" in fenetre.dialogue.text()
    assert "Enregistrer une copie" in fenetre.dialogue.text()
    assert session.lire(lectures.infos_forum).titre == "Faire écosystème au Québec"
    fenetre.close()
    assert empreinte(protege) == avant
    assert sorted(p.name for p in tmp_path.glob("protege.forum*")) == ["protege.forum"]


def test_un_schema_plus_recent_ne_propose_que_la_lecture(tmp_path: Path) -> None:
    chemin = tmp_path / "futur.forum"
    stockage.creer(chemin).fermer()
    with closing(sqlite3.connect(chemin)) as cnx:
        cnx.execute("UPDATE alembic_version SET version_num = '9999_du_futur'")
        cnx.commit()
    with pytest.raises(FichierInvalide) as erreur:
        stockage.ouvrir(chemin, tmp_path / "sauvegardes")
    assert choix_possibles(erreur.value) == (True, False)


def test_une_autre_application_reste_un_simple_message(
    fenetre: FenetrePrincipale, tmp_path: Path
) -> None:
    autre = tmp_path / "recettes.forum"
    with closing(sqlite3.connect(autre)) as cnx:
        cnx.execute("CREATE TABLE recettes (nom TEXT)")
        cnx.commit()
    assert not fenetre.ouvrir_fichier(autre)
    assert not isinstance(fenetre.dialogue, DialogueFichierAbime)
    assert fenetre.dialogue is not None and "autre application" in fenetre.dialogue.text()
