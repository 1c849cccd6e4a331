"""La salle de presse : son modèle sous QAbstractItemModelTester, ses filtres, le manquant
suivant, l'avancement, et le rafraîchissement après un changement d'état."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import lectures, presse
from app.changements import Changements, Genre
from app.document import DocumentForum
from app.presse import LignePresse
from modeles.entites import Recolte, Salle, Sujet
from modeles.valeurs import StatutRecolte
from vues.modeles_qt.presse import COLONNE_ETAT, ModelePresse
from vues.modeles_qt.tableau import ROLE_OBJET, ROLE_TRI
from vues.pages.salle_de_presse import PageSalleDePresse
from vues.session import SessionForum

MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def changer_statut(document: DocumentForum, numero: int, statut: StatutRecolte) -> Changements:
    """A direct write, standing for the harvest form's command (part A of the issue)."""
    with document.transaction() as session:
        sujet = session.scalars(select(Sujet).where(Sujet.numero == numero)).one()
        if sujet.recolte is None:
            sujet.recolte = Recolte(statut=statut)
        else:
            sujet.recolte.statut = statut
        return Changements.de(Genre.RECOLTE, [sujet.uuid]) | Changements.de(
            Genre.SUJET, [sujet.uuid]
        )


class Ouvertures(list[UUID]):
    def __call__(self, sujet: UUID) -> None:
        self.append(sujet)


@pytest.fixture
def ouvertures() -> Ouvertures:
    return Ouvertures()


@pytest.fixture
def page(
    qtbot: QtBot, document_demo: DocumentForum, ouvertures: Ouvertures
) -> Iterator[PageSalleDePresse]:
    session = SessionForum(document_demo)
    page = PageSalleDePresse(session, ouvrir_recolte=ouvertures)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.close()


def numeros(page: PageSalleDePresse) -> list[int]:
    return [ligne.numero for ligne in page.lignes_affichees()]


def ligne(page: PageSalleDePresse, numero: int) -> LignePresse:
    return next(x for x in page.modele.lignes() if x.numero == numero)


def texte(page: PageSalleDePresse, numero: int, colonne: int) -> str:
    rangee = page.modele.rangee_de(ligne(page, numero).sujet)
    assert rangee is not None
    return str(page.modele.index(rangee, colonne).data())


def choisir_numero(page: PageSalleDePresse, numero: int) -> None:
    assert page.choisir(ligne(page, numero).sujet)


# The model, without widgets


def test_modele_presse_sous_le_testeur(qapp: object, document_demo: DocumentForum) -> None:
    modele = ModelePresse()
    QAbstractItemModelTester(modele, MODE)
    lignes = presse.lignes_presse(document_demo)
    modele.actualiser(lignes)
    assert modele.rowCount() == 18
    titres = [modele.headerData(c, Qt.Orientation.Horizontal) for c in range(modele.columnCount())]
    assert titres == [
        "N°",
        "Atelier",
        "Jour/Heure",
        "Salle",
        "État",
        "Scribe",
        "Mots",
        "Photos",
        "Dernière modification",
    ]
    premiere = modele.index(0, 0)
    assert premiere.data(ROLE_OBJET) is lignes[0]
    assert [modele.index(0, c).data() for c in (0, 2, 3, 4, 5, 6, 7)] == [
        "2",
        "jeu. 14 mai, 10\u00a0h\u00a030 – 11\u00a0h\u00a045",
        "Agora",
        "✓ Prête",
        "Annie Gauthier",
        str(lignes[0].mots),
        str(lignes[0].photos),
    ]
    assert lignes[0].mots > 100
    assert modele.index(0, 8).data().startswith("jeu. 14 mai, ")
    manquante = next(r for r, x in enumerate(lignes) if x.manquante)
    assert modele.index(manquante, COLONNE_ETAT).data() == "○ À recevoir"
    assert modele.index(manquante, 8).data() == ""
    # Missing reports are in bold, besides their symbol; the others keep the table's font.
    police = modele.index(manquante, COLONNE_ETAT).data(Qt.ItemDataRole.FontRole)
    assert isinstance(police, QFont) and police.bold()
    assert modele.index(0, COLONNE_ETAT).data(Qt.ItemDataRole.FontRole) is None
    assert modele.index(0, 6).data(ROLE_TRI) == lignes[0].mots
    long = next(r for r, x in enumerate(lignes) if x.numero == 12)
    assert modele.index(long, 2).data().endswith("(2 créneaux)")
    assert "2 créneaux" in modele.index(long, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_modele_presse_met_a_jour_sans_reset(qapp: object, document_demo: DocumentForum) -> None:
    modele = ModelePresse()
    QAbstractItemModelTester(modele, MODE)
    lignes = presse.lignes_presse(document_demo)
    modele.actualiser(lignes)
    resets: list[bool] = []
    changees: list[tuple[int, int]] = []
    modele.modelAboutToBeReset.connect(lambda: resets.append(True))
    modele.dataChanged.connect(
        lambda debut, fin, _roles=(): changees.append((debut.row(), fin.column()))
    )
    cible = lignes[4]
    assert cible.statut is StatutRecolte.A_RECEVOIR
    changer_statut(document_demo, cible.numero, StatutRecolte.EN_SAISIE)
    relues = presse.lignes_presse(document_demo, {cible.sujet})
    assert modele.remplacer(relues, {cible.sujet})
    assert resets == [] and changees == [(4, modele.columnCount() - 1)]
    assert modele.index(4, COLONNE_ETAT).data() == "✎ En saisie"
    # The same rows, read again in full, change nothing.
    modele.actualiser(presse.lignes_presse(document_demo))
    assert resets == [] and len(changees) == 1
    # A session gone from the wall cannot be updated in place.
    assert not modele.remplacer([], {cible.sujet})
    modele.actualiser(lignes[1:])
    assert resets == [True] and modele.rowCount() == 17
    modele.definir_lignes([])
    assert modele.rowCount() == 0


# The page


def test_page_montre_l_avancement(page: PageSalleDePresse) -> None:
    assert page.avancement_texte.text() == "2 / 18 comptes rendus prêts"
    assert (page.barre.value(), page.barre.maximum()) == (2, 18)
    assert "○ À recevoir\u00a0: 13" in page.detail.text()
    assert "✎ En saisie\u00a0: 1" in page.detail.text()
    assert "✓ Prête\u00a0: 2" in page.detail.text()
    assert page.compte.text() == "18 ateliers"
    # The agenda's order by default: day, time, then rooms in their order.
    assert numeros(page)[:6] == [2, 1, 5, 4, 7, 11]


def test_filtres_manquants_creneau_salle_et_recherche(page: PageSalleDePresse) -> None:
    page.manquants.setChecked(True)
    assert len(numeros(page)) == 14
    assert all(x.manquante for x in page.lignes_affichees())
    assert page.compte.text() == "14 ateliers affichés sur 18"
    page.manquants.setChecked(False)

    long = ligne(page, 12)
    page.creneau_filtre.setCurrentIndex(page.creneau_filtre.findData(str(long.creneaux[1])))
    # The second slot of a two-slot session shows it too.
    assert 12 in numeros(page)
    assert all(long.creneaux[1] in x.creneaux for x in page.lignes_affichees())
    premier = ligne(page, 2).creneau
    page.creneau_filtre.setCurrentIndex(page.creneau_filtre.findData(str(premier)))
    assert numeros(page) == [2, 1, 5, 4, 7, 11]
    page.salle_filtre.setCurrentIndex(page.salle_filtre.findText("Agora"))
    assert numeros(page) == [2]
    page.creneau_filtre.setCurrentIndex(0)
    assert numeros(page) == [2, 13, 15]
    page.salle_filtre.setCurrentIndex(0)

    page.recherche.setText("verriere")  # no accent needed
    assert numeros(page) == [4, 3, 17, 18]
    page.recherche.setText("a relire")
    assert numeros(page) == [5, 4]
    page.recherche.clear()
    assert len(numeros(page)) == 18


def test_manquant_suivant_dans_l_ordre_de_l_agenda(
    page: PageSalleDePresse, ouvertures: Ouvertures, qtbot: QtBot
) -> None:
    suivante = page.aller_au_manquant_suivant()
    assert suivante is not None and suivante.numero == 7
    assert page.ligne_choisie() == suivante
    assert ouvertures == [suivante.sujet]
    page.activateWindow()
    page.tableau.setFocus()
    qtbot.keyClick(page.tableau, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    choisie = page.ligne_choisie()
    assert choisie is not None and choisie.numero == 11
    assert ouvertures[-1] == choisie.sujet
    qtbot.mouseClick(page.bouton_suivant, Qt.MouseButton.LeftButton)
    assert page.ligne_choisie() == ligne(page, 13)
    # From the last session of the agenda, the search starts over at the top.
    choisir_numero(page, 18)
    page.aller_au_manquant_suivant()
    assert page.ligne_choisie() == ligne(page, 7)
    assert len(ouvertures) == 4


def test_manquant_suivant_parmi_les_ateliers_affiches(
    page: PageSalleDePresse, ouvertures: Ouvertures
) -> None:
    page.salle_filtre.setCurrentIndex(page.salle_filtre.findText("Agora"))
    assert page.aller_au_manquant_suivant() == ligne(page, 13)
    assert page.aller_au_manquant_suivant() == ligne(page, 15)
    assert page.aller_au_manquant_suivant() == ligne(page, 13)
    page.recherche.setText("financement par projets")
    assert page.aller_au_manquant_suivant() is None
    assert page.message.text() == "Aucun compte rendu ne manque parmi les ateliers affichés."
    assert len(ouvertures) == 3


def test_manquant_suivant_sans_ouvrir(qtbot: QtBot, document_demo: DocumentForum) -> None:
    page = PageSalleDePresse(SessionForum(document_demo))
    qtbot.addWidget(page)
    suivante = page.aller_au_manquant_suivant()
    assert suivante is not None and page.ligne_choisie() == suivante
    page.ouvrir_choisie()  # nothing to open with: nothing happens


def test_double_clic_et_entree_ouvrent_le_compte_rendu(
    page: PageSalleDePresse, ouvertures: Ouvertures, qtbot: QtBot
) -> None:
    choisir_numero(page, 5)
    index = page.tableau.currentIndex()
    centre = page.tableau.visualRect(index).center()
    # A double-click is a press on the row, then the double-click (as a person makes it).
    qtbot.mouseClick(page.tableau.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(page.tableau.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert ouvertures == [ligne(page, 5).sujet]
    choisir_numero(page, 4)
    page.activateWindow()
    page.tableau.setFocus()
    qtbot.keyClick(page.tableau, Qt.Key.Key_Return)
    assert ouvertures == [ligne(page, 5).sujet, ligne(page, 4).sujet]


def test_un_changement_d_etat_rafraichit_la_ligne_sans_perdre_le_choix(
    page: PageSalleDePresse, document_demo: DocumentForum
) -> None:
    choisir_numero(page, 7)
    resets: list[bool] = []
    page.modele.modelAboutToBeReset.connect(lambda: resets.append(True))
    page.session.signaler(changer_statut(document_demo, 5, StatutRecolte.PRETE))
    assert texte(page, 5, COLONNE_ETAT) == "✓ Prête"
    assert page.avancement_texte.text() == "3 / 18 comptes rendus prêts"
    assert page.barre.value() == 3
    # A report never received gets its first row.
    page.session.signaler(changer_statut(document_demo, 13, StatutRecolte.EN_SAISIE))
    assert texte(page, 13, COLONNE_ETAT) == "✎ En saisie"
    assert "✎ En saisie\u00a0: 2" in page.detail.text()
    assert resets == []
    assert page.ligne_choisie() == ligne(page, 7)


def test_un_compte_rendu_pret_quitte_la_liste_des_manquants(
    page: PageSalleDePresse, document_demo: DocumentForum
) -> None:
    page.manquants.setChecked(True)
    assert 11 in numeros(page)
    page.session.signaler(changer_statut(document_demo, 11, StatutRecolte.PRETE))
    assert 11 not in numeros(page) and len(numeros(page)) == 13
    assert page.compte.text() == "13 ateliers affichés sur 18"


def test_une_page_cachee_relit_le_forum_en_revenant(
    page: PageSalleDePresse, document_demo: DocumentForum, qtbot: QtBot
) -> None:
    page.hide()
    page.session.signaler(changer_statut(document_demo, 4, StatutRecolte.PRETE))
    assert page.avancement_texte.text() == "2 / 18 comptes rendus prêts"
    page.show()
    qtbot.waitExposed(page)
    assert page.avancement_texte.text() == "3 / 18 comptes rendus prêts"
    assert texte(page, 4, COLONNE_ETAT) == "✓ Prête"


def test_un_atelier_retire_du_mur_ou_une_salle_renommee_relisent_tout(
    page: PageSalleDePresse, document_demo: DocumentForum
) -> None:
    trois = ligne(page, 3)
    with document_demo.transaction() as session:
        sujet = session.scalars(select(Sujet).where(Sujet.numero == 3)).one()
        sujet.salle = None
    page.session.signaler(Changements.de(Genre.SUJET, [trois.sujet]))
    assert 3 not in numeros(page) and page.avancement_texte.text() == "2 / 17 comptes rendus prêts"
    with document_demo.transaction() as session:
        salle = session.scalars(select(Salle).where(Salle.nom == "Agora")).one()
        salle.nom = "Grande Agora"
        uuid_salle = salle.uuid
    page.session.signaler(Changements.de(Genre.SALLE, [uuid_salle]))
    assert texte(page, 2, 3) == "Grande Agora"
    assert page.salle_filtre.findText("Grande Agora") > 0
    page.session.signaler(Changements(tout=True))
    assert page.modele.rowCount() == 17


def test_les_filtres_survivent_au_rechargement(
    page: PageSalleDePresse, document_demo: DocumentForum
) -> None:
    page.salle_filtre.setCurrentIndex(page.salle_filtre.findText("Verrière"))
    page.manquants.setChecked(True)
    assert numeros(page) == [3, 17, 18]
    page.session.signaler(Changements(tout=True))
    assert page.salle_filtre.currentText() == "Verrière"
    assert numeros(page) == [3, 17, 18]
    assert [s.nom for s in lectures.salles(document_demo)] == [
        page.salle_filtre.itemText(i) for i in range(1, page.salle_filtre.count())
    ]


def test_le_proxy_du_tableau_sous_le_testeur(page: PageSalleDePresse) -> None:
    QAbstractItemModelTester(page.filtre, MODE)
    page.manquants.setChecked(True)
    page.tableau.sortByColumn(COLONNE_ETAT, Qt.SortOrder.DescendingOrder)
    page.recherche.setText("salle")
    page.session.signaler(Changements(tout=True))
    assert page.filtre.rowCount() > 0
    assert page.filtre.index(0, 0, QModelIndex()).data(ROLE_OBJET).manquante
