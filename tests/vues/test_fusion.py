"""« Fusionner d'autres fichiers… » depuis la fenêtre : aperçu d'abord, puis la fusion."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import lectures
from app.document import DocumentForum
from app.operations.sujets import ajouter_sujet
from vues.fenetre import FenetrePrincipale


def test_apercu_puis_fusion(fenetre: FenetrePrincipale, qtbot: QtBot, tmp_path: Path) -> None:
    assert fenetre.session is not None and fenetre.session.document.chemin is not None
    autre = tmp_path / "portable-b.forum"
    shutil.copyfile(fenetre.session.document.chemin, autre)
    document = DocumentForum.ouvrir(autre)
    try:
        ajouter_sujet(document, "Proposé sur le portable B")
    finally:
        document.fermer()
    fenetre.fusionner_fichiers([autre])
    dialogue = fenetre.dialogue_fusion
    assert not dialogue.bouton_fusionner.isEnabled()  # not before the preview
    with qtbot.waitSignal(dialogue.apercu_pret, timeout=20_000):
        pass
    assert "Proposé sur le portable B" in dialogue.texte.toPlainText()
    assert dialogue.bouton_fusionner.isEnabled()
    dialogue.accept()
    assert fenetre.session is not None
    titres = [s.titre for s in fenetre.session.lire(lectures.sujets)]
    assert "Proposé sur le portable B" in titres
    assert "1 ajout" in fenetre.statusBar().currentMessage()


def test_un_apercu_sans_nouveaute_ne_permet_pas_de_fusionner(
    fenetre: FenetrePrincipale, qtbot: QtBot, tmp_path: Path
) -> None:
    assert fenetre.session is not None and fenetre.session.document.chemin is not None
    copie = tmp_path / "identique.forum"
    shutil.copyfile(fenetre.session.document.chemin, copie)
    fenetre.fusionner_fichiers([copie])
    dialogue = fenetre.dialogue_fusion
    with qtbot.waitSignal(dialogue.apercu_pret, timeout=20_000):
        pass
    assert "Rien à fusionner" in dialogue.texte.toPlainText()
    assert not dialogue.bouton_fusionner.isEnabled()
