"""Mode projecteur : l'agenda du jour en très grand, et les principes du forum ouvert."""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from app import lectures
from app.changements import Changements, Genre
from app.lectures import CreneauLu, SalleLue, SujetLu
from modeles.valeurs import NatureCreneau
from vues.formats import date_titre, heure
from vues.projecteur_dessin import (
    Bloc,
    Couleurs,
    Mesures,
    TextesAgenda,
    couleurs_projection,
    dessiner_agenda,
    dessiner_principes,
)
from vues.session import SessionForum

DELAI_PAGE_MS = 12_000


@dataclass(frozen=True)
class Case:
    """Le ou les sujets d'une salle (colonne), du créneau `debut` au créneau `fin` (rangées)."""

    colonne: int
    debut: int
    fin: int
    sujets: tuple[SujetLu, ...]


@dataclass(frozen=True)
class Agenda:
    """Une journée du mur : ses créneaux dans l'ordre, les salles, les sujets placés."""

    jour: datetime.date | None
    creneaux: tuple[CreneauLu, ...]
    salles: tuple[SalleLue, ...]
    cases: tuple[Case, ...]


def _naif(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def jour_affiche(
    creneaux: Sequence[CreneauLu], maintenant: datetime.datetime
) -> datetime.date | None:
    """Le jour de `maintenant` s'il a des créneaux, sinon le premier jour qui en a."""
    jours = sorted({c.jour for c in creneaux})
    aujourdhui = _naif(maintenant).date()
    return aujourdhui if aujourdhui in jours else (jours[0] if jours else None)


def en_cours_et_suivant(
    creneaux: Sequence[CreneauLu], maintenant: datetime.datetime
) -> tuple[CreneauLu | None, CreneauLu | None]:
    """Le créneau en cours à `maintenant` et le prochain à commencer, parmi ceux donnés."""
    moment = _naif(maintenant)
    en_cours: CreneauLu | None = None
    suivant: CreneauLu | None = None
    for creneau in sorted(creneaux, key=lambda c: (c.jour, c.debut, c.fin)):
        debut = datetime.datetime.combine(creneau.jour, creneau.debut)
        if en_cours is None and debut <= moment < datetime.datetime.combine(
            creneau.jour, creneau.fin
        ):
            en_cours = creneau
        elif suivant is None and debut > moment:
            suivant = creneau
    return en_cours, suivant


def agenda_du_jour(
    jour: datetime.date | None,
    creneaux: Sequence[CreneauLu],
    salles: Sequence[SalleLue],
    sujets: Sequence[SujetLu],
) -> Agenda:
    du_jour = sorted((c for c in creneaux if c.jour == jour), key=lambda c: (c.debut, c.fin))
    rangees = {c.uuid: i for i, c in enumerate(du_jour)}
    colonnes = {s.uuid: j for j, s in enumerate(salles)}
    ateliers = [i for i, c in enumerate(du_jour) if c.nature is NatureCreneau.ATELIER]
    departs: dict[tuple[int, int], list[SujetLu]] = {}
    for sujet in sujets:
        if not (sujet.actif and sujet.creneau in rangees and sujet.salle in colonnes):
            continue
        rangee, colonne = rangees[sujet.creneau], colonnes[sujet.salle]
        if rangee in ateliers:
            departs.setdefault((rangee, colonne), []).append(sujet)
    cases = []
    for (rangee, colonne), liste in sorted(departs.items()):
        fin = rangee
        # A long session runs on through the next workshop slots, up to a topic already there.
        for suite in [i for i in ateliers if i > rangee][: max(s.duree for s in liste) - 1]:
            if (suite, colonne) in departs:
                break
            fin = suite
        cases.append(Case(colonne, rangee, fin, tuple(sorted(liste, key=lambda s: s.numero))))
    return Agenda(jour, tuple(du_jour), tuple(salles), tuple(cases))


def decouper(nombre: int, par_page: int) -> list[range]:
    """Des pages équilibrées : 7 salles à 6 par page font 4 + 3, pas 6 + 1."""
    if nombre <= 0:
        return [range(0)]
    taille = math.ceil(nombre / math.ceil(nombre / max(1, par_page)))
    return [range(k, min(nombre, k + taille)) for k in range(0, nombre, taille)]


class FenetreProjecteur(QWidget):
    """Une fenêtre plein écran pour la salle : pas de menu, tout se lit du fond de la salle."""

    genres = frozenset({Genre.FORUM, Genre.SALLE, Genre.CRENEAU, Genre.SUJET, Genre.PARTICIPANT})

    def __init__(
        self,
        session: SessionForum,
        ecran: QScreen | None = None,
        maintenant: Callable[[], datetime.datetime] = datetime.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # A separate window even with a parent: it goes on the projector's screen.
        self.setWindowFlag(Qt.WindowType.Window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 240)
        self.resize(1280, 720)
        self.session = session
        self.ecran = ecran
        self.maintenant = maintenant
        self.page = 0
        self.principes_visibles = False
        self.titre_forum = ""
        self._creneaux: list[CreneauLu] = []
        self._salles: list[SalleLue] = []
        self._sujets: list[SujetLu] = []
        self.agenda = Agenda(None, (), (), ())

        self.minuterie_pages = QTimer(self)
        self.minuterie_pages.setInterval(DELAI_PAGE_MS)
        self.minuterie_pages.timeout.connect(self._page_automatique)
        # Single shots aimed at the next minute, so the clock and highlight turn on time.
        self.minuterie_heure = QTimer(self)
        self.minuterie_heure.setSingleShot(True)
        self.minuterie_heure.timeout.connect(self._minute)

        self.session.forum_change.connect(self._forum_change)
        self.recharger()

    # -- Public API ---------------------------------------------------------------------------

    def afficher(self) -> None:
        """Plein écran sur l'écran choisi (le projecteur), ou l'écran principal."""
        ecran = self.ecran or QGuiApplication.primaryScreen()
        if ecran is not None:
            self.setScreen(ecran)
            self.setGeometry(ecran.geometry())
        self.showFullScreen()
        self.activateWindow()

    def montrer_principes(self, visible: bool) -> None:
        self.principes_visibles = visible
        self.update()

    def page_suivante(self) -> None:
        self._changer_page(1)

    def page_precedente(self) -> None:
        self._changer_page(-1)

    @property
    def nombre_pages(self) -> int:
        return len(self._pages())

    def salles_de_la_page(self) -> list[SalleLue]:
        return [self.agenda.salles[j] for j in self._pages()[self.page]]

    def jour_affiche(self) -> datetime.date | None:
        return self.agenda.jour

    def creneau_en_cours(self) -> CreneauLu | None:
        return en_cours_et_suivant(self.agenda.creneaux, self.maintenant())[0]

    def creneau_suivant(self) -> CreneauLu | None:
        return en_cours_et_suivant(self.agenda.creneaux, self.maintenant())[1]

    def recharger(self) -> None:
        """Relit le forum : tout ce qui est projeté vient de la base, jamais d'un cache ancien."""
        lire = self.session.lire
        infos = lire(lectures.infos_forum)
        self.titre_forum = infos.titre
        self._creneaux = lire(lectures.creneaux)
        self._salles = lire(lectures.salles)
        self._sujets = lire(lectures.sujets)
        self.setWindowTitle(self.tr("Projection — %1").replace("%1", self.titre_forum))
        self._composer()

    # -- Behaviour ----------------------------------------------------------------------------

    def _composer(self) -> None:
        jour = jour_affiche(self._creneaux, self.maintenant())
        self.agenda = agenda_du_jour(jour, self._creneaux, self._salles, self._sujets)
        self.page = min(self.page, self.nombre_pages - 1)
        self.update()

    def _forum_change(self, changements: Changements) -> None:
        if any(changements.touche(genre) for genre in self.genres):
            self.recharger()

    def _minute(self) -> None:
        # The day itself turns at midnight: recompose, not only repaint.
        self._composer()
        self._armer_minute()

    def _armer_minute(self) -> None:
        moment = self.maintenant()
        reste = 60_000 - (moment.second * 1000 + moment.microsecond // 1000)
        self.minuterie_heure.start(max(1_000, reste + 200))

    def _page_automatique(self) -> None:
        if not self.principes_visibles and self.nombre_pages > 1:
            self.page = (self.page + 1) % self.nombre_pages
            self.update()

    def _changer_page(self, pas: int) -> None:
        self.page = (self.page + pas) % self.nombre_pages
        if self.minuterie_pages.isActive():
            # A page chosen by hand stays a full period before paging resumes.
            self.minuterie_pages.start()
        self.update()

    def _mesures(self) -> Mesures:
        return Mesures(self.rect(), self.font().family(), self.agenda.creneaux)

    def _pages(self) -> list[range]:
        return decouper(len(self.agenda.salles), self._mesures().par_page())

    # -- Qt events ----------------------------------------------------------------------------

    def showEvent(self, evenement: QShowEvent) -> None:
        super().showEvent(evenement)
        self._composer()
        self.minuterie_pages.start()
        self._armer_minute()

    def hideEvent(self, evenement: QHideEvent) -> None:
        self.minuterie_pages.stop()
        self.minuterie_heure.stop()
        super().hideEvent(evenement)

    def resizeEvent(self, evenement: QResizeEvent) -> None:
        self.page = min(self.page, self.nombre_pages - 1)
        super().resizeEvent(evenement)

    def keyPressEvent(self, evenement: QKeyEvent) -> None:
        touche = evenement.key()
        if touche == Qt.Key.Key_Escape:
            self.close()
        elif touche in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.page_suivante()
        elif touche in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.page_precedente()
        elif touche == Qt.Key.Key_P:
            self.montrer_principes(not self.principes_visibles)
        else:
            super().keyPressEvent(evenement)

    def paintEvent(self, evenement: QPaintEvent) -> None:
        peintre = QPainter(self)
        peintre.setRenderHint(QPainter.RenderHint.Antialiasing)
        peintre.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.principes_visibles:
            blocs, colonnes = self._principes()
            dessiner_principes(
                peintre, self.rect(), self.font().family(), blocs, colonnes, self._couleurs()
            )
        else:
            self._dessiner_agenda(peintre, self.rect())
        peintre.end()

    def _dessiner_agenda(self, peintre: QPainter, zone: QRect) -> None:
        mesures = Mesures(zone, self.font().family(), self.agenda.creneaux)
        pages = decouper(len(self.agenda.salles), mesures.par_page())
        self.page = min(self.page, len(pages) - 1)
        en_cours, suivant = en_cours_et_suivant(self.agenda.creneaux, self.maintenant())
        jour = self.agenda.jour
        textes = TextesAgenda(
            titre_forum=self.titre_forum,
            titre_jour=date_titre(jour) if jour else "",
            horloge=heure(self.maintenant().time()),
            page=(
                self.tr("page %1 / %2")
                .replace("%1", str(self.page + 1))
                .replace("%2", str(len(pages)))
                if len(pages) > 1
                else ""
            ),
            en_cours=self.tr("En cours"),
            a_suivre=self.tr("À suivre"),
            vide=self.tr("Aucun créneau n’est encore prévu."),
        )
        dessiner_agenda(
            peintre,
            mesures,
            self.agenda,
            pages[self.page],
            en_cours,
            suivant,
            textes,
            self._couleurs(),
        )

    def _couleurs(self) -> Couleurs:
        """Dark on light for the room, or the system's high-contrast pair: see projecteur_dessin."""
        return couleurs_projection(self.palette())

    def _principes(self) -> tuple[list[Bloc], list[list[Bloc]]]:
        principes = [
            self.tr("Les personnes qui se présentent sont les bonnes personnes"),
            self.tr("Ce qui arrive est la seule chose qui pouvait arriver"),
            self.tr("Ça commence quand ça commence"),
            self.tr("Quand c’est fini, c’est fini"),
        ]
        blocs = [Bloc(self.tr("Les principes du forum ouvert"), 66, True, espace_apres=46)]
        citation = self.tr("« %1 »")
        blocs += [Bloc(citation.replace("%1", p), 48, espace_apres=24) for p in principes]
        blocs[-1] = Bloc(blocs[-1].texte, 48, espace_apres=60)
        deux_pieds = self.tr(
            "Si vous n’êtes ni en train d’apprendre ni en train de contribuer, "
            "utilisez vos deux pieds : allez là où vous le pouvez."
        )
        blocs += [
            Bloc(self.tr("La loi des deux pieds"), 54, True, espace_apres=12),
            Bloc(deux_pieds, 38, doux=True, espace_apres=60),
        ]
        bourdons = self.tr("butinent d’un groupe à l’autre et font circuler les idées.")
        papillons = self.tr("se posent, se reposent et lancent des conversations inattendues.")
        colonnes = [
            [
                Bloc(self.tr("Les bourdons"), 46, True, espace_apres=10),
                Bloc(bourdons, 36, doux=True),
            ],
            [
                Bloc(self.tr("Les papillons"), 46, True, espace_apres=10),
                Bloc(papillons, 36, doux=True),
            ],
        ]
        return blocs, colonnes
