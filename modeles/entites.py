"""Les entités d'un forum ouvert : un fichier = un forum."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from modeles.base import AvecUuid, Base
from modeles.valeurs import FormatPapier, NatureCreneau, StatutRecolte


def _enum(classe: type[enum.Enum], nom: str) -> Enum:
    # Stored as the value ("pleniere"), checked by a named CHECK constraint on every backend.
    return Enum(
        classe,
        name=nom,
        values_callable=lambda membres: [m.value for m in membres],
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=20,
    )


class Forum(AvecUuid, Base):
    """L'événement entier. Un seul enregistrement par fichier."""

    __tablename__ = "forum"

    titre: Mapped[str] = mapped_column(String(500))
    question_appel: Mapped[str] = mapped_column(Text, default="")
    invitation: Mapped[str] = mapped_column(Text, default="")
    lieu: Mapped[str] = mapped_column(String(500), default="")
    date_debut: Mapped[dt.date | None] = mapped_column(Date)
    date_fin: Mapped[dt.date | None] = mapped_column(Date)
    langue: Mapped[str] = mapped_column(String(10), default="fr")
    url_publication: Mapped[str] = mapped_column(String(2000), default="")
    format_papier: Mapped[FormatPapier] = mapped_column(
        _enum(FormatPapier, "format_papier"), default=FormatPapier.LETTRE
    )


class Salle(AvecUuid, Base):
    __tablename__ = "salle"

    nom: Mapped[str] = mapped_column(String(200))
    capacite: Mapped[int | None] = mapped_column(Integer)
    equipements: Mapped[list[str]] = mapped_column(JSON, default=list)
    accessible: Mapped[bool] = mapped_column(Boolean, default=True)
    ordre: Mapped[int] = mapped_column(Integer, default=0)


class Creneau(AvecUuid, Base):
    __tablename__ = "creneau"

    jour: Mapped[dt.date] = mapped_column(Date)
    debut: Mapped[dt.time] = mapped_column(Time)
    fin: Mapped[dt.time] = mapped_column(Time)
    nature: Mapped[NatureCreneau] = mapped_column(
        _enum(NatureCreneau, "nature_creneau"), default=NatureCreneau.ATELIER
    )
    libelle: Mapped[str] = mapped_column(String(200), default="")


class Participant(AvecUuid, Base):
    __tablename__ = "participant"

    nom: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    courriel: Mapped[str] = mapped_column(String(300), default="")
    telephone: Mapped[str] = mapped_column(String(50), default="")
    type_acteur: Mapped[str] = mapped_column(String(100), default="")
    niveau_action: Mapped[str] = mapped_column(String(100), default="")
    territoire: Mapped[str] = mapped_column(String(200), default="")
    consentement_publication: Mapped[bool] = mapped_column(Boolean, default=False)
    consentement_coordonnees: Mapped[bool] = mapped_column(Boolean, default=False)


porteur_sujet = Table(
    "porteur_sujet",
    Base.metadata,
    Column("sujet_id", ForeignKey("sujet.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True),
    # Order of the conveners as announced at the marketplace.
    Column("rang", Integer, nullable=False, default=0),
)


class Sujet(AvecUuid, Base):
    """Une proposition de la place du marché ; placée sur le mur, elle devient un atelier."""

    __tablename__ = "sujet"

    numero: Mapped[int] = mapped_column(Integer)
    titre: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(String(200), default="")
    interet_estime: Mapped[int | None] = mapped_column(Integer)
    # Equipment tags the session needs, and "accessible" for a wheelchair-accessible room.
    besoins: Mapped[list[str]] = mapped_column(JSON, default=list)
    salle_id: Mapped[int | None] = mapped_column(ForeignKey("salle.id", ondelete="SET NULL"))
    creneau_id: Mapped[int | None] = mapped_column(ForeignKey("creneau.id", ondelete="SET NULL"))
    # Consecutive workshop slots the session spans, starting at `creneau`.
    duree: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # A merged topic keeps its own row, untouched, so that unmerging restores it exactly.
    fusionne_dans_id: Mapped[int | None] = mapped_column(
        ForeignKey("sujet.id", ondelete="SET NULL")
    )

    salle: Mapped[Salle | None] = relationship()
    creneau: Mapped[Creneau | None] = relationship()
    porteurs: Mapped[list[Participant]] = relationship(
        secondary=porteur_sujet, order_by=porteur_sujet.c.rang
    )
    recolte: Mapped[Recolte | None] = relationship(
        back_populates="sujet", cascade="all, delete-orphan"
    )
    fusionne_dans: Mapped[Sujet | None] = relationship(remote_side="Sujet.id")


class Recolte(AvecUuid, Base):
    """Le compte rendu d'un atelier."""

    __tablename__ = "recolte"
    __table_args__ = (UniqueConstraint("sujet_id"),)

    sujet_id: Mapped[int] = mapped_column(ForeignKey("sujet.id", ondelete="CASCADE"))
    scribe_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    nombre_presents: Mapped[int | None] = mapped_column(Integer)
    points_saillants: Mapped[str] = mapped_column(Text, default="")
    propositions: Mapped[str] = mapped_column(Text, default="")
    prochaines_etapes: Mapped[str] = mapped_column(Text, default="")
    questions_ouvertes: Mapped[str] = mapped_column(Text, default="")
    mots_cles: Mapped[list[str]] = mapped_column(JSON, default=list)
    statut: Mapped[StatutRecolte] = mapped_column(
        _enum(StatutRecolte, "statut_recolte"), default=StatutRecolte.A_RECEVOIR
    )
    modifie_le: Mapped[dt.datetime | None] = mapped_column(DateTime)

    sujet: Mapped[Sujet] = relationship(back_populates="recolte")
    scribe: Mapped[Participant | None] = relationship()


TOUTES_LES_ENTITES: tuple[type[Any], ...] = (Forum, Salle, Creneau, Participant, Sujet, Recolte)
