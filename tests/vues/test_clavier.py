"""Une journée de forum sans souris : chaque geste part du contrôle qui a le focus.

Keys go to QApplication.focusWidget(), as they would for a person: the test only reaches a
control by Tab, arrows, Enter, Space and the window's shortcuts (Ctrl+1 to Ctrl+8 for the
pages). File dialogs are the one thing answered for the person (they are the platform's).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import lectures
from app.operations import recoltes
from vues.fenetre import FenetrePrincipale
from vues.modeles_qt.tableau import ROLE_OBJET

TITRE = "Mutualiser les locaux"
MAX_TABULATIONS = 60


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "aucun contrôle n'a le focus"
    return widget


def touche(qtbot: QtBot, cle: Qt.Key, modificateurs: Qt.KeyboardModifier | None = None) -> None:
    if modificateurs is None:
        qtbot.keyClick(_focus(), cle)
    else:
        qtbot.keyClick(_focus(), cle, modificateurs)


def taper(qtbot: QtBot, texte: str) -> None:
    qtbot.keyClicks(_focus(), texte)


def tabuler_jusqu_a(qtbot: QtBot, cible: QWidget) -> None:
    """Tab, comme une personne, jusqu'au contrôle voulu ; échoue s'il n'est pas atteignable."""
    vus = []
    for _ in range(MAX_TABULATIONS):
        if _focus() is cible or cible.isAncestorOf(_focus()):
            return
        vus.append(type(_focus()).__name__)
        touche(qtbot, Qt.Key.Key_Tab)
    pytest.fail(f"{type(cible).__name__} n'est pas atteignable avec Tab : {vus[:12]}…")


def aller(qtbot: QtBot, fenetre: FenetrePrincipale, module: str) -> QWidget:
    rangee = next(i for i, (_, m, _c) in enumerate(fenetre._fabriques) if m == module)
    touche(qtbot, Qt.Key(Qt.Key.Key_1 + rangee), Qt.KeyboardModifier.ControlModifier)
    page = fenetre.page(module)
    assert page is not None and fenetre.pile_pages.currentWidget() is page
    qtbot.waitExposed(page)
    assert page.isAncestorOf(_focus()), f"Ctrl+{rangee + 1} laisse le focus hors de la page"
    return page


def test_une_journee_de_forum_au_clavier(
    fenetre: FenetrePrincipale, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fenetre.activateWindow()
    fenetre.navigation.setFocus()
    # 1. The marketplace: a topic and its conveners, typed.
    marche = aller(qtbot, fenetre, "marche")
    tabuler_jusqu_a(qtbot, marche.saisie.titre)  # type: ignore[attr-defined]
    taper(qtbot, TITRE)
    touche(qtbot, Qt.Key.Key_Tab)
    taper(qtbot, "Karim Benali")
    touche(qtbot, Qt.Key.Key_Return)
    # The offscreen platform does not give the activation back from a closed completion list
    # (a desktop does): give it back as the window manager would.
    fenetre.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is fenetre)
    session = fenetre.session
    assert session is not None
    sujet = next(s for s in session.lire(lectures.sujets) if s.titre == TITRE)

    # 2. The wall: pick the topic in the list of topics to place, Enter, Enter.
    agenda = aller(qtbot, fenetre, "agenda")
    a_placer = agenda.a_placer  # type: ignore[attr-defined]
    tabuler_jusqu_a(qtbot, a_placer)
    for _ in range(a_placer.model().rowCount() + 1):
        if a_placer.currentIndex().data(ROLE_OBJET) is not None and (
            a_placer.currentIndex().data(ROLE_OBJET).uuid == sujet.uuid
        ):
            break
        touche(qtbot, Qt.Key.Key_Down)
    touche(qtbot, Qt.Key.Key_Return)
    assert _focus() is agenda.mur  # type: ignore[attr-defined]
    touche(qtbot, Qt.Key.Key_Return)
    assert next(s for s in session.lire(lectures.sujets) if s.uuid == sujet.uuid).place

    # 3. The harvest: choose the session in the list, then type the report.
    recolte = aller(qtbot, fenetre, "recolte")
    tableau = recolte.tableau  # type: ignore[attr-defined]
    tabuler_jusqu_a(qtbot, tableau)
    touche(qtbot, Qt.Key.Key_Home)
    for _ in range(tableau.model().rowCount() + 1):
        if recolte.formulaire.sujet == sujet.uuid:  # type: ignore[attr-defined]
            break
        touche(qtbot, Qt.Key.Key_Down)
    assert recolte.formulaire.sujet == sujet.uuid  # type: ignore[attr-defined]
    editeur = recolte.formulaire.saisie.editeurs["points_saillants"]  # type: ignore[attr-defined]
    tabuler_jusqu_a(qtbot, editeur)
    taper(qtbot, "Un local partage a Limoilou")
    qtbot.waitUntil(
        lambda: (
            recoltes.lire_recolte(session.document, sujet.uuid).contenu.points_saillants
            == "Un local partage a Limoilou"
        ),
        timeout=5000,
    )

    # 4. The book: Tab to its button, Space; the save dialog answers for the person.
    actes = aller(qtbot, fenetre, "actes")
    livre = tmp_path / "actes.pdf"
    monkeypatch.setattr(
        "vues.pages.actes.QFileDialog.getSaveFileName", lambda *a, **k: (str(livre), "")
    )
    tabuler_jusqu_a(qtbot, actes.boutons["livre"])  # type: ignore[attr-defined]
    touche(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(livre.exists, timeout=120_000)
    assert livre.read_bytes().startswith(b"%PDF")
