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
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import lectures
from app.changements import Genre
from app.lectures import InfosForum
from modeles.valeurs import FormatPapier
from vues.commandes.forum import ModifierForum
from vues.pages.base import Page, titre_de_page
from vues.pages.preparation_creneaux import EditeurCreneaux
from vues.pages.preparation_salles import EditeurSalles
from vues.session import SessionForum

_SANS_DATE = QDate(2000, 1, 1)


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
        self.setDate(QDate(valeur.year, valeur.month, valeur.day) if valeur else _SANS_DATE)


@dataclass
class _Champ:
    nom: str
    libelle: str
    widget: QWidget
    lire: Callable[[], Any]
    ecrire: Callable[[Any], None]


class PagePreparation(Page):
    # The rooms and slots editors follow their own kinds of change.
    genres = frozenset({Genre.FORUM})

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
        url.setPlaceholderText(self.tr("https://exemple.org/mon-forum"))
        papier = QComboBox()
        papier.addItem(self.tr("Lettre (8,5 × 11 po)"), FormatPapier.LETTRE)
        papier.addItem(self.tr("A4"), FormatPapier.A4)
        for w in (question, invitation):
            w.setTabChangesFocus(True)
        question.setFixedHeight(50)
        invitation.setFixedHeight(96)

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
            self._champs.append(champ)

        def paire(premier: QWidget, lien: str, second: QWidget) -> QHBoxLayout:
            ligne = QHBoxLayout()
            ligne.addWidget(premier, 1)
            ligne.addWidget(QLabel(lien))
            ligne.addWidget(second, 1)
            return ligne

        # Two short fields share a row: the form leaves the rooms room on a laptop screen.
        formulaire.addRow(self.tr("Titre"), titre)
        formulaire.addRow(self.tr("Question d'appel"), question)
        formulaire.addRow(self.tr("Invitation"), invitation)
        formulaire.addRow(self.tr("Lieu"), lieu)
        formulaire.addRow(self.tr("Dates"), paire(debut, self.tr("au"), fin))
        formulaire.addRow(self.tr("Adresse de publication"), url)
        formulaire.addRow(self.tr("Langue des actes"), paire(langue, self.tr("Papier"), papier))
        infos = QGroupBox(self.tr("Le forum"))
        infos.setLayout(formulaire)

        # Built after the form: the form's fields come first among the page's children.
        self.editeur_salles = EditeurSalles(session)
        self.editeur_creneaux = EditeurCreneaux(session)
        groupe_salles = QGroupBox(self.tr("Salles"))
        QVBoxLayout(groupe_salles).addWidget(self.editeur_salles)
        groupe_creneaux = QGroupBox(self.tr("Journées et créneaux"))
        QVBoxLayout(groupe_creneaux).addWidget(self.editeur_creneaux)
        # The form and the rooms on the left, the slots (the longest list) the full height.
        gauche = QVBoxLayout()
        gauche.addWidget(infos)
        gauche.addWidget(groupe_salles, 1)
        contenu = QWidget()
        corps = QHBoxLayout(contenu)
        corps.setContentsMargins(0, 0, 0, 0)
        corps.addLayout(gauche, 1)
        corps.addWidget(groupe_creneaux, 1)
        # On a small screen the page scrolls rather than squeezing its fields on top of each other.
        defilement = QScrollArea()
        defilement.setWidgetResizable(True)
        defilement.setFrameShape(QFrame.Shape.NoFrame)
        defilement.setWidget(contenu)

        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Préparation")))
        disposition.addWidget(defilement, 1)
        self.charger()

    def charger(self) -> None:
        self._infos = self.session.lire(lectures.infos_forum)
        for champ in self._champs:
            valeur = getattr(self._infos, champ.nom)
            # Leave a field alone when it already shows the value: no cursor jump under the hand.
            if champ.lire() != valeur:
                champ.ecrire(valeur)
                if isinstance(champ.widget, QLineEdit):
                    champ.widget.home(False)  # a long place name shows its beginning

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
