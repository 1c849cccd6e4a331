"""Un travail long hors du fil de l'interface, qui rend compte sur le fil de l'interface.

The job is any callable taking a `Controle`: it reads `controle.annule` to stop early and calls
`controle.progression(fait, total)` to report. It never touches a widget. Its result, its
error message or its progress reach the GUI thread as signals of `Travail`, through queued
connections, so the slots connected to them may touch widgets freely.

    travail = Travail(lambda controle: preparer_image(chemin))
    travail.termine.connect(self._sur_image)
    travail.echoue.connect(self._sur_erreur)
    travail.lancer()
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

from modeles.erreurs import ErreurForum

_journal = logging.getLogger(__name__)


class Controle:
    """Ce que le travail reçoit : savoir s'il est annulé, dire où il en est (depuis son fil)."""

    def __init__(self, signaler: Callable[[int, int], None]) -> None:
        self._annule = threading.Event()
        self._signaler = signaler

    @property
    def annule(self) -> bool:
        return self._annule.is_set()

    def annuler(self) -> None:
        self._annule.set()

    def progression(self, fait: int, total: int) -> None:
        self._signaler(fait, total)


class Travail(QObject):
    """Exécute une fonction dans un QThreadPool ; un seul des trois signaux de fin est émis."""

    termine = Signal(object)
    echoue = Signal(str)
    annule = Signal()
    progression = Signal(int, int)
    # Emitted from the worker thread; received on this object's (the GUI) thread.
    _fin = Signal(object, object)
    _avance = Signal(int, int)

    def __init__(self, fonction: Callable[[Controle], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonction = fonction
        self.controle = Controle(self._signaler_avance)
        self.en_cours = False
        # Kept alive by itself until the GUI thread has heard the end, even without a parent.
        self._garde: Travail | None = None
        self._fin.connect(self._sur_fin)
        self._avance.connect(self._sur_avance)

    def lancer(self, reserve: QThreadPool | None = None) -> Travail:
        self._garde = self
        self.en_cours = True
        (reserve or QThreadPool.globalInstance()).start(self._executer)
        return self

    def annuler(self) -> None:
        """Demande l'arrêt ; le travail s'arrête à sa prochaine vérification, puis `annule`."""
        self.controle.annuler()

    def _signaler_avance(self, fait: int, total: int) -> None:
        # If the object was deleted with its parent, nobody is listening any more.
        with contextlib.suppress(RuntimeError):
            self._avance.emit(fait, total)

    def _executer(self) -> None:
        """Dans le fil du travail : ne touche qu'à la fonction et aux signaux privés."""
        resultat: Any = None
        erreur: str | None = None
        try:
            resultat = self._fonction(self.controle)
        except ErreurForum as exc:
            erreur = exc.message
        except Exception as exc:
            _journal.exception("Travail en échec")
            erreur = QCoreApplication.translate("Travail", "Erreur inattendue : %1").replace(
                "%1", f"{type(exc).__name__}: {exc}"
            )
        with contextlib.suppress(RuntimeError):
            self._fin.emit(resultat, erreur)

    @Slot(int, int)
    def _sur_avance(self, fait: int, total: int) -> None:
        if not self.controle.annule:
            self.progression.emit(fait, total)

    @Slot(object, object)
    def _sur_fin(self, resultat: Any, erreur: str | None) -> None:
        self.en_cours = False
        self._garde = None
        if self.controle.annule:
            self.annule.emit()
        elif erreur is not None:
            self.echoue.emit(erreur)
        else:
            self.termine.emit(resultat)
