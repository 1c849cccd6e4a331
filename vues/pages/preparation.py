"""Préparation : les informations du forum (modifiables, annulables), ses salles et ses créneaux."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import lectures
from app.changements import Genre
from app.formats import date_courte, plage
from app.lectures import CreneauLu, InfosForum
from modeles.valeurs import FormatPapier
from vues.commandes.forum import ModifierForum
from vues.libelles import nature_creneau, oui_non
from vues.modeles_qt.tableau import Colonne, ModeleTableau
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.session import SessionForum

_SANS_DATE = QDate(2000, 1, 1)


def _moment(creneau: CreneauLu) -> str:
    """Clé de tri d'un créneau ; une chaîne, car le tri de Qt ne compare pas des tuples Python."""
    return f"{creneau.jour.isoformat()} {creneau.debut.isoformat()}"


class TexteLong(QPlainTextEdit):
    """Un texte sur plusieurs lignes qui, comme QLineEdit, signale la fin de sa modification."""

    editingFinished = Signal()

    def focusOutEvent(self, evenement: Any) -> None:
        super().focusOutEvent(evenement)
        self.editingFinished.emit()


class DateFacultative(QDateEdit):
    """Une date qui peut rester « non fixée » (la valeur minimale tient lieu de vide)."""

    def __init__(self, texte_vide: str) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setMinimumDate(_SANS_DATE)
        self.setSpecialValueText(texte_vide)
        self.setDisplayFormat("yyyy-MM-dd")

    def valeur(self) -> dt.date | None:
        return None if self.date() == _SANS_DATE else self.date().toPython()  # type: ignore[return-value]

    def definir(self, valeur: dt.date | None) -> None:
        self.setDate(QDate(valeur) if valeur else _SANS_DATE)


@dataclass
class _Champ:
    nom: str
    libelle: str
    widget: QWidget
    lire: Callable[[], Any]
    ecrire: Callable[[Any], None]


class PagePreparation(Page):
    genres = frozenset({Genre.FORUM, Genre.SALLE, Genre.CRENEAU})

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._champs: list[_Champ] = []
        self._infos: InfosForum | None = None

        titre = QLineEdit()
        question = TexteLong()
        invitation = TexteLong()
        lieu = QLineEdit()
        debut = DateFacultative(self.tr("Non fixée"))
        fin = DateFacultative(self.tr("Non fixée"))
        langue = QComboBox()
        langue.addItem(self.tr("Français"), "fr")
        langue.addItem(self.tr("Anglais"), "en")
        url = QLineEdit()
        url.setPlaceholderText("https://exemple.org/mon-forum")
        papier = QComboBox()
        papier.addItem(self.tr("Lettre (8,5 × 11 po)"), FormatPapier.LETTRE)
        papier.addItem(self.tr("A4"), FormatPapier.A4)
        for w in (question, invitation):
            w.setTabChangesFocus(True)
        question.setFixedHeight(60)
        invitation.setFixedHeight(110)

        def combo(c: QComboBox) -> tuple[Callable[[], Any], Callable[[Any], None]]:
            return c.currentData, lambda v: c.setCurrentIndex(max(c.findData(v), 0))

        formulaire = QFormLayout()
        for nom, libelle, widget, lire, ecrire, signal in (
            ("titre", self.tr("Titre"), titre, titre.text, titre.setText, titre.editingFinished),
            (
                "question_appel",
                self.tr("Question d'appel"),
                question,
                question.toPlainText,
                question.setPlainText,
                question.editingFinished,
            ),
            (
                "invitation",
                self.tr("Invitation"),
                invitation,
                invitation.toPlainText,
                invitation.setPlainText,
                invitation.editingFinished,
            ),
            ("lieu", self.tr("Lieu"), lieu, lieu.text, lieu.setText, lieu.editingFinished),
            (
                "date_debut",
                self.tr("Premier jour"),
                debut,
                debut.valeur,
                debut.definir,
                debut.editingFinished,
            ),
            (
                "date_fin",
                self.tr("Dernier jour"),
                fin,
                fin.valeur,
                fin.definir,
                fin.editingFinished,
            ),
            ("langue", self.tr("Langue des actes"), langue, *combo(langue), langue.activated),
            (
                "url_publication",
                self.tr("Adresse de publication"),
                url,
                url.text,
                url.setText,
                url.editingFinished,
            ),
            (
                "format_papier",
                self.tr("Format du papier"),
                papier,
                *combo(papier),
                papier.activated,
            ),
        ):
            champ = _Champ(nom, libelle, widget, lire, ecrire)
            widget.setAccessibleName(libelle)
            signal.connect(lambda *_, c=champ: self._valider_champ(c))
            formulaire.addRow(libelle, widget)
            self._champs.append(champ)
        infos = QGroupBox(self.tr("Le forum"))
        infos.setLayout(formulaire)

        self.modele_salles = ModeleTableau(
            [
                Colonne(self.tr("Salle"), lambda s: s.nom, tri=lambda s: s.ordre),
                Colonne(
                    self.tr("Places"),
                    lambda s: str(s.capacite or ""),
                    tri=lambda s: s.capacite or 0,
                ),
                Colonne(self.tr("Équipement"), lambda s: ", ".join(s.equipements)),
                Colonne(self.tr("Accessible"), lambda s: oui_non(s.accessible)),
            ],
            self,
        )
        self.salles, _ = vue_tableau(self.modele_salles, self.tr("Salles"), extensible=2)
        self.modele_creneaux = ModeleTableau(
            [
                Colonne(self.tr("Jour"), lambda c: date_courte(c.jour), tri=_moment),
                Colonne(
                    self.tr("Heure"),
                    lambda c: plage(c.debut, c.fin),
                    tri=_moment,
                ),
                Colonne(self.tr("Nature"), lambda c: nature_creneau(c.nature)),
                Colonne(self.tr("Libellé"), lambda c: c.libelle),
            ],
            self,
        )
        self.creneaux, _ = vue_tableau(self.modele_creneaux, self.tr("Créneaux"), extensible=3)

        groupe_salles = QGroupBox(self.tr("Salles"))
        QVBoxLayout(groupe_salles).addWidget(self.salles)
        groupe_creneaux = QGroupBox(self.tr("Journées et créneaux"))
        QVBoxLayout(groupe_creneaux).addWidget(self.creneaux)
        tableaux = QHBoxLayout()
        tableaux.addWidget(groupe_salles, 1)
        tableaux.addWidget(groupe_creneaux, 1)

        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Préparation")))
        disposition.addWidget(infos)
        disposition.addLayout(tableaux, 1)
        self.charger()

    def charger(self) -> None:
        self._infos = self.session.lire(lectures.infos_forum)
        for champ in self._champs:
            valeur = getattr(self._infos, champ.nom)
            # Leave a field alone when it already shows the value: no cursor jump under the hand.
            if champ.lire() != valeur:
                champ.ecrire(valeur)
        self.modele_salles.definir_lignes(self.session.lire(lectures.salles))
        self.modele_creneaux.definir_lignes(self.session.lire(lectures.creneaux))

    def _valider_champ(self, champ: _Champ) -> None:
        if self._infos is None:
            return
        avant = getattr(self._infos, champ.nom)
        apres = champ.lire()
        if apres == avant:
            return
        commande = ModifierForum(
            self.session, {champ.nom: avant}, {champ.nom: apres}, champ.libelle
        )
        if not self.session.executer(commande):
            champ.ecrire(avant)
