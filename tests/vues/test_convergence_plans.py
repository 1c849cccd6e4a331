"""« Plans d'action » : ajouter, modifier, supprimer ; promouvoir des étapes des récoltes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import lectures, lectures_convergence
from vues.fenetre import FenetrePrincipale
from vues.pages.convergence import PageConvergence
from vues.pages.convergence_plans import OngletPlans


def _onglet(fenetre: FenetrePrincipale) -> OngletPlans:
    page = fenetre.aller_a("convergence")
    assert isinstance(page, PageConvergence)
    page.onglets.setCurrentWidget(page.plans)
    return page.plans


def test_ajouter_puis_modifier_un_plan_avec_porteurs_et_liens(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    onglet = _onglet(fenetre)
    session = onglet.session
    personnes = sorted(session.lire(lectures.participants), key=lambda p: p.nom.casefold())
    sujets = [s for s in session.lire(lectures.sujets) if s.actif]
    themes = session.lire(lectures_convergence.themes)
    qtbot.mouseClick(onglet.nouveau, Qt.MouseButton.LeftButton)
    onglet.action.setText("Créer un fonds commun pour la concertation")
    onglet.prochaine_etape.setPlainText("Réunir les bailleurs")
    onglet.echeance.definir(dt.date(2027, 3, 15))
    onglet.ressources.setText("Une coordination à mi-temps")
    onglet.partenaires.setText("Centraide, Fondation Chagnon, ")
    onglet.porteurs.cocher([personnes[0].uuid, personnes[1].uuid])
    onglet.sujets.cocher([sujets[1].uuid])
    onglet.themes.cocher([themes[1].uuid])
    qtbot.mouseClick(onglet.enregistrer, Qt.MouseButton.LeftButton)
    (plan,) = session.lire(lectures_convergence.plans)
    assert plan.action == "Créer un fonds commun pour la concertation"
    assert plan.echeance == dt.date(2027, 3, 15)
    assert plan.partenaires == ("Centraide", "Fondation Chagnon")
    assert {p.uuid for p in plan.porteurs} == {personnes[0].uuid, personnes[1].uuid}
    assert [s.uuid for s in plan.sujets] == [sujets[1].uuid]
    assert [t for t, _ in plan.themes] == [themes[1].uuid]
    assert onglet.plan_courant == plan.uuid and onglet.modele.rowCount() == 1
    assert personnes[0].nom in onglet.modele.index(0, 1).data()

    # Edit: no due date any more, one carrier less.
    onglet.sans_echeance.click()
    onglet.porteurs.cocher([personnes[1].uuid])
    onglet.action.setText("Créer un fonds commun")
    qtbot.mouseClick(onglet.enregistrer, Qt.MouseButton.LeftButton)
    (plan,) = session.lire(lectures_convergence.plans)
    assert (plan.action, plan.echeance) == ("Créer un fonds commun", None)
    assert [p.uuid for p in plan.porteurs] == [personnes[1].uuid]
    assert onglet.action.text() == "Créer un fonds commun"
    session.pile.undo()
    (plan,) = session.lire(lectures_convergence.plans)
    assert plan.echeance == dt.date(2027, 3, 15) and len(plan.porteurs) == 2

    qtbot.mouseClick(onglet.supprimer, Qt.MouseButton.LeftButton)
    assert session.lire(lectures_convergence.plans) == []
    assert onglet.plan_courant is None
    session.pile.undo()
    (restaure,) = session.lire(lectures_convergence.plans)
    assert restaure == plan


def test_un_plan_sans_action_est_refuse(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    onglet = _onglet(fenetre)
    onglet.ressources.setText("Du temps")
    qtbot.mouseClick(onglet.enregistrer, Qt.MouseButton.LeftButton)
    assert fenetre.dialogue is not None and "intitulé" in fenetre.dialogue.text()
    assert onglet.session.lire(lectures_convergence.plans) == []
    assert onglet.ressources.text() == "Du temps"


def test_promouvoir_des_etapes_en_un_geste_puis_annuler(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    onglet = _onglet(fenetre)
    session = onglet.session
    assert onglet.modele_etapes.rowCount() == 9
    choisies = [e.uuid for e in onglet.etapes[:3]]
    onglet.cocher_etapes(choisies)
    profondeur = session.pile.count()
    qtbot.mouseClick(onglet.promouvoir, Qt.MouseButton.LeftButton)
    plans = session.lire(lectures_convergence.plans)
    assert sorted(p.etape for p in plans if p.etape) == sorted(choisies)
    assert [p.action for p in plans] == [
        e.quoi for e in onglet.session.lire(lectures_convergence.etapes) if e.uuid in choisies
    ]
    assert session.pile.count() == profondeur + 1
    assert onglet.modele.rowCount() == 3
    assert onglet.modele_etapes.rowCount() == 6
    assert not set(choisies) & {e.uuid for e in onglet.etapes}
    # "Qui" names a registered participant: they carry the plan.
    assert (
        plans[0].porteurs
        and plans[0].porteurs[0].nom == onglet.session.lire(lectures_convergence.etapes)[0].qui
    )
    session.pile.undo()
    assert session.lire(lectures_convergence.plans) == []
    assert onglet.modele_etapes.rowCount() == 9
    session.pile.redo()
    assert {p.uuid for p in session.lire(lectures_convergence.plans)} == {p.uuid for p in plans}
