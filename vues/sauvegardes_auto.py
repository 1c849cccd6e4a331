"""Les sauvegardes automatiques d'un forum ouvert : peu après l'ouverture, puis toutes les dix
minutes s'il a changé. La copie se fait hors du fil de l'interface (API de sauvegarde de
SQLite, sur sa propre connexion) : une saisie n'attend jamais une sauvegarde.

For a forum on a server, the copy is an exchange-format JSON snapshot read on its own
connection (app.sauvegardes.sauvegarder_serveur), in the same backups folder.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QThreadPool, QTimer, Signal

from app import sauvegardes, serveur
from app.changements import Changements
from vues.session import SessionForum
from vues.travaux import Travail

DELAI_OUVERTURE_MS = 3000
CLE_GARDER = "sauvegardes/garder"


def nombre_a_garder(reglages: QSettings) -> int:
    valeur = reglages.value(CLE_GARDER, sauvegardes.GARDER_PAR_DEFAUT)
    try:
        return max(1, int(valeur))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return sauvegardes.GARDER_PAR_DEFAUT


class SauvegardesAutomatiques(QObject):
    """Une par session ; `reserve` est le QThreadPool où les copies se font."""

    faite = Signal(str)  # the backup's path
    echouee = Signal(str)  # a French message

    def __init__(
        self,
        session: SessionForum,
        reglages: QSettings,
        *,
        intervalle_ms: int = sauvegardes.INTERVALLE_MINUTES * 60_000,
        reserve: QThreadPool | None = None,
    ) -> None:
        super().__init__(session)
        self._session = session
        self._reglages = reglages
        self._reserve = reserve or QThreadPool.globalInstance()
        self._modifie = False
        self._travail: Travail | None = None
        session.forum_change.connect(self._sur_changement)
        self.minuterie = QTimer(self)
        self.minuterie.setInterval(intervalle_ms)
        self.minuterie.timeout.connect(self._periodique)
        self.minuterie.start()
        # Not during start-up: the first paint comes first.
        QTimer.singleShot(DELAI_OUVERTURE_MS, self, lambda: self.sauvegarder("ouverture"))

    def _sur_changement(self, _changements: Changements) -> None:
        self._modifie = True

    def _periodique(self) -> None:
        if self._modifie:
            self.sauvegarder("periodique")

    def sauvegarder(self, raison: str) -> Travail | None:
        """Lance une copie (sauf si une autre est en cours) ; rend le travail lancé."""
        if self._travail is not None and self._travail.en_cours:
            return None
        self._modifie = False
        garder = nombre_a_garder(self._reglages)
        # A file, or the server's full address: the worker opens its own connection.
        source = serveur.source(self._session.document)
        travail = Travail(
            lambda _controle: str(sauvegardes.sauvegarder_forum(source, raison, garder=garder)),
            self,
        )
        travail.termine.connect(lambda chemin: self.faite.emit(str(chemin)))
        travail.echoue.connect(self.echouee)
        self._travail = travail
        return travail.lancer(self._reserve)
