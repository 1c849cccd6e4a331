"""Reconnaître les écritures des autres (autre programme, autre portable) sur un forum ouvert.

The whole forum is summed up by one light query (its "empreinte"); a write of ours records the
empreinte before and after itself, so any other difference is someone else's.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

Empreinte = tuple[Any, ...]


class Suivi:
    """Ce que ce programme sait du forum, pour reconnaître les écritures des autres."""

    def __init__(self) -> None:
        self._verrou = threading.Lock()
        self.actif = False
        self._connue: Empreinte | None = None
        self._externe = False
        self._generation = 0
        self._en_cours = 0

    def commencer(self, actuelle: Empreinte) -> None:
        with self._verrou:
            self.actif, self._connue, self._externe = True, actuelle, False

    @contextmanager
    def ecriture(self) -> Iterator[Any]:
        def noter(avant: Empreinte | None, apres: Empreinte) -> None:
            with self._verrou:
                if avant != self._connue:
                    self._externe = True
                self._connue = apres

        with self._verrou:
            self._en_cours += 1
        try:
            yield noter
        finally:
            with self._verrou:
                self._en_cours -= 1
                self._generation += 1

    def generation(self) -> int | None:
        with self._verrou:
            return self._generation if self.actif else None

    def comparer(self, generation: int, actuelle: Empreinte) -> bool:
        with self._verrou:
            if self._en_cours or generation != self._generation:
                # One of our own writes ran meanwhile: this reading may mix it in; next time.
                externe, self._externe = self._externe, False
                return externe
            externe = self._externe or actuelle != self._connue
            self._connue, self._externe = actuelle, False
            return externe


def _requete_empreinte() -> Any:
    """Une seule requête : par table, lignes, plus grand id, dernière modification, versions.

    Written as SQL text from the tables' own names: compiling the same query from SQLAlchemy
    constructs cost more than a dozen milliseconds at the opening of each forum, for a query
    that runs in under one (the names are the model's, never user input).
    """
    import modeles.entites  # noqa: F401  (registers every table on the metadata)
    from modeles.base import Base

    mesures: list[str] = []
    for table in Base.metadata.sorted_tables:
        mesures.append(f"(SELECT count(*) FROM {table.name})")
        for nom, agregat in (("id", "max"), ("modifie_le", "max"), ("version", "sum")):
            if nom in table.c:
                mesures.append(f"(SELECT {agregat}({nom}) FROM {table.name})")
        if "points" in table.c:
            mesures.append(f"(SELECT sum(points) FROM {table.name})")
    return text("SELECT " + ", ".join(mesures))


_EMPREINTE: Any = None


def empreinte(session: Session) -> Empreinte:
    """L'état du forum en une ligne : change dès qu'une ligne est ajoutée, retirée ou modifiée.

    `modifie_le` comes from each laptop's clock: an edit stamped earlier than the newest one
    of its table shows through the row counts, ids and versions only (keep clocks on time).
    """
    global _EMPREINTE
    if _EMPREINTE is None:
        _EMPREINTE = _requete_empreinte()
    return tuple(session.execute(_EMPREINTE).one())
