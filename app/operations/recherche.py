"""Retrouver une entité par son UUID dans une opération, ou dire en français qu'elle n'est plus.

Another window, another laptop or an undo may have removed what a command still names: every
operation looks its entities up here, with the sentence that says which one is gone.
"""

from __future__ import annotations

from typing import TypeVar
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from modeles.base import AvecUuid
from modeles.erreurs import ErreurForum

T = TypeVar("T", bound=AvecUuid)


def par_uuid(session: Session, classe: type[T], uuid: UUID, absente: str) -> T:
    """L'entité de cet UUID ; sinon ErreurForum(`absente`)."""
    trouvee = session.scalars(select(classe).where(classe.uuid == uuid)).one_or_none()
    if trouvee is None:
        raise ErreurForum(absente)
    return trouvee
