"""Actes : le forum en chiffres et l'avancement des comptes rendus avant l'impression."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app import lectures
from app.changements import Genre
from app.lectures import Chiffres
from vues.pages.base import Page, titre_de_page
from vues.session import SessionForum


class PageActes(Page):
    genres = frozenset(Genre)

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.avancement = QProgressBar()
        self.avancement.setAccessibleName(self.tr("Comptes rendus prêts"))
        self.avancement_texte = QLabel()
        self.valeurs: dict[str, QLabel] = {}
        formulaire = QFormLayout()
        for cle, libelle in (
            ("participants", self.tr("Participantes et participants")),
            ("sujets", self.tr("Sujets proposés")),
            ("ateliers", self.tr("Ateliers tenus ou prévus")),
            ("salles", self.tr("Salles")),
            ("creneaux", self.tr("Créneaux")),
            ("recoltes_recues", self.tr("Comptes rendus reçus")),
        ):
            self.valeurs[cle] = QLabel()
            formulaire.addRow(libelle, self.valeurs[cle])

        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Actes")))
        disposition.addWidget(QLabel(self.tr("<b>Le forum en chiffres</b>")))
        disposition.addLayout(formulaire)
        disposition.addSpacing(16)
        disposition.addWidget(self.avancement_texte)
        disposition.addWidget(self.avancement)
        disposition.addStretch(1)
        self.charger()

    def charger(self) -> None:
        chiffres: Chiffres = self.session.lire(lectures.chiffres)
        for cle, etiquette in self.valeurs.items():
            etiquette.setText(str(getattr(chiffres, cle)))
        self.avancement.setRange(0, max(chiffres.ateliers, 1))
        self.avancement.setValue(min(chiffres.recoltes_pretes, max(chiffres.ateliers, 1)))
        self.avancement.setFormat("%v / %m")
        self.avancement_texte.setText(
            self.tr("%1 / %2 comptes rendus prêts pour les actes")
            .replace("%1", str(chiffres.recoltes_pretes))
            .replace("%2", str(chiffres.ateliers))
        )
