"""« Priorités » : points au mur, bulletins refusés ou acceptés, classement avec ex æquo."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from app import lectures, lectures_convergence
from vues.fenetre import FenetrePrincipale
from vues.pages.convergence import PageConvergence
from vues.pages.convergence_votes import OngletVotes


def _page(fenetre: FenetrePrincipale) -> PageConvergence:
    page = fenetre.aller_a("convergence")
    assert isinstance(page, PageConvergence)
    assert page.onglets.tabText(0) == "Priorités"
    return page


def _uuid(onglet: OngletVotes, numero: int) -> UUID:
    return next(s.uuid for s in onglet.session.lire(lectures.sujets) if s.numero == numero)


def _rangee(onglet: OngletVotes, numero: int) -> int:
    return next(i for i, li in enumerate(onglet.modele.lignes()) if li.sujet.numero == numero)


def _ligne(onglet: OngletVotes, numero: int) -> lectures_convergence.LigneVote:
    resultats = onglet.session.lire(lectures_convergence.resultats_vote)
    return next(li for li in resultats.lignes if li.sujet.numero == numero)


def _donner(onglet: OngletVotes, points: dict[int, int]) -> None:
    modele = onglet.modele_bulletin
    for numero, n in points.items():
        rangee = next(i for i, s in enumerate(modele.lignes()) if s.numero == numero)
        assert modele.setData(modele.index(rangee, modele.colonne_points), n)


def _participant(onglet: OngletVotes, rang: int) -> UUID:
    onglet.personne.setCurrentIndex(rang)
    choisi = onglet.participant_choisi()
    assert choisi is not None
    return choisi


def test_points_au_mur_saisis_au_clavier_puis_annules(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    onglet = _page(fenetre).votes
    vue = onglet.classement
    index = onglet.modele.index(_rangee(onglet, 5), 4)
    vue.setCurrentIndex(index)
    vue.edit(index)
    editeur = vue.findChild(QSpinBox)
    assert editeur is not None
    editeur.setValue(4)
    qtbot.keyClick(editeur, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop, after the spin box's fix-up.
    qtbot.waitUntil(lambda: _ligne(onglet, 5).points_mur != 0, timeout=2000)
    assert _ligne(onglet, 5).points_mur == 4
    # Re-ranked: topic 5 leads alone, and stays the current row.
    assert onglet.modele.ligne(0).sujet.numero == 5
    assert onglet.modele.index(0, 0).data() == "1"
    assert onglet.modele.index(1, 0).data() == "2 ex æquo"
    assert onglet.modele.ligne(vue.currentIndex().row()).sujet.numero == 5
    assert onglet.session.pile.undoText().startswith("Points au mur")
    onglet.session.pile.undo()
    assert _ligne(onglet, 5).points_mur == 0
    assert onglet.modele.index(0, 0).data() == "—"


def test_un_bulletin_hors_budget_est_refuse_et_la_saisie_reste(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    onglet = _page(fenetre).votes
    personne = _participant(onglet, 3)
    _donner(onglet, {1: 3, 2: 3, 3: 3})
    assert "9 points sur 7" in onglet.total_bulletin.text()
    assert "2 de trop" in onglet.total_bulletin.text()
    profondeur = onglet.session.pile.count()
    assert not onglet.enregistrer_bulletin()
    assert fenetre.dialogue is not None
    assert "retirez-en 2" in fenetre.dialogue.text()
    assert onglet.session.lire(lectures_convergence.bulletin, personne) == {}
    assert onglet.session.pile.count() == profondeur
    assert onglet.modele_bulletin.total() == 9
    assert onglet.participant_choisi() == personne


def test_un_bulletin_valide_change_les_totaux_et_le_classement(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    onglet = _page(fenetre).votes
    personne = _participant(onglet, 0)
    _donner(onglet, {2: 3, 5: 3, 7: 1})
    qtbot.mouseClick(onglet.enregistrer, Qt.MouseButton.LeftButton)
    assert onglet.session.lire(lectures_convergence.bulletin, personne) == {
        _uuid(onglet, 2): 3,
        _uuid(onglet, 5): 3,
        _uuid(onglet, 7): 1,
    }
    assert [li.sujet.numero for li in onglet.modele.lignes()[:3]] == [2, 5, 7]
    assert [onglet.modele.index(r, 0).data() for r in range(3)] == [
        "1 ex æquo",
        "1 ex æquo",
        "3",
    ]
    assert onglet.modele.index(0, 5).data() == "3"
    assert onglet.modele.index(0, 6).data() == "3"
    assert "1 personne(s) ont voté" in onglet.regles.text()
    assert "Bulletin déjà enregistré : 7" in onglet.deja_vote.text()
    onglet.session.pile.undo()
    assert onglet.session.lire(lectures_convergence.bulletin, personne) == {}
    assert onglet.modele.index(0, 0).data() == "—"


def test_le_budget_choisi_puis_remis_par_defaut(fenetre: FenetrePrincipale) -> None:
    onglet = _page(fenetre).votes
    assert onglet.budget_defaut.isChecked()
    assert "(7)" in onglet.budget_defaut.text()
    onglet.budget_defaut.setChecked(False)
    onglet.budget.setValue(10)
    resultats = onglet.session.lire(lectures_convergence.resultats_vote)
    assert (resultats.budget, resultats.budget_choisi, resultats.maximum_par_sujet) == (10, True, 5)
    assert "Au plus 5 point(s)" in onglet.regles.text()
    onglet.session.pile.undo()  # 7 -> 10
    onglet.session.pile.undo()  # default -> 7
    resultats = onglet.session.lire(lectures_convergence.resultats_vote)
    assert not resultats.budget_choisi
    assert onglet.budget_defaut.isChecked() and not onglet.budget.isEnabled()
