"""Le mode projecteur sur le forum de démonstration, à une heure fixée par le test."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from app import lectures
from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.forum import modifier_forum
from app.typographie import typographie_fr
from vues.projecteur import (
    DELAI_PAGE_MS,
    FenetreProjecteur,
    agenda_du_jour,
    decouper,
    en_cours_et_suivant,
    jour_affiche,
)
from vues.projecteur_dessin import Mesures
from vues.session import SessionForum
from vues.texte import couper

JEUDI = dt.date(2026, 5, 14)
VENDREDI = dt.date(2026, 5, 15)
PENDANT_RONDE_2 = dt.datetime(2026, 5, 14, 13, 30)

Fabrique = Callable[..., FenetreProjecteur]


@pytest.fixture
def session(chemin_demo: Path) -> Iterator[SessionForum]:
    session = SessionForum(DocumentForum.ouvrir(chemin_demo))
    yield session
    session.fermer()


@pytest.fixture
def fabrique(qtbot: QtBot, session: SessionForum) -> Iterator[Fabrique]:
    """Une fenêtre montrée à 1920 × 1080 (sans plein écran), arrêtée à l'heure donnée."""
    fenetres: list[FenetreProjecteur] = []

    def fabriquer(
        moment: dt.datetime = PENDANT_RONDE_2, largeur: int = 1920, hauteur: int = 1080
    ) -> FenetreProjecteur:
        fenetre = FenetreProjecteur(session, maintenant=lambda: moment)
        qtbot.addWidget(fenetre)
        fenetre.resize(largeur, hauteur)
        fenetre.show()
        qtbot.waitExposed(fenetre)
        fenetres.append(fenetre)
        return fenetre

    yield fabriquer
    # Closed before the session's document is, so nothing reads a closed file.
    for fenetre in fenetres:
        fenetre.close()


def _image(fenetre: FenetreProjecteur) -> QImage:
    return fenetre.grab().toImage()


def _couleurs(image: QImage, pas: int = 7) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), pas)
        for y in range(0, image.height(), pas)
    }


def _libelle(creneau: lectures.CreneauLu | None) -> tuple[str, dt.time] | None:
    return None if creneau is None else (creneau.libelle, creneau.debut)


@pytest.mark.parametrize(
    ("moment", "jour", "en_cours", "suivant"),
    [
        # Before the first day: the first day, nothing running, the opening next.
        (dt.datetime(2026, 5, 13, 12), JEUDI, None, ("Plénière d'ouverture", dt.time(8, 30))),
        (dt.datetime(2026, 5, 14, 7), JEUDI, None, ("Plénière d'ouverture", dt.time(8, 30))),
        (dt.datetime(2026, 5, 14, 10, 20), JEUDI, ("Pause", dt.time(10, 15)), ("Ronde 1", None)),
        (PENDANT_RONDE_2, JEUDI, ("Ronde 2", dt.time(13)), ("Pause", dt.time(14, 15))),
        # A slot starts on its first minute and is over on its last.
        (dt.datetime(2026, 5, 14, 14, 15), JEUDI, ("Pause", None), ("Ronde 3", dt.time(14, 30))),
        (dt.datetime(2026, 5, 14, 17), JEUDI, None, None),
        (dt.datetime(2026, 5, 15, 9, 30), VENDREDI, ("Ronde 4", dt.time(9)), ("Pause", None)),
        # After the forum: the first day again, with nothing highlighted.
        (dt.datetime(2026, 6, 1, 10), JEUDI, None, None),
    ],
)
def test_le_creneau_en_cours_et_le_suivant(
    fabrique: Fabrique,
    moment: dt.datetime,
    jour: dt.date,
    en_cours: tuple[str, dt.time | None] | None,
    suivant: tuple[str, dt.time | None] | None,
) -> None:
    fenetre = fabrique(moment)
    assert fenetre.jour_affiche() == jour
    for trouve, attendu in (
        (fenetre.creneau_en_cours(), en_cours),
        (fenetre.creneau_suivant(), suivant),
    ):
        if attendu is None:
            assert trouve is None
            continue
        assert trouve is not None
        assert trouve.jour == jour
        assert trouve.libelle.startswith(attendu[0])
        if attendu[1] is not None:
            assert trouve.debut == attendu[1]


def test_les_fonctions_pures_du_temps(document_demo: DocumentForum) -> None:
    creneaux = lectures.creneaux(document_demo)
    assert jour_affiche([], PENDANT_RONDE_2) is None
    assert en_cours_et_suivant([], PENDANT_RONDE_2) == (None, None)
    # An aware moment is read in local time, like the naive ones the clock gives.
    aware = PENDANT_RONDE_2.astimezone()
    assert _libelle(en_cours_et_suivant(creneaux, aware)[0]) == ("Ronde 2", dt.time(13))


def test_la_grille_du_jour_ne_garde_que_les_sujets_actifs_et_places(
    document_demo: DocumentForum,
) -> None:
    creneaux = lectures.creneaux(document_demo)
    salles = lectures.salles(document_demo)
    sujets = lectures.sujets(document_demo)
    agenda = agenda_du_jour(JEUDI, creneaux, salles, sujets)
    assert [c.jour for c in agenda.creneaux] == [JEUDI] * 9
    places = {
        s.numero for s in sujets if s.place and s.creneau in {c.uuid for c in agenda.creneaux}
    }
    assert {s.numero for case in agenda.cases for s in case.sujets} == places
    assert all(case.debut == case.fin for case in agenda.cases)

    # A merged topic leaves the wall: only the one it joined remains.
    cible = next(s for s in sujets if s.numero == 13)
    fusionnes = [
        dataclasses.replace(s, fusionne_dans=cible.uuid) if s.numero == 10 else s for s in sujets
    ]
    numeros = {
        s.numero
        for case in agenda_du_jour(JEUDI, creneaux, salles, fusionnes).cases
        for s in case.sujets
    }
    assert 10 not in numeros
    assert 13 in numeros


def test_une_longue_session_couvre_les_ateliers_suivants(document_demo: DocumentForum) -> None:
    creneaux = lectures.creneaux(document_demo)
    salles = lectures.salles(document_demo)
    sujets = lectures.sujets(document_demo)
    agenda = agenda_du_jour(VENDREDI, creneaux, salles, sujets)
    libelles = [c.libelle for c in agenda.creneaux]
    longue = next(case for case in agenda.cases if case.sujets[0].numero == 12)
    assert longue.sujets[0].duree == 2
    # Ronde 4, then (across the pause) Ronde 5: one tall cell.
    assert (libelles[longue.debut], libelles[longue.fin]) == ("Ronde 4", "Ronde 5")
    assert libelles[longue.debut + 1] == "Pause"

    # A topic already in that room at Ronde 5 cuts the long session short, and shows.
    ronde_5 = agenda.creneaux[longue.fin]
    autre = dataclasses.replace(
        next(s for s in sujets if s.numero == 18),
        salle=longue.sujets[0].salle,
        creneau=ronde_5.uuid,
    )
    conflit = agenda_du_jour(VENDREDI, creneaux, salles, [*sujets, autre])
    cases = {case.sujets[0].numero: case for case in conflit.cases}
    assert cases[12].fin == cases[12].debut
    assert cases[18].debut == longue.fin


def test_decouper_fait_des_pages_equilibrees() -> None:
    assert decouper(6, 6) == [range(0, 6)]
    assert decouper(7, 6) == [range(0, 4), range(4, 7)]
    assert decouper(6, 1) == [range(k, k + 1) for k in range(6)]
    assert decouper(0, 3) == [range(0)]


def test_couper_elide_et_respecte_les_espaces_insecables(qapp: object) -> None:
    metriques = QFontMetrics(QFont(QFont().family(), 20))
    long = "Une reddition de comptes commune à tous les bailleurs de fonds du territoire"
    largeur = metriques.horizontalAdvance("Une reddition de")
    lignes = couper(metriques, long, largeur, 2)
    assert len(lignes) == 2
    assert lignes[-1].endswith("…")
    assert all(metriques.horizontalAdvance(ligne) <= largeur for ligne in lignes)
    assert couper(metriques, "Court", largeur, 3) == ["Court"]
    # « 14 h 30 » is never cut between its parts.
    heure = "Reprise à 14\u00a0h\u00a030 précises"
    assert any("14\u00a0h\u00a030" in ligne for ligne in couper(metriques, heure, largeur, 4))
    # Nor is a question mark left alone at the start of a line (French typography).
    question = couper(metriques, "En finir avec le financement par projets ?", largeur, 5)
    assert not any(ligne.startswith("?") for ligne in question)
    # Québec typography: no space at all before the question mark.
    assert question[-1].endswith("projets?")
    assert typographie_fr("Ubuntu : « je suis »") == "Ubuntu\u00a0: «\u00a0je suis\u00a0»"


def test_la_grille_tient_dans_l_ecran_et_grandit_avec_lui(fabrique: Fabrique) -> None:
    fenetre = fabrique()
    creneaux = fenetre.agenda.creneaux
    grande = Mesures(QRect(0, 0, 1920, 1080), fenetre.font().family(), creneaux)
    petite = Mesures(QRect(0, 0, 960, 540), fenetre.font().family(), creneaux)
    haut, hauteur = grande.rangees[-1]
    assert haut + hauteur <= 1080
    assert all(h > 0 for _, h in grande.rangees)
    assert grande.px_titre >= 28  # readable from the back of a room
    assert petite.px_titre == pytest.approx(grande.px_titre / 2, abs=1)


def test_six_salles_tiennent_sur_une_page_a_1920(fabrique: Fabrique, session: SessionForum) -> None:
    fenetre = fabrique()
    assert fenetre.nombre_pages == 1
    assert fenetre.page == 0
    noms = [s.nom for s in session.lire(lectures.salles)]
    assert [s.nom for s in fenetre.salles_de_la_page()] == noms
    fenetre.page_suivante()
    assert fenetre.page == 0


def test_a_800_pixels_les_salles_defilent_par_pages(
    fabrique: Fabrique, session: SessionForum, qtbot: QtBot
) -> None:
    fenetre = fabrique(largeur=800)
    nombre = fenetre.nombre_pages
    assert nombre > 1
    vues = []
    for _ in range(nombre):
        vues += [s.nom for s in fenetre.salles_de_la_page()]
        fenetre.page_suivante()
    # Every room once, in order, and back to the first page.
    assert vues == [s.nom for s in session.lire(lectures.salles)]
    assert fenetre.page == 0

    qtbot.keyClick(fenetre, Qt.Key.Key_Right)
    assert fenetre.page == 1
    qtbot.keyClick(fenetre, Qt.Key.Key_Left)
    qtbot.keyClick(fenetre, Qt.Key.Key_Left)
    assert fenetre.page == nombre - 1
    qtbot.keyClick(fenetre, Qt.Key.Key_Space)
    assert fenetre.page == 0

    # The timer turns the pages by itself, every twelve seconds.
    assert fenetre.minuterie_pages.isActive()
    assert fenetre.minuterie_pages.interval() == DELAI_PAGE_MS == 12_000
    fenetre.minuterie_pages.timeout.emit()
    assert fenetre.page == 1

    # Wider again: one page, and the current page stays valid.
    fenetre.resize(1920, 1080)
    assert fenetre.nombre_pages == 1
    assert fenetre.page == 0


def test_la_diapositive_des_principes(fabrique: Fabrique, qtbot: QtBot) -> None:
    fenetre = fabrique()
    grille = _image(fenetre)
    assert not fenetre.principes_visibles
    fenetre.montrer_principes(True)
    assert fenetre.principes_visibles
    principes = _image(fenetre)
    assert principes != grille
    assert len(_couleurs(principes)) > 2
    # Pages do not turn behind the slide.
    fenetre.minuterie_pages.timeout.emit()
    assert fenetre.page == 0
    qtbot.keyClick(fenetre, Qt.Key.Key_P)
    assert not fenetre.principes_visibles
    qtbot.keyClick(fenetre, Qt.Key.Key_P)
    assert fenetre.principes_visibles
    fenetre.montrer_principes(False)
    assert _image(fenetre) == grille


def test_les_principes_sont_ceux_du_forum_ouvert(fabrique: Fabrique) -> None:
    blocs, colonnes = fabrique()._principes()
    textes = " ".join(b.texte for b in blocs) + " ".join(b.texte for c in colonnes for b in c)
    for principe in (
        "Les personnes qui se présentent sont les bonnes personnes",
        "Ce qui arrive est la seule chose qui pouvait arriver",
        "Ça commence quand ça commence",
        "Quand c’est fini, c’est fini",
        "La loi des deux pieds",
        "Les bourdons",
        "Les papillons",
    ):
        assert principe in textes


def test_la_grille_dessinee_n_est_pas_vide(fabrique: Fabrique) -> None:
    image = _image(fabrique())
    assert (image.width(), image.height()) == (1920, 1080)
    couleurs = _couleurs(image)
    # Background, text, bands, cards, the highlight: many colours, not a blank screen.
    assert len(couleurs) > 10
    assert image.pixel(2, 2) == 0xFFFFFFFF


def test_une_modification_est_suivie_en_direct(fabrique: Fabrique, session: SessionForum) -> None:
    fenetre = fabrique()
    avant = _image(fenetre)
    changements = modifier_forum(session.document, {"titre": "Nouveau"})
    session.signaler(changements)
    assert fenetre.titre_forum == "Nouveau"
    assert "Nouveau" in fenetre.windowTitle()
    assert _image(fenetre) != avant
    # A harvest changes nothing on the wall: no re-read.
    fenetre.titre_forum = "inchangé"
    session.signaler(Changements.de(Genre.RECOLTE, []))
    assert fenetre.titre_forum == "inchangé"
    session.signaler(Changements(tout=True))
    assert fenetre.titre_forum == "Nouveau"


def test_un_forum_sans_creneau(qtbot: QtBot, tmp_path: Path) -> None:
    document = DocumentForum.creer(tmp_path / "vide.forum", "Forum vide")
    session = SessionForum(document)
    fenetre = FenetreProjecteur(session, maintenant=lambda: PENDANT_RONDE_2)
    qtbot.addWidget(fenetre)
    fenetre.resize(1280, 720)
    fenetre.show()
    qtbot.waitExposed(fenetre)
    assert fenetre.jour_affiche() is None
    assert fenetre.creneau_en_cours() is None
    assert fenetre.nombre_pages == 1
    assert len(_couleurs(_image(fenetre))) > 2
    fenetre.close()
    session.fermer()


def test_echap_ferme(fabrique: Fabrique, qtbot: QtBot) -> None:
    fenetre = fabrique()
    qtbot.keyClick(fenetre, Qt.Key.Key_Escape)
    assert not fenetre.isVisible()
    assert not fenetre.minuterie_pages.isActive()
    assert not fenetre.minuterie_heure.isActive()


def test_chaque_minute_l_heure_et_le_jour_suivent(qtbot: QtBot, session: SessionForum) -> None:
    horloge = [dt.datetime(2026, 5, 14, 23, 59, 30)]
    fenetre = FenetreProjecteur(session, maintenant=lambda: horloge[0])
    qtbot.addWidget(fenetre)
    fenetre.resize(1280, 720)
    fenetre.show()
    qtbot.waitExposed(fenetre)
    assert fenetre.jour_affiche() == JEUDI
    # Aimed at the next minute (30 s away), not a minute from now.
    assert fenetre.minuterie_heure.isActive()
    # remainingTime() counts down while the test runs: a second of slack either way.
    assert 29_000 <= fenetre.minuterie_heure.remainingTime() <= 31_000
    avant = _image(fenetre)
    horloge[0] = dt.datetime(2026, 5, 15, 8, 40)
    fenetre.minuterie_heure.timeout.emit()
    assert fenetre.jour_affiche() == VENDREDI
    assert _libelle(fenetre.creneau_en_cours()) == ("Nouvelles du matin", dt.time(8, 30))
    assert _libelle(fenetre.creneau_suivant()) == ("Ronde 4", dt.time(9))
    assert fenetre.minuterie_heure.isActive()
    assert _image(fenetre) != avant
    fenetre.close()
