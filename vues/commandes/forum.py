"""Modifier les informations du forum."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.changements import Changements
from app.operations.forum import modifier_forum
from vues.session import CommandeForum, SessionForum


class ModifierForum(CommandeForum):
    def __init__(
        self, session: SessionForum, avant: dict[str, Any], apres: dict[str, Any], libelle: str
    ) -> None:
        texte = QCoreApplication.translate("ModifierForum", "Modifier « %1 »").replace(
            "%1", libelle
        )
        super().__init__(session, texte)
        self._avant = avant
        self._apres = apres

    def faire(self) -> Changements:
        return modifier_forum(self.session.document, self._apres)

    def defaire(self) -> Changements:
        return modifier_forum(self.session.document, self._avant)
