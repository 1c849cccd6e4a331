"""« Champs du formulaire… » : montrer, cacher ou renommer les champs du compte rendu.

Nothing is written before « OK »; a hidden field keeps its text in the file, and shows it again
when it is switched back on.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.operations.recoltes import (
    CLES_CHAMPS,
    LIBELLES_PAR_DEFAUT,
    ChampFormulaire,
)
from app.operations.recoltes_contenu import LONGUEUR_LIBELLE, TOUJOURS_ACTIFS


def libelles_par_defaut() -> dict[str, str]:
    """Le nom de chaque champ quand le forum ne l'a pas renommé (traduisible)."""
    libelles = {
        "points_saillants": QCoreApplication.translate("ChampsRecolte", "Points saillants"),
        "propositions": QCoreApplication.translate(
            "ChampsRecolte", "Propositions et recommandations"
        ),
        "etapes": QCoreApplication.translate("ChampsRecolte", "Prochaines étapes"),
        "ressources": QCoreApplication.translate("ChampsRecolte", "Ressources et liens"),
        "questions_ouvertes": QCoreApplication.translate("ChampsRecolte", "Questions ouvertes"),
        "citations": QCoreApplication.translate("ChampsRecolte", "Citations"),
        "mots_cles": QCoreApplication.translate("ChampsRecolte", "Mots-clés et thèmes"),
        "presents": QCoreApplication.translate("ChampsRecolte", "Personnes présentes"),
        "photos": QCoreApplication.translate("ChampsRecolte", "Photos"),
    }
    assert set(libelles) == set(LIBELLES_PAR_DEFAUT)
    return libelles


def libelle(champ: ChampFormulaire) -> str:
    return champ.libelle_personnalise or libelles_par_defaut()[champ.cle]


class DialogueChampsRecolte(QDialog):
    """Une ligne par champ : l'afficher ou non, et le nom que ce forum lui donne."""

    def __init__(self, champs: Sequence[ChampFormulaire], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Champs du formulaire de récolte"))
        self._initiaux = tuple(champs)
        defauts = libelles_par_defaut()
        self.cases: dict[str, QCheckBox] = {}
        self.noms: dict[str, QLineEdit] = {}
        grille = QGridLayout()
        grille.addWidget(QLabel(self.tr("<b>Afficher</b>")), 0, 0)
        grille.addWidget(QLabel(self.tr("<b>Nom dans ce forum</b>")), 0, 1)
        par_cle = {c.cle: c for c in champs}
        for rangee, cle in enumerate(CLES_CHAMPS, start=1):
            champ = par_cle.get(cle, ChampFormulaire(cle))
            case = QCheckBox(defauts[cle])
            case.setChecked(champ.actif)
            if cle in TOUJOURS_ACTIFS:
                case.setEnabled(False)
                case.setToolTip(self.tr("Le cœur du compte rendu : toujours affiché."))
            nom = QLineEdit(champ.libelle_personnalise)
            nom.setPlaceholderText(defauts[cle])
            nom.setMaxLength(LONGUEUR_LIBELLE)
            nom.setAccessibleName(self.tr("Nom du champ « %1 »").replace("%1", defauts[cle]))
            nom.setClearButtonEnabled(True)
            case.toggled.connect(nom.setEnabled)
            nom.setEnabled(champ.actif)
            grille.addWidget(case, rangee, 0)
            grille.addWidget(nom, rangee, 1)
            self.cases[cle], self.noms[cle] = case, nom
        grille.setColumnStretch(1, 1)
        explication = QLabel(
            self.tr(
                "Un champ caché garde ce qui y est déjà écrit ; il réapparaît tel quel si vous "
                "l'affichez de nouveau. Laissez un nom vide pour garder le nom habituel."
            )
        )
        explication.setWordWrap(True)
        boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        boutons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        boutons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        defaut = QPushButton(self.tr("Valeurs habituelles"))
        defaut.clicked.connect(self.remettre_par_defaut)
        boutons.addButton(defaut, QDialogButtonBox.ButtonRole.ResetRole)
        boutons.accepted.connect(self.accept)
        boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addLayout(grille)
        disposition.addWidget(explication)
        disposition.addWidget(boutons)
        self.resize(560, self.sizeHint().height())

    def remettre_par_defaut(self) -> None:
        for cle in CLES_CHAMPS:
            self.cases[cle].setChecked(True)
            self.noms[cle].clear()

    def champs(self) -> tuple[ChampFormulaire, ...]:
        return tuple(
            ChampFormulaire(
                cle,
                self.cases[cle].isChecked(),
                " ".join(self.noms[cle].text().split()),
            )
            for cle in CLES_CHAMPS
        )

    def a_change(self) -> bool:
        return self.champs() != tuple(
            ChampFormulaire(c.cle, c.actif, c.libelle_personnalise) for c in self._initiaux
        )
