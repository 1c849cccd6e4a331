"""Le mur de l'agenda piloté comme une personne : glisser-déposer, clavier, conflits, annuler."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from app import lectures
from app.lectures import SujetLu
from tests.vues.glisser import glisser_deposer
from vues.fenetre import FenetrePrincipale
from vues.modeles_qt.tableau import ROLE_OBJET
from vues.pages.agenda import PageAgenda


def page_agenda(fenetre: FenetrePrincipale, qtbot: QtBot) -> PageAgenda:
    fenetre.aller_a("agenda")
    page = fenetre.page("agenda")
    assert isinstance(page, PageAgenda)
    qtbot.waitExposed(page)
    return page


def un(page: PageAgenda, numero: int) -> SujetLu:
    return next(s for s in page.sujets() if s.numero == numero)


def relu(page: PageAgenda, numero: int) -> SujetLu:
    return next(s for s in page.session.lire(lectures.sujets) if s.numero == numero)


def case_libre(page: PageAgenda) -> QModelIndex:
    modele = page.modele_mur
    for rangee in range(modele.rowCount()):
        for colonne in range(modele.columnCount()):
            index = modele.index(rangee, colonne)
            if modele.est_atelier(index) and modele.occupation(index) is None:
                return index
    raise AssertionError("aucune case libre")


def case_de(page: PageAgenda, sujet: SujetLu) -> QModelIndex:
    assert sujet.creneau is not None and sujet.salle is not None
    return page.modele_mur.index_de(sujet.creneau, sujet.salle)


def deposer(vue: QAbstractItemView, position: QPointF, donnees: QMimeData) -> None:
    """Un glisser-déposer réel, événement par événement, sur la zone d'affichage de la vue."""
    action = Qt.DropAction.MoveAction
    glisser_deposer(vue.viewport(), position, action, donnees)


def glisser_de_la_liste(page: PageAgenda, numero: int, cible: QModelIndex) -> None:
    source = page.modele_a_placer
    rangee = next(i for i, s in enumerate(source.lignes()) if s.numero == numero)
    donnees = source.mimeData([source.index(rangee, 0)])
    deposer(page.mur, QPointF(page.mur.visualRect(cible).center()), donnees)


def test_le_modele_du_mur_reste_coherent(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_agenda(fenetre, qtbot)
    QAbstractItemModelTester(page.modele_mur, QAbstractItemModelTester.FailureReportingMode.Fatal)
    glisser_de_la_liste(page, 19, case_libre(page))
    page.session.pile.undo()
    page.onglets_jours.setCurrentIndex(1)


def test_glisser_un_sujet_sur_une_case_libre_puis_annuler(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_agenda(fenetre, qtbot)
    cible = case_libre(page)
    creneau, salle = page.modele_mur.case(cible)
    glisser_de_la_liste(page, 19, cible)
    place = relu(page, 19)
    assert (place.creneau, place.salle) == (creneau, salle)
    assert page.modele_mur.sujet(cible).numero == 19
    assert all(s.numero != 19 for s in page.modele_a_placer.lignes())
    assert fenetre.action_annuler.text().startswith("Annuler Placer « ")
    fenetre.action_annuler.trigger()
    assert not relu(page, 19).place
    assert page.modele_mur.sujet(cible) is None
    assert any(s.numero == 19 for s in page.modele_a_placer.lignes())


def test_glisser_sur_une_case_prise_est_refuse(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_agenda(fenetre, qtbot)
    occupee = case_de(page, un(page, 1))
    glisser_de_la_liste(page, 19, occupee)
    assert not relu(page, 19).place
    assert fenetre.dialogue is not None
    assert "déjà prise par le n° 1" in fenetre.dialogue.text()
    assert not fenetre.action_annuler.isEnabled()


def test_glisser_un_atelier_sur_un_autre_les_echange(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_agenda(fenetre, qtbot)
    a, b = un(page, 1), un(page, 13)
    donnees = page.modele_mur.mimeData([case_de(page, a)])
    deposer(page.mur, QPointF(page.mur.visualRect(case_de(page, b)).center()), donnees)
    assert (relu(page, 1).salle, relu(page, 1).creneau) == (b.salle, b.creneau)
    assert (relu(page, 13).salle, relu(page, 13).creneau) == (a.salle, a.creneau)
    assert fenetre.action_annuler.text().startswith("Annuler Échanger")


def test_glisser_un_atelier_vers_la_liste_le_retire(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_agenda(fenetre, qtbot)
    donnees = page.modele_mur.mimeData([case_de(page, un(page, 7))])
    deposer(page.a_placer, QPointF(page.a_placer.viewport().rect().center()), donnees)
    assert not relu(page, 7).place
    assert any(s.numero == 7 for s in page.modele_a_placer.lignes())


def test_placer_au_clavier(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_agenda(fenetre, qtbot)
    page.a_placer.setFocus()
    page.a_placer.selectRow(0)
    premier = page.a_placer.currentIndex().data(ROLE_OBJET)
    qtbot.keyClick(page.a_placer, Qt.Key.Key_Return)
    assert page.mur.hasFocus()
    cible = page.mur.currentIndex()
    assert page.modele_mur.occupation(cible) is None
    qtbot.keyClick(page.mur, Qt.Key.Key_Return)
    assert page.modele_mur.sujet(cible).uuid == premier.uuid
    # Space picks the session up, the arrows move, Enter puts it down: a keyboard move.
    qtbot.keyClick(page.mur, Qt.Key.Key_Space)
    destination = case_libre(page)
    page.mur.setCurrentIndex(destination)
    qtbot.keyClick(page.mur, Qt.Key.Key_Return)
    assert page.modele_mur.sujet(destination).uuid == premier.uuid
    assert page.modele_mur.sujet(cible) is None
    assert fenetre.action_annuler.text().startswith("Annuler Déplacer")
    qtbot.keyClick(page.mur, Qt.Key.Key_Delete)
    assert not relu(page, premier.numero).place


def test_prolonger_un_atelier_puis_le_raccourcir(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_agenda(fenetre, qtbot)
    sujet = un(page, 16)  # Mezzanine, Ronde 2; Mezzanine is free in Ronde 3
    page.mur.setCurrentIndex(case_de(page, sujet))
    page.mur.setFocus()
    qtbot.keyClick(page.mur, Qt.Key.Key_Plus)
    assert relu(page, 16).duree == 2
    suite = page.modele_mur.index(case_de(page, sujet).row() + 2, case_de(page, sujet).column())
    assert page.modele_mur.occupation(suite).debut is False
    assert "suite du n° 16" in suite.data()
    qtbot.keyClick(page.mur, Qt.Key.Key_Minus)
    assert relu(page, 16).duree == 1


def test_les_conflits_sont_listes_et_menent_a_la_case(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_agenda(fenetre, qtbot)
    assert page.modele_conflits.rowCount() >= 2
    messages = [c.message for c in page.conflits]
    assert any("fauteuil roulant pour n° 16" in m for m in messages)
    rangee = next(i for i, c in enumerate(page.modele_conflits.lignes()) if "n° 16" in c.message)
    index = page.liste_conflits.model().mapFromSource(page.modele_conflits.index(rangee, 1))
    page.liste_conflits.clicked.emit(index)
    assert page.modele_mur.sujet(page.mur.currentIndex()).numero == 16
    assert "⚠" in page.mur.currentIndex().data(Qt.ItemDataRole.ToolTipRole)


def test_fusionner_depuis_la_liste(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_agenda(fenetre, qtbot)
    page.a_placer.setFocus()
    page.a_placer.selectAll()
    page.gestes.action_fusionner.trigger()
    assert relu(page, 19).fusionnes == (20, 21)
    assert page.modele_a_placer.rowCount() == 1
    assert "Fusionner n° 20, n° 21 dans le n° 19" in fenetre.action_annuler.text()
    fenetre.action_annuler.trigger()
    assert page.modele_a_placer.rowCount() == 3


def test_un_long_titre_est_coupe_dans_la_case(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    from vues.commandes.sujets import ModifierSujet

    page = page_agenda(fenetre, qtbot)
    sujet = un(page, 1)
    long_titre = "Très long titre " * 125
    page.session.executer(
        ModifierSujet(page.session, sujet.uuid, sujet.titre, {"titre": long_titre})
    )
    index = case_de(page, sujet)
    assert long_titre.split()[0] in index.data(Qt.ItemDataRole.ToolTipRole)
    image = page.mur.viewport().grab(page.mur.visualRect(index))
    assert not image.isNull()
