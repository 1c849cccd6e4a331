"""Les sauvegardes automatiques dans l'application, et « Restaurer une sauvegarde… »."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app import lectures, sauvegardes
from app.operations.sujets import ajouter_sujet
from vues.fenetre import FenetrePrincipale
from vues.sauvegardes_auto import SauvegardesAutomatiques


def test_une_sauvegarde_peu_apres_l_ouverture(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    assert fenetre.session is not None
    chemin = fenetre.session.document.chemin
    assert chemin is not None
    with qtbot.waitSignal(fenetre.sauvegardes_auto.faite, timeout=10_000):
        pass
    (sauvegarde,) = sauvegardes.lister(chemin)
    assert sauvegarde.raison == "ouverture" and sauvegarde.sujets == 21


def test_toutes_les_n_minutes_seulement_si_le_forum_a_change(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    session = fenetre.session
    assert session is not None and session.document.chemin is not None
    auto = SauvegardesAutomatiques(session, fenetre.reglages, intervalle_ms=100)
    # Nothing changed: the timer fires, no copy is made.
    qtbot.wait(350)
    assert not any(s.raison == "periodique" for s in sauvegardes.lister(session.document.chemin))
    changements, _ = ajouter_sujet(session.document, "Après l'ouverture")
    session.signaler(changements)
    with qtbot.waitSignal(auto.faite, timeout=10_000) as signal:
        pass
    copie = Path(signal.args[0])
    assert "periodique" in copie.name
    periodiques = [
        s for s in sauvegardes.lister(session.document.chemin) if s.raison == "periodique"
    ]
    assert [s.sujets for s in periodiques] == [22]
    QThreadPool.globalInstance().waitForDone()


def test_restaurer_depuis_le_menu_remet_l_etat_et_garde_l_actuel(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    session = fenetre.session
    assert session is not None and session.document.chemin is not None
    chemin = session.document.chemin
    ancienne = sauvegardes.sauvegarder_forum(chemin, "manuelle")
    changements, _ = ajouter_sujet(session.document, "Sujet à défaire par restauration")
    session.signaler(changements)
    fenetre.action_restaurer.trigger()
    dialogue = fenetre.dialogue_sauvegardes
    assert dialogue.isVisible()
    rangee = next(i for i, s in enumerate(dialogue.liste) if s.chemin == ancienne)
    dialogue.tableau.selectRow(rangee)
    dialogue.accept()
    assert fenetre.session is not None and fenetre.session is not session
    assert len(fenetre.session.lire(lectures.sujets)) == 21
    raisons = [s.raison for s in sauvegardes.lister(chemin)]
    assert "restauration" in raisons
    etat_d_avant = next(s for s in sauvegardes.lister(chemin) if s.raison == "restauration")
    assert etat_d_avant.sujets == 22  # the state replaced is kept
    QThreadPool.globalInstance().waitForDone()
