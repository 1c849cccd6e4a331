"""La saisie rapide de la place du marché : titre, porteurs, Entrée, et au suivant.

Everything works from the keyboard: Tab between fields, Enter in any field adds the topic,
and the cursor goes back to the title for the next person at the microphone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.lectures import ParticipantLu
from vues.commandes.sujets import AjouterSujet
from vues.contraste import style_erreur
from vues.session import SessionForum


def separer(texte: str) -> list[str]:
    return [morceau.strip() for morceau in texte.split(",") if morceau.strip()]


class CompleteurListe(QCompleter):
    """Complète le dernier nom d'une liste séparée par des virgules."""

    def splitPath(self, chemin: str) -> list[str]:
        return [chemin.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        champ = self.widget()
        debut = ""
        if isinstance(champ, QLineEdit) and "," in champ.text():
            debut = champ.text().rsplit(",", 1)[0] + ", "
        return debut + str(super().pathFromIndex(index))  # type: ignore[arg-type]


class SaisieSujet(QGroupBox):
    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nouveau sujet"), parent)
        self.session = session
        self.titre = QLineEdit()
        self.titre.setPlaceholderText(self.tr("Le titre, tel qu'annoncé au micro"))
        self.porteurs = QLineEdit()
        self.porteurs.setPlaceholderText(self.tr("Nom, Nom… (un nom inconnu crée la personne)"))
        self.interet = QSpinBox()
        self.interet.setRange(0, 9999)
        self.interet.setSpecialValueText(self.tr("—"))
        self.interet.setToolTip(self.tr("Combien de personnes ont levé la main (facultatif)"))
        self.besoins = QLineEdit()
        self.besoins.setPlaceholderText(self.tr("projecteur, accessible…"))
        self.bouton = QPushButton(self.tr("Ajouter (Entrée)"))
        self.bouton.clicked.connect(self.ajouter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message de la saisie"))

        self._noms = QStringListModel(self)
        self._equipements = QStringListModel(self)
        for champ, modele in ((self.porteurs, self._noms), (self.besoins, self._equipements)):
            completeur = CompleteurListe(modele, champ)
            completeur.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completeur.setFilterMode(Qt.MatchFlag.MatchContains)
            champ.setCompleter(completeur)
        for champ in (self.titre, self.porteurs, self.besoins):
            champ.returnPressed.connect(self.ajouter)
        self.interet.lineEdit().returnPressed.connect(self.ajouter)

        formulaire = QFormLayout()
        for libelle, champ in (
            (self.tr("&Titre"), self.titre),
            (self.tr("&Porteurs"), self.porteurs),
        ):
            formulaire.addRow(libelle, champ)
            champ.setAccessibleName(libelle.replace("&", ""))
        ligne = QHBoxLayout()
        ligne.addWidget(QLabel(self.tr("&Intérêt")))
        ligne.itemAt(0).widget().setBuddy(self.interet)  # type: ignore[union-attr]
        ligne.addWidget(self.interet)
        ligne.addSpacing(12)
        etiquette_besoins = QLabel(self.tr("&Besoins"))
        etiquette_besoins.setBuddy(self.besoins)
        ligne.addWidget(etiquette_besoins)
        ligne.addWidget(self.besoins, 1)
        ligne.addWidget(self.bouton)
        self.interet.setAccessibleName(self.tr("Intérêt estimé"))
        self.besoins.setAccessibleName(self.tr("Besoins"))
        formulaire.addRow(ligne)
        formulaire.addRow(self.message)
        self.setLayout(formulaire)

    def definir_participants(self, participants: Sequence[ParticipantLu]) -> None:
        self._noms.setStringList(sorted({p.nom for p in participants}, key=str.casefold))

    def definir_equipements(self, equipements: Sequence[str]) -> None:
        self._equipements.setStringList(list(equipements))

    def _dire(self, texte: str, erreur: bool = False) -> None:
        self.message.setStyleSheet(style_erreur() if erreur else "")
        self.message.setText(texte)

    def ajouter(self) -> bool:
        titre = " ".join(self.titre.text().split())
        if not titre:
            self._dire(self.tr("Écrivez d'abord le titre du sujet."), erreur=True)
            self.titre.setFocus()
            return False
        commande = AjouterSujet(
            self.session,
            titre,
            separer(self.porteurs.text()),
            interet_estime=self.interet.value() or None,
            besoins=separer(self.besoins.text()),
        )
        if not self.session.executer(commande):
            return False
        assert commande.ajoute is not None
        self._dire(
            self.tr("N° %1 « %2 » ajouté. Au suivant !")
            .replace("%1", str(commande.ajoute.numero))
            .replace("%2", titre)
        )
        for champ in (self.titre, self.porteurs, self.besoins):
            champ.clear()
        self.interet.setValue(0)
        self.titre.setFocus()
        return True
