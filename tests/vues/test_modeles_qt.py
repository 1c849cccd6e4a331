"""Les modèles d'items, sans widget, vérifiés par QAbstractItemModelTester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app import lectures
from app.document import DocumentForum
from modeles.valeurs import NatureCreneau
from vues.modeles_qt.mur import ModeleMur
from vues.modeles_qt.tableau import ROLE_OBJET, ROLE_TRI, Colonne, ModeleTableau

MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_modele_tableau(qapp: object, document_demo: DocumentForum) -> None:
    modele = ModeleTableau(
        [
            Colonne("N°", lambda s: str(s.numero), tri=lambda s: s.numero),
            Colonne("Sujet", lambda s: s.titre),
        ]
    )
    QAbstractItemModelTester(modele, MODE)
    sujets = lectures.sujets(document_demo)
    modele.definir_lignes(sujets)
    assert modele.rowCount() == len(sujets) > 0
    assert modele.columnCount() == 2
    assert modele.headerData(1, Qt.Orientation.Horizontal) == "Sujet"
    index = modele.index(0, 1)
    assert index.data() == sujets[0].titre
    assert index.data(ROLE_OBJET) is sujets[0]
    assert modele.index(0, 0).data(ROLE_TRI) == sujets[0].numero
    modele.definir_lignes([])
    assert modele.rowCount() == 0


def test_modele_mur_place_chaque_sujet_dans_sa_case(
    qapp: object, document_demo: DocumentForum
) -> None:
    modele = ModeleMur()
    QAbstractItemModelTester(modele, MODE)
    creneaux = lectures.creneaux(document_demo)
    salles = lectures.salles(document_demo)
    sujets = lectures.sujets(document_demo)
    jour = creneaux[0].jour
    du_jour = [c for c in creneaux if c.jour == jour]
    modele.definir(du_jour, salles, sujets)
    assert (modele.rowCount(), modele.columnCount()) == (len(du_jour), len(salles))
    places = 0
    for rangee, creneau in enumerate(du_jour):
        for colonne, salle in enumerate(salles):
            sujet = modele.index(rangee, colonne).data(ROLE_OBJET)
            if sujet is not None:
                assert (sujet.creneau, sujet.salle) == (creneau.uuid, salle.uuid)
                assert creneau.nature is NatureCreneau.ATELIER
                assert str(sujet.numero) in modele.index(rangee, colonne).data()
                places += 1
    attendus = [s for s in sujets if s.creneau in {c.uuid for c in du_jour}]
    assert places == len(attendus) > 0
