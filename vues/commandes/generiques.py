"""Les formes de commande qui reviennent : ajouter, modifier, supprimer une entité.

Each entity's commands only name their text and their app operations; how redo and undo
pair them, and how the uuid chosen on the first redo is kept for the next, is written here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar
from uuid import UUID

from app.changements import Changements
from app.document import DocumentForum
from vues.session import CommandeForum, SessionForum

Instantane = TypeVar("Instantane")


def nomme(texte: str, nom: str) -> str:
    """Le texte traduit d'une commande, « %1 » remplacé par le nom de ce qu'elle touche."""
    return texte.replace("%1", nom)


class CommandeAjouter(CommandeForum):
    def __init__(
        self,
        session: SessionForum,
        texte: str,
        ajouter: Callable[
            [DocumentForum, Mapping[str, Any], UUID | None], tuple[Changements, UUID]
        ],
        supprimer: Callable[[DocumentForum, UUID], tuple[Changements, Any]],
        champs: Mapping[str, Any],
    ) -> None:
        super().__init__(session, texte)
        self._ajouter, self._supprimer = ajouter, supprimer
        self._champs = dict(champs)
        # Chosen on the first redo, reused after an undo so that later commands still find it.
        self.uuid: UUID | None = None

    def faire(self) -> Changements:
        changements, self.uuid = self._ajouter(self.session.document, self._champs, self.uuid)
        return changements

    def defaire(self) -> Changements:
        assert self.uuid is not None
        return self._supprimer(self.session.document, self.uuid)[0]


class CommandeModifier(CommandeForum):
    """Faire applique `apres`, défaire applique `avant`, par la même opération."""

    def __init__(
        self,
        session: SessionForum,
        texte: str,
        modifier: Callable[[DocumentForum, UUID, Mapping[str, Any]], Changements],
        uuid: UUID,
        avant: Mapping[str, Any],
        apres: Mapping[str, Any],
    ) -> None:
        super().__init__(session, texte)
        self._modifier = modifier
        self._uuid = uuid
        self._avant = dict(avant)
        self._apres = dict(apres)

    def faire(self) -> Changements:
        return self._modifier(self.session.document, self._uuid, self._apres)

    def defaire(self) -> Changements:
        return self._modifier(self.session.document, self._uuid, self._avant)


class CommandeSupprimer(CommandeForum, Generic[Instantane]):
    """Supprimer en gardant un instantané ; défaire le restaure à l'identique."""

    def __init__(
        self,
        session: SessionForum,
        texte: str,
        supprimer: Callable[[DocumentForum, UUID], tuple[Changements, Instantane]],
        restaurer: Callable[[DocumentForum, Instantane], Changements],
        uuid: UUID,
    ) -> None:
        super().__init__(session, texte)
        self._supprimer, self._restaurer = supprimer, restaurer
        self._uuid = uuid
        self.instantane: Instantane | None = None

    def faire(self) -> Changements:
        changements, self.instantane = self._supprimer(self.session.document, self._uuid)
        return changements

    def defaire(self) -> Changements:
        assert self.instantane is not None
        return self._restaurer(self.session.document, self.instantane)
