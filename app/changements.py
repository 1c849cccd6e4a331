"""Ce qu'une opération a changé, pour que les vues ne rafraîchissent que cela."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field


class Genre(enum.StrEnum):
    FORUM = "forum"
    SALLE = "salle"
    CRENEAU = "creneau"
    PARTICIPANT = "participant"
    SUJET = "sujet"
    RECOLTE = "recolte"
    THEME = "theme"
    VOTE = "vote"
    PLAN = "plan"


@dataclass(frozen=True)
class Changements:
    """Les entités touchées, par genre ; `tout` si le forum entier a changé (import, ouverture)."""

    entites: frozenset[tuple[Genre, uuid.UUID]] = field(default_factory=frozenset)
    tout: bool = False

    @classmethod
    def de(cls, genre: Genre, uuids: Iterable[uuid.UUID]) -> Changements:
        return cls(frozenset((genre, u) for u in uuids))

    def touche(self, genre: Genre) -> bool:
        return self.tout or any(g is genre for g, _ in self.entites)

    def uuids(self, genre: Genre) -> set[uuid.UUID]:
        return {u for g, u in self.entites if g is genre}

    def __or__(self, autre: Changements) -> Changements:
        return Changements(self.entites | autre.entites, self.tout or autre.tout)
