"""Le compte rendu d'un atelier : lire, enregistrer (autosauvegarde), statut, historique, photos.

Every report is addressed by its session's uuid (`sujet`), and `Genre.RECOLTE` change sets
carry that same uuid. The rules of the status live here: the first save takes a report from
« à recevoir » to « en saisie »; changing a ready report sends it back to « à relire »;
« prête » is only ever set on purpose (`changer_statut`). Every state that changes is kept as
a `VersionRecolte` row (texts, steps, people, status; not the photos).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import lectures
from app.changements import Changements, Genre
from app.document import DocumentForum
from app.operations.recoltes_contenu import (
    CHAMPS_TEXTE,
    CLES_CHAMPS,
    LIBELLES_PAR_DEFAUT,
    LIMITE_TEXTE,
    ChampFormulaire,
    ContenuRecolte,
    LigneEtape,
    champs_depuis_json,
    champs_vers_json,
    developper,
    valider,
)
from app.operations.recoltes_ecriture import Enregistrement, VersionPerimee, ecrire, lire_etat
from app.operations.recoltes_photos import (
    PhotoRetiree,
    ajouter_photo,
    donnees_photo,
    legende_photo,
    legender_photo,
    retablir_photo,
    supprimer_photo,
)
from app.operations.sujets import participants_par_nom
from modeles.entites import (
    Creneau,
    Forum,
    Participant,
    Photo,
    Recolte,
    Salle,
    Sujet,
    VersionRecolte,
)
from modeles.erreurs import ErreurForum
from modeles.valeurs import StatutRecolte

__all__ = [
    "CHAMPS_TEXTE",
    "CLES_CHAMPS",
    "LIBELLES_PAR_DEFAUT",
    "LIMITE_TEXTE",
    "ChampFormulaire",
    "ContenuRecolte",
    "Enregistrement",
    "FicheRecolte",
    "LigneEtape",
    "PersonneLue",
    "PhotoLue",
    "PhotoRetiree",
    "VersionLue",
    "VersionPerimee",
    "ajouter_photo",
    "champs_formulaire",
    "changer_statut",
    "definir_champs_formulaire",
    "donnees_photo",
    "enregistrer",
    "historique",
    "legende_photo",
    "legender_photo",
    "lire_recolte",
    "mots_cles_connus",
    "participant_pour_nom",
    "restaurer_version",
    "retablir_photo",
    "supprimer_photo",
]


@dataclass(frozen=True)
class PersonneLue:
    uuid: UUID
    nom: str


@dataclass(frozen=True)
class PhotoLue:
    """Ce qu'il faut pour montrer une photo, sans ses octets (donnees_photo, à la demande)."""

    uuid: UUID
    legende: str
    largeur: int
    hauteur: int
    nom_fichier: str
    type_mime: str


@dataclass(frozen=True)
class FicheRecolte:
    """Le compte rendu d'un atelier tel qu'il est enregistré, avec l'en-tête de l'atelier."""

    sujet: UUID
    numero: int
    titre: str
    porteurs: tuple[str, ...]
    salle: str | None
    jour: dt.date | None
    debut: dt.time | None
    fin: dt.time | None
    libelle_creneau: str
    duree: int
    # None while the report has never been saved (and version is then 0).
    uuid: UUID | None
    contenu: ContenuRecolte
    scribe: PersonneLue | None
    presents: tuple[PersonneLue, ...]
    photos: tuple[PhotoLue, ...]
    statut: StatutRecolte
    version: int
    modifie_le: dt.datetime | None
    nombre_versions: int

    @property
    def existe(self) -> bool:
        return self.uuid is not None

    @property
    def etapes(self) -> tuple[LigneEtape, ...]:
        return self.contenu.etapes

    def texte(self, champ: str) -> str:
        """Un des CHAMPS_TEXTE (points_saillants, propositions...)."""
        if champ not in CHAMPS_TEXTE:
            raise ValueError(champ)
        return str(getattr(self.contenu, champ))


@dataclass(frozen=True)
class VersionLue:
    uuid: UUID
    horodatage: dt.datetime
    auteur: str
    contenu: ContenuRecolte
    statut: StatutRecolte | None


def lire_recolte(document: DocumentForum, sujet: UUID) -> FicheRecolte:
    """Le compte rendu d'un atelier (vide s'il n'a jamais été enregistré), photos sans octets."""
    lus = lectures.sujets(document, [sujet])
    if not lus:
        raise ErreurForum("Cet atelier n'existe plus (il a peut-être été retiré entre-temps).")
    entete = lus[0]
    with document.lecture() as session:
        salle, jour, debut, fin, libelle = session.execute(
            select(Salle.nom, Creneau.jour, Creneau.debut, Creneau.fin, Creneau.libelle)
            .select_from(Sujet)
            .outerjoin(Salle, Sujet.salle_id == Salle.id)
            .outerjoin(Creneau, Sujet.creneau_id == Creneau.id)
            .where(Sujet.uuid == sujet)
        ).one()
        etat = lire_etat(session, sujet)
        photos: tuple[PhotoLue, ...] = ()
        personnes: dict[UUID, str] = {}
        nombre = 0
        if etat is not None:
            # Columns only: the photos' bytes stay in the file until someone looks at them.
            photos = tuple(
                PhotoLue(*ligne)
                for ligne in session.execute(
                    select(
                        Photo.uuid,
                        Photo.legende,
                        Photo.largeur,
                        Photo.hauteur,
                        Photo.nom_fichier,
                        Photo.type_mime,
                    )
                    .where(Photo.recolte_id == etat.id)
                    .order_by(Photo.rang, Photo.id)
                )
            )
            nombre = (
                session.scalar(select(func.count()).where(VersionRecolte.recolte_id == etat.id))
                or 0
            )
            if etat.contenu.presents:
                personnes = {
                    u: n
                    for u, n in session.execute(
                        select(Participant.uuid, Participant.nom).where(
                            Participant.uuid.in_(etat.contenu.presents)
                        )
                    )
                }
    contenu = etat.contenu if etat else ContenuRecolte()
    return FicheRecolte(
        sujet=sujet,
        numero=entete.numero,
        titre=entete.titre,
        porteurs=entete.porteurs,
        salle=salle,
        jour=jour,
        debut=debut,
        fin=fin,
        libelle_creneau=libelle or "",
        duree=entete.duree,
        uuid=etat.uuid if etat else None,
        contenu=contenu,
        scribe=PersonneLue(contenu.scribe, etat.scribe_nom) if etat and contenu.scribe else None,
        presents=tuple(
            sorted(
                (PersonneLue(u, n) for u, n in personnes.items()),
                key=lambda p: (p.nom.casefold(), str(p.uuid)),
            )
        ),
        photos=photos,
        statut=etat.statut if etat else StatutRecolte.A_RECEVOIR,
        version=etat.version if etat else 0,
        modifie_le=etat.modifie_le if etat else None,
        nombre_versions=nombre,
    )


def enregistrer(
    document: DocumentForum,
    sujet: UUID,
    contenu: ContenuRecolte,
    *,
    auteur: str = "",
    version_attendue: int | None = None,
) -> Enregistrement:
    """Enregistre tout le contenu du formulaire : une transaction, une version s'il a changé.

    Creates the report if it has none. `version_attendue` (FicheRecolte.version, 0 for a
    report never saved) refuses, with VersionPerimee, a save built on a state someone else has
    since replaced. A field over LIMITE_TEXTE characters is refused (ErreurForum).
    """
    propre = valider(contenu)
    with document.transaction() as session:
        return ecrire(
            session, sujet, contenu=propre, auteur=auteur, version_attendue=version_attendue
        )


def changer_statut(document: DocumentForum, sujet: UUID, statut: StatutRecolte) -> Changements:
    """Marque le compte rendu (prête, à relire...) : un geste voulu, gardé comme une version."""
    with document.transaction() as session:
        return ecrire(session, sujet, statut=StatutRecolte(statut)).changements


def historique(document: DocumentForum, sujet: UUID) -> list[VersionLue]:
    """Les états enregistrés du compte rendu, du plus récent au plus ancien."""
    with document.lecture() as session:
        lignes = _lignes_de_versions(session, sujet)
    etats = developper([(str(u), contenu) for u, _, _, contenu in lignes])
    versions = []
    for uuid, horodatage, auteur, _ in reversed(lignes):
        etat = etats.get(str(uuid))
        if etat is None:
            continue
        try:
            statut: StatutRecolte | None = StatutRecolte(str(etat.get("statut")))
        except ValueError:
            statut = None
        versions.append(
            VersionLue(uuid, horodatage, auteur, ContenuRecolte.depuis_json(etat), statut)
        )
    return versions


def _lignes_de_versions(session: Session, sujet: UUID) -> list[Any]:
    """Les lignes de version d'une récolte, de la plus ancienne à la plus récente."""
    return list(
        session.execute(
            select(
                VersionRecolte.uuid,
                VersionRecolte.horodatage,
                VersionRecolte.auteur,
                VersionRecolte.contenu,
            )
            .join(Recolte, VersionRecolte.recolte_id == Recolte.id)
            .join(Sujet, Recolte.sujet_id == Sujet.id)
            .where(Sujet.uuid == sujet)
            .order_by(VersionRecolte.id)
        )
    )


def restaurer_version(
    document: DocumentForum, sujet: UUID, version: UUID, *, auteur: str
) -> Enregistrement:
    """Remet le contenu d'une version ; c'est une modification comme une autre (une version).

    The status follows the usual rules, not the old version's: restoring text into a ready
    report sends it back to « à relire ». A person removed since is left out.
    """
    with document.transaction() as session:
        lignes = _lignes_de_versions(session, sujet)
        etat = developper([(str(u), contenu) for u, _, _, contenu in lignes]).get(str(version))
        if etat is None:
            raise ErreurForum("Cette version n'existe plus dans l'historique de ce compte rendu.")
        restaure = valider(ContenuRecolte.depuis_json(etat))
        return ecrire(session, sujet, contenu=restaure, auteur=auteur)


def participant_pour_nom(document: DocumentForum, nom: str) -> tuple[Changements, UUID]:
    """La personne de ce nom (sans égard à la casse), créée si le forum ne la connaît pas."""
    propre = " ".join(nom.split())
    if not propre:
        raise ErreurForum("Écrivez le nom de la personne.")
    if len(propre) > 300:
        raise ErreurForum("Un nom ne dépasse pas 300 caractères.")
    with document.transaction() as session:
        existant = participants_par_nom(session, [propre]).get(propre.casefold())
        if existant is not None:
            return Changements(), existant.uuid
        nouveau = Participant(uuid=uuid_mod.uuid4(), nom=propre)
        session.add(nouveau)
        return Changements.de(Genre.PARTICIPANT, [nouveau.uuid]), nouveau.uuid


def mots_cles_connus(document: DocumentForum) -> list[str]:
    """Les mots-clés déjà employés dans le forum, pour les proposer à la saisie."""
    vus: dict[str, str] = {}
    with document.lecture() as session:
        for liste in session.scalars(select(Recolte.mots_cles)):
            for mot in liste or ():
                vus.setdefault(str(mot).casefold(), str(mot))
    return sorted(vus.values(), key=str.casefold)


def champs_formulaire(document: DocumentForum) -> tuple[ChampFormulaire, ...]:
    """Les champs du formulaire de ce forum, dans leur ordre (Forum.champs_recolte)."""
    with document.lecture() as session:
        reglages = session.scalar(select(Forum.champs_recolte).order_by(Forum.id).limit(1))
    return champs_depuis_json(reglages)


def definir_champs_formulaire(
    document: DocumentForum, champs: tuple[ChampFormulaire, ...] | list[ChampFormulaire]
) -> Changements:
    """Montre, cache ou renomme des champs ; les textes des champs cachés restent intacts."""
    with document.transaction() as session:
        forum = session.scalars(select(Forum).order_by(Forum.id).limit(1)).one()
        forum.champs_recolte = champs_vers_json(champs, forum.champs_recolte)
        return Changements.de(Genre.FORUM, [forum.uuid])
