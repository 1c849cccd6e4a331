"""Le chemin d'écriture d'un compte rendu, assez court pour l'autosauvegarde à chaque pause.

Plain columns and Core statements rather than ORM objects: an autosave reads the report row,
its steps and its presents, writes only the columns and rows that differ, bumps the version
and adds one `VersionRecolte` row, all in the caller's transaction. Photos are never read.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any
from uuid import UUID

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.changements import Changements, Genre
from app.operations.recoltes_contenu import (
    CHAMPS_TEXTE,
    INTERVALLE_COMPLET,
    ContenuRecolte,
    LigneEtape,
    empreinte,
    etat_complet,
    retouche,
)
from modeles.base import maintenant_utc
from modeles.entites import Etape, Participant, Recolte, Sujet, VersionRecolte, presence_recolte
from modeles.erreurs import ErreurForum
from modeles.valeurs import StatutRecolte

_SANS_SYNCHRONISATION = {"synchronize_session": False}


class VersionPerimee(ErreurForum):
    """Le compte rendu a été enregistré ailleurs depuis sa lecture (autre portable, serveur)."""

    def __init__(self, attendue: int, actuelle: int) -> None:
        super().__init__(
            "Ce compte rendu a été modifié ailleurs pendant que vous écriviez "
            f"(version {actuelle}, vous partiez de la version {attendue}). "
            "Les deux états restent dans l'historique."
        )
        self.attendue = attendue
        self.actuelle = actuelle


@dataclass(frozen=True)
class Enregistrement:
    """Le résultat d'un enregistrement ; `version_creee` est None si rien n'avait changé."""

    sujet: UUID
    version: int
    modifie_le: dt.datetime | None
    statut: StatutRecolte
    version_creee: UUID | None = None
    changements: Changements = field(default_factory=Changements)

    @property
    def ecrit(self) -> bool:
        return self.version_creee is not None


def maintenant() -> dt.datetime:
    """UTC sans fuseau, comme `modifie_le` partout dans le fichier."""
    return maintenant_utc()


def sujet_id(session: Session, sujet: UUID) -> int:
    ident = session.scalar(select(Sujet.id).where(Sujet.uuid == sujet))
    if ident is None:
        raise ErreurForum("Cet atelier n'existe plus (il a peut-être été retiré entre-temps).")
    return ident


def ids_participants(session: Session, uuids: Iterable[UUID]) -> dict[UUID, int]:
    liste = list(uuids)
    if not liste:
        return {}
    requete = select(Participant.uuid, Participant.id).where(Participant.uuid.in_(liste))
    return {u: i for u, i in session.execute(requete)}


@dataclass(frozen=True)
class EtatRecolte:
    """L'état enregistré d'une récolte, lu en colonnes simples."""

    id: int
    uuid: UUID
    version: int
    statut: StatutRecolte
    modifie_le: dt.datetime | None
    contenu: ContenuRecolte
    scribe_nom: str
    # Database ids of the steps, in the order of `contenu.etapes`.
    etapes: tuple[int, ...]

    def json(self) -> dict[str, Any]:
        return {**self.contenu.vers_json(), "statut": self.statut.value}


def lire_etat(session: Session, sujet: UUID) -> EtatRecolte | None:
    """Trois requêtes : la ligne de la récolte (et le nom du scribe), ses étapes, ses présents."""
    ligne = session.execute(
        select(
            Recolte.id,
            Recolte.uuid,
            Recolte.version,
            Recolte.statut,
            Recolte.modifie_le,
            Recolte.nombre_presents,
            Recolte.mots_cles,
            Participant.uuid,
            Participant.nom,
            *(getattr(Recolte, c) for c in CHAMPS_TEXTE),
        )
        .join(Sujet, Recolte.sujet_id == Sujet.id)
        .outerjoin(Participant, Recolte.scribe_id == Participant.id)
        .where(Sujet.uuid == sujet)
    ).one_or_none()
    if ligne is None:
        return None
    ident, uuid, version, statut, modifie_le, nombre, mots, scribe, nom, *textes = ligne
    etapes = session.execute(
        select(Etape.id, Etape.quoi, Etape.qui, Etape.quand)
        .where(Etape.recolte_id == ident)
        .order_by(Etape.rang, Etape.id)
    ).all()
    presents = session.scalars(
        select(Participant.uuid)
        .join(presence_recolte, presence_recolte.c.participant_id == Participant.id)
        .where(presence_recolte.c.recolte_id == ident)
    ).all()
    contenu = ContenuRecolte(
        **{c: t or "" for c, t in zip(CHAMPS_TEXTE, textes, strict=True)},
        mots_cles=tuple(mots or ()),
        etapes=tuple(LigneEtape(q, qui, quand) for _, q, qui, quand in etapes),
        scribe=scribe,
        presents=tuple(sorted(presents, key=str)),
        nombre_presents=nombre,
    )
    return EtatRecolte(
        ident,
        uuid,
        version,
        statut,
        modifie_le,
        contenu,
        nom or "",
        tuple(e[0] for e in etapes),
    )


def _ecrire_etapes(session: Session, etat: EtatRecolte, etapes: tuple[LigneEtape, ...]) -> None:
    """Réécrit les étapes par rang : une étape modifiée garde son uuid et sa ligne."""
    anciennes = etat.contenu.etapes
    for rang, etape in enumerate(etapes):
        if rang >= len(etat.etapes):
            session.execute(
                insert(Etape).values(
                    uuid=uuid_mod.uuid4(),
                    recolte_id=etat.id,
                    rang=rang,
                    quoi=etape.quoi,
                    qui=etape.qui,
                    quand=etape.quand,
                )
            )
        elif anciennes[rang] != etape:
            session.execute(
                update(Etape)
                .where(Etape.id == etat.etapes[rang])
                .values(rang=rang, quoi=etape.quoi, qui=etape.qui, quand=etape.quand),
                execution_options=_SANS_SYNCHRONISATION,
            )
    if len(etat.etapes) > len(etapes):
        session.execute(
            delete(Etape).where(Etape.id.in_(etat.etapes[len(etapes) :])),
            execution_options=_SANS_SYNCHRONISATION,
        )


def _ecrire_contenu(
    session: Session, etat: EtatRecolte, contenu: ContenuRecolte
) -> tuple[ContenuRecolte, dict[str, Any]]:
    """Écrit les étapes et les présents qui diffèrent ; rend le contenu tel qu'enregistré
    (personnes inconnues omises) et les colonnes de la récolte qui changent."""
    actuel = etat.contenu
    valeurs: dict[str, Any] = {
        c: getattr(contenu, c) for c in CHAMPS_TEXTE if getattr(actuel, c) != getattr(contenu, c)
    }
    if actuel.mots_cles != contenu.mots_cles:
        valeurs["mots_cles"] = list(contenu.mots_cles)
    if actuel.nombre_presents != contenu.nombre_presents:
        valeurs["nombre_presents"] = contenu.nombre_presents
    if actuel.etapes != contenu.etapes:
        _ecrire_etapes(session, etat, contenu.etapes)
    scribe, presents = contenu.scribe, contenu.presents
    if actuel.scribe != scribe or set(actuel.presents) != set(presents):
        ids = ids_participants(session, {*presents, *filter(None, [scribe])})
        scribe = scribe if scribe in ids else None
        presents = tuple(p for p in presents if p in ids)
        if actuel.scribe != scribe:
            valeurs["scribe_id"] = ids[scribe] if scribe else None
        if set(actuel.presents) != set(presents):
            session.execute(
                delete(presence_recolte).where(presence_recolte.c.recolte_id == etat.id)
            )
            if presents:
                session.execute(
                    insert(presence_recolte),
                    [{"recolte_id": etat.id, "participant_id": ids[p]} for p in presents],
                )
    return replace(contenu, scribe=scribe, presents=presents), valeurs


def _nouvelle_recolte(session: Session, sujet: UUID) -> EtatRecolte:
    uuid = uuid_mod.uuid4()
    ident = session.execute(
        insert(Recolte)
        .values(
            uuid=uuid,
            sujet_id=sujet_id(session, sujet),
            statut=StatutRecolte.A_RECEVOIR,
            version=0,
            mots_cles=[],
        )
        .returning(Recolte.id)
    ).scalar_one()
    return EtatRecolte(ident, uuid, 0, StatutRecolte.A_RECEVOIR, None, ContenuRecolte(), "", ())


def _lignes_de_version(
    session: Session, etat: EtatRecolte, avant: dict[str, Any] | None, apres: dict[str, Any]
) -> tuple[list[dict[str, Any]], UUID]:
    """La ligne de la nouvelle version : une retouche de la précédente quand c'est possible.

    A report that was in the file without any version (imported from an older format, or
    started by a photo) first gets its found state as a full version: it can be restored too.
    """
    lignes: list[dict[str, Any]] = []
    precedente: tuple[str, int] | None = None
    if avant is not None:
        derniere = session.execute(
            select(VersionRecolte.uuid, VersionRecolte.contenu)
            .where(VersionRecolte.recolte_id == etat.id)
            .order_by(VersionRecolte.id.desc())
            .limit(1)
        ).one_or_none()
        if derniere is None:
            origine = uuid_mod.uuid4()
            lignes.append(
                {
                    "uuid": origine,
                    "horodatage": etat.modifie_le or maintenant(),
                    "auteur": etat.scribe_nom[:300],
                    "contenu": etat_complet(avant),
                }
            )
            precedente = (str(origine), 0)
        elif derniere[1].get("empreinte") == empreinte(avant):
            precedente = (str(derniere[0]), int(derniere[1].get("rang") or 0))
    version = uuid_mod.uuid4()
    if avant is not None and precedente and precedente[1] + 1 < INTERVALLE_COMPLET:
        contenu = retouche(avant, apres, precedente[0], precedente[1] + 1)
    else:
        contenu = etat_complet(apres)
    lignes.append({"uuid": version, "contenu": contenu})
    return lignes, version


def statut_apres_modification(statut: StatutRecolte) -> StatutRecolte:
    """Une première saisie met « en saisie » ; modifier un compte rendu prêt le remet à relire."""
    if statut is StatutRecolte.A_RECEVOIR:
        return StatutRecolte.EN_SAISIE
    if statut is StatutRecolte.PRETE:
        return StatutRecolte.A_RELIRE
    return statut


def ecrire(
    session: Session,
    sujet: UUID,
    *,
    contenu: ContenuRecolte | None = None,
    statut: StatutRecolte | None = None,
    auteur: str = "",
    version_attendue: int | None = None,
) -> Enregistrement:
    """Contenu (avec les règles de statut) ou statut imposé, puis une version si l'état change.

    `contenu` must already be checked by `valider`.
    """
    etat = lire_etat(session, sujet)
    actuelle = etat.version if etat else 0
    if version_attendue is not None and version_attendue != actuelle:
        raise VersionPerimee(version_attendue, actuelle)
    avant = etat.json() if etat else None
    if etat is None:
        if (contenu is None or contenu.vide) and statut in (None, StatutRecolte.A_RECEVOIR):
            return Enregistrement(sujet, 0, None, StatutRecolte.A_RECEVOIR)
        etat = _nouvelle_recolte(session, sujet)
    nouveau_statut = etat.statut
    ecrit = etat.contenu
    valeurs: dict[str, Any] = {}
    if contenu is not None:
        ecrit, valeurs = _ecrire_contenu(session, etat, contenu)
        if avant is None or ecrit != etat.contenu:
            nouveau_statut = statut_apres_modification(nouveau_statut)
    if statut is not None:
        nouveau_statut = statut
    apres = {**ecrit.vers_json(), "statut": nouveau_statut.value}
    if apres == avant:
        return Enregistrement(sujet, etat.version, etat.modifie_le, etat.statut)
    moment = maintenant()
    # One UPDATE of the report row: the changed columns, the version, the time, the status.
    session.execute(
        update(Recolte)
        .where(Recolte.id == etat.id)
        .values(**valeurs, version=actuelle + 1, modifie_le=moment, statut=nouveau_statut),
        execution_options=_SANS_SYNCHRONISATION,
    )
    if not auteur.strip() and ecrit.scribe is not None:
        auteur = (
            etat.scribe_nom
            if ecrit.scribe == etat.contenu.scribe
            else session.scalar(select(Participant.nom).where(Participant.uuid == ecrit.scribe))
            or ""
        )
    lignes, version = _lignes_de_version(session, etat, avant, apres)
    for ligne in lignes:
        ligne.setdefault("horodatage", moment)
        ligne.setdefault("auteur", auteur.strip()[:300])
        ligne["recolte_id"] = etat.id
    session.execute(insert(VersionRecolte), lignes)
    changements = Changements.de(Genre.RECOLTE, [sujet])
    if avant is None or avant["statut"] != apres["statut"]:
        # The status shows in every list of sessions (SujetLu.statut_recolte).
        changements |= Changements.de(Genre.SUJET, [sujet])
    return Enregistrement(sujet, actuelle + 1, moment, nouveau_statut, version, changements)
