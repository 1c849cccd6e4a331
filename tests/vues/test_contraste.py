"""Grande police, thèmes à fort contraste : un texte lisible, rien dit par la couleur seule.

Each test sets the application's font or palette the way a desktop does (QApplication.setFont,
QApplication.setPalette) and measures what the views paint: the colours a delegate chose against
the background it paints (WCAG 4.5:1 for text), row heights, label widths. A fixture restores the
application's font and palette after every test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from app.document import DocumentForum
from modeles.conflits import Gravite
from modeles.ecosysteme import Reseau
from vues.contraste import (
    GRAPHIQUE_MIN,
    RENFORCE,
    TEXTE_MIN,
    contraste,
    haut_contraste,
    lisible_sur,
    luminance,
)
from vues.delegues.case_mur import (
    PAPIER,
    DelegueCaseMur,
    couleurs_bande,
    couleurs_case,
    hauteur_atelier,
)
from vues.fenetre import FenetrePrincipale
from vues.modeles_qt.mur import FOND_HORS_ATELIER, ROLE_ATELIER, ROLE_CONFLITS, ModeleMur
from vues.modeles_qt.presse import ModelePresse
from vues.pages.agenda import PageAgenda
from vues.pages.ecosysteme_graphiques import (
    GraphiqueBarres,
    VueReseau,
    couleur_barres,
    couleurs_reseau,
)
from vues.pages.salle_de_presse import PageSalleDePresse
from vues.projecteur import FenetreProjecteur
from vues.projecteur_dessin import BANDE, CARTE, PROJECTION, couleurs_projection
from vues.session import SessionForum

GROS = 20
ROLES_FOND = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.Button,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.ToolTipBase,
)
ROLES_TEXTE = (
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.ButtonText,
    QPalette.ColorRole.ToolTipText,
    QPalette.ColorRole.PlaceholderText,
    QPalette.ColorRole.BrightText,
)


def palette_contrastee(fond: str, texte: str, surligne: str, surligne_texte: str) -> QPalette:
    """Une palette comme celles des thèmes à fort contraste : un seul fond, un seul texte."""
    palette = QPalette()
    for groupe in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in ROLES_FOND:
            palette.setColor(groupe, role, QColor(fond))
        for role in ROLES_TEXTE:
            palette.setColor(groupe, role, QColor(texte))
        palette.setColor(groupe, QPalette.ColorRole.Highlight, QColor(surligne))
        palette.setColor(groupe, QPalette.ColorRole.HighlightedText, QColor(surligne_texte))
    return palette


def blanc_sur_noir() -> QPalette:
    return palette_contrastee("#000000", "#ffffff", "#ffff00", "#000000")


def noir_sur_blanc() -> QPalette:
    return palette_contrastee("#ffffff", "#000000", "#000080", "#ffffff")


def sombre_ordinaire() -> QPalette:
    """Un thème sombre courant (pas à fort contraste) : fenêtres et champs de deux gris."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#31363b"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#232629"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eff0f1"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eff0f1"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
    return palette


PALETTES: dict[str, Callable[[], QPalette]] = {
    "ordinaire": QPalette,
    "sombre": sombre_ordinaire,
    "blanc sur noir": blanc_sur_noir,
    "noir sur blanc": noir_sur_blanc,
}
CONTRASTEES = ("blanc sur noir", "noir sur blanc")


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Callable[..., None]]:
    """Change la police ou la palette de l'application ; les remet telles quelles ensuite."""
    police, palette = QFont(qapp.font()), QPalette(qapp.palette())

    def changer(taille: int | None = None, nom_palette: str | None = None) -> None:
        if taille is not None:
            grosse = QFont(police)
            grosse.setPointSize(taille)
            qapp.setFont(grosse)
        if nom_palette is not None:
            qapp.setPalette(PALETTES[nom_palette]())
        qapp.processEvents()

    yield changer
    qapp.setFont(police)
    qapp.setPalette(palette)
    qapp.processEvents()


def _couleurs(image: QImage, pas: int = 5) -> set[int]:
    return {
        image.pixel(x, y) & 0xFFFFFF
        for x in range(0, image.width(), pas)
        for y in range(0, image.height(), pas)
    }


def _rgb(couleur: QColor) -> int:
    return couleur.rgb() & 0xFFFFFF


# --- the arithmetic ---------------------------------------------------------------------------


def test_le_rapport_de_contraste_est_celui_de_wcag() -> None:
    assert contraste(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contraste(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert luminance(QColor("white")) == pytest.approx(1.0)
    assert _rgb(lisible_sur(QColor("#e65100"), QColor("white"))) == 0x000000
    assert _rgb(lisible_sur(QColor("#b71c1c"), QColor("white"))) == 0xFFFFFF


@pytest.mark.parametrize("nom", list(PALETTES))
def test_le_fort_contraste_se_reconnait_a_la_palette(qapp: QApplication, nom: str) -> None:
    assert haut_contraste(PALETTES[nom]()) is (nom in CONTRASTEES)


# --- the wall ---------------------------------------------------------------------------------


@pytest.mark.parametrize("nom", list(PALETTES))
@pytest.mark.parametrize("gravite", [None, Gravite.AVERTISSEMENT, Gravite.BLOQUANT])
@pytest.mark.parametrize("suite", [False, True])
@pytest.mark.parametrize("selection", [False, True])
def test_chaque_texte_d_une_case_se_lit_sur_son_fond(
    qapp: QApplication, nom: str, gravite: Gravite | None, suite: bool, selection: bool
) -> None:
    palette = PALETTES[nom]()
    c = couleurs_case(palette, gravite, suite, selection)
    assert contraste(c.texte, c.fond) >= TEXTE_MIN
    assert contraste(c.doux, c.fond) >= TEXTE_MIN
    assert contraste(c.signe, c.pastille) >= TEXTE_MIN
    assert contraste(c.pastille, c.fond) >= GRAPHIQUE_MIN
    if nom in CONTRASTEES:
        # No paper, no hue: the palette's own colours only.
        assert c.fond in (
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Highlight),
        )
        assert contraste(c.bord, c.fond) >= RENFORCE
    else:
        assert luminance(c.fond) > 0.8  # paper, whatever the theme


@pytest.mark.parametrize("nom", list(PALETTES))
def test_les_bandes_se_lisent_aussi(qapp: QApplication, nom: str) -> None:
    fond, texte = couleurs_bande(PALETTES[nom]())
    assert contraste(texte, fond) >= TEXTE_MIN
    assert (fond == FOND_HORS_ATELIER) is (nom not in CONTRASTEES)


def _modele_mur(document_demo: DocumentForum) -> ModeleMur:
    from app import lectures

    creneaux = [c for c in lectures.creneaux(document_demo) if c.jour == dt.date(2026, 5, 14)]
    modele = ModeleMur()
    modele.definir(creneaux, lectures.salles(document_demo), lectures.sujets(document_demo))
    return modele


def test_les_cases_grandissent_avec_la_police(
    qapp: QApplication, document_demo: DocumentForum
) -> None:
    modele = _modele_mur(document_demo)
    delegue = DelegueCaseMur()
    atelier = next(
        modele.index(r, 0)
        for r in range(modele.rowCount())
        if modele.est_atelier(modele.index(r, 0))
    )
    bande = next(
        modele.index(r, 0)
        for r in range(modele.rowCount())
        if not modele.est_atelier(modele.index(r, 0))
    )

    def taille(index: QModelIndex, points: int) -> tuple[int, int]:
        option = QStyleOptionViewItem()
        option.font = QFont(qapp.font())
        option.font.setPointSize(points)
        indication = delegue.sizeHint(option, index)
        return indication.width(), indication.height()

    normale = qapp.font().pointSize()
    for index in (atelier, bande):
        assert taille(index, GROS)[1] > taille(index, normale)[1]
    assert taille(atelier, GROS)[0] > taille(atelier, normale)[0]


def _fenetre_sur(fenetre: FenetrePrincipale, module: str) -> QWidget:
    page = fenetre.aller_a(module)
    assert page is not None
    QApplication.processEvents()
    return page


def test_a_20_points_le_mur_grandit_sans_rien_couper(
    fenetre: FenetrePrincipale, theme: Callable[..., None]
) -> None:
    page = _fenetre_sur(fenetre, "agenda")
    assert isinstance(page, PageAgenda)
    avant = [page.mur.rowHeight(r) for r in range(page.modele_mur.rowCount())]
    theme(taille=GROS)  # after the page exists: the change arrives as an event
    apres = [page.mur.rowHeight(r) for r in range(page.modele_mur.rowCount())]
    assert all(a > b for a, b in zip(apres, avant, strict=True))
    police = page.mur.font()
    assert police.pointSize() == GROS
    for rangee in range(page.modele_mur.rowCount()):
        if page.modele_mur.est_atelier(page.modele_mur.index(rangee, 0)):
            assert page.mur.rowHeight(rangee) >= hauteur_atelier(police)
    entete = page.mur.horizontalHeader()
    assert all(
        entete.sectionSize(j) >= entete.minimumSectionSize()
        for j in range(page.modele_mur.columnCount())
    )


@pytest.mark.parametrize("nom", CONTRASTEES)
def test_en_fort_contraste_le_mur_n_a_plus_de_papier(
    fenetre: FenetrePrincipale, theme: Callable[..., None], nom: str
) -> None:
    theme(nom_palette=nom)
    page = _fenetre_sur(fenetre, "agenda")
    assert isinstance(page, PageAgenda)
    image = page.mur.viewport().grab().toImage()
    couleurs = _couleurs(image, 3)
    assert _rgb(PAPIER) not in couleurs
    assert _rgb(FOND_HORS_ATELIER) not in couleurs
    fond = _rgb(page.mur.palette().color(QPalette.ColorRole.Base))
    texte = _rgb(page.mur.palette().color(QPalette.ColorRole.Text))
    assert {fond, texte} <= couleurs
    # A conflict still says itself by a sign in a badge, in the palette's colours.
    modele = page.modele_mur
    en_conflit = [
        modele.index(r, c)
        for r in range(modele.rowCount())
        for c in range(modele.columnCount())
        if modele.data(modele.index(r, c), ROLE_ATELIER)
        and modele.data(modele.index(r, c), ROLE_CONFLITS)
    ]
    assert en_conflit


# --- the newsroom -----------------------------------------------------------------------------


def test_a_20_points_la_colonne_des_etats_s_elargit(
    fenetre: FenetrePrincipale, theme: Callable[..., None]
) -> None:
    page = _fenetre_sur(fenetre, "salle_de_presse")
    assert isinstance(page, PageSalleDePresse)
    modele = page.modele
    assert isinstance(modele, ModelePresse)
    normale = modele.largeur_etat(page.tableau.font())
    theme(taille=GROS)
    page.charger()
    grosse = modele.largeur_etat(page.tableau.font())
    assert grosse > normale
    from vues.modeles_qt.presse import COLONNE_ETAT

    assert page.tableau.columnWidth(COLONNE_ETAT) >= grosse


def _etiquettes_debordantes(racine: QWidget) -> list[str]:
    """Les QLabel visibles dont le texte, sans retour à la ligne, dépasse leur largeur."""
    trop = []
    for etiquette in racine.findChildren(QLabel):
        if not etiquette.isVisibleTo(racine) or etiquette.wordWrap() or not etiquette.text():
            continue
        if etiquette.minimumSizeHint().width() > etiquette.width() + 1:
            trop.append(
                f"{etiquette.text()[:40]!r}: {etiquette.width()} < {etiquette.sizeHint().width()}"
            )
    return trop


@pytest.mark.parametrize(
    "module",
    [
        "agenda",
        "salle_de_presse",
        "convergence",
    ],
)
def test_a_20_points_aucune_etiquette_ne_deborde(
    fenetre: FenetrePrincipale, theme: Callable[..., None], module: str
) -> None:
    theme(taille=GROS)
    fenetre.resize(1600, 1000)
    page = _fenetre_sur(fenetre, module)
    assert _etiquettes_debordantes(page) == []


def test_a_20_points_la_salle_de_presse_tient_dans_un_ecran(
    fenetre: FenetrePrincipale, theme: Callable[..., None]
) -> None:
    """Its filters once pushed the page to 2,350 px: they wrap on two rows, combos stay short."""
    theme(taille=GROS)
    page = _fenetre_sur(fenetre, "salle_de_presse")
    assert page.minimumSizeHint().width() <= 1600


# --- the projector ----------------------------------------------------------------------------


@pytest.fixture
def projecteur(qtbot: QtBot, chemin_demo: Path) -> Iterator[Callable[[], FenetreProjecteur]]:
    session = SessionForum(DocumentForum.ouvrir(chemin_demo))
    fenetres: list[FenetreProjecteur] = []

    def fabriquer() -> FenetreProjecteur:
        fenetre = FenetreProjecteur(session, maintenant=lambda: dt.datetime(2026, 5, 14, 13, 30))
        qtbot.addWidget(fenetre)
        fenetre.resize(1280, 720)
        fenetre.show()
        qtbot.waitExposed(fenetre)
        fenetres.append(fenetre)
        return fenetre

    yield fabriquer
    for fenetre in fenetres:
        fenetre.close()
    session.fermer()


@pytest.mark.parametrize("nom", list(PALETTES))
def test_les_couleurs_du_projecteur_depassent_7_pour_1(qapp: QApplication, nom: str) -> None:
    c = couleurs_projection(PALETTES[nom]())
    for texte in (c.texte, c.doux):
        for fond in (c.fond, c.carte, c.bande, c.accent_pale):
            assert contraste(texte, fond) >= RENFORCE
    assert contraste(c.fond, c.accent) >= RENFORCE  # « En cours », light on the accent
    if nom in CONTRASTEES:
        assert c.bande == c.fond and c.carte == c.fond and c.trait > 1
    else:
        assert c == PROJECTION  # the room keeps dark on light, whatever the desktop's theme


@pytest.mark.parametrize("nom", CONTRASTEES)
def test_le_projecteur_suit_le_fort_contraste(
    projecteur: Callable[[], FenetreProjecteur], theme: Callable[..., None], nom: str
) -> None:
    theme(nom_palette=nom)
    fenetre = projecteur()
    image = fenetre.grab().toImage()
    fond = PALETTES[nom]().color(QPalette.ColorRole.Window)
    assert image.pixel(2, 2) & 0xFFFFFF == _rgb(fond)
    couleurs = _couleurs(image)
    assert _rgb(BANDE) not in couleurs and _rgb(CARTE) not in couleurs


def test_le_projecteur_ne_depend_pas_de_la_police_du_bureau(
    projecteur: Callable[[], FenetreProjecteur], theme: Callable[..., None]
) -> None:
    """Its sizes follow the screen's height (read from the back of the room), not the desktop."""
    avant = projecteur().grab().toImage()
    theme(taille=GROS)
    apres = projecteur().grab().toImage()
    assert avant.size() == apres.size()
    assert len(_couleurs(apres)) > 2


# --- the ecosystem charts ---------------------------------------------------------------------


@pytest.mark.parametrize("nom", list(PALETTES))
def test_barres_et_liens_se_voient_sur_le_fond(qapp: QApplication, nom: str) -> None:
    palette = PALETTES[nom]()
    barre = couleur_barres(palette)
    assert contraste(barre, palette.color(QPalette.ColorRole.Window)) >= GRAPHIQUE_MIN
    liens, texte, cerner = couleurs_reseau(palette)
    fond = palette.color(QPalette.ColorRole.Base)
    assert contraste(liens, fond) >= GRAPHIQUE_MIN
    assert contraste(texte, fond) >= TEXTE_MIN
    assert cerner is (nom in CONTRASTEES)


def test_les_barres_grandissent_avec_la_police(qtbot: QtBot, theme: Callable[..., None]) -> None:
    graphique = GraphiqueBarres("Personnes par région")
    qtbot.addWidget(graphique)
    graphique.definir([("Montréal", 7), ("Gaspésie–Îles-de-la-Madeleine", 2)])
    normale = graphique.sizeHint()
    theme(taille=GROS)
    grosse = graphique.sizeHint()
    assert grosse.height() > normale.height() and grosse.width() > normale.width()


@pytest.mark.parametrize("nom", CONTRASTEES)
def test_le_reseau_en_fort_contraste(qtbot: QtBot, theme: Callable[..., None], nom: str) -> None:
    theme(nom_palette=nom)
    vue = VueReseau()
    qtbot.addWidget(vue)
    vue.resize(800, 600)
    reseau = Reseau(
        noeuds=(("citoyen·ne", 4), ("fondation", 3)), aretes=(("citoyen·ne", "fondation", 2),)
    )
    couleurs = {"citoyen·ne": QColor("#332288"), "fondation": QColor("#E69F00")}
    vue.definir(reseau, "personne(s)", couleurs)
    vue.show()
    qtbot.waitExposed(vue)
    texte = _rgb(PALETTES[nom]().color(QPalette.ColorRole.Text))
    image = vue.grab().toImage()
    assert texte in _couleurs(image, 1)
    # Every disc ringed with the text colour: the dark blue shows on black too.
    from PySide6.QtWidgets import QGraphicsEllipseItem

    disques = [i for i in vue.scene().items() if isinstance(i, QGraphicsEllipseItem)]
    assert len(disques) == 2
    assert all(_rgb(d.pen().color()) == texte for d in disques)
