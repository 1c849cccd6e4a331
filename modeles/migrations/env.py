"""Environnement Alembic : reçoit la connexion du code d'ouverture (config.attributes)."""

from alembic import context
from sqlalchemy import create_engine

import modeles.entites  # noqa: F401  (registers every table on the metadata)
from modeles.base import Base

connexion = context.config.attributes.get("connection")


def _migrer(cnx: object) -> None:
    context.configure(
        connection=cnx,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connexion is not None:
    _migrer(connexion)
else:
    # Developers: `alembic -x db=chemin.forum revision --autogenerate -m "..."`.
    chemin = context.get_x_argument(as_dictionary=True).get("db", "developpement.forum")
    with create_engine(f"sqlite:///{chemin}").begin() as cnx:
        _migrer(cnx)
