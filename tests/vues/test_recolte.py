"""La page Récolte : autosauvegarde, historique, statut, collage, photos, champs du formulaire."""

from __future__ import annotations

import io
import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.demo.commun import uuid_de
from app.document import DocumentForum
from app.operations import recoltes
from app.operations.recoltes import LIMITE_TEXTE, LigneEtape
from modeles.erreurs import ErreurForum
from modeles.valeurs import StatutRecolte
from tests.vues import glisser
from vues.pages.recolte import PageRecolte
from vues.pages.recolte_champs import nettoyer_markdown, texte_a_coller
from vues.session import SessionForum
from vues.travaux import Controle, Travail

SANS_RECOLTE = UUID(uuid_de("demo:sujet:7"))
PRETE = UUID(uuid_de("demo:sujet:2"))
EN_SAISIE = UUID(uuid_de("demo:sujet:11"))


@pytest.fixture
def page(qtbot: QtBot, document_demo: DocumentForum) -> Iterator[PageRecolte]:
    session = SessionForum(document_demo)
    page = PageRecolte(session)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.enregistrer_maintenant()


def _choisir(page: PageRecolte, sujet: UUID) -> None:
    assert page.choisir(sujet)
    assert page.formulaire.sujet == sujet


def _editeur(page: PageRecolte, cle: str = "points_saillants") -> object:
    return page.formulaire.saisie.editeurs[cle]


def _fiche(page: PageRecolte, sujet: UUID) -> recoltes.FicheRecolte:
    return recoltes.lire_recolte(page.session.document, sujet)


# --- autosauvegarde -------------------------------------------------------------------------


def test_la_page_liste_les_ateliers_de_l_agenda_avec_leur_etat(page: PageRecolte) -> None:
    lignes = page.modele.lignes()
    assert lignes and all(ligne.sujet.place for ligne in lignes)
    par_numero = {ligne.sujet.numero: ligne for ligne in lignes}
    assert par_numero[2].sujet.statut_recolte is StatutRecolte.PRETE
    assert par_numero[7].sujet.statut_recolte is StatutRecolte.A_RECEVOIR
    assert page.formulaire.sujet is not None


def test_l_autosauvegarde_attend_une_demi_seconde_apres_la_frappe(
    page: PageRecolte, qtbot: QtBot
) -> None:
    _choisir(page, SANS_RECOLTE)
    editeur = page.formulaire.saisie.editeurs["points_saillants"]
    editeur.setFocus()
    qtbot.keyClicks(editeur, "Premier constat")
    fin_frappe = time.monotonic()
    assert not _fiche(page, SANS_RECOLTE).existe
    with qtbot.waitSignal(page.formulaire.enregistre, timeout=3000) as signal:
        pass
    ecoule = time.monotonic() - fin_frappe
    assert 0.35 <= ecoule <= 1.5, ecoule
    assert signal.args[0].statut is StatutRecolte.EN_SAISIE
    fiche = _fiche(page, SANS_RECOLTE)
    assert fiche.texte("points_saillants") == "Premier constat"
    assert fiche.statut is StatutRecolte.EN_SAISIE
    assert page.formulaire.etat.text().startswith("✓ Enregistré")
    # The list shows the new status without losing the selection.
    assert page.sujet_choisi() == SANS_RECOLTE
    ligne = next(ligne for ligne in page.modele.lignes() if ligne.uuid == SANS_RECOLTE)
    assert ligne.sujet.statut_recolte is StatutRecolte.EN_SAISIE


def test_une_frappe_continue_est_enregistree_chaque_seconde(
    page: PageRecolte, qtbot: QtBot
) -> None:
    _choisir(page, SANS_RECOLTE)
    editeur = page.formulaire.saisie.editeurs["points_saillants"]
    editeur.setFocus()
    moments: list[float] = []
    page.formulaire.enregistre.connect(lambda _r: moments.append(time.monotonic()))
    debut = time.monotonic()
    while time.monotonic() - debut < 2.2:
        qtbot.keyClicks(editeur, "a")
        qtbot.wait(80)
    # Never more than about a second of typing unsaved, even without a pause.
    assert moments and moments[0] - debut <= 1.2
    assert len(moments) >= 2
    saisi = editeur.toPlainText()
    qtbot.waitUntil(lambda: _fiche(page, SANS_RECOLTE).texte("points_saillants") == saisi)


def test_quitter_un_champ_enregistre_aussitot(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, SANS_RECOLTE)
    page.activateWindow()
    qtbot.waitActive(page)
    saisie = page.formulaire.saisie
    saisie.editeurs["propositions"].setFocus()
    qtbot.keyClicks(saisie.editeurs["propositions"], "- Une proposition")
    assert page.formulaire.en_attente
    saisie.editeurs["citations"].setFocus()
    QApplication.processEvents()
    assert not page.formulaire.en_attente
    assert _fiche(page, SANS_RECOLTE).texte("propositions") == "- Une proposition"


def test_changer_d_atelier_enregistre_celui_qu_on_quitte(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, SANS_RECOLTE)
    qtbot.keyClicks(page.formulaire.saisie.editeurs["questions_ouvertes"], "Et apres ?")
    _choisir(page, EN_SAISIE)
    assert _fiche(page, SANS_RECOLTE).texte("questions_ouvertes") == "Et apres ?"
    assert "Ubuntu" in page.formulaire.saisie.editeurs["points_saillants"].toPlainText()
    _choisir(page, SANS_RECOLTE)
    assert page.formulaire.saisie.editeurs["questions_ouvertes"].toPlainText() == "Et apres ?"


def test_enregistrer_maintenant_pour_la_fermeture(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, SANS_RECOLTE)
    # QTest types ASCII only.
    qtbot.keyClicks(page.formulaire.saisie.editeurs["citations"], "Dernier mot")
    assert page.enregistrer_maintenant()
    assert not page.formulaire.en_attente
    assert _fiche(page, SANS_RECOLTE).texte("citations") == "Dernier mot"


def test_un_scribe_tape_sans_valider_est_enregistre_a_la_fermeture(
    page: PageRecolte, qtbot: QtBot
) -> None:
    _choisir(page, SANS_RECOLTE)
    saisie = page.formulaire.saisie
    qtbot.keyClicks(saisie.ligne_scribe, "Nouvelle Scribe")
    assert page.enregistrer_maintenant()
    fiche = _fiche(page, SANS_RECOLTE)
    assert fiche.scribe is not None and fiche.scribe.nom == "Nouvelle Scribe"


def test_le_scribe_les_presents_les_etapes_et_les_mots_cles(
    page: PageRecolte, qtbot: QtBot
) -> None:
    _choisir(page, SANS_RECOLTE)
    saisie = page.formulaire.saisie
    saisie.ligne_scribe.setFocus()
    qtbot.keyClicks(saisie.ligne_scribe, "Rose Latulippe")
    qtbot.keyClick(saisie.ligne_scribe, Qt.Key.Key_Return)
    saisie.ligne_scribe.editingFinished.emit()
    qtbot.keyClicks(saisie.presents.saisie, "annie gauthier")
    qtbot.keyClick(saisie.presents.saisie, Qt.Key.Key_Return)
    saisie.nombre.setValue(12)
    rangee = saisie.etapes.modele.ajouter()
    saisie.etapes.modele.setData(saisie.etapes.modele.index(rangee, 0), "Écrire au ministère")
    saisie.etapes.modele.setData(saisie.etapes.modele.index(rangee, 2), "juin")
    qtbot.keyClicks(saisie.mots_cles, "formation, pratique")
    assert page.enregistrer_maintenant()
    fiche = _fiche(page, SANS_RECOLTE)
    assert fiche.scribe is not None and fiche.scribe.nom == "Rose Latulippe"
    assert [p.nom for p in fiche.presents] == ["Annie Gauthier"]
    assert fiche.contenu.nombre_presents == 12
    assert fiche.etapes == (LigneEtape("Écrire au ministère", "", "juin"),)
    assert fiche.contenu.mots_cles == ("formation", "pratique")
    assert recoltes.historique(page.session.document, SANS_RECOLTE)[0].auteur == "Rose Latulippe"


# --- statut, historique ---------------------------------------------------------------------


def test_marquer_prete_s_annule_et_modifier_remet_a_relire(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, EN_SAISIE)
    formulaire = page.formulaire
    assert formulaire.bouton_prete.isEnabled()
    qtbot.mouseClick(formulaire.bouton_prete, Qt.MouseButton.LeftButton)
    assert _fiche(page, EN_SAISIE).statut is StatutRecolte.PRETE
    assert "Prête" in formulaire.statut.text() and not formulaire.bouton_prete.isEnabled()
    page.session.pile.undo()
    assert _fiche(page, EN_SAISIE).statut is StatutRecolte.EN_SAISIE
    assert "En saisie" in formulaire.statut.text()
    page.session.pile.redo()
    qtbot.keyClicks(formulaire.saisie.editeurs["propositions"], "Un ajout apres relecture")
    formulaire.enregistrer_maintenant()
    assert _fiche(page, EN_SAISIE).statut is StatutRecolte.A_RELIRE
    assert "À relire" in formulaire.statut.text()
    qtbot.mouseClick(formulaire.bouton_prete, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(formulaire.bouton_relire, Qt.MouseButton.LeftButton)
    assert _fiche(page, EN_SAISIE).statut is StatutRecolte.A_RELIRE


def test_l_historique_liste_les_versions_et_restaure(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, SANS_RECOLTE)
    formulaire = page.formulaire
    editeur = formulaire.saisie.editeurs["points_saillants"]
    for texte in ("Version un", "Version deux", "Version trois"):
        editeur.setPlainText(texte)
        assert formulaire.enregistrer_maintenant()
    formulaire.onglets.setCurrentWidget(formulaire.historique)
    historique = formulaire.historique
    assert historique.modele.rowCount() == 3
    assert formulaire.onglets.tabText(2) == "Historique (3)"
    assert not historique.bouton.isEnabled()  # the newest is the current state
    historique.vue.selectRow(2)
    assert "Version un" in historique.apercu.toPlainText()
    qtbot.mouseClick(historique.bouton, Qt.MouseButton.LeftButton)
    assert editeur.toPlainText() == "Version un"
    assert _fiche(page, SANS_RECOLTE).texte("points_saillants") == "Version un"
    assert historique.modele.rowCount() == 4
    assert "restaurée" in formulaire.message.text()


def test_un_compte_rendu_de_la_demo_garde_son_etat_d_origine(page: PageRecolte) -> None:
    _choisir(page, PRETE)
    formulaire = page.formulaire
    origine = formulaire.saisie.editeurs["points_saillants"].toPlainText()
    formulaire.saisie.editeurs["points_saillants"].setPlainText("Tout effacé par erreur")
    formulaire.enregistrer_maintenant()
    assert formulaire.onglets.tabText(2) == "Historique (2)"
    versions = recoltes.historique(page.session.document, PRETE)
    formulaire.restaurer(versions[-1].uuid)
    assert formulaire.saisie.editeurs["points_saillants"].toPlainText() == origine


# --- collage ---------------------------------------------------------------------------------

WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!--
p.MsoListParagraph {mso-list:l0 level1 lfo1;} --></style></head><body lang=FR-CA>
<!--StartFragment--><p class=MsoNormal><b><span style='font-size:14pt'>Points clés</span></b>
<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>
·<span style='font:7pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>Financer la
<i>coordination</i><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span>·<span>&nbsp;&nbsp;&nbsp;
</span></span>Des cycles <b>plus longs</b><o:p></o:p></p>
<p class=MsoNormal>Voir <a href="https://exemple.org/guide">le guide</a>.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p><!--EndFragment--></body></html>"""

PAGE_WEB = """<meta charset='utf-8'><div><h2 style="color:#333">Un titre de page</h2>
<p>Du <strong>texte</strong> avec <span style="background:yellow">surlignage</span>.</p>
<script>alert(1)</script><ol><li>un</li><li>deux</li></ol>
<table><tr><th>Quoi</th><th>Qui</th></tr><tr><td>Écrire</td><td>Nadia</td></tr></table>
<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo"><p>Fin.</p></div>"""


def _mime(html: str | None = None, texte: str | None = None) -> QMimeData:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if texte is not None:
        mime.setText(texte)
    return mime


def test_un_collage_de_traitement_de_texte_devient_du_markdown_propre(qapp: object) -> None:
    texte, avertissement = texte_a_coller(_mime(WORD, "texte brut"))
    assert avertissement is None
    assert texte == (
        "**Points clés**\n\n"
        "- Financer la *coordination*\n"
        "- Des cycles **plus longs**\n\n"
        "Voir [le guide](https://exemple.org/guide)."
    )


def test_un_collage_de_page_web_perd_titres_images_et_scripts(qapp: object) -> None:
    texte, _ = texte_a_coller(_mime(PAGE_WEB))
    assert "**Un titre de page**" in texte and "#" not in texte
    assert "Du **texte** avec surlignage." in texte
    assert "1. un\n2. deux" in texte
    assert "- Quoi · Qui" in texte and "- Écrire · Nadia" in texte
    assert "alert" not in texte and "logo" not in texte and "data:" not in texte
    assert "<" not in texte and "style" not in texte
    assert texte.endswith("Fin.")


def test_nettoyer_markdown_resserre_les_listes_et_les_blancs() -> None:
    assert nettoyer_markdown("- a\n\n- b\n\n\n\nSuite  \n\xa0\n") == "- a\n- b\n\nSuite"
    assert nettoyer_markdown("```\ncode\n```") == "code"
    assert nettoyer_markdown("1)\xa0\xa0Premier") == "1. Premier"


def test_coller_dans_un_champ_insere_le_markdown(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, SANS_RECOLTE)
    editeur = page.formulaire.saisie.editeurs["ressources"]
    editeur.setFocus()
    editeur.insertFromMimeData(_mime(WORD, "brut"))
    assert editeur.toPlainText().startswith("**Points clés**")
    page.enregistrer_maintenant()
    assert "[le guide](https://exemple.org/guide)" in _fiche(page, SANS_RECOLTE).texte("ressources")


def test_un_collage_d_un_mo_est_accepte_sans_figer(page: PageRecolte) -> None:
    _choisir(page, SANS_RECOLTE)
    editeur = page.formulaire.saisie.editeurs["points_saillants"]
    ligne = "Une ligne de compte rendu assez longue pour remplir, encore et encore.\n"
    gros = ligne * (LIMITE_TEXTE // len(ligne))
    debut = time.perf_counter()
    editeur.insertFromMimeData(_mime(texte=gros))
    assert time.perf_counter() - debut < 0.5
    assert len(editeur.toPlainText()) == len(gros)
    debut = time.perf_counter()
    assert page.enregistrer_maintenant()
    assert time.perf_counter() - debut < 1.0
    assert len(_fiche(page, SANS_RECOLTE).texte("points_saillants")) == len(gros)


def test_un_gros_collage_html_arrive_en_texte_brut(page: PageRecolte) -> None:
    _choisir(page, SANS_RECOLTE)
    editeur = page.formulaire.saisie.editeurs["points_saillants"]
    html = "<p>" + "du <b>gras</b> " * 20_000 + "</p>"
    debut = time.perf_counter()
    editeur.insertFromMimeData(_mime(html, "du gras " * 20_000))
    assert time.perf_counter() - debut < 0.3
    assert editeur.toPlainText().startswith("du gras du gras")
    assert "sans sa mise en forme" in page.formulaire.message.text()


def test_un_collage_de_plus_d_un_mo_est_refuse_sans_rien_perdre(page: PageRecolte) -> None:
    _choisir(page, PRETE)
    editeur = page.formulaire.saisie.editeurs["citations"]
    avant = editeur.toPlainText()
    editeur.insertFromMimeData(_mime(texte="x" * (LIMITE_TEXTE + 10)))
    assert editeur.toPlainText() == avant
    assert "Collage refusé" in page.formulaire.message.text()


def test_un_bloc_sans_espace_est_refuse_sans_figer(page: PageRecolte) -> None:
    """Qt met des minutes à disposer une ligne d'un Mo sans espace : ce sont des données."""
    _choisir(page, SANS_RECOLTE)
    editeur = page.formulaire.saisie.editeurs["ressources"]
    debut = time.perf_counter()
    editeur.insertFromMimeData(_mime(texte="A" * 500_000))
    assert time.perf_counter() - debut < 0.5
    assert editeur.toPlainText() == ""
    assert "sans espace" in page.formulaire.message.text()
    editeur.insertFromMimeData(_mime(texte="https://exemple.org/" + "a" * 2000))
    assert editeur.toPlainText().startswith("https://")


def test_un_champ_de_plus_d_un_mo_n_est_pas_enregistre_mais_reste_la(
    page: PageRecolte,
) -> None:
    _choisir(page, SANS_RECOLTE)
    saisie = page.formulaire.saisie
    ligne = "Une citation qui revient, encore et encore, sans fin.\n"
    trop = ligne * (LIMITE_TEXTE // len(ligne) + 1)
    saisie.editeurs["citations"].setPlainText(trop)
    saisie.editeurs["propositions"].setPlainText("Une proposition")
    assert not page.enregistrer_maintenant()
    assert "dépasse 1 Mo" in page.formulaire.message.text()
    assert saisie.editeurs["citations"].toPlainText() == trop
    fiche = _fiche(page, SANS_RECOLTE)
    assert fiche.texte("propositions") == "Une proposition" and fiche.texte("citations") == ""


def test_gras_et_italique_au_clavier(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, SANS_RECOLTE)
    editeur = page.formulaire.saisie.editeurs["propositions"]
    editeur.setFocus()
    qtbot.keyClick(editeur, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editeur, "fort")
    assert editeur.toPlainText() == "**fort**"
    editeur.selectAll()
    qtbot.keyClick(editeur, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editeur.toPlainText() == "***fort***"


# --- photos ----------------------------------------------------------------------------------


def _jpeg_tourne(chemin: Path) -> Path:
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (320, 200), (200, 40, 40)).save(chemin, "JPEG", exif=exif)
    return chemin


def test_ajouter_une_photo_hors_du_fil_puis_annuler(
    page: PageRecolte, qtbot: QtBot, tmp_path: Path
) -> None:
    _choisir(page, SANS_RECOLTE)
    bande = page.formulaire.saisie.photos
    (travail,) = bande.importer([_jpeg_tourne(tmp_path / "tableau.jpg")])
    with qtbot.waitSignal(travail.termine, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: bande.liste.count() == 1)
    (photo,) = _fiche(page, SANS_RECOLTE).photos
    assert (photo.largeur, photo.hauteur) == (200, 320)
    assert photo.nom_fichier == "tableau.jpg"
    assert "ajoutée" in page.formulaire.message.text()
    assert _fiche(page, SANS_RECOLTE).statut is StatutRecolte.EN_SAISIE
    bande.legender(photo.uuid, "Le tableau")
    assert _fiche(page, SANS_RECOLTE).photos[0].legende == "Le tableau"
    assert bande.liste.item(0).text() == "Le tableau"
    page.session.pile.undo()
    page.session.pile.undo()
    assert _fiche(page, SANS_RECOLTE).photos == ()
    assert bande.liste.count() == 0


def test_une_image_illisible_est_refusee_avec_son_nom(
    page: PageRecolte, qtbot: QtBot, tmp_path: Path
) -> None:
    _choisir(page, SANS_RECOLTE)
    faux = tmp_path / "photo.jpg"
    faux.write_bytes(b"%PDF-1.7\n%%EOF\n")
    (travail,) = page.formulaire.saisie.photos.importer([faux])
    with qtbot.waitSignal(travail.echoue, timeout=10_000) as signal:
        pass
    assert "« photo.jpg »" in signal.args[0] and "JPEG, PNG" in signal.args[0]
    assert "« photo.jpg »" in page.formulaire.message.text()
    assert page.formulaire.message.styleSheet().startswith("color: #b71c1c")
    assert _fiche(page, SANS_RECOLTE).photos == ()


def test_une_photo_de_50_megapixels_ne_fige_pas_l_interface(
    page: PageRecolte, qtbot: QtBot, tmp_path: Path
) -> None:
    _choisir(page, SANS_RECOLTE)
    grande = tmp_path / "grande.jpg"
    Image.new("RGB", (8660, 5774), (236, 232, 220)).save(grande, "JPEG", quality=60)
    battements: list[float] = []
    from PySide6.QtCore import QTimer

    minuteur = QTimer()
    minuteur.setInterval(10)
    minuteur.timeout.connect(lambda: battements.append(time.perf_counter()))
    minuteur.start()
    (travail,) = page.formulaire.saisie.photos.importer([grande])
    with qtbot.waitSignal(travail.termine, timeout=20_000):
        pass
    minuteur.stop()
    ecarts = [b - a for a, b in itertools.pairwise(battements)]
    # The worker shares nothing with the GUI thread: the timer keeps ticking (~20 ms here).
    assert ecarts and max(ecarts) < 0.15, max(ecarts)
    qtbot.waitUntil(lambda: len(_fiche(page, SANS_RECOLTE).photos) == 1)
    assert _fiche(page, SANS_RECOLTE).photos[0].largeur == 2400


def _deposer(cible: object, chemin: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(chemin))])
    arrivee = glisser.entree(QPointF(20, 20), Qt.DropAction.CopyAction, mime)
    QApplication.sendEvent(cible, arrivee)
    assert arrivee.isAccepted()
    final = glisser.depot(QPointF(20, 20), Qt.DropAction.CopyAction, mime)
    QApplication.sendEvent(cible, final)
    return final


@pytest.mark.parametrize("cible", ["formulaire", "editeur", "mots_cles"])
def test_deposer_une_photo_sur_le_formulaire(
    page: PageRecolte, qtbot: QtBot, tmp_path: Path, cible: str
) -> None:
    _choisir(page, SANS_RECOLTE)
    saisie = page.formulaire.saisie
    widgets = {
        "formulaire": page.formulaire,
        "editeur": saisie.editeurs["points_saillants"].viewport(),
        "mots_cles": saisie.mots_cles,
    }
    _deposer(widgets[cible], _jpeg_tourne(tmp_path / "depot.jpg"))
    qtbot.waitUntil(lambda: len(_fiche(page, SANS_RECOLTE).photos) == 1, timeout=10_000)
    # The file's path never lands in a text field.
    assert "depot.jpg" not in saisie.editeurs["points_saillants"].toPlainText()
    assert "depot.jpg" not in saisie.mots_cles.text()


def test_les_vignettes_et_la_vue_entiere(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, PRETE)
    bande = page.formulaire.saisie.photos
    assert bande.liste.count() == 1
    assert not bande.liste.item(0).icon().isNull()
    bande.montrer(_fiche(page, PRETE).photos[0].uuid)
    dialogue = bande.dialogue
    assert dialogue is not None and dialogue.isVisible()
    assert dialogue.image.image.size().width() == 1200
    qtbot.waitExposed(dialogue)
    # Fitted to the window, never enlarged past the photo's own size.
    cadre = dialogue.image.rectangle()
    assert 0 < cadre.width() <= 1200 and cadre.height() <= dialogue.image.height()
    dialogue.close()


# --- champs du formulaire --------------------------------------------------------------------


def test_le_forum_cache_et_renomme_des_champs(page: PageRecolte, qtbot: QtBot) -> None:
    formulaire = page.formulaire
    formulaire.ouvrir_champs()
    dialogue = formulaire.dialogue_champs
    assert not dialogue.cases["points_saillants"].isEnabled()
    dialogue.cases["propositions"].setChecked(False)
    dialogue.noms["citations"].setText("Paroles entendues")
    dialogue.accept()
    assert formulaire.saisie.blocs["propositions"].isHidden()
    assert formulaire.saisie.etiquettes["citations"].text() == "Paroles entendues"
    champs = {c.cle: c for c in recoltes.champs_formulaire(page.session.document)}
    assert not champs["propositions"].actif
    page.session.pile.undo()
    assert not formulaire.saisie.blocs["propositions"].isHidden()
    assert formulaire.saisie.etiquettes["citations"].text() == "Citations"


def test_un_champ_cache_garde_son_texte(page: PageRecolte) -> None:
    _choisir(page, PRETE)
    avant = _fiche(page, PRETE).texte("propositions")
    champs = tuple(
        recoltes.ChampFormulaire(c.cle, c.cle != "propositions", c.libelle_personnalise)
        for c in recoltes.champs_formulaire(page.session.document)
    )
    page.session.signaler(recoltes.definir_champs_formulaire(page.session.document, champs))
    page.formulaire.saisie.editeurs["points_saillants"].insertPlainText("Ajout. ")
    page.enregistrer_maintenant()
    assert _fiche(page, PRETE).texte("propositions") == avant


# --- le travail hors du fil ------------------------------------------------------------------


def test_un_travail_rend_son_resultat_et_sa_progression_sur_le_fil_de_l_interface(
    qtbot: QtBot,
) -> None:
    fils: list[object] = []

    def calculer(controle: Controle) -> int:
        fils.append(threading.current_thread())
        for i in range(3):
            controle.progression(i + 1, 3)
        return 42

    travail = Travail(calculer)
    etapes: list[tuple[int, int]] = []
    sur_le_fil: list[bool] = []
    travail.progression.connect(lambda fait, total: etapes.append((fait, total)))
    travail.termine.connect(
        lambda _r: sur_le_fil.append(QThread.currentThread() is QApplication.instance().thread())
    )
    with qtbot.waitSignal(travail.termine, timeout=5000) as signal:
        travail.lancer()
    assert signal.args == [42]
    assert fils[0] is not threading.main_thread()
    assert sur_le_fil == [True]
    qtbot.waitUntil(lambda: etapes == [(1, 3), (2, 3), (3, 3)])
    assert not travail.en_cours


def test_un_travail_qui_echoue_ou_qu_on_annule(qtbot: QtBot) -> None:
    def refuser(_controle: Controle) -> None:
        raise ErreurForum("Refusé, en français.")

    travail = Travail(refuser)
    with qtbot.waitSignal(travail.echoue, timeout=5000) as signal:
        travail.lancer()
    assert signal.args == ["Refusé, en français."]

    depart = threading.Event()

    def attendre(controle: Controle) -> str:
        depart.set()
        while not controle.annule:
            time.sleep(0.005)
        return "trop tard"

    long = Travail(attendre)
    termines: list[object] = []
    long.termine.connect(termines.append)
    with qtbot.waitSignal(long.annule, timeout=5000):
        long.lancer()
        depart.wait(5)
        long.annuler()
    assert termines == []


def test_une_erreur_imprevue_devient_un_message(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    travail = Travail(lambda _c: 1 / 0)
    with qtbot.waitSignal(travail.echoue, timeout=5000) as signal:
        travail.lancer()
    assert signal.args[0].startswith("Erreur inattendue : ZeroDivisionError")


def test_une_photo_se_prepare_sans_widget(tmp_path: Path) -> None:
    """Ce que le travail appelle est de la couche application : sans Qt, sans base."""
    sortie = io.BytesIO()
    Image.new("RGB", (10, 10)).save(sortie, "PNG")
    (tmp_path / "p.png").write_bytes(sortie.getvalue())
    from app.images import preparer_image

    assert preparer_image(tmp_path / "p.png").type_mime == "image/jpeg"


def test_tab_suit_l_ordre_de_la_page(page: PageRecolte, qtbot: QtBot) -> None:
    _choisir(page, SANS_RECOLTE)
    page.activateWindow()
    qtbot.waitActive(page)
    saisie = page.formulaire.saisie
    saisie.presents.saisie.setFocus()
    qtbot.keyClick(saisie.presents.saisie, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is saisie.editeurs["points_saillants"]
    qtbot.keyClick(saisie.editeurs["points_saillants"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is saisie.editeurs["propositions"]
