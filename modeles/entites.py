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
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from modeles.base import AvecHorodatage, AvecUuid, Base
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


class Forum(AvecUuid, AvecHorodatage, Base):
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
    # The harvest form's own words: {"propositions": {"actif": false}, "citations":
    # {"libelle": "Paroles entendues"}}; a field not named keeps its default.
    champs_recolte: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    # Dots each participant may give at the convergence; None: a third of the topics.
    budget_points: Mapped[int | None] = mapped_column(Integer)


class Salle(AvecUuid, AvecHorodatage, Base):
    __tablename__ = "salle"

    nom: Mapped[str] = mapped_column(String(200))
    capacite: Mapped[int | None] = mapped_column(Integer)
    equipements: Mapped[list[str]] = mapped_column(JSON, default=list)
    accessible: Mapped[bool] = mapped_column(Boolean, default=True)
    ordre: Mapped[int] = mapped_column(Integer, default=0)


class Creneau(AvecUuid, AvecHorodatage, Base):
    __tablename__ = "creneau"

    jour: Mapped[dt.date] = mapped_column(Date)
    debut: Mapped[dt.time] = mapped_column(Time)
    fin: Mapped[dt.time] = mapped_column(Time)
    nature: Mapped[NatureCreneau] = mapped_column(
        _enum(NatureCreneau, "nature_creneau"), default=NatureCreneau.ATELIER
    )
    libelle: Mapped[str] = mapped_column(String(200), default="")


class Participant(AvecUuid, AvecHorodatage, Base):
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


class Theme(AvecUuid, AvecHorodatage, Base):
    """Un thème, ou une grappe de priorités à la convergence : des sujets regroupés."""

    __tablename__ = "theme"

    titre: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    initiateur_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    rang: Mapped[int] = mapped_column(Integer, default=0)

    initiateur: Mapped[Participant | None] = relationship()


class Sujet(AvecUuid, AvecHorodatage, Base):
    """Une proposition de la place du marché ; placée sur le mur, elle devient un atelier."""

    __tablename__ = "sujet"

    numero: Mapped[int] = mapped_column(Integer)
    titre: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(Text, default="")
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id", ondelete="SET NULL"))
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

    # Dots counted on the wall at the convergence (the participants' ballots are apart).
    points_mur: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    theme: Mapped[Theme | None] = relationship()
    salle: Mapped[Salle | None] = relationship()
    creneau: Mapped[Creneau | None] = relationship()
    porteurs: Mapped[list[Participant]] = relationship(
        secondary=porteur_sujet, order_by=porteur_sujet.c.rang
    )
    recolte: Mapped[Recolte | None] = relationship(
        back_populates="sujet", cascade="all, delete-orphan"
    )
    fusionne_dans: Mapped[Sujet | None] = relationship(remote_side="Sujet.id")


presence_recolte = Table(
    "presence_recolte",
    Base.metadata,
    Column("recolte_id", ForeignKey("recolte.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True),
)


class Recolte(AvecUuid, Base):
    """Le compte rendu d'un atelier : des textes en Markdown, des étapes, des photos."""

    __tablename__ = "recolte"
    __table_args__ = (UniqueConstraint("sujet_id"),)

    sujet_id: Mapped[int] = mapped_column(ForeignKey("sujet.id", ondelete="CASCADE"))
    scribe_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    # A head count for when names are not known; the present participants are listed apart.
    nombre_presents: Mapped[int | None] = mapped_column(Integer)
    points_saillants: Mapped[str] = mapped_column(Text, default="")
    propositions: Mapped[str] = mapped_column(Text, default="")
    questions_ouvertes: Mapped[str] = mapped_column(Text, default="")
    ressources: Mapped[str] = mapped_column(Text, default="", server_default="")
    citations: Mapped[str] = mapped_column(Text, default="", server_default="")
    mots_cles: Mapped[list[str]] = mapped_column(JSON, default=list)
    statut: Mapped[StatutRecolte] = mapped_column(
        _enum(StatutRecolte, "statut_recolte"), default=StatutRecolte.A_RECEVOIR
    )
    modifie_le: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Bumped by every save: a stale save (another laptop, a shared server) is detected.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    sujet: Mapped[Sujet] = relationship(back_populates="recolte")
    scribe: Mapped[Participant | None] = relationship()
    presents: Mapped[list[Participant]] = relationship(
        secondary=presence_recolte, order_by=Participant.nom
    )
    etapes: Mapped[list[Etape]] = relationship(
        back_populates="recolte", cascade="all, delete-orphan", order_by="Etape.rang"
    )
    photos: Mapped[list[Photo]] = relationship(
        back_populates="recolte", cascade="all, delete-orphan", order_by="Photo.rang"
    )
    versions: Mapped[list[VersionRecolte]] = relationship(
        back_populates="recolte", cascade="all, delete-orphan", order_by="VersionRecolte.id"
    )


class Etape(AvecUuid, Base):
    """Une prochaine étape : quoi, qui, quand."""

    __tablename__ = "etape"

    recolte_id: Mapped[int] = mapped_column(ForeignKey("recolte.id", ondelete="CASCADE"))
    rang: Mapped[int] = mapped_column(Integer, default=0)
    quoi: Mapped[str] = mapped_column(Text, default="")
    qui: Mapped[str] = mapped_column(String(500), default="")
    quand: Mapped[str] = mapped_column(String(200), default="")

    recolte: Mapped[Recolte] = relationship(back_populates="etapes")


class Photo(AvecUuid, Base):
    """Une photo de tableau ou de fiche, réduite (côté long ≤ 2 400 px), gardée dans le forum."""

    __tablename__ = "photo"

    recolte_id: Mapped[int] = mapped_column(ForeignKey("recolte.id", ondelete="CASCADE"))
    rang: Mapped[int] = mapped_column(Integer, default=0)
    legende: Mapped[str] = mapped_column(Text, default="")
    nom_fichier: Mapped[str] = mapped_column(String(500), default="")
    type_mime: Mapped[str] = mapped_column(String(50))
    largeur: Mapped[int] = mapped_column(Integer)
    hauteur: Mapped[int] = mapped_column(Integer)
    donnees: Mapped[bytes] = mapped_column(LargeBinary)

    recolte: Mapped[Recolte] = relationship(back_populates="photos")


class VersionRecolte(AvecUuid, Base):
    """Un état enregistré d'un compte rendu ; restaurer en crée un nouveau."""

    __tablename__ = "version_recolte"

    recolte_id: Mapped[int] = mapped_column(ForeignKey("recolte.id", ondelete="CASCADE"))
    horodatage: Mapped[dt.datetime] = mapped_column(DateTime)
    auteur: Mapped[str] = mapped_column(String(300), default="")
    # What changed in the text fields, the steps and the status (a full copy every few
    # versions): app.operations.recoltes rebuilds any saved state from these rows.
    contenu: Mapped[dict[str, Any]] = mapped_column(JSON)

    recolte: Mapped[Recolte] = relationship(back_populates="versions")


class Vote(Base):
    """Les points qu'un participant donne à un sujet (vote par bulletin, avec un budget)."""

    __tablename__ = "vote"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    sujet_id: Mapped[int] = mapped_column(
        ForeignKey("sujet.id", ondelete="CASCADE"), primary_key=True
    )
    points: Mapped[int] = mapped_column(Integer)


porteur_plan = Table(
    "porteur_plan",
    Base.metadata,
    Column("plan_id", ForeignKey("plan_action.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True),
    Column("rang", Integer, nullable=False, default=0),
)

plan_sujet = Table(
    "plan_sujet",
    Base.metadata,
    Column("plan_id", ForeignKey("plan_action.id", ondelete="CASCADE"), primary_key=True),
    Column("sujet_id", ForeignKey("sujet.id", ondelete="CASCADE"), primary_key=True),
)

plan_theme = Table(
    "plan_theme",
    Base.metadata,
    Column("plan_id", ForeignKey("plan_action.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)


class PlanAction(AvecUuid, AvecHorodatage, Base):
    """Une action décidée à la convergence : qui la porte, avec qui, et la suite."""

    __tablename__ = "plan_action"

    rang: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text)
    prochaine_etape: Mapped[str] = mapped_column(Text, default="")
    echeance: Mapped[dt.date | None] = mapped_column(Date)
    ressources: Mapped[str] = mapped_column(Text, default="")
    # Organisations, as free text: partners are often not participants.
    partenaires: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The harvest's next step this action was promoted from, if any.
    etape_id: Mapped[int | None] = mapped_column(ForeignKey("etape.id", ondelete="SET NULL"))

    porteurs: Mapped[list[Participant]] = relationship(
        secondary=porteur_plan, order_by=porteur_plan.c.rang
    )
    sujets: Mapped[list[Sujet]] = relationship(secondary=plan_sujet, order_by="Sujet.numero")
    themes: Mapped[list[Theme]] = relationship(secondary=plan_theme, order_by="Theme.rang")
    etape: Mapped[Etape | None] = relationship()


TOUTES_LES_ENTITES: tuple[type[Any], ...] = (
    Forum,
    Salle,
    Creneau,
    Participant,
    Theme,
    Sujet,
    Recolte,
    Etape,
    Photo,
    VersionRecolte,
    Vote,
    PlanAction,
)
