"""Actes : où en sont les comptes rendus, puis le livre, le site et le matériel du mur.

Every export runs off the GUI thread (vues.travaux) on its own connection to the forum (its
file, or its server's address), with a progress bar and a cancel button; a cancelled or failed
export leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import exports, lectures, presse, serveur
from app.changements import Genre
from app.lectures import Chiffres
from modeles.valeurs import FormatPapier
from vues.contraste import style_erreur
from vues.pages.base import Page, titre_de_page
from vues.session import SessionForum
from vues.travaux import Controle, Travail


def ouvrir(chemin: Path) -> None:
    """Le fichier ou le dossier, dans l'application du système (remplaçable par les tests)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(chemin)))


class PageActes(Page):
    genres = frozenset(Genre)

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.travail: Travail | None = None
        self.dernier: Path | None = None

        self.valeurs: dict[str, QLabel] = {}
        chiffres = QFormLayout()
        for cle, libelle in (
            ("participants", self.tr("Participantes et participants")),
            ("sujets", self.tr("Sujets proposés")),
            ("ateliers", self.tr("Ateliers tenus ou prévus")),
            ("salles", self.tr("Salles")),
            ("creneaux", self.tr("Créneaux")),
            ("recoltes_recues", self.tr("Comptes rendus reçus")),
        ):
            self.valeurs[cle] = QLabel()
            chiffres.addRow(libelle, self.valeurs[cle])
        boite_chiffres = QGroupBox(self.tr("Le forum en chiffres"))
        boite_chiffres.setLayout(chiffres)

        self.avancement = QProgressBar()
        self.avancement.setAccessibleName(self.tr("Comptes rendus prêts"))
        self.avancement.setFormat("%v / %m")
        self.avancement_texte = QLabel()
        self.alerte = QLabel()
        self.alerte.setWordWrap(True)
        self.alerte.setStyleSheet(style_erreur())
        boite_avancement = QGroupBox(self.tr("Les comptes rendus"))
        colonne = QVBoxLayout(boite_avancement)
        for widget in (self.avancement_texte, self.avancement, self.alerte):
            colonne.addWidget(widget)

        self.ordre = QComboBox()
        self.ordre.addItem(self.tr("Dans l'ordre de l'agenda"), False)
        self.ordre.addItem(self.tr("Groupés par thème"), True)
        self.papier = QComboBox()
        self.papier.addItem(self.tr("Lettre (8,5 × 11 po)"), FormatPapier.LETTRE)
        self.papier.addItem(self.tr("A4"), FormatPapier.A4)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://exemple.org/mon-forum"))
        self.url.setToolTip(
            self.tr(
                "Où le site des notes sera publié : les codes QR des actes et des fiches y mènent."
            )
        )
        options = QFormLayout()
        for libelle, champ in (
            (self.tr("Comptes rendus"), self.ordre),
            (self.tr("Papier"), self.papier),
            (self.tr("Adresse du site"), self.url),
        ):
            champ.setAccessibleName(libelle)
            options.addRow(libelle, champ)
        boite_options = QGroupBox(self.tr("Options"))
        boite_options.setLayout(options)

        self.boutons: dict[str, QPushButton] = {}
        grille = QGridLayout()
        for rang, (cle, texte) in enumerate(
            (
                ("livre", self.tr("Livre des actes (PDF)…")),
                ("site", self.tr("Site des notes (dossier)…")),
                ("agenda", self.tr("Agenda en affiche (PDF)…")),
                ("salles", self.tr("Affiches des salles (PDF)…")),
                ("fiches", self.tr("Fiches de récolte (PDF)…")),
            )
        ):
            bouton = QPushButton(texte)
            bouton.clicked.connect(lambda *_, c=cle: self.exporter(c))
            self.boutons[cle] = bouton
            grille.addWidget(bouton, rang // 2, rang % 2)
        self.barre = QProgressBar()
        self.barre.hide()
        self.bouton_annuler = QPushButton(self.tr("Annuler"))
        self.bouton_annuler.hide()
        self.bouton_annuler.clicked.connect(self.annuler)
        self.etat = QLabel()
        self.etat.setWordWrap(True)
        self.bouton_ouvrir = QPushButton(self.tr("Ouvrir"))
        self.bouton_dossier = QPushButton(self.tr("Ouvrir le dossier"))
        for bouton in (self.bouton_ouvrir, self.bouton_dossier):
            bouton.hide()
        self.bouton_ouvrir.clicked.connect(lambda: self.dernier and ouvrir(self.dernier))
        self.bouton_dossier.clicked.connect(
            lambda: (
                self.dernier
                and ouvrir(self.dernier if self.dernier.is_dir() else self.dernier.parent)
            )
        )
        suivi = QHBoxLayout()
        suivi.addWidget(self.barre, 1)
        suivi.addWidget(self.bouton_annuler)
        suivi.addWidget(self.bouton_ouvrir)
        suivi.addWidget(self.bouton_dossier)
        boite_exports = QGroupBox(self.tr("Exporter"))
        exporter = QVBoxLayout(boite_exports)
        exporter.addLayout(grille)
        exporter.addLayout(suivi)
        exporter.addWidget(self.etat)

        haut = QHBoxLayout()
        haut.addWidget(boite_chiffres, 1)
        haut.addWidget(boite_avancement, 2)
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Actes")))
        disposition.addLayout(haut)
        disposition.addWidget(boite_options)
        disposition.addWidget(boite_exports)
        disposition.addStretch(1)
        self.charger()

    def charger(self) -> None:
        chiffres: Chiffres = self.session.lire(lectures.chiffres)
        for cle, etiquette in self.valeurs.items():
            etiquette.setText(str(getattr(chiffres, cle)))
        etat: presse.Avancement = self.session.lire(presse.avancement)
        self.avancement.setRange(0, max(etat.total, 1))
        self.avancement.setValue(min(etat.pretes, max(etat.total, 1)))
        self.avancement_texte.setText(
            self.tr("%1 / %2 comptes rendus prêts")
            .replace("%1", str(etat.pretes))
            .replace("%2", str(etat.total))
        )
        self.alerte.setText(
            self.tr(
                "⚠ %1 comptes rendus manquent encore (à recevoir ou en saisie) : les actes "
                "l'indiqueront pour ces ateliers."
            ).replace("%1", str(etat.manquantes))
            if etat.manquantes
            else ""
        )
        forum = self.session.lire(lectures.infos_forum)
        if not self.url.text():
            self.url.setText(forum.url_publication)
        self.papier.setCurrentIndex(max(self.papier.findData(forum.format_papier), 0))

    # --- exporter -----------------------------------------------------------------------------

    def _demander_destination(self, genre: str) -> Path | None:
        forum = self.session.document.chemin
        dossier = forum.parent if forum else Path.home()
        if genre == "site":
            choisi = QFileDialog.getExistingDirectory(
                self, self.tr("Dossier du site des notes"), str(dossier)
            )
            return Path(choisi) / "site-des-notes" if choisi else None
        noms = {
            "livre": "actes",
            "agenda": "agenda-affiche",
            "salles": "affiches-salles",
            "fiches": "fiches-recolte",
        }
        chemin, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le PDF"),
            str(dossier / f"{noms[genre]}.pdf"),
            self.tr("Document PDF (*.pdf)"),
        )
        return Path(chemin).with_suffix(".pdf") if chemin else None

    def exporter(self, genre: str, destination: Path | None = None) -> Travail | None:
        """Lance un export hors du fil de l'interface ; rend le travail (les tests l'attendent)."""
        if self.travail is not None:
            return None
        cible = destination or self._demander_destination(genre)
        if cible is None:
            return None
        self.session.enregistrer_tout()
        # On a server, the full address (password included) goes to the worker only.
        forum = serveur.source(self.session.document)
        url = self.url.text().strip() or None
        papier = self.papier.currentData()
        par_theme = bool(self.ordre.currentData())

        def executer(controle: Controle) -> Any:
            annule: Callable[[], bool] = lambda: controle.annule  # noqa: E731
            if genre == "livre":
                return exports.exporter_livre(
                    forum,
                    cible,
                    url_publication=url,
                    format_papier=papier,
                    par_theme=par_theme,
                    progression=controle.progression,
                    annule=annule,
                )
            if genre == "site":
                return exports.exporter_site(
                    forum,
                    cible,
                    url_publication=url,
                    progression=controle.progression,
                    annule=annule,
                )
            return exports.exporter_affiches(
                forum, cible, genre, url_publication=url, format_papier=papier, annule=annule
            )

        self.travail = Travail(executer, self)
        self.travail.progression.connect(self._avance)
        self.travail.termine.connect(self._termine)
        self.travail.echoue.connect(self._echoue)
        self.travail.annule.connect(self._annule)
        self._en_cours(True, self.tr("Export en cours…"))
        return self.travail.lancer()

    def annuler(self) -> None:
        if self.travail is not None:
            self.travail.annuler()
            self.etat.setText(self.tr("Annulation…"))

    def _en_cours(self, actif: bool, message: str) -> None:
        for bouton in self.boutons.values():
            bouton.setEnabled(not actif)
        self.barre.setVisible(actif)
        self.barre.setRange(0, 0)
        self.bouton_annuler.setVisible(actif)
        self.bouton_ouvrir.setVisible(not actif and self.dernier is not None)
        self.bouton_dossier.setVisible(not actif and self.dernier is not None)
        self.etat.setStyleSheet("")
        self.etat.setText(message)

    def _avance(self, fait: int, total: int) -> None:
        self.barre.setRange(0, max(total, 1))
        self.barre.setValue(fait)

    def _termine(self, chemin: Path) -> None:
        self.travail, self.dernier = None, Path(chemin)
        self._en_cours(False, self.tr("Écrit : %1").replace("%1", str(chemin)))

    def _echoue(self, message: str) -> None:
        self.travail = None
        self._en_cours(False, message)
        self.etat.setStyleSheet(style_erreur())

    def _annule(self) -> None:
        self.travail = None
        self._en_cours(False, self.tr("Export annulé : aucun fichier n'a été écrit."))
