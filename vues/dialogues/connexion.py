"""« Ouvrir une base partagée… » : le serveur PostgreSQL du lieu, un essai, puis l'ouverture.

The password is typed, masked, and kept only in the address handed to the opening: it is never
written to the settings, nor shown in a title or a message. The other fields are remembered.
The test runs off the GUI thread (a server that does not answer takes seconds to say so).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import serveur
from vues.contraste import style_erreur, style_succes
from vues.travaux import Travail

CLE_RECENTS = "connexion/recents"
CLES = {
    "serveur": "connexion/serveur",
    "port": "connexion/port",
    "base": "connexion/base",
    "utilisateur": "connexion/utilisateur",
}
MAX_RECENTS = 8


def serveurs_recents(reglages: QSettings) -> list[str]:
    """Les bases partagées ouvertes récemment, adresses sans mot de passe."""
    valeur = reglages.value(CLE_RECENTS, [])
    liste = [valeur] if isinstance(valeur, str) else list(valeur or [])  # type: ignore[call-overload]
    return [str(a) for a in liste if "://" in str(a)]


def noter_serveur_recent(reglages: QSettings, adresse: str) -> None:
    memo = serveur.sans_mot_de_passe(adresse)
    recents = [memo] + [a for a in serveurs_recents(reglages) if a != memo]
    reglages.setValue(CLE_RECENTS, recents[:MAX_RECENTS])


class DialogueConnexion(QDialog):
    """Les champs d'une connexion ; `adresse()` la donne une fois le dialogue accepté."""

    diagnostic_pret = Signal(bool, str)  # ok, French message

    def __init__(
        self, reglages: QSettings, parent: QWidget | None = None, *, adresse: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ouvrir une base partagée"))
        self.setMinimumWidth(480)
        self._reglages = reglages
        self.travail: Travail | None = None

        explication = QLabel(
            self.tr(
                "Un forum partagé vit dans une base PostgreSQL du serveur du lieu : plusieurs "
                "portables y travaillent en même temps. Une base vide reçoit un nouveau forum."
            )
        )
        explication.setWordWrap(True)
        self.serveur = QLineEdit()
        self.serveur.setPlaceholderText(self.tr("192.168.1.10 ou serveur.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(serveur.PORT_PAR_DEFAUT)
        self.base = QLineEdit()
        self.base.setPlaceholderText(self.tr("forum"))
        self.utilisateur = QLineEdit()
        self.mot_de_passe = QLineEdit()
        self.mot_de_passe.setEchoMode(QLineEdit.EchoMode.Password)
        self.mot_de_passe.setToolTip(self.tr("Jamais enregistré : à retaper à chaque ouverture."))
        formulaire = QFormLayout()
        for libelle, champ in (
            (self.tr("&Serveur"), self.serveur),
            (self.tr("&Port"), self.port),
            (self.tr("&Base"), self.base),
            (self.tr("&Utilisateur"), self.utilisateur),
            (self.tr("&Mot de passe"), self.mot_de_passe),
        ):
            champ.setAccessibleName(libelle.replace("&", ""))
            formulaire.addRow(libelle, champ)

        self.bouton_tester = QPushButton(self.tr("&Tester la connexion"))
        self.bouton_tester.clicked.connect(self.tester)
        self.etat = QLabel()
        self.etat.setWordWrap(True)
        self.etat.setAccessibleName(self.tr("Résultat de l'essai"))
        ligne_test = QHBoxLayout()
        ligne_test.addWidget(self.bouton_tester)
        ligne_test.addStretch(1)

        self.boutons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.bouton_ouvrir = self.boutons.button(QDialogButtonBox.StandardButton.Ok)
        self.bouton_ouvrir.setText(self.tr("&Ouvrir"))
        self.boutons.accepted.connect(self.accept)
        self.boutons.rejected.connect(self.reject)

        disposition = QVBoxLayout(self)
        disposition.addWidget(explication)
        disposition.addLayout(formulaire)
        disposition.addLayout(ligne_test)
        disposition.addWidget(self.etat)
        disposition.addWidget(self.boutons)

        self._remplir(adresse)
        for champ in (self.serveur, self.base):
            champ.textChanged.connect(self._actualiser)
        self._actualiser()
        # Straight to the password when everything else is already known.
        premier_vide = next(
            (c for c in (self.serveur, self.base, self.utilisateur) if not c.text()),
            self.mot_de_passe,
        )
        premier_vide.setFocus()

    def _remplir(self, adresse: str | None) -> None:
        if adresse:
            champs = serveur.champs(adresse)
        else:
            lire = self._reglages.value
            try:
                port = int(lire(CLES["port"], serveur.PORT_PAR_DEFAUT))  # type: ignore[call-overload]
            except (TypeError, ValueError):
                port = serveur.PORT_PAR_DEFAUT
            champs = serveur.Champs(
                serveur=str(lire(CLES["serveur"], "") or ""),
                port=port,
                base=str(lire(CLES["base"], "") or ""),
                utilisateur=str(lire(CLES["utilisateur"], "") or ""),
            )
        self.serveur.setText(champs.serveur)
        self.port.setValue(champs.port)
        self.base.setText(champs.base)
        self.utilisateur.setText(champs.utilisateur)

    def _actualiser(self) -> None:
        complet = bool(self.serveur.text().strip() and self.base.text().strip())
        self.bouton_ouvrir.setEnabled(complet)
        self.bouton_tester.setEnabled(complet and self.travail is None)

    def champs(self) -> serveur.Champs:
        return serveur.Champs(
            serveur=self.serveur.text().strip(),
            port=self.port.value(),
            base=self.base.text().strip(),
            utilisateur=self.utilisateur.text().strip(),
            mot_de_passe=self.mot_de_passe.text(),
        )

    def adresse(self) -> str:
        """L'adresse complète, mot de passe échappé compris : pour l'ouverture seulement."""
        return serveur.adresse(self.champs())

    def tester(self) -> Travail | None:
        """Essaie la connexion hors du fil de l'interface ; rend le travail lancé."""
        if self.travail is not None or not self.bouton_ouvrir.isEnabled():
            return None
        adresse = self.adresse()
        self.travail = Travail(lambda _controle: serveur.tester(adresse), self)
        self.travail.termine.connect(self._sur_diagnostic)
        self.travail.echoue.connect(lambda message: self._montrer(False, message))
        self.etat.setStyleSheet("")
        self.etat.setText(self.tr("Connexion au serveur…"))
        self._actualiser()
        return self.travail.lancer()

    def _sur_diagnostic(self, diagnostic: serveur.Diagnostic) -> None:
        self._montrer(diagnostic.ok, diagnostic.message)

    def _montrer(self, ok: bool, message: str) -> None:
        self.travail = None
        self.etat.setStyleSheet(style_succes() if ok else style_erreur())
        self.etat.setText(message)
        self._actualiser()
        self.diagnostic_pret.emit(ok, message)

    def accept(self) -> None:
        if not self.bouton_ouvrir.isEnabled():
            return
        champs = self.champs()
        # Everything but the password.
        for cle, valeur in (
            ("serveur", champs.serveur),
            ("port", champs.port),
            ("base", champs.base),
            ("utilisateur", champs.utilisateur),
        ):
            self._reglages.setValue(CLES[cle], valeur)
        super().accept()

    def reject(self) -> None:
        if self.travail is not None:
            self.travail.annuler()
        super().reject()
