"""Le forum dans l'interface : le document, sa pile d'annulation, le signal « forum changé »."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.changements import Changements
from app.document import DocumentForum
from modeles.erreurs import ErreurForum
from vues.observateur import Observateur


class CommandeForum(QUndoCommand):
    """Une modification annulable : redo() et undo() appellent chacun une opération de app/."""

    def __init__(self, session: SessionForum, texte: str) -> None:
        super().__init__(texte)
        self.session = session
        self.erreur: ErreurForum | None = None

    def faire(self) -> Changements:
        raise NotImplementedError

    def defaire(self) -> Changements:
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self.session.signaler(self.faire())
        except ErreurForum as exc:
            # An obsolete command is dropped by QUndoStack.push(): a refused edit leaves no trace.
            self.erreur = exc
            self.setObsolete(True)

    def undo(self) -> None:
        self.session.signaler(self.defaire())


class SessionForum(QObject):
    """Un seul objet partagé par les pages ; chacune rafraîchit ce que `forum_change` lui dit."""

    forum_change = Signal(object)  # Changements
    erreur = Signal(str)

    def __init__(self, document: DocumentForum, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.pile = QUndoStack(self)
        # Forms whose typing waits for an autosave register how to write it now: before an
        # export reads the file, before the forum closes.
        self._en_attente: list[Callable[[], object]] = []
        # Edits made elsewhere (another laptop on the server) show up within seconds.
        self.observateur = Observateur(self)

    def lire(self, lecture: Callable[..., Any], *args: Any) -> Any:
        """Une lecture de app.lectures sur ce forum."""
        return lecture(self.document, *args)

    def executer(self, commande: CommandeForum) -> bool:
        """Pousse la commande (qui s'applique) ; dit si elle a été acceptée."""
        self.pile.push(commande)
        if commande.erreur is not None:
            self.erreur.emit(commande.erreur.message)
            return False
        return True

    def signaler(self, changements: Changements) -> None:
        self.forum_change.emit(changements)

    def attendre_avant_lecture(self, enregistrer: Callable[[], object]) -> None:
        self._en_attente.append(enregistrer)

    def enregistrer_tout(self) -> None:
        """Ce qui attend encore dans un formulaire est écrit tout de suite."""
        for enregistrer in list(self._en_attente):
            enregistrer()

    def fermer(self) -> None:
        self.observateur.arreter()
        self.pile.clear()
        self.document.fermer()
