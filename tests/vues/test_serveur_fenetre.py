"""« Restaurer une sauvegarde… » et « Fusionner d'autres fichiers… » sur un forum partagé."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app import lectures, sauvegardes
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.echange.importer import importer_document
from app.operations.sujets import ajouter_sujet
from vues.application import creer_application, reglages
from vues.fenetre import FenetrePrincipale

pytestmark = pytest.mark.parametrize("cible_forum", ["postgresql"], indirect=True)


@pytest.fixture
def serveur(cible_forum: Path | str, chemin_demo: Path) -> str:
    """Le forum de démonstration (21 sujets) dans une base neuve du serveur de test."""
    assert isinstance(cible_forum, str)
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        importer_document(exporter_document(document), cible_forum)
    finally:
        document.fermer()
    return cible_forum


@pytest.fixture
def fenetre_serveur(qtbot: QtBot, serveur: str) -> Iterator[FenetrePrincipale]:
    creer_application()
    fenetre = FenetrePrincipale(reglages())
    qtbot.addWidget(fenetre)
    fenetre.ouvrir_au_demarrage(serveur)  # type: ignore[arg-type]
    fenetre.show()
    qtbot.waitExposed(fenetre)
    assert fenetre.session is not None and fenetre.session.document.sur_serveur
    yield fenetre
    fenetre.close()
    # The automatic snapshots read the server on their own connection: let them finish.
    QThreadPool.globalInstance().waitForDone(30_000)


def _mot_de_passe(url: str) -> str:
    mot = make_url(url).password
    assert mot
    return str(mot)


def _textes(*widgets: QWidget) -> str:
    """Titres et étiquettes de ces fenêtres : ce qu'une personne y lit."""
    morceaux = []
    for widget in widgets:
        morceaux.append(widget.windowTitle())
        morceaux += [etiquette.text() for etiquette in widget.findChildren(QLabel)]
    return "\n".join(morceaux)


def test_restaurer_un_instantane_du_serveur_depuis_le_menu(
    fenetre_serveur: FenetrePrincipale, serveur: str, qtbot: QtBot
) -> None:
    fenetre = fenetre_serveur
    session = fenetre.session
    assert session is not None
    instantane = sauvegardes.sauvegarder_forum(serveur, "manuelle")
    changements, _ = ajouter_sujet(session.document, "Sujet à défaire par restauration")
    session.signaler(changements)
    assert fenetre.action_restaurer.isEnabled()
    fenetre.action_restaurer.trigger()
    dialogue = fenetre.dialogue_sauvegardes
    assert dialogue.isVisible()
    assert all(s.chemin.suffix == ".json" for s in dialogue.liste)
    rangee = next(i for i, s in enumerate(dialogue.liste) if s.chemin == instantane)
    assert dialogue.liste[rangee].sujets == 21
    assert "forum partagé" in _textes(dialogue)
    dialogue.tableau.selectRow(rangee)
    dialogue.accept()

    # The session was closed, the database restored, the forum reopened from the server.
    assert fenetre.session is not None and fenetre.session is not session
    assert fenetre.session.document.sur_serveur
    assert len(fenetre.session.lire(lectures.sujets)) == 21
    etat_d_avant = next(s for s in sauvegardes.lister(serveur) if s.raison == "restauration")
    assert etat_d_avant.sujets == 22 and etat_d_avant.chemin.suffix == ".json"
    statut = fenetre.statusBar().currentMessage()
    assert "restauré" in statut
    mot = _mot_de_passe(serveur)
    for texte in (statut, fenetre.windowTitle(), _textes(fenetre, dialogue)):
        assert mot not in texte
    assert make_url(serveur).database in fenetre.windowTitle()


def test_fusionner_un_fichier_de_portable_dans_le_forum_du_serveur(
    fenetre_serveur: FenetrePrincipale, serveur: str, chemin_demo: Path, qtbot: QtBot
) -> None:
    fenetre = fenetre_serveur
    session = fenetre.session
    assert session is not None
    # A laptop left with a copy of the file and proposed a topic there.
    portable = chemin_demo.with_name("portable-b.forum")
    chemin_demo.rename(portable)
    document = DocumentForum.ouvrir(portable)
    try:
        ajouter_sujet(document, "Proposé sur le portable B")
    finally:
        document.fermer()

    assert fenetre.action_fusionner.isEnabled()
    fenetre.fusionner_fichiers([portable])
    dialogue = fenetre.dialogue_fusion
    # The preview is read off the GUI thread; « Fusionner » waits for it.
    assert not dialogue.bouton_fusionner.isEnabled()
    with qtbot.waitSignal(dialogue.apercu_pret, timeout=30_000):
        pass
    assert dialogue.rapport is not None and not dialogue.rapport.vide
    assert "Proposé sur le portable B" in dialogue.texte.toPlainText()
    assert dialogue.bouton_fusionner.isEnabled()
    entete = _textes(dialogue)
    assert make_url(serveur).database in entete and "portable-b.forum" in entete
    dialogue.accept()

    assert fenetre.session is not None and fenetre.session is not session
    assert fenetre.session.document.sur_serveur
    titres = {s.titre for s in fenetre.session.lire(lectures.sujets)}
    assert "Proposé sur le portable B" in titres and len(titres) == 22
    (avant,) = [s for s in sauvegardes.lister(serveur) if s.raison == "fusion"]
    assert avant.sujets == 21 and avant.chemin.suffix == ".json"
    statut = fenetre.statusBar().currentMessage()
    assert "Fusion faite : 1 ajout(s)" in statut
    mot = _mot_de_passe(serveur)
    for texte in (statut, fenetre.windowTitle(), entete, dialogue.texte.toPlainText()):
        assert mot not in texte
