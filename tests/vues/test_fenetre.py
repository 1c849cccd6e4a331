"""La fenêtre principale, pilotée comme une personne le ferait."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QTextBrowser
from pytestqt.qtbot import QtBot

from app import lectures
from app.demo import document_demo
from vues.application import reglages
from vues.fenetre import FenetrePrincipale
from vues.pages.preparation import PagePreparation


def test_le_titre_et_le_chemin_sont_dans_la_barre(
    fenetre: FenetrePrincipale, chemin_demo: Path
) -> None:
    assert "Faire écosystème au Québec" in fenetre.windowTitle()
    assert str(chemin_demo) in fenetre.windowTitle()
    assert "enregistrée" in fenetre.etat_enregistrement.text()


def test_chaque_page_montre_les_donnees_de_la_demo(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    demo = document_demo()
    for rangee in range(fenetre.navigation.count()):
        fenetre.navigation.setCurrentRow(rangee)
        page = fenetre.pile_pages.currentWidget()
        assert page is fenetre.page(rangee)
        qtbot.waitExposed(page)
    marche = fenetre.page("marche")
    tableau = marche.findChild(QTableView)
    assert tableau.model().rowCount() == len(demo["sujets"])
    agenda = fenetre.page("agenda")
    places = [s for s in demo["sujets"] if s["salle"]]
    assert agenda.modele_a_placer.rowCount() == len(demo["sujets"]) - len(places)
    recolte = fenetre.page("recolte")
    assert recolte.modele.rowCount() == len(places)
    apercu = recolte.findChild(QTextBrowser)
    assert apercu.toPlainText().strip() != ""
    actes = fenetre.page("actes")
    assert f"/ {len(places)} comptes rendus prêts" in actes.avancement_texte.text()
    convergence = fenetre.page("convergence")
    total = sum(n for _, n in convergence.modeles["type_acteur"].lignes())
    assert total == len(demo["participants"])


def test_chercher_filtre_la_place_du_marche(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    fenetre.aller_a("marche")
    page = fenetre.page("marche")
    avant = page.filtre.rowCount()
    qtbot.keyClicks(page.recherche, "financement")
    assert 0 < page.filtre.rowCount() < avant


def test_modifier_le_titre_puis_annuler_et_retablir(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    fenetre.aller_a("preparation")
    page = fenetre.page("preparation")
    assert isinstance(page, PagePreparation)
    champ = page.findChild(QLineEdit)
    champ.setFocus()
    champ.selectAll()
    qtbot.keyClicks(champ, "Forum d'essai")
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    session = fenetre.session
    assert session is not None
    assert session.lire(lectures.infos_forum).titre == "Forum d'essai"
    assert "Forum d'essai" in fenetre.windowTitle()
    assert fenetre.action_annuler.text() == "Annuler Modifier « Titre »"
    fenetre.action_annuler.trigger()
    assert session.lire(lectures.infos_forum).titre == "Faire écosystème au Québec"
    assert champ.text() == "Faire écosystème au Québec"
    fenetre.action_retablir.trigger()
    assert session.lire(lectures.infos_forum).titre == "Forum d'essai"


def test_un_titre_vide_est_refuse_avec_un_message(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    fenetre.aller_a("preparation")
    champ = fenetre.page("preparation").findChild(QLineEdit)
    champ.setFocus()
    champ.clear()
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    assert fenetre.dialogue is not None
    assert "ne peut pas être vide" in fenetre.dialogue.text()
    assert champ.text() == "Faire écosystème au Québec"
    assert not fenetre.action_annuler.isEnabled()


def test_un_mauvais_fichier_donne_un_message_et_reste_intact(
    fenetre: FenetrePrincipale, tmp_path: Path
) -> None:
    mauvais = tmp_path / "mauvais.forum"
    mauvais.write_bytes(os.urandom(1000))
    avant = hashlib.sha256(mauvais.read_bytes()).hexdigest()
    assert not fenetre.ouvrir_fichier(mauvais)
    assert "pas un fichier de forum" in fenetre.dialogue.text()
    assert hashlib.sha256(mauvais.read_bytes()).hexdigest() == avant
    assert "Faire écosystème" in fenetre.windowTitle()  # the open forum is still there


def test_fermer_puis_rouvrir_par_les_recents(fenetre: FenetrePrincipale, chemin_demo: Path) -> None:
    fenetre.fermer_forum()
    assert fenetre.session is None
    assert fenetre.pile_pages.currentWidget() is fenetre.accueil
    assert not fenetre.navigation.isEnabled()
    assert fenetre.fichiers_recents()[0] == str(chemin_demo)
    assert fenetre.ouvrir_fichier(Path(fenetre.fichiers_recents()[0]))
    assert fenetre.navigation.isEnabled()


def test_enregistrer_une_copie(fenetre: FenetrePrincipale, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    cible = tmp_path / "copie.forum"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(cible), ""))
    fenetre.enregistrer_copie()
    assert cible.exists()
    assert fenetre.session is not None and fenetre.session.document.chemin != cible


def test_la_geometrie_est_retenue(qtbot: QtBot, chemin_demo: Path) -> None:
    fenetre = FenetrePrincipale(reglages())
    qtbot.addWidget(fenetre)
    fenetre.ouvrir_au_demarrage(chemin_demo)
    fenetre.resize(790, 560)  # within the offscreen screen (800 x 600)
    fenetre.show()
    fenetre.close()
    autre = FenetrePrincipale(reglages())
    qtbot.addWidget(autre)
    assert (autre.width(), autre.height()) == (790, 560)


def test_premier_lancement_ouvre_la_demo(qtbot: QtBot, dossier_donnees: Path) -> None:
    fenetre = FenetrePrincipale(reglages())
    qtbot.addWidget(fenetre)
    fenetre.ouvrir_au_demarrage(None)
    assert fenetre.session is not None
    assert fenetre.session.document.chemin == dossier_donnees / "faire-ecosysteme.forum"
    assert "Faire écosystème" in fenetre.windowTitle()
    fenetre.close()


def test_projeter_puis_fermer_le_forum_ferme_le_projecteur(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    from vues.projecteur import FenetreProjecteur

    fenetre.action_projeter.trigger()
    projecteur = fenetre.projecteur
    assert isinstance(projecteur, FenetreProjecteur)
    qtbot.waitExposed(projecteur)
    assert projecteur.isVisible()
    assert projecteur.titre_forum == "Faire écosystème au Québec"
    fenetre.fermer_forum()
    assert fenetre.projecteur is None
    assert not projecteur.isVisible()
    assert not fenetre.action_projeter.isEnabled()


def test_la_salle_de_presse_ouvre_le_formulaire_de_l_atelier(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    from vues.pages.recolte import PageRecolte
    from vues.pages.salle_de_presse import PageSalleDePresse

    fenetre.aller_a("salle_de_presse")
    presse = fenetre.page("salle_de_presse")
    assert isinstance(presse, PageSalleDePresse)
    qtbot.waitExposed(presse)
    presse.aller_au_manquant_suivant()
    assert isinstance(fenetre.pile_pages.currentWidget(), PageRecolte)
    choisi = presse.ligne_choisie()
    assert choisi is not None and choisi.manquante


def test_fermer_la_fenetre_ecrit_la_saisie_en_attente(
    fenetre: FenetrePrincipale, qtbot: QtBot, chemin_demo: Path
) -> None:
    from app.document import DocumentForum
    from app.operations.recoltes import lire_recolte

    fenetre.aller_a("recolte")
    page = fenetre.page("recolte")
    qtbot.waitExposed(page)
    sujet = page.sujet_choisi()
    editeur = page.formulaire.saisie.editeurs["citations"]
    editeur.setFocus()
    qtbot.keyClicks(editeur, " Dernier mot avant de partir")
    # Closed at once: well within the autosave's half second.
    assert page.formulaire.en_attente
    fenetre.close()
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        assert "Dernier mot avant de partir" in lire_recolte(document, sujet).texte("citations")
    finally:
        document.fermer()


def test_importer_des_participants_depuis_le_menu(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    donnees = Path(__file__).resolve().parents[1] / "donnees" / "participants"
    fenetre.importer_participants(donnees / "excel_fr.csv")
    dialogue = fenetre.dialogue_import
    assert dialogue.isVisible()
    dialogue.close()
