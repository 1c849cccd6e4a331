"""La place du marché au clavier : saisir, retrouver, signaler les doublons, fusionner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import lectures
from app.lectures import SujetLu
from vues.fenetre import FenetrePrincipale
from vues.pages.marche import PageMarche


def page_marche(fenetre: FenetrePrincipale, qtbot: QtBot) -> PageMarche:
    fenetre.aller_a("marche")
    page = fenetre.page("marche")
    assert isinstance(page, PageMarche)
    qtbot.waitExposed(page)
    return page


def sujets(page: PageMarche) -> list[SujetLu]:
    return page.session.lire(lectures.sujets)


def saisir(qtbot: QtBot, page: PageMarche, titre: str, porteurs: str = "") -> None:
    saisie = page.saisie
    saisie.titre.setFocus()
    if titre.isascii():
        qtbot.keyClicks(saisie.titre, titre)
    else:
        saisie.titre.insert(titre)  # QTest cannot type every accented capital letter
    qtbot.keyClick(saisie.titre, Qt.Key.Key_Tab)
    assert saisie.porteurs.hasFocus()
    qtbot.keyClicks(saisie.porteurs, porteurs)
    qtbot.keyClick(saisie.porteurs, Qt.Key.Key_Return)


def test_saisir_deux_sujets_a_la_suite_sans_souris(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_marche(fenetre, qtbot)
    avant = len(sujets(page))
    saisir(qtbot, page, "Mutualiser les locaux", "Karim Benali, Jeanne Nouvelle")
    assert page.saisie.titre.hasFocus()
    assert page.saisie.titre.text() == "" and page.saisie.porteurs.text() == ""
    assert "N° 22" in page.saisie.message.text()
    saisir(qtbot, page, "Transport collectif rural", "Jeanne Nouvelle")
    nouveaux = sujets(page)[avant:]
    assert [(s.numero, s.titre) for s in nouveaux] == [
        (22, "Mutualiser les locaux"),
        (23, "Transport collectif rural"),
    ]
    assert nouveaux[0].porteurs == ("Karim Benali", "Jeanne Nouvelle")
    # The new convener was created once and reused the second time.
    noms = [p.nom for p in page.session.lire(lectures.participants)]
    assert noms.count("Jeanne Nouvelle") == 1
    assert page.modele.rowCount() == avant + 2
    fenetre.action_annuler.trigger()
    fenetre.action_annuler.trigger()
    assert len(sujets(page)) == avant
    assert "Jeanne Nouvelle" not in [p.nom for p in page.session.lire(lectures.participants)]


def test_un_titre_vide_est_refuse_au_champ(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_marche(fenetre, qtbot)
    avant = len(sujets(page))
    saisir(qtbot, page, "   ", "Quelqu'un")
    assert "titre" in page.saisie.message.text()
    assert page.saisie.titre.hasFocus()
    assert len(sujets(page)) == avant


def test_un_titre_en_double_est_permis_mais_signale(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_marche(fenetre, qtbot)
    premier = sujets(page)[0]
    saisir(qtbot, page, premier.titre.upper(), "")
    remarques = [page.modele.index(r, 6).data() for r in range(page.modele.rowCount())]
    assert any(f"Même titre que le n° {premier.numero}" in r for r in remarques)


def test_chercher_sans_accents_et_filtrer_par_etat(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_marche(fenetre, qtbot)
    qtbot.keyClicks(page.recherche, "ecosysteme")
    trouves = [page.filtre.index(r, 1).data() for r in range(page.filtre.rowCount())]
    assert trouves and all("cosyst" in t.lower() for t in trouves)
    page.recherche.clear()
    page.etat_filtre.setCurrentIndex(1)  # à placer
    assert page.filtre.rowCount() == 3


def test_fusionner_les_sujets_choisis_puis_defusionner(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_marche(fenetre, qtbot)
    page.etat_filtre.setCurrentIndex(1)  # à placer: 19, 20, 21
    page.tableau.setFocus()
    page.tableau.selectAll()
    page.action_fusionner.trigger()
    fusion = next(s for s in sujets(page) if s.numero == 19)
    assert fusion.fusionnes == (20, 21)
    page.etat_filtre.setCurrentIndex(0)
    etats = {
        page.modele.index(r, 0).data(): page.modele.index(r, 5).data()
        for r in range(page.modele.rowCount())
    }
    assert etats["20"] == "Fusionné dans le n° 19"
    rangee = next(
        r for r in range(page.filtre.rowCount()) if page.filtre.index(r, 0).data() == "19"
    )
    page.tableau.selectRow(rangee)
    page.action_defusionner.trigger()
    assert all(s.actif for s in sujets(page))


def test_une_page_cachee_attend_d_etre_montree_pour_relire(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    from app.operations.sujets import ajouter_sujet

    page = page_marche(fenetre, qtbot)
    avant = page.modele.rowCount()
    fenetre.aller_a("agenda")
    assert not page.isVisible()
    changements, _ = ajouter_sujet(page.session.document, "Sujet ajouté ailleurs", [])
    page.session.signaler(changements)
    assert page.modele.rowCount() == avant  # nothing read while out of sight
    fenetre.aller_a("marche")
    qtbot.waitExposed(page)
    assert page.modele.rowCount() == avant + 1
