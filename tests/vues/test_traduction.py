"""L'interface en anglais : un .ts complet et à jour, chargé à l'exécution, tout en anglais."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.demo import document_demo
from modeles.ecosysteme import NIVEAUX_ACTION, REGIONS_QUEBEC, TYPES_ACTEUR
from vues import traduction
from vues.application import creer_application, reglages
from vues.fenetre import FenetrePrincipale

RACINE = Path(__file__).resolve().parents[2]
TS = RACINE / "ressources" / "traductions" / "forum-ouvert_en.ts"
# The one command that writes the .ts (also in CONTRIBUTING notes of the .ts header below).
OPTIONS_LUPDATE = [
    "-extensions",
    "py",
    "-locations",
    "none",
    "-no-obsolete",
    "-source-language",
    "fr_CA",
    "-target-language",
    "en",
    "vues",
]

_MARQUES = re.compile(r"%\d+|%n|\{[a-z_]*\}|</?[a-z0-9]+[^>]*>")


def _messages(chemin: Path) -> Iterator[tuple[str, ElementTree.Element]]:
    for contexte in ElementTree.parse(chemin).getroot().iter("context"):
        nom = contexte.findtext("name") or ""
        for message in contexte.iter("message"):
            yield nom, message


def _cles(chemin: Path) -> set[tuple[str, str, bool]]:
    return {
        (contexte, m.findtext("source") or "", m.get("numerus") == "yes")
        for contexte, m in _messages(chemin)
    }


def _outil(nom: str) -> str:
    voisin = Path(sys.executable).with_name(nom)
    trouve = str(voisin) if voisin.exists() else shutil.which(nom)
    assert trouve, f"{nom} est introuvable : il vient avec PySide6"
    return trouve


# --- (a) every message has a real English translation ---------------------------------------


def test_chaque_message_a_sa_traduction_anglaise() -> None:
    manquants = []
    for contexte, message in _messages(TS):
        source = message.findtext("source") or ""
        traduction_ = message.find("translation")
        assert traduction_ is not None
        formes = [f.text or "" for f in traduction_.iter("numerusform")] or [traduction_.text or ""]
        if traduction_.get("type") is not None or not all(f.strip() for f in formes):
            manquants.append((contexte, source))
            continue
        # Placeholders and tags survive translation, or the text breaks at run time.
        for forme in formes:
            attendu = sorted(_MARQUES.findall(source))
            if sorted(_MARQUES.findall(forme)) != attendu:
                manquants.append((contexte, f"{source!r} -> {forme!r} (marques)"))
        if message.get("numerus") == "yes":
            assert len(formes) == 2, (contexte, source)
    assert not manquants, f"{len(manquants)} message(s) sans traduction finie : {manquants[:20]}"


def test_le_ts_declare_ses_langues() -> None:
    racine = ElementTree.parse(TS).getroot()
    assert racine.get("sourcelanguage") == "fr_CA"
    assert racine.get("language") == "en"


# --- (b) the committed .ts is what lupdate extracts from vues/ today ------------------------


def test_le_ts_est_a_jour_avec_le_code(tmp_path: Path) -> None:
    extrait = tmp_path / "extrait_en.ts"
    subprocess.run(
        [_outil("pyside6-lupdate"), *OPTIONS_LUPDATE, "-ts", str(extrait)],
        cwd=RACINE,
        check=True,
        capture_output=True,
    )
    attendu, present = _cles(extrait), _cles(TS)
    nouveaux = sorted(attendu - present)
    disparus = sorted(present - attendu)
    assert not nouveaux and not disparus, (
        "Le .ts n'est plus à jour : lancez « pyside6-lupdate "
        + " ".join(OPTIONS_LUPDATE)
        + f" -ts {TS.relative_to(RACINE)} » puis traduisez.\n"
        f"Nouveaux : {nouveaux[:20]}\nDisparus : {disparus[:20]}"
    )


# --- the loader --------------------------------------------------------------------------------


def test_l_anglais_se_charge_et_le_francais_n_installe_rien(qapp: QCoreApplication) -> None:
    try:
        assert traduction.installer_traduction(qapp, "en") == "en"
        assert QCoreApplication.translate("FenetrePrincipale", "&Fichier") == "&File"
        assert QCoreApplication.translate("libelles", "Plénière") == "Plenary"
        assert traduction.installer_traduction(qapp, "fr") == "fr"
        assert QCoreApplication.translate("FenetrePrincipale", "&Fichier") == "&Fichier"
    finally:
        traduction.retirer_traductions(qapp)


def test_une_preference_inconnue_suit_le_systeme() -> None:
    assert traduction.langue_effective("en") == "en"
    assert traduction.langue_effective("fr") == "fr"
    assert traduction.langue_effective("klingon") in ("fr", "en")


def test_sans_qm_le_ts_est_compile_dans_les_donnees(
    qapp: QCoreApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dossier_donnees: Path
) -> None:
    paquet = tmp_path / "paquet"
    paquet.mkdir()
    shutil.copy2(TS, paquet / TS.name)
    monkeypatch.setattr(traduction, "dossier_traductions", lambda: paquet)
    try:
        assert traduction.installer_traduction(qapp, "en") == "en"
        assert (dossier_donnees / "traductions" / "forum-ouvert_en.qm").is_file()
        assert QCoreApplication.translate("FenetrePrincipale", "&Aide") == "&Help"
    finally:
        traduction.retirer_traductions(qapp)


def test_sans_qm_ni_lrelease_l_interface_reste_en_francais(
    qapp: QCoreApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paquet = tmp_path / "paquet"
    paquet.mkdir()
    shutil.copy2(TS, paquet / TS.name)
    monkeypatch.setattr(traduction, "dossier_traductions", lambda: paquet)
    monkeypatch.setattr(traduction, "_outil_lrelease", lambda: None)
    try:
        assert traduction.installer_traduction(qapp, "en") == "fr"
        assert QCoreApplication.translate("FenetrePrincipale", "&Aide") == "&Aide"
    finally:
        traduction.retirer_traductions(qapp)


def test_les_preferences_gardent_la_langue_choisie(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    fenetre.action_preferences.trigger()
    dialogue = fenetre.dialogue_preferences
    qtbot.waitExposed(dialogue)
    dialogue.langue.setCurrentIndex(dialogue.langue.findData("en"))
    dialogue.accept()
    assert reglages().value(traduction.CLE_LANGUE) == "en"
    assert "prochain démarrage" in " ".join(lab.text() for lab in dialogue.findChildren(QLabel))


# --- (c) the whole window in English: no French left in its chrome --------------------------

_ACCENTS = re.compile(r"[éèêëàâçùûîïôœÉÈÊÀÂÇÙÛÎÔŒ«»]")
_MOTS_FRANCAIS = re.compile(
    r"\b(?:le|la|les|des|du|une?|et|ou|sur|sujets?|salles?|ateliers?|cr[ée]neaux?|r[ée]coltes?"
    r"|porteurs?|aucune?|fichiers?|ouvrir|fermer|annuler|ajouter|supprimer|chercher|personnes?"
    r"|jour|journ[ée]es?|mur|actes|comptes?|rendus?|nom|pr[ée]nom|courriel)\b",
    re.IGNORECASE,
)


def _donnees_du_forum(valeur: object) -> Iterator[str]:
    """Chaque texte saisi dans le forum de démonstration : des données, pas l'interface."""
    if isinstance(valeur, str):
        yield valeur
        yield from valeur.splitlines()
    elif isinstance(valeur, dict):
        for v in valeur.values():
            yield from _donnees_du_forum(v)
    elif isinstance(valeur, list | tuple):
        for v in valeur:
            yield from _donnees_du_forum(v)


def _textes_de_l_interface(fenetre: FenetrePrincipale) -> Iterator[tuple[str, str]]:
    def de(objet: QObject, quoi: str) -> str:
        return f"{type(objet).__name__}({objet.objectName()}).{quoi}"

    for menu in fenetre.menuBar().findChildren(QMenu) + fenetre.findChildren(QMenu):
        menu.aboutToShow.emit()
        yield de(menu, "title"), menu.title()
        for action in menu.actions():
            yield de(menu, "action"), action.text()
            yield de(menu, "action.toolTip"), action.toolTip()
    for rangee in range(fenetre.navigation.count()):
        item = fenetre.navigation.item(rangee)
        yield "navigation", item.text()
    for widget in fenetre.findChildren(QWidget):
        yield de(widget, "accessibleName"), widget.accessibleName()
        yield de(widget, "toolTip"), widget.toolTip()
        if isinstance(widget, QAbstractButton | QLabel):
            yield de(widget, "text"), widget.text()
        elif isinstance(widget, QGroupBox):
            yield de(widget, "title"), widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield de(widget, "tabText"), widget.tabText(i)
                yield de(widget, "tabToolTip"), widget.tabToolTip(i)
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield de(widget, "placeholderText"), widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield de(widget, "item"), widget.itemText(i)
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            entetes = (
                widget.header() if isinstance(widget, QTreeView) else widget.horizontalHeader()
            )
            for colonne in range(entetes.count()):
                entete = widget.model().headerData(colonne, Qt.Orientation.Horizontal)
                yield de(widget, "header"), str(entete or "")


def _francais(texte: str) -> bool:
    return bool(_ACCENTS.search(texte) or _MOTS_FRANCAIS.search(texte))


def test_toute_l_interface_est_en_anglais(
    fenetre_anglaise: FenetrePrincipale, qtbot: QtBot, chemin_demo: Path
) -> None:
    fenetre = fenetre_anglaise
    for module in [m for _, m, _ in fenetre._fabriques]:
        page = fenetre.aller_a(module)
        assert page is not None
        qtbot.waitExposed(page)
    # Names, titles, rooms, notes typed into the forum are the user's words, in their language;
    # so are the values of the ecosystem lens, stored in the file as the seed text names them.
    saisies = _donnees_du_forum([document_demo(), TYPES_ACTEUR, NIVEAUX_ACTION, REGIONS_QUEBEC])
    donnees = sorted(
        {d.strip().casefold() for d in saisies if len(d.strip()) >= 3}
        | {"forum ouvert", str(chemin_demo).casefold()},
        key=len,
        reverse=True,
    )
    restes = set()
    for ou, texte in _textes_de_l_interface(fenetre):
        propre = html.unescape(re.sub(r"<[^>]+>", " ", texte).replace("&&", "&")).casefold()
        propre = re.sub(r"&(?=\w)", "", propre)
        for donnee in donnees:
            if donnee in propre:
                propre = propre.replace(donnee, " ")
        if _francais(propre):
            restes.add((ou, texte))
    assert not restes, f"{len(restes)} texte(s) encore en français :\n" + "\n".join(
        f"  {ou}: {texte!r}" for ou, texte in sorted(restes)
    )
    assert fenetre.menuBar().actions()[0].text() == "&File"


def test_creer_application_suit_la_preference(qapp: QCoreApplication) -> None:
    reglages().setValue(traduction.CLE_LANGUE, "en")
    creer_application()
    assert QCoreApplication.translate("FenetrePrincipale", "&Édition") == "&Edit"
