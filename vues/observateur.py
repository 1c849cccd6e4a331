"""Voir les modifications faites ailleurs (autre portable sur le serveur, autre programme).

A timer asks the document every two seconds whether someone else wrote: one light query (row
counts, newest ids, last-modified times, versions). The forum's own edits are told apart in the
write transaction itself, so they never reset a page under the user's cursor. When another
person changed the forum, every page refreshes (`Changements(tout=True)`).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.changements import Changements
from modeles.erreurs import ErreurForum

if TYPE_CHECKING:
    from vues.session import SessionForum

INTERVALLE_MS = 2000


class Observateur(QObject):
    """Interroge le forum à intervalle régulier ; signale à la session ce qui vient d'ailleurs."""

    def __init__(self, session: SessionForum, intervalle_ms: int = INTERVALLE_MS) -> None:
        # Not a child of the session, which is only weakly referenced: a session dropped
        # without fermer() may be collected on any thread, and a Qt timer may only be stopped
        # from its own. The timer stays on the application's thread and stops by itself.
        super().__init__(QCoreApplication.instance())
        self._session = weakref.ref(session)
        self._minuteur = QTimer(self)
        self._minuteur.setInterval(intervalle_ms)
        self._minuteur.timeout.connect(self.verifier)
        try:
            session.document.observer()
        except ErreurForum:
            return  # A server out of reach: the first edit will say so.
        self._minuteur.start()

    def verifier(self) -> bool:
        """Regarde tout de suite ; vrai si des modifications d'ailleurs ont été signalées."""
        session = self._session()
        if session is None:
            self.arreter()
            return False
        try:
            externes = session.document.changements_externes()
        except ErreurForum:
            # The server is out of reach for now (Wi-Fi): the next tick tries again.
            return False
        if externes:
            session.signaler(Changements(tout=True))
        return externes

    @property
    def actif(self) -> bool:
        return self._minuteur.isActive()

    def arreter(self) -> None:
        if self._minuteur.isActive():
            self._minuteur.stop()
            self.deleteLater()
