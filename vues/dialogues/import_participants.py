"""« Importer des participants… » : associer les colonnes, voir l'aperçu, importer tout ou rien.

The import is one transaction and is not pushed on the undo stack: it only creates and
updates participants, so the commands already on the stack stay valid. The dry run (after each
change of a column) and the import itself run off the GUI thread; the import opens the forum
file again on its own connection, the dry run needs none (the known people are read once).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.operations.participants import importer_csv_dans_fichier
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
from vues.contraste import style_erreur
from vues.modeles_qt.tableau import Colonne, ModeleTableau
from vues.pages.base import vue_apercu
from vues.session import SessionForum
from vues.travaux import Controle, Travail

LIGNES_APERCU = 20
AUCUNE = "—"


class DialogueImportParticipants(QDialog):
    """Une liste déroulante par champ, l'aperçu des 20 premières lignes, puis le rapport."""

    # Emitted when a dry run's result (or refusal) is shown, and when an import has ended.
    analyse_prete = Signal()
    import_fini = Signal(bool)

    def __init__(self, session: SessionForum, chemin: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Importer des participants"))
        self.rapport: RapportImport | None = None
        self._analyse: AnalyseImport | None = None
        self._connus: list[ParticipantConnu] = []
        self.tableau: TableauCsv | None = None
        # Each dry run has a number: the result of one overtaken by a newer choice is dropped.
        self._generation = 0
        self._travail_analyse: Travail | None = None
        self._travail_import: Travail | None = None
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
        self.apercu = vue_apercu(self.modele_apercu, self.tr("Aperçu de l'import"))
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
        self.message.setStyleSheet(style_erreur())
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.texte_rapport = QPlainTextEdit()
        self.texte_rapport.setReadOnly(True)
        self.texte_rapport.setAccessibleName(self.tr("Rapport de l'import"))
        self.texte_rapport.hide()
        self.occupation = QLabel()
        self.occupation.setAccessibleName(self.tr("Travail en cours"))
        self.barre = QProgressBar()
        self.barre.setRange(0, 0)  # busy: neither step knows its progress
        self.barre.setMaximumWidth(200)
        self.barre.setAccessibleName(self.tr("Travail en cours"))
        self.barre.setTextVisible(False)
        occupe = QHBoxLayout()
        occupe.addWidget(self.occupation)
        occupe.addWidget(self.barre)
        occupe.addStretch(1)
        self._montrer_occupation("")

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
        disposition.addLayout(occupe)
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

    @property
    def occupe(self) -> bool:
        """Vrai tant qu'une analyse ou l'import tourne."""
        return any(
            t is not None and t.en_cours for t in (self._travail_analyse, self._travail_import)
        )

    def _actualiser(self, *_: object) -> None:
        """Relance l'analyse hors du fil de l'interface ; Importer attend son résultat."""
        if self.tableau is None:
            return
        self._generation += 1
        generation = self._generation
        tableau, colonnes, connus = self.tableau, self.colonnes(), list(self._connus)
        if self._travail_analyse is not None:
            self._travail_analyse.annuler()  # its result would be dropped anyway

        def analyse(controle: Controle) -> AnalyseImport:
            return analyser(tableau, colonnes, connus)

        travail = Travail(analyse, self)
        travail.termine.connect(lambda resultat: self._sur_analyse(generation, resultat, None))
        travail.echoue.connect(lambda message: self._sur_analyse(generation, None, message))
        self._travail_analyse = travail
        self.bouton_importer.setEnabled(False)
        self._montrer_occupation(self.tr("Analyse du fichier…"))
        travail.lancer()

    def _sur_analyse(
        self, generation: int, analyse: AnalyseImport | None, message: str | None
    ) -> None:
        if generation != self._generation:
            return
        self._montrer_occupation("")
        self._analyse = analyse
        if analyse is None:
            self.modele_apercu.definir_lignes([])
            self.resume.clear()
            self._montrer_erreur(message or "")
        else:
            self.message.hide()
            self.modele_apercu.definir_lignes(analyse.lignes[:LIGNES_APERCU])
            self.resume.setText(analyse.resume())
            self.bouton_importer.setEnabled(True)
        self.analyse_prete.emit()

    def _montrer_occupation(self, texte: str) -> None:
        self.occupation.setText(texte)
        self.occupation.setVisible(bool(texte))
        self.barre.setVisible(bool(texte))

    def _montrer_erreur(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.bouton_importer.setEnabled(False)

    def importer(self) -> bool:
        """Lance l'import (une seule transaction) ; dit s'il a démarré. Voir `import_fini`."""
        if self.tableau is None or self._analyse is None or self.occupe:
            return False
        tableau, colonnes = self.tableau, self.colonnes()
        chemin = self.session.document.chemin
        for boite in self.choix.values():
            boite.setEnabled(False)
        self.bouton_importer.setEnabled(False)
        self.bouton_annuler.setEnabled(False)
        self._montrer_occupation(self.tr("Import en cours…"))
        if chemin is None:
            # A forum that is no file has no second connection to offer: import here.
            try:
                self._sur_import(importer_participants(self.session.document, tableau, colonnes))
            except ErreurForum as exc:
                self._sur_echec_import(exc.message)
            return True
        self._travail_import = Travail(_importer_dans(chemin, tableau, colonnes), self)
        self._travail_import.termine.connect(self._sur_import)
        self._travail_import.echoue.connect(self._sur_echec_import)
        self._travail_import.lancer()
        return True

    def _sur_import(self, rapport: RapportImport) -> None:
        self._montrer_occupation("")
        self.rapport = rapport
        self.session.signaler(rapport.changements)
        self.texte_rapport.setPlainText(rapport.texte())
        self.texte_rapport.show()
        self.bouton_importer.hide()
        self.bouton_annuler.setEnabled(True)
        self.bouton_annuler.setText(self.tr("Fermer"))
        self.bouton_annuler.setFocus()
        self.import_fini.emit(True)

    def _sur_echec_import(self, message: str) -> None:
        """Rien n'a été écrit : l'erreur reste affichée, et l'on peut corriger puis réessayer."""
        self._montrer_occupation("")
        for boite in self.choix.values():
            boite.setEnabled(True)
        self.bouton_annuler.setEnabled(True)
        self._montrer_erreur(message)
        self.bouton_importer.setEnabled(self._analyse is not None)
        self.import_fini.emit(False)

    def accept(self) -> None:
        # The first « Importer » imports and shows the report; the dialog closes on « Fermer ».
        if self.rapport is None:
            self.importer()
        else:
            super().accept()

    def reject(self) -> None:
        if self._travail_import is not None and self._travail_import.en_cours:
            return  # the import is one transaction: it ends, whole or not at all, before closing
        if self.rapport is not None:
            super().accept()
        else:
            super().reject()


def _importer_dans(
    chemin: Path, tableau: TableauCsv, colonnes: Mapping[str, str]
) -> Callable[[Controle], RapportImport]:
    def importer(controle: Controle) -> RapportImport:
        return importer_csv_dans_fichier(chemin, tableau, colonnes)

    return importer


def _texte(champ: str) -> Callable[[LigneAnalysee], str]:
    def texte(ligne: LigneAnalysee) -> str:
        return " ".join(ligne.texte(champ).split())

    return texte
