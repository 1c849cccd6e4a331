"""Le dialogue d'import de participants, construit seul sur un fichier de test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from app import lectures
from app.changements import Changements, Genre
from app.document import DocumentForum
from vues.dialogues.import_participants import AUCUNE, DialogueImportParticipants
from vues.session import SessionForum

DONNEES = Path(__file__).parent.parent / "donnees" / "participants"


def _dialogue(qtbot: QtBot, document: DocumentForum, fichier: str) -> DialogueImportParticipants:
    dialogue = DialogueImportParticipants(SessionForum(document), DONNEES / fichier)
    qtbot.addWidget(dialogue)
    _attendre(qtbot, dialogue)
    return dialogue


def _attendre(qtbot: QtBot, dialogue: DialogueImportParticipants) -> None:
    """L'analyse et l'import tournent hors du fil de l'interface : on attend leur fin."""
    qtbot.waitUntil(lambda: not dialogue.occupe, timeout=10_000)


def _choisir(
    qtbot: QtBot, dialogue: DialogueImportParticipants, champ: str, entete: str | None
) -> None:
    with qtbot.waitSignal(dialogue.analyse_prete, timeout=10_000):
        dialogue.choisir(champ, entete)


def _noms(document: DocumentForum) -> list[str]:
    return [p.nom for p in lectures.participants(document)]


def test_colonnes_proposees_et_apercu(qtbot: QtBot, document_demo: DocumentForum) -> None:
    dialogue = _dialogue(qtbot, document_demo, "doublons.csv")
    assert dialogue.colonnes() == {
        "nom": "Nom",
        "courriel": "Courriel",
        "organisation": "Organisation",
        "consentement_publication": "Consentement publication",
    }
    assert dialogue.choix["telephone"].currentText() == AUCUNE
    assert dialogue.resume.text() == (
        "3 à créer, 2 déjà connus (mis à jour), 2 doublons dans le fichier (ignorés), 3 refusés"
    )
    modele = dialogue.modele_apercu
    QAbstractItemModelTester(modele, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert modele.rowCount() == 10
    remarques = [modele.index(r, 2).data() for r in range(10)]
    assert remarques[0].startswith("déjà connu (Louise Côté)")
    assert remarques[3] == "doublon de la ligne 4 : ignorée."
    assert remarques[8].startswith("courriel invalide")
    assert modele.headerData(2, Qt.Orientation.Horizontal) == "Remarque"
    assert dialogue.bouton_importer.isEnabled()


def test_changer_une_colonne_puis_importer(qtbot: QtBot, document_demo: DocumentForum) -> None:
    avant = set(_noms(document_demo))
    session = SessionForum(document_demo)
    dialogue = DialogueImportParticipants(session, DONNEES / "doublons.csv")
    qtbot.addWidget(dialogue)
    _attendre(qtbot, dialogue)
    # Without the e-mail column: the namesakes "Marc Roy" become one person, "Olivia Paquin"
    # is no longer recognised by her address, and the bad address is no reason to refuse.
    _choisir(qtbot, dialogue, "courriel", None)
    assert dialogue.resume.text() == (
        "4 à créer, 2 déjà connus (mis à jour), 2 doublons dans le fichier (ignorés), 2 refusés"
    )
    with qtbot.waitSignal(session.forum_change, timeout=10_000) as signal:
        dialogue.accept()
    changements = signal.args[0]
    assert isinstance(changements, Changements)
    assert dialogue.rapport is not None
    assert changements.uuids(Genre.PARTICIPANT) == {
        *dialogue.rapport.crees,
        *dialogue.rapport.mis_a_jour,
    }
    nouveaux = set(_noms(document_demo)) - avant
    assert nouveaux == {"Olivier Paquin", "Olivia Paquin", "Marc Roy", "Anne Sirois"}
    assert dialogue.texte_rapport.isVisibleTo(dialogue)
    assert "Import terminé" in dialogue.texte_rapport.toPlainText()
    assert not dialogue.bouton_importer.isVisibleTo(dialogue)
    assert dialogue.bouton_annuler.text() == "Fermer"
    dialogue.bouton_annuler.click()
    assert dialogue.result() == DialogueImportParticipants.DialogCode.Accepted


def test_sans_nom_importer_est_desactive(qtbot: QtBot, document_demo: DocumentForum) -> None:
    dialogue = _dialogue(qtbot, document_demo, "prenom_nom.csv")
    assert dialogue.colonnes()["prenom"] == "Prénom"
    _choisir(qtbot, dialogue, "nom", None)
    _choisir(qtbot, dialogue, "prenom", None)
    assert not dialogue.bouton_importer.isEnabled()
    assert "Aucune colonne n'est associée au nom" in dialogue.message.text()
    assert dialogue.modele_apercu.rowCount() == 0
    _choisir(qtbot, dialogue, "nom", "Nom")
    assert dialogue.bouton_importer.isEnabled()
    assert dialogue.modele_apercu.ligne(0).valeurs["nom"] == "Lavoie"


def test_fichier_illisible(qtbot: QtBot, document_demo: DocumentForum, tmp_path: Path) -> None:
    chemin = tmp_path / "utf16.csv"
    chemin.write_bytes("Nom\nA\n".encode("utf-16"))
    dialogue = DialogueImportParticipants(SessionForum(document_demo), chemin)
    qtbot.addWidget(dialogue)
    assert "UTF-16" in dialogue.message.text()
    assert not dialogue.bouton_importer.isEnabled()
    avant = len(_noms(document_demo))
    dialogue.accept()
    assert len(_noms(document_demo)) == avant
    assert dialogue.rapport is None


def test_prenom_nom_importes(qtbot: QtBot, document_demo: DocumentForum) -> None:
    dialogue = _dialogue(qtbot, document_demo, "prenom_nom.csv")
    dialogue.show()
    qtbot.waitExposed(dialogue)
    assert dialogue.modele_apercu.ligne(0).valeurs["nom"] == "Mathieu Lavoie"
    with qtbot.waitSignal(dialogue.import_fini, timeout=10_000) as fini:
        dialogue.bouton_importer.click()
    assert fini.args == [True]
    assert {"Mathieu Lavoie", "Sophie Gauthier-Roy"} <= set(_noms(document_demo))


def test_occupe_pendant_l_analyse_puis_pret(qtbot: QtBot, document_demo: DocumentForum) -> None:
    """Changer une colonne relance l'analyse ailleurs : Importer attend son résultat."""
    dialogue = _dialogue(qtbot, document_demo, "doublons.csv")
    assert dialogue.bouton_importer.isEnabled()
    with qtbot.waitSignal(dialogue.analyse_prete, timeout=10_000):
        dialogue.choisir("courriel", None)
        # Until the dry run has answered, the button cannot import an outdated preview.
        assert dialogue.occupe
        assert not dialogue.bouton_importer.isEnabled()
        assert dialogue.barre.isVisibleTo(dialogue)
    assert not dialogue.occupe
    assert dialogue.bouton_importer.isEnabled()
    assert not dialogue.barre.isVisibleTo(dialogue)
    assert dialogue.resume.text().startswith("4 à créer")


def test_pendant_l_import_les_boutons_sont_bloques(
    qtbot: QtBot, document_demo: DocumentForum
) -> None:
    session = SessionForum(document_demo)
    dialogue = DialogueImportParticipants(session, DONNEES / "prenom_nom.csv")
    qtbot.addWidget(dialogue)
    dialogue.show()
    _attendre(qtbot, dialogue)
    with qtbot.waitSignal(dialogue.import_fini, timeout=10_000) as fini:
        assert dialogue.importer()
        # While it runs nothing can start it twice, change the mapping or close the dialog.
        assert not dialogue.bouton_importer.isEnabled()
        assert not dialogue.bouton_annuler.isEnabled()
        assert not any(boite.isEnabled() for boite in dialogue.choix.values())
        assert not dialogue.importer()
        dialogue.reject()  # Escape or the window's close button
        assert dialogue.isVisible()
        assert dialogue.occupation.text() == "Import en cours…"
    assert fini.args == [True]
    # Written by the job's own connection, read back through the session's document.
    assert "Mathieu Lavoie" in _noms(document_demo)
    assert dialogue.bouton_annuler.isEnabled()
