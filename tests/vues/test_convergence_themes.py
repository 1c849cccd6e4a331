"""« Thèmes » : glisser un sujet sur un thème, classer au clavier, créer, renommer, supprimer."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from pytestqt.qtbot import QtBot

from app import lectures, lectures_convergence
from tests.vues.glisser import glisser_deposer
from vues.fenetre import FenetrePrincipale
from vues.pages.convergence import PageConvergence
from vues.pages.convergence_themes import OngletThemes


def _onglet(fenetre: FenetrePrincipale) -> OngletThemes:
    page = fenetre.aller_a("convergence")
    assert isinstance(page, PageConvergence)
    page.onglets.setCurrentWidget(page.themes)
    return page.themes


def _sujet(onglet: OngletThemes, numero: int) -> UUID:
    return next(s.uuid for s in onglet.session.lire(lectures.sujets) if s.numero == numero)


def _theme_de(onglet: OngletThemes, numero: int) -> str:
    return next(s.theme for s in onglet.session.lire(lectures.sujets) if s.numero == numero)


def _theme(onglet: OngletThemes, titre: str) -> UUID:
    return next(
        t.uuid for t in onglet.session.lire(lectures_convergence.themes) if t.titre == titre
    )


def _glisser(onglet: OngletThemes, numero: int, vers_theme: str | None) -> None:
    vue_source, index = onglet.index_sujet(_sujet(onglet, numero))
    donnees = vue_source.model().mimeData([index])
    if vers_theme is None:
        vue = onglet.liste_sans_theme
        position = QPointF(vue.viewport().rect().center())
    else:
        vue = onglet.arbre
        cible = onglet.index_theme(_theme(onglet, vers_theme))
        position = QPointF(vue.visualRect(cible).center())
    glisser_deposer(vue.viewport(), position, Qt.DropAction.MoveAction, donnees)


def test_glisser_un_sujet_sur_un_theme_puis_sans_theme(fenetre: FenetrePrincipale) -> None:
    onglet = _onglet(fenetre)
    assert _theme_de(onglet, 1) == "Intermédiation et infrastructures sociales"
    _glisser(onglet, 1, "Gouvernance partagée")
    assert _theme_de(onglet, 1) == "Gouvernance partagée"
    assert onglet.index_sujet(_sujet(onglet, 1))[0] is onglet.arbre
    _glisser(onglet, 1, None)
    assert _theme_de(onglet, 1) == ""
    assert onglet.modele_sans_theme.rowCount() == 1
    assert onglet.titre_sans_theme.text() == "Sans thème (1)"
    onglet.session.pile.undo()
    assert _theme_de(onglet, 1) == "Gouvernance partagée"
    onglet.session.pile.undo()
    assert _theme_de(onglet, 1) == "Intermédiation et infrastructures sociales"


def test_classer_au_clavier_plusieurs_sujets(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    onglet = _onglet(fenetre)
    selection = onglet.arbre.selectionModel()
    for numero in (2, 3):
        _, index = onglet.index_sujet(_sujet(onglet, numero))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    onglet.choix_theme.setCurrentIndex(onglet.choix_theme.findText("Culture de collaboration"))
    qtbot.mouseClick(onglet.bouton_classer, Qt.MouseButton.LeftButton)
    assert _theme_de(onglet, 2) == _theme_de(onglet, 3) == "Culture de collaboration"
    assert onglet.session.pile.count() == 1  # one gesture, one undo
    onglet.session.pile.undo()
    assert _theme_de(onglet, 2) == "Financement et capacités"
    assert _theme_de(onglet, 3) == "Gouvernance partagée"


def test_creer_renommer_supprimer_un_theme_et_annuler(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    onglet = _onglet(fenetre)
    onglet.nouveau.setText("Mobilité durable")
    qtbot.mouseClick(onglet.creer, Qt.MouseButton.LeftButton)
    mobilite = _theme(onglet, "Mobilité durable")
    assert onglet.fiche.isEnabled() and onglet.titre.text() == "Mobilité durable"
    onglet.classer([_sujet(onglet, 4), _sujet(onglet, 9)], mobilite)
    # Rename, describe and give an initiator in one save.
    onglet.titre.setText("Mobilités partagées")
    onglet.description.setPlainText("Se déplacer ensemble en région.")
    onglet.initiateur.setCurrentIndex(2)
    personne = onglet.initiateur.currentData()
    qtbot.mouseClick(onglet.enregistrer, Qt.MouseButton.LeftButton)
    lu = next(t for t in onglet.session.lire(lectures_convergence.themes) if t.uuid == mobilite)
    assert (lu.titre, lu.description) == ("Mobilités partagées", "Se déplacer ensemble en région.")
    assert lu.initiateur is not None and lu.initiateur.uuid == personne
    assert [s.numero for s in lu.sujets] == [4, 9]
    qtbot.mouseClick(onglet.supprimer, Qt.MouseButton.LeftButton)
    assert mobilite not in {t.uuid for t in onglet.session.lire(lectures_convergence.themes)}
    assert _theme_de(onglet, 4) == _theme_de(onglet, 9) == ""
    assert onglet.modele_sans_theme.rowCount() == 2
    onglet.session.pile.undo()  # the deletion: topics come back with their theme
    assert _theme_de(onglet, 4) == _theme_de(onglet, 9) == "Mobilités partagées"
    onglet.session.pile.undo()  # the rename
    assert _theme_de(onglet, 4) == "Mobilité durable"
    champs = lectures_convergence.themes(onglet.session.document)
    assert next(t for t in champs if t.uuid == mobilite).initiateur is None


def test_un_titre_deja_pris_est_refuse(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    onglet = _onglet(fenetre)
    onglet.nouveau.setText("gouvernance  PARTAGÉE")
    qtbot.mouseClick(onglet.creer, Qt.MouseButton.LeftButton)
    assert fenetre.dialogue is not None
    assert "existe déjà" in fenetre.dialogue.text()
    assert onglet.nouveau.text() == "gouvernance  PARTAGÉE"
    assert len(onglet.session.lire(lectures_convergence.themes)) == 6
