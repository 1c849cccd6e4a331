"""Mur de l'agenda : salles × créneaux, une journée à la fois, et les sujets encore à placer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import lectures
from app.changements import Genre
from app.formats import date_longue
from app.lectures import CreneauLu, SalleLue, SujetLu
from modeles.valeurs import NatureCreneau
from vues.modeles_qt.mur import ModeleMur
from vues.modeles_qt.tableau import Colonne, ModeleTableau
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.session import SessionForum


class PageAgenda(Page):
    genres = frozenset({Genre.SUJET, Genre.SALLE, Genre.CRENEAU, Genre.PARTICIPANT})

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._jours: list[dt.date] = []
        self._creneaux: list[CreneauLu] = []
        self._sujets: list[SujetLu] = []
        self._salles: list[SalleLue] = []

        self.onglets_jours = QTabBar()
        self.onglets_jours.setAccessibleName(self.tr("Journées du forum"))
        self.onglets_jours.currentChanged.connect(self._afficher_jour)

        self.modele_mur = ModeleMur(self)
        self.mur = QTableView()
        self.mur.setModel(self.modele_mur)
        self.mur.setAccessibleName(self.tr("Mur de l'agenda"))
        self.mur.setWordWrap(True)
        self.mur.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mur.horizontalHeader().setMinimumSectionSize(140)
        # Rows of a fixed height, like sheets of one size on a wall; measuring every cell's
        # wrapped text would cost more than the rest of the page on a large forum.
        self.mur.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.mur.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

        self.modele_a_placer = ModeleTableau(
            [
                Colonne(self.tr("N°"), lambda s: str(s.numero), tri=lambda s: s.numero),
                Colonne(self.tr("Sujet à placer"), lambda s: s.titre),
            ],
            self,
        )
        self.a_placer, _ = vue_tableau(self.modele_a_placer, self.tr("Sujets à placer"))
        self.a_placer.setWordWrap(True)
        self.a_placer.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        colonne = QVBoxLayout()
        self.titre_a_placer = QLabel()
        colonne.addWidget(self.titre_a_placer)
        colonne.addWidget(self.a_placer, 1)

        mur = QVBoxLayout()
        mur.addWidget(self.onglets_jours)
        mur.addWidget(self.mur, 1)

        corps = QHBoxLayout()
        corps.addLayout(mur, 4)
        corps.addLayout(colonne, 1)
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Mur de l'agenda")))
        disposition.addLayout(corps, 1)
        self.charger()

    def charger(self) -> None:
        self._creneaux = self.session.lire(lectures.creneaux)
        self._sujets = self.session.lire(lectures.sujets)
        self._salles = self.session.lire(lectures.salles)
        jours = sorted({c.jour for c in self._creneaux})
        actuel = self.onglets_jours.currentIndex()
        if jours != self._jours:
            self._jours = jours
            self.onglets_jours.blockSignals(True)
            while self.onglets_jours.count():
                self.onglets_jours.removeTab(0)
            for jour in jours:
                self.onglets_jours.addTab(date_longue(jour).capitalize())
            self.onglets_jours.blockSignals(False)
        if jours:
            self.onglets_jours.setCurrentIndex(min(max(actuel, 0), len(jours) - 1))
        self._afficher_jour(self.onglets_jours.currentIndex())
        non_places = [s for s in self._sujets if not s.place]
        self.modele_a_placer.definir_lignes(non_places)
        self.titre_a_placer.setText(self.tr("À placer (%1)").replace("%1", str(len(non_places))))

    def _afficher_jour(self, indice: int) -> None:
        jour = self._jours[indice] if 0 <= indice < len(self._jours) else None
        du_jour = [c for c in self._creneaux if c.jour == jour]
        self.mur.clearSpans()
        self.modele_mur.definir(du_jour, self._salles, self._sujets)
        ligne = self.mur.fontMetrics().lineSpacing()
        for rangee, creneau in enumerate(du_jour):
            if creneau.nature is NatureCreneau.ATELIER:
                self.mur.setRowHeight(rangee, ligne * 5 + 8)
                continue
            self.mur.setRowHeight(rangee, ligne + 10)
            if len(self._salles) > 1:
                self.mur.setSpan(rangee, 0, 1, len(self._salles))
