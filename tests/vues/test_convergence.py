"""La page Convergence : les trois onglets de la lentille écosystème, sur la démo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.document import DocumentForum
from vues.application import creer_application
from vues.pages.convergence import PageConvergence
from vues.session import SessionForum


@pytest.fixture
def page(qtbot: QtBot, chemin_demo: Path) -> Iterator[PageConvergence]:
    creer_application()
    document = DocumentForum.ouvrir(chemin_demo)
    session = SessionForum(document)
    page = PageConvergence(session)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.close()
    document.fermer()


def _couleurs(widget: QWidget) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pas = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), pas)
            for y in range(0, image.height(), pas)
        }
    )


def test_qui_est_venu_trois_graphiques_non_vides(page: PageConvergence) -> None:
    assert set(page.graphiques) == {"type_acteur", "niveau_action", "region"}
    for graphique in page.graphiques.values():
        assert graphique.accessibleName()
        assert graphique.lignes()
        assert _couleurs(graphique) > 2
    assert sum(n for _, n in page.graphiques["type_acteur"].lignes()) == 40
    assert len(page.graphiques["niveau_action"].lignes()) == 4
    assert page.modeles["type_acteur"].lignes() == page.graphiques["type_acteur"].lignes()
    page.en_tableau.setChecked(True)
    assert page.pile_venus.currentIndex() == 1


def test_le_commutateur_change_les_noeuds_du_reseau(page: PageConvergence) -> None:
    page.onglets.setCurrentIndex(4)
    par_type = page.vue_reseau.nombre_noeuds()
    assert par_type == 12
    assert _couleurs(page.vue_reseau) > 2
    page.par_organisation.setChecked(True)
    assert page.vue_reseau.nombre_noeuds() > par_type
    assert "survolez" in page.legende_reseau.text()
    infobulles = [i.toolTip() for i in page.vue_reseau.scene().items() if i.toolTip()]
    assert len(infobulles) == page.vue_reseau.nombre_noeuds()
    page.par_type.setChecked(True)
    assert page.vue_reseau.nombre_noeuds() == par_type


def test_les_voix_absentes_listent_les_ateliers(page: PageConvergence) -> None:
    page.onglets.setCurrentIndex(5)
    lignes = page.modele_absences.lignes()
    assert len(lignes) == 18
    assert [a.numero for a in lignes] == sorted(a.numero for a in lignes)
    assert page.modele_absences.rowCount() == len(lignes)
    texte = page.modele_absences.index(0, 3).data()
    assert texte.split(" : ")[0].isdigit()
    assert "Jamais présents" in page.synthese.text()
    page.choix_absences.setCurrentIndex(1)
    assert page.pile_absences.currentIndex() == 1
    assert page.modele_themes.rowCount() == len({a.theme for a in lignes})


def test_aucun_nom_de_personne_sur_la_page(page: PageConvergence, chemin_demo: Path) -> None:
    from app import lectures

    noms = {p.nom for p in page.session.lire(lectures.participants)}
    page.par_organisation.setChecked(True)
    textes = [page.synthese.text(), page.vue_reseau.accessibleDescription()]
    textes += [i.toolTip() for i in page.vue_reseau.scene().items()]
    for modele in (page.modele_absences, page.modele_themes, *page.modeles.values()):
        textes += [
            str(modele.index(r, c).data())
            for r in range(modele.rowCount())
            for c in range(modele.columnCount())
        ]
    assert not [n for n in noms if any(n in t for t in textes)]
