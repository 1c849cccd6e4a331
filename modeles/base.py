"""Base déclarative commune : conventions de nommage et identifiant stable (UUID)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let Alembic's batch mode on SQLite find and alter them later.
CONVENTION_DE_NOMMAGE = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=CONVENTION_DE_NOMMAGE)


class AvecUuid:
    """Clé entière pour les jointures ; UUID stable pour fusionner des fichiers de portables."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)


def maintenant_utc() -> dt.datetime:
    """UTC sans fuseau, comme tous les horodatages du fichier."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class AvecHorodatage:
    """Le moment de la dernière modification : à la fusion de fichiers, la plus récente gagne.

    Set by every UPDATE, ORM or Core (`onupdate` applies to both) unless the statement gives
    it. A new row has none: it exists in one file only, so no merge has to choose for it, and
    an import keeps exactly what the document says.
    """

    modifie_le: Mapped[dt.datetime | None] = mapped_column(DateTime, onupdate=maintenant_utc)
