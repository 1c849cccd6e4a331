"""La page Préparation, pilotée comme une personne : salles et créneaux, annuler, refuser."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import lectures
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.echange.format import sans_horodatages
from modeles.valeurs import NatureCreneau
from tests.vues.glisser import glisser_deposer
from vues.commandes.salles import AjouterSalle, ModifierSalle, ReordonnerSalles, SupprimerSalle
from vues.fenetre import FenetrePrincipale
from vues.pages import preparation_salles
from vues.pages.preparation import PagePreparation
from vues.pages.preparation_creneaux import EditeurCreneaux, ModeleCreneaux
from vues.pages.preparation_salles import EditeurSalles, ModeleSalles
from vues.session import SessionForum

NBSP = "\u00a0"
MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def page(fenetre: FenetrePrincipale, qtbot: QtBot) -> PagePreparation:
    fenetre.aller_a("preparation")
    page = fenetre.page("preparation")
    assert isinstance(page, PagePreparation)
    qtbot.waitExposed(page)
    return page


def _session(fenetre: FenetrePrincipale) -> SessionForum:
    assert fenetre.session is not None
    return fenetre.session


def _noms(session: SessionForum) -> list[str]:
    return [s.nom for s in session.lire(lectures.salles)]


def _editeur_ouvert(qtbot: QtBot, vue: Any, rangee: int, colonne: int) -> QWidget:
    """Ouvre l'éditeur d'une case, comme F2 ou un double clic."""
    index = vue.model().index(rangee, colonne)
    vue.setCurrentIndex(index)
    vue.setFocus()
    vue.edit(index)
    editeur = vue.indexWidget(index)
    assert isinstance(editeur, QLineEdit | QTimeEdit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editeur)
    return editeur


def _sans_nbsp(texte: str) -> str:
    return texte.replace(NBSP, " ")


# --- modèles sans widget -------------------------------------------------------------------


def test_les_modeles_editables_sous_le_testeur(qapp: object, document_demo: DocumentForum) -> None:
    modifications: list[tuple[Any, dict[str, Any]]] = []
    salles = ModeleSalles(lambda s, c: modifications.append((s, c)) or True, lambda o: True)
    QAbstractItemModelTester(salles, MODE)
    lues = lectures.salles(document_demo)
    salles.definir_lignes(lues)
    assert salles.rowCount() == len(lues)
    assert salles.index(0, ModeleSalles.PLACES).data() == str(lues[0].capacite)
    assert salles.index(0, ModeleSalles.ACCESSIBLE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert salles.flags(salles.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert salles.setData(salles.index(0, ModeleSalles.PLACES), "12")
    assert not salles.setData(salles.index(0, ModeleSalles.PLACES), "douze")
    assert salles.setData(salles.index(0, ModeleSalles.EQUIPEMENT), "micro, écran")
    assert [c for _, c in modifications] == [
        {"capacite": 12},
        {"equipements": ["micro", " écran"]},
    ]
    # Same rows, one changed: no reset, the view keeps its editor and selection.
    resets: list[bool] = []
    salles.modelReset.connect(lambda: resets.append(True))
    salles.definir_lignes([dataclasses.replace(lues[0], nom="Forum"), *lues[1:]])
    assert salles.index(0, 0).data() == "Forum" and not resets
    salles.definir_lignes(list(reversed(lues)))
    assert resets

    creneaux = ModeleCreneaux(lambda c, champs: modifications.append((c, champs)) or True)
    QAbstractItemModelTester(creneaux, MODE)
    lus = lectures.creneaux(document_demo)
    creneaux.definir_lignes(lus)
    ronde = next(i for i, c in enumerate(lus) if c.libelle == "Ronde 1")
    # Moving the start keeps the length (75 min).
    assert creneaux.setData(creneaux.index(ronde, ModeleCreneaux.DEBUT), dt.time(13))
    assert modifications[-1][1] == {"debut": dt.time(13), "fin": dt.time(14, 15)}
    assert creneaux.index(1, ModeleCreneaux.JOUR).data() == ""  # the day on its first slot only


# --- salles ----------------------------------------------------------------------------------


def test_ajouter_une_salle_puis_la_renommer(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_salles
    qtbot.keyClicks(editeur.nouveau_nom, "Salle Maillard")
    qtbot.keyClick(editeur.nouveau_nom, Qt.Key.Key_Return)
    assert _noms(session)[-1] == "Salle Maillard"
    assert editeur.nouveau_nom.text() == ""
    assert fenetre.action_annuler.text() == "Annuler Ajouter la salle « Salle Maillard »"
    rangee = editeur.modele.rowCount() - 1
    assert editeur.vue.currentIndex().row() == rangee

    champ = _editeur_ouvert(qtbot, editeur.vue, rangee, ModeleSalles.NOM)
    assert isinstance(champ, QLineEdit)
    champ.selectAll()
    champ.insert("Salle Gérin-Lajoie")  # QTest types ASCII only
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _noms(session)[-1] == "Salle Gérin-Lajoie")
    assert fenetre.action_annuler.text() == "Annuler Renommer la salle « Salle Maillard »"

    session.pile.undo()
    assert _noms(session)[-1] == "Salle Maillard"
    session.pile.undo()
    assert "Salle Maillard" not in _noms(session)
    session.pile.redo()
    session.pile.redo()
    assert _noms(session)[-1] == "Salle Gérin-Lajoie"


def test_une_salle_invalide_est_refusee_a_la_case(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_salles
    avant = sans_horodatages(exporter_document(session.document))

    qtbot.keyClick(editeur.nouveau_nom, Qt.Key.Key_Return)
    assert editeur.message_ajout.isVisible()
    assert "ne peut pas être vide" in editeur.message_ajout.text()
    assert "border: 2px solid" in editeur.nouveau_nom.styleSheet()

    champ = _editeur_ouvert(qtbot, editeur.vue, 1, ModeleSalles.NOM)
    champ.selectAll()
    qtbot.keyClicks(champ, "agora")
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    # Refused: the editor stays open with the rule's message beside and under it.
    assert champ.isVisible()
    assert "porte déjà le nom « agora »" in champ.toolTip()
    assert editeur.message.isVisible()
    assert "porte déjà le nom « agora »" in editeur.message.text()
    qtbot.keyClick(champ, Qt.Key.Key_Escape)

    champ = _editeur_ouvert(qtbot, editeur.vue, 1, ModeleSalles.PLACES)
    champ.selectAll()
    qtbot.keyClicks(champ, "-4")
    qtbot.keyClick(champ, Qt.Key.Key_Tab)
    assert champ.isVisible()
    assert "nombre entier" in editeur.message.text()
    qtbot.keyClick(champ, Qt.Key.Key_Escape)

    assert sans_horodatages(exporter_document(session.document)) == avant
    assert session.pile.count() == 0


def test_modifier_places_equipement_et_accessibilite(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_salles
    champ = _editeur_ouvert(qtbot, editeur.vue, 0, ModeleSalles.PLACES)
    champ.selectAll()
    qtbot.keyClicks(champ, "75")
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.lire(lectures.salles)[0].capacite == 75)
    champ = _editeur_ouvert(qtbot, editeur.vue, 0, ModeleSalles.EQUIPEMENT)
    champ.selectAll()
    champ.insert("micro, , écran tactile, micro")
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.lire(lectures.salles)[0].equipements[0] == "micro")
    editeur.vue.setCurrentIndex(editeur.modele.index(0, ModeleSalles.ACCESSIBLE))
    qtbot.keyClick(editeur.vue, Qt.Key.Key_Space)
    agora = session.lire(lectures.salles)[0]
    assert (agora.nom, agora.capacite, agora.equipements, agora.accessible) == (
        "Agora",
        75,
        ("micro", "écran tactile"),
        False,
    )
    assert fenetre.action_annuler.text() == "Annuler Changer l'accessibilité de « Agora »"
    for _ in range(3):
        session.pile.undo()
    assert session.lire(lectures.salles)[0].capacite == 60


def test_reordonner_au_clavier_et_en_glissant(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_salles
    avant = sans_horodatages(exporter_document(session.document))
    depart = _noms(session)

    editeur.vue.setFocus()
    editeur.vue.selectRow(2)
    qtbot.keyClick(editeur.vue, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _noms(session)[:3] == [depart[0], depart[2], depart[1]]
    assert editeur.salle_choisie() is not None
    assert editeur.salle_choisie().nom == depart[2]  # the moved room stays chosen
    assert fenetre.action_annuler.text() == "Annuler Réordonner les salles"
    qtbot.mouseClick(_bouton(editeur, editeur.action_descendre), Qt.MouseButton.LeftButton)
    assert _noms(session) == depart
    editeur.vue.selectRow(0)
    assert not editeur.action_monter.isEnabled()

    # Drag the first room onto the lower edge of the fourth: it lands after it.
    modele = editeur.modele
    donnees = modele.mimeData([modele.index(0, 0)])
    case = editeur.vue.visualRect(modele.index(3, 0))
    point = QPoint(case.center().x(), case.bottom() - 1)
    viewport = editeur.vue.viewport()
    glisser_deposer(viewport, QPointF(point), Qt.DropAction.MoveAction, donnees)
    assert _noms(session) == [depart[1], depart[2], depart[3], depart[0], *depart[4:]]

    while session.pile.canUndo():
        session.pile.undo()
    assert sans_horodatages(exporter_document(session.document)) == avant


def _bouton(editeur: QWidget, action: QAction) -> QToolButton:
    return next(b for b in editeur.findChildren(QToolButton) if b.defaultAction() is action)


def test_supprimer_une_salle_occupee_demande_puis_annuler(
    fenetre: FenetrePrincipale,
    page: PagePreparation,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_salles
    avant = sans_horodatages(exporter_document(session.document))
    agora = session.lire(lectures.salles)[0]
    ateliers = {s.uuid: s for s in session.lire(lectures.sujets) if s.salle == agora.uuid}
    assert ateliers
    questions: list[str] = []

    def repondre(reponse: bool) -> None:
        monkeypatch.setattr(
            preparation_salles,
            "confirmer",
            lambda parent, titre, texte: questions.append(texte) or reponse,
        )

    repondre(False)
    editeur.vue.setFocus()
    editeur.vue.selectRow(0)
    qtbot.keyClick(editeur.vue, Qt.Key.Key_Delete)
    assert f"{len(ateliers)} ateliers placés sur le mur en seront retirés" in questions[-1]
    assert "Agora" in _noms(session)

    repondre(True)
    qtbot.keyClick(editeur.vue, Qt.Key.Key_Delete)
    assert "Agora" not in _noms(session)
    sujets = {s.uuid: s for s in session.lire(lectures.sujets)}
    assert set(ateliers) <= set(sujets)  # topics are kept, off the wall
    assert all(not sujets[u].place for u in ateliers)
    assert fenetre.action_annuler.text() == "Annuler Supprimer la salle « Agora »"

    session.pile.undo()
    sujets = {s.uuid: s for s in session.lire(lectures.sujets)}
    assert all(
        (sujets[u].salle, sujets[u].creneau) == (agora.uuid, a.creneau) for u, a in ateliers.items()
    )
    assert sans_horodatages(exporter_document(session.document)) == avant


# --- créneaux --------------------------------------------------------------------------------


def _rangee(editeur: EditeurCreneaux, libelle: str, jour: dt.date | None = None) -> int:
    return next(
        i
        for i, c in enumerate(editeur.modele.lignes())
        if c.libelle == libelle and (jour is None or c.jour == jour)
    )


def test_un_creneau_invalide_est_refuse_a_la_case(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_creneaux
    avant = sans_horodatages(exporter_document(session.document))
    rangee = _rangee(editeur, "Ronde 1")

    champ = _editeur_ouvert(qtbot, editeur.vue, rangee, ModeleCreneaux.FIN)
    assert isinstance(champ, QTimeEdit)
    champ.setTime(QTime(10, 0))
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    assert champ.isVisible()
    assert "border: 2px solid" in champ.styleSheet()
    assert editeur.message.isVisible()
    assert editeur.message.text() == "L'heure de fin doit suivre l'heure de début."
    assert champ.toolTip() == editeur.message.text()
    qtbot.keyClick(champ, Qt.Key.Key_Escape)

    # 10 h 20 → 11 h 35 (the length is kept) runs over the pause before it.
    champ = _editeur_ouvert(qtbot, editeur.vue, rangee, ModeleCreneaux.DEBUT)
    champ.setTime(QTime(10, 20))
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    assert champ.isVisible()
    assert "chevauche « Pause (10 h 15 – 10 h 30) »" in _sans_nbsp(editeur.message.text())
    qtbot.keyClick(champ, Qt.Key.Key_Escape)

    assert sans_horodatages(exporter_document(session.document)) == avant
    assert session.pile.count() == 0

    # A valid end is written, and the message goes away.
    champ = _editeur_ouvert(qtbot, editeur.vue, rangee, ModeleCreneaux.FIN)
    assert not editeur.message.isVisible()
    champ.setTime(QTime(11, 30))
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.pile.count() == 1)
    ronde = session.lire(lectures.creneaux)[rangee]
    assert (ronde.libelle, ronde.fin) == ("Ronde 1", dt.time(11, 30))
    assert fenetre.action_annuler.text().startswith("Annuler Changer l'heure de fin de « Ronde 1")
    session.pile.undo()
    assert sans_horodatages(exporter_document(session.document)) == avant


def test_deplacer_un_creneau_le_range_a_sa_nouvelle_place(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    """The rows are re-sorted under the open editor: no warning, the slot stays chosen."""
    session = _session(fenetre)
    editeur = page.editeur_creneaux
    rangee = _rangee(editeur, "Nouvelles du soir")
    champ = _editeur_ouvert(qtbot, editeur.vue, rangee, ModeleCreneaux.DEBUT)
    champ.setTime(QTime(7, 45))
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editeur.modele.lignes()[0].libelle == "Nouvelles du soir")
    premier = session.lire(lectures.creneaux)[0]
    assert (premier.debut, premier.fin) == (dt.time(7, 45), dt.time(8, 30))
    choisi = editeur.creneau_choisi()
    assert choisi is not None and choisi.libelle == "Nouvelles du soir"
    session.pile.undo()
    assert editeur.modele.lignes()[rangee].libelle == "Nouvelles du soir"


def test_un_creneau_occupe_garde_sa_nature(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_creneaux
    rangee = _rangee(editeur, "Ronde 1")
    editeur.modele.setData(editeur.modele.index(rangee, ModeleCreneaux.NATURE), "pause")
    assert "retirez-les du mur" in editeur.message.text()
    assert session.lire(lectures.creneaux)[rangee].nature is NatureCreneau.ATELIER


def test_ajouter_puis_supprimer_un_creneau(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_creneaux
    avant = sans_horodatages(exporter_document(session.document))
    editeur.vue.selectRow(_rangee(editeur, "Ronde 1"))
    qtbot.mouseClick(_bouton(editeur, editeur.action_ajouter), Qt.MouseButton.LeftButton)
    nouveau = editeur.creneau_choisi()
    assert nouveau is not None
    assert (nouveau.jour, nouveau.debut, nouveau.fin) == (
        dt.date(2026, 5, 14),
        dt.time(16, 30),
        dt.time(17, 30),
    )
    # An empty slot goes without a question.
    editeur.confirmer = lambda *_: pytest.fail("rien à retirer du mur : pas de question")
    editeur.vue.setFocus()
    qtbot.keyClick(editeur.vue, Qt.Key.Key_Delete)
    assert sans_horodatages(exporter_document(session.document)) == avant


def test_generer_une_journee_depuis_le_dialogue(
    fenetre: FenetrePrincipale, page: PagePreparation, qtbot: QtBot
) -> None:
    session = _session(fenetre)
    editeur = page.editeur_creneaux
    avant = sans_horodatages(exporter_document(session.document))
    qtbot.mouseClick(_bouton(editeur, editeur.action_generer), Qt.MouseButton.LeftButton)
    dialogue = editeur.dialogue_journee
    assert dialogue is not None
    qtbot.waitExposed(dialogue)
    assert dialogue.jour() == dt.date(2026, 5, 16)  # the day after the last one
    assert dialogue.modele_apercu.rowCount() == 9
    assert dialogue.modele_apercu.ligne(2).libelle == "Ronde 6"  # numbering goes on

    # On a day that already has slots, the preview says why and nothing can be added.
    dialogue.champ_jour.setDate(QDate(2026, 5, 14))
    assert dialogue.message.isVisible()
    assert "chevauche" in dialogue.message.text()
    assert not dialogue.bouton_ajouter.isEnabled()

    dialogue.champ_jour.setDate(QDate(2026, 5, 16))
    dialogue.champ_rondes.setValue(2)
    assert dialogue.modele_apercu.rowCount() == 7
    assert dialogue.bouton_ajouter.isEnabled()
    ok = dialogue.boutons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    du_16 = [c for c in session.lire(lectures.creneaux) if c.jour == dt.date(2026, 5, 16)]
    assert [c.libelle for c in du_16] == [
        "Plénière d'ouverture",
        "Pause",
        "Ronde 6",
        "Pause",
        "Ronde 7",  # ends at 12 h 15, nearest to noon
        "Dîner",
        "Plénière de clôture",
    ]
    assert fenetre.action_annuler.text() == "Annuler Générer la journée du 16 mai"
    session.pile.undo()
    assert sans_horodatages(exporter_document(session.document)) == avant
    session.pile.redo()
    assert [c.uuid for c in session.lire(lectures.creneaux) if c.jour == dt.date(2026, 5, 16)] == [
        c.uuid for c in du_16
    ]


# --- annuler / rétablir, en propriété ----------------------------------------------------------

GESTES = st.lists(
    st.tuples(st.sampled_from(["ajouter", "renommer", "monter", "supprimer"]), st.integers(0, 9)),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(gestes=GESTES)
def test_propriete_annuler_tout_rend_le_forum_identique(
    qapp: object, chemin_demo: Path, gestes: list[tuple[str, int]]
) -> None:
    # A fresh copy per example: a failing example must not leave its edits to the next one.
    copie = chemin_demo.with_name(f"{uuid4()}.forum")
    shutil.copy2(chemin_demo, copie)
    session = SessionForum(DocumentForum.ouvrir(copie))
    try:
        avant = sans_horodatages(exporter_document(session.document))
        for numero, (geste, rang) in enumerate(gestes):
            salles = session.lire(lectures.salles)
            salle = salles[rang % len(salles)]
            if geste == "ajouter":
                commande: Any = AjouterSalle(session, {"nom": f"Salle {numero}"})
            elif geste == "renommer":
                commande = ModifierSalle(
                    session, salle.uuid, salle.nom, {"nom": salle.nom}, {"nom": f"Loge {numero}"}
                )
            elif geste == "monter":
                ordre = [s.uuid for s in salles]
                ordre.insert(0, ordre.pop(rang % len(ordre)))
                commande = ReordonnerSalles(session, {s.uuid: s.ordre for s in salles}, ordre)
            else:
                commande = SupprimerSalle(session, salle.uuid, salle.nom)
            assert session.executer(commande)
        apres = sans_horodatages(exporter_document(session.document))
        while session.pile.canUndo():
            session.pile.undo()
        assert sans_horodatages(exporter_document(session.document)) == avant
        while session.pile.canRedo():
            session.pile.redo()
        assert sans_horodatages(exporter_document(session.document)) == apres
    finally:
        session.fermer()


def test_les_editeurs_se_construisent_seuls(qtbot: QtBot, document_demo: DocumentForum) -> None:
    session = SessionForum(document_demo)
    salles = EditeurSalles(session)
    creneaux = EditeurCreneaux(session)
    qtbot.addWidget(salles)
    qtbot.addWidget(creneaux)
    assert salles.modele.rowCount() == len(lectures.salles(document_demo))
    assert creneaux.modele.rowCount() == len(lectures.creneaux(document_demo))
    session.executer(AjouterSalle(session, {"nom": "Atelier du port"}))
    assert salles.modele.lignes()[-1].nom == "Atelier du port"
