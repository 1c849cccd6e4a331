"""« Importer des participants… » : associer les colonnes, voir l'aperçu, importer tout ou rien.

The import is one transaction and is not pushed on the undo stack: it only creates and
updates participants, so the commands already on the stack stay valid.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.participants_csv import (
    CHAMPS,
    AnalyseImport,
    LigneAnalysee,
    ParticipantConnu,
    RapportImport,
    TableauCsv,
    analyser,
    importer_participants,
    lire_csv,
    participants_connus,
    proposer_colonnes,
)
from modeles.erreurs import ErreurForum
from vues.modeles_qt.tableau import Colonne, ModeleTableau
from vues.session import SessionForum

LIGNES_APERCU = 20
AUCUNE = "—"


class DialogueImportParticipants(QDialog):
    """Une liste déroulante par champ, l'aperçu des 20 premières lignes, puis le rapport."""

    def __init__(self, session: SessionForum, chemin: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Importer des participants"))
        self.rapport: RapportImport | None = None
        self._analyse: AnalyseImport | None = None
        self._connus: list[ParticipantConnu] = []
        self.tableau: TableauCsv | None = None
        libelles = {
            "nom": self.tr("Nom"),
            "prenom": self.tr("Prénom"),
            "courriel": self.tr("Courriel"),
            "telephone": self.tr("Téléphone"),
            "organisation": self.tr("Organisation"),
            "type_acteur": self.tr("Type d'acteur"),
            "niveau_action": self.tr("Niveau d'action"),
            "territoire": self.tr("Territoire"),
            "consentement_publication": self.tr("Consentement à la publication"),
            "consentement_coordonnees": self.tr("Consentement au partage des coordonnées"),
        }

        self.fichier = QLabel()
        self.fichier.setWordWrap(True)
        self.choix: dict[str, QComboBox] = {}
        formulaire = QFormLayout()
        for champ in CHAMPS:
            boite = QComboBox()
            boite.setAccessibleName(libelles[champ])
            self.choix[champ] = boite
            formulaire.addRow(libelles[champ], boite)
        colonnes = QGroupBox(self.tr("Colonne du fichier pour chaque champ"))
        colonnes.setLayout(formulaire)

        self.modele_apercu = ModeleTableau(
            [
                Colonne(
                    self.tr("Ligne"), lambda ligne: str(ligne.numero), lambda ligne: ligne.numero
                ),
                Colonne(libelles["nom"], _texte("nom")),
                # Before the other fields: what happens to a row is seen without scrolling.
                Colonne(self.tr("Remarque"), lambda ligne: ligne.remarque),
                *(Colonne(libelles[c], _texte(c)) for c in CHAMPS if c not in ("nom", "prenom")),
            ],
            self,
        )
        self.apercu = QTableView()
        self.apercu.setModel(self.modele_apercu)
        self.apercu.setAccessibleName(self.tr("Aperçu de l'import"))
        self.apercu.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.apercu.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.apercu.verticalHeader().hide()
        self.apercu.setAlternatingRowColors(True)
        self.apercu.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long cells are cut; their tooltip shows them whole.
        self.apercu.horizontalHeader().setMaximumSectionSize(260)
        groupe_apercu = QGroupBox(
            self.tr("Aperçu des %1 premières lignes").replace("%1", str(LIGNES_APERCU))
        )
        QVBoxLayout(groupe_apercu).addWidget(self.apercu)

        self.resume = QLabel()
        self.resume.setAccessibleName(self.tr("Résumé de l'import"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.texte_rapport = QPlainTextEdit()
        self.texte_rapport.setReadOnly(True)
        self.texte_rapport.setAccessibleName(self.tr("Rapport de l'import"))
        self.texte_rapport.hide()

        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.bouton_importer = self.boutons.button(QDialogButtonBox.StandardButton.Ok)
        self.bouton_importer.setText(self.tr("Importer"))
        self.bouton_annuler = self.boutons.button(QDialogButtonBox.StandardButton.Cancel)
        self.bouton_annuler.setText(self.tr("Annuler"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)

        haut = QHBoxLayout()
        haut.addWidget(colonnes)
        haut.addWidget(groupe_apercu, 1)
        disposition = QVBoxLayout(self)
        disposition.addWidget(self.fichier)
        disposition.addLayout(haut, 1)
        disposition.addWidget(self.resume)
        disposition.addWidget(self.message)
        disposition.addWidget(self.texte_rapport, 1)
        disposition.addWidget(self.boutons)
        self.resize(1100, 560)

        self._charger(Path(chemin))

    def _charger(self, chemin: Path) -> None:
        try:
            self.tableau = lire_csv(chemin)
            self._connus = self.session.lire(participants_connus)
        except ErreurForum as exc:
            self.fichier.setText(chemin.name)
            self._montrer_erreur(exc.message)
            for boite in self.choix.values():
                boite.setEnabled(False)
            return
        self.fichier.setText(
            self.tr("« %1 » : %2 lignes, encodage %3, séparateur « %4 ».")
            .replace("%1", chemin.name)
            .replace("%2", str(len(self.tableau.lignes)))
            .replace("%3", self.tableau.encodage)
            .replace("%4", self.tableau.delimiteur.replace("\t", "tab"))
        )
        proposees = proposer_colonnes(self.tableau.entetes)
        for champ, boite in self.choix.items():
            boite.addItem(AUCUNE, None)
            for entete in self.tableau.entetes:
                boite.addItem(entete, entete)
            if champ in proposees:
                boite.setCurrentIndex(boite.findData(proposees[champ]))
            boite.currentIndexChanged.connect(self._actualiser)
        self._actualiser()

    def colonnes(self) -> dict[str, str]:
        """Le choix courant : champ -> entête de colonne."""
        return {
            champ: boite.currentData()
            for champ, boite in self.choix.items()
            if boite.currentData() is not None
        }

    def choisir(self, champ: str, entete: str | None) -> None:
        boite = self.choix[champ]
        boite.setCurrentIndex(boite.findData(entete) if entete is not None else 0)

    def analyse(self) -> AnalyseImport | None:
        return self._analyse

    def _actualiser(self, *_: object) -> None:
        if self.tableau is None:
            return
        try:
            self._analyse = analyser(self.tableau, self.colonnes(), self._connus)
        except ErreurForum as exc:
            self._analyse = None
            self.modele_apercu.definir_lignes([])
            self.resume.clear()
            self._montrer_erreur(exc.message)
            return
        self.message.hide()
        self.modele_apercu.definir_lignes(self._analyse.lignes[:LIGNES_APERCU])
        self.resume.setText(self._analyse.resume())
        self.bouton_importer.setEnabled(True)

    def _montrer_erreur(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.bouton_importer.setEnabled(False)

    def importer(self) -> bool:
        """Une seule transaction ; une erreur n'écrit rien et reste affichée ici."""
        if self.tableau is None or self._analyse is None:
            return False
        try:
            rapport = importer_participants(self.session.document, self.tableau, self.colonnes())
        except ErreurForum as exc:
            self._montrer_erreur(exc.message)
            return False
        self.rapport = rapport
        self.session.signaler(rapport.changements)
        self.texte_rapport.setPlainText(rapport.texte())
        self.texte_rapport.show()
        for boite in self.choix.values():
            boite.setEnabled(False)
        self.bouton_importer.hide()
        self.bouton_annuler.setText(self.tr("Fermer"))
        self.bouton_annuler.setFocus()
        return True

    def accept(self) -> None:
        # The first « Importer » imports and shows the report; the dialog closes on « Fermer ».
        if self.rapport is None:
            self.importer()
        else:
            super().accept()

    def reject(self) -> None:
        if self.rapport is not None:
            super().accept()
        else:
            super().reject()


def _texte(champ: str) -> Callable[[LigneAnalysee], str]:
    def texte(ligne: LigneAnalysee) -> str:
        return " ".join(ligne.texte(champ).split())

    return texte
