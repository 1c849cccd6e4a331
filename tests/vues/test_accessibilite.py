"""Accessibilité : chaque contrôle interactif a un nom pour les lecteurs d'écran.

The test walks the widgets of every page through Qt's accessibility interface (QAccessible),
as a screen reader would, and lists every interactive control whose accessible name is empty.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vues.fenetre import FenetrePrincipale

INTERACTIFS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def _nom(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def _decrire(widget: QWidget) -> str:
    chemin = []
    courant: QWidget | None = widget
    while courant is not None and len(chemin) < 4:
        chemin.append(f"{type(courant).__name__}({courant.objectName()})")
        courant = courant.parentWidget()
    return " < ".join(chemin)


def _sans_nom(racine: QWidget) -> list[str]:
    manquants = []
    for widget in racine.findChildren(QWidget):
        if not isinstance(widget, INTERACTIFS) or not widget.isVisibleTo(racine):
            continue
        # Parts of a named control: a combo's or a spin box's line edit, a scroll area's
        # scroll bars, a table's headers (their sections are named) and corner button.
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue
        if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
            continue
        if widget.objectName().startswith("qt_") or (
            isinstance(widget, QScrollBar)
            and parent is not None
            and parent.objectName().startswith("qt_scrollarea")
        ):
            continue
        if not _nom(widget):
            manquants.append(_decrire(widget))
    return manquants


def test_chaque_controle_de_chaque_page_a_un_nom(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    manquants: dict[str, list[str]] = {}
    for _, module, _ in fenetre._fabriques:
        page = fenetre.aller_a(module)
        assert page is not None
        qtbot.waitExposed(page)
        sans_nom = set(_sans_nom(page))
        # Every tab of every tab widget, as a person tabbing through would reach it.
        for onglets in page.findChildren(QTabWidget):
            for rang in range(onglets.count()):
                onglets.setCurrentIndex(rang)
                sans_nom |= {f"{onglets.tabText(rang)}: {w}" for w in _sans_nom(page)}
        if sans_nom:
            manquants[module] = sorted(sans_nom)
    assert not manquants, "\n".join(f"{m}: {w}" for m, liste in manquants.items() for w in liste)


def test_la_fenetre_et_ses_menus_ont_des_noms(fenetre: FenetrePrincipale) -> None:
    assert _nom(fenetre.navigation)
    for action in fenetre.menuBar().actions():
        assert action.text().replace("&", "").strip()
        menu = action.menu()
        for sous in menu.actions() if menu is not None else []:
            assert sous.isSeparator() or sous.text().replace("&", "").strip()


def test_un_controle_sans_nom_est_signale(qtbot: QtBot) -> None:
    racine = QWidget()
    qtbot.addWidget(racine)
    anonyme, nomme = QLineEdit(racine), QLineEdit(racine)
    nomme.setAccessibleName("Titre du sujet")
    racine.show()
    assert _sans_nom(racine) == [_decrire(anonyme)]
