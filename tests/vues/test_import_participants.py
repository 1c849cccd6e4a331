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
    return dialogue


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
    # Without the e-mail column: the namesakes "Marc Roy" become one person, "Olivia Paquin"
    # is no longer recognised by her address, and the bad address is no reason to refuse.
    dialogue.choisir("courriel", None)
    assert dialogue.resume.text() == (
        "4 à créer, 2 déjà connus (mis à jour), 2 doublons dans le fichier (ignorés), 2 refusés"
    )
    with qtbot.waitSignal(session.forum_change) as signal:
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
    dialogue.choisir("nom", None)
    dialogue.choisir("prenom", None)
    assert not dialogue.bouton_importer.isEnabled()
    assert "Aucune colonne n'est associée au nom" in dialogue.message.text()
    assert dialogue.modele_apercu.rowCount() == 0
    dialogue.choisir("nom", "Nom")
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
    dialogue.bouton_importer.click()
    assert {"Mathieu Lavoie", "Sophie Gauthier-Roy"} <= set(_noms(document_demo))
