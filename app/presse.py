"""La salle de presse : l'état de chaque compte rendu, pour voir d'un coup d'œil ce qui manque."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import cast
from uuid import UUID

from sqlalchemy import ColumnElement, and_, func, or_, select

from app.document import DocumentForum
from modeles.conflits import CreneauAgenda, SujetAgenda, couvertures
from modeles.entites import Creneau, Etape, Participant, Photo, Recolte, Salle, Sujet
from modeles.valeurs import NatureCreneau, StatutRecolte

MANQUANTS = frozenset({StatutRecolte.A_RECEVOIR, StatutRecolte.EN_SAISIE})
"""Les comptes rendus qui ne sont pas encore arrivés en entier : ceux qu'on va réclamer."""

# A word is a whitespace-separated token holding at least one letter or digit: « **Une »,
# « l'atelier » and « 2026 » count, a Markdown « - », « ** » or « > » alone does not. Each
# such token matches once: from its first letter or digit to its end.
_MOT = re.compile(r"[^\W_]\S*")


def compter_mots(texte: str) -> int:
    """Les mots d'un texte Markdown, comptés comme un traitement de texte les compte."""
    return len(_MOT.findall(texte))


@dataclass(frozen=True)
class LignePresse:
    """Un atelier sur le mur et l'état de son compte rendu ; l'horaire est celui de son créneau."""

    sujet: UUID
    numero: int
    titre: str
    jour: dt.date
    debut: dt.time
    fin: dt.time
    salle: str
    statut: StatutRecolte
    scribe: str
    mots: int
    photos: int
    # UTC, as stored; the view shows it in local time.
    modifie_le: dt.datetime | None
    salle_uuid: UUID
    ordre_salle: int
    # Every slot the session covers (several for a long session), the first one first.
    creneaux: tuple[UUID, ...]

    @property
    def creneau(self) -> UUID:
        return self.creneaux[0]

    @property
    def manquante(self) -> bool:
        return self.statut in MANQUANTS

    @property
    def cle_agenda(self) -> tuple[dt.date, dt.time, int, str, int]:
        """L'ordre du mur : jour, heure, puis salle dans l'ordre des salles, puis numéro."""
        return (self.jour, self.debut, self.ordre_salle, self.salle, self.numero)


@dataclass(frozen=True)
class Avancement:
    pretes: int
    total: int
    par_statut: dict[StatutRecolte, int]

    @property
    def manquantes(self) -> int:
        return sum(self.par_statut.get(s, 0) for s in MANQUANTS)


def _sur_le_mur() -> ColumnElement[bool]:
    # An active session: placed in a room and a slot, and not merged into another topic.
    return and_(
        Sujet.salle_id.is_not(None),
        Sujet.creneau_id.is_not(None),
        Sujet.fusionne_dans_id.is_(None),
    )


def lignes_presse(
    document: DocumentForum, seulement: Collection[UUID] | None = None
) -> list[LignePresse]:
    """Une ligne par atelier actif placé sur le mur, dans l'ordre de l'agenda.

    Plain columns and one grouped count for the photos (their bytes stay in the file). The
    texts are read to count their words: about 25 ms for 400 one-page reports, which is why
    `seulement` (topic or harvest UUIDs) lets a view re-read just the reports an edit touched.
    """
    filtre = _sur_le_mur()
    if seulement is not None:
        filtre = and_(filtre, or_(Sujet.uuid.in_(seulement), Recolte.uuid.in_(seulement)))
    photos = (
        select(Photo.recolte_id, func.count().label("nombre")).group_by(Photo.recolte_id).subquery()
    )
    requete = (
        select(
            Sujet.uuid,
            Sujet.numero,
            Sujet.titre,
            Sujet.duree,
            Creneau.uuid,
            Creneau.jour,
            Creneau.debut,
            Creneau.fin,
            Salle.uuid,
            Salle.nom,
            Salle.ordre,
            Recolte.id,
            Recolte.statut,
            Participant.nom,
            Recolte.modifie_le,
            func.coalesce(photos.c.nombre, 0),
            Recolte.points_saillants,
            Recolte.propositions,
            Recolte.questions_ouvertes,
            Recolte.ressources,
            Recolte.citations,
        )
        .join(Sujet.salle)
        .join(Sujet.creneau)
        .outerjoin(Sujet.recolte)
        .outerjoin(Participant, Participant.id == Recolte.scribe_id)
        .outerjoin(photos, photos.c.recolte_id == Recolte.id)
        .where(filtre)
    )
    etapes = (
        select(Etape.recolte_id, Etape.quoi, Etape.qui, Etape.quand)
        .join(Recolte, Recolte.id == Etape.recolte_id)
        .join(Sujet, Sujet.id == Recolte.sujet_id)
        .where(filtre)
    )
    with document.lecture() as session:
        lignes = session.execute(requete).all()
        mots_etapes: Counter[int] = Counter()
        for recolte_id, *textes in session.execute(etapes):
            mots_etapes[recolte_id] += compter_mots(" ".join(textes))
        # Rows past ten columns are untyped (Row[Any]): the names below say what each one is.
        longs = [
            SujetAgenda(ligne[0], ligne[1], ligne[2], (), ligne[8], ligne[4], ligne[3])
            for ligne in lignes
            if ligne[3] > 1
        ]
        creneaux = (
            session.execute(
                select(Creneau.uuid, Creneau.jour, Creneau.debut, Creneau.fin, Creneau.nature)
            ).all()
            if longs
            else []
        )
    agenda = [
        CreneauAgenda(uuid, jour, debut, fin, nature is NatureCreneau.ATELIER)
        for uuid, jour, debut, fin, nature in creneaux
    ]
    couverts = {
        cle: cast(tuple[UUID, ...], suite)
        for cle, suite in couvertures(longs, agenda).items()
        if suite
    }
    resultat = []
    for (
        sujet,
        numero,
        titre,
        _duree,
        creneau,
        jour,
        debut,
        fin,
        salle,
        nom_salle,
        ordre_salle,
        recolte_id,
        statut,
        scribe,
        modifie_le,
        nombre_photos,
        *textes,
    ) in lignes:
        mots = 0
        if recolte_id is not None:
            mots = compter_mots("\n".join(textes)) + mots_etapes[recolte_id]
        resultat.append(
            LignePresse(
                sujet=sujet,
                numero=numero,
                titre=titre,
                jour=jour,
                debut=debut,
                fin=fin,
                salle=nom_salle,
                statut=statut or StatutRecolte.A_RECEVOIR,
                scribe=scribe or "",
                mots=mots,
                photos=int(nombre_photos),
                modifie_le=None if modifie_le is None else modifie_le.replace(tzinfo=dt.UTC),
                salle_uuid=salle,
                ordre_salle=ordre_salle,
                creneaux=couverts.get(sujet) or (creneau,),
            )
        )
    resultat.sort(key=lambda ligne: ligne.cle_agenda)
    return resultat


def avancement(document: DocumentForum) -> Avancement:
    """Combien de comptes rendus sont prêts, sur combien d'ateliers, et l'état des autres."""
    requete = (
        select(Recolte.statut, func.count())
        .select_from(Sujet)
        .outerjoin(Sujet.recolte)
        .where(_sur_le_mur())
        .group_by(Recolte.statut)
    )
    with document.lecture() as session:
        comptes: Counter[StatutRecolte] = Counter()
        for statut, nombre in session.execute(requete):
            comptes[statut or StatutRecolte.A_RECEVOIR] += nombre
    return _avancement(comptes)


def avancement_des(lignes: Iterable[LignePresse]) -> Avancement:
    """Le même chiffre que `avancement`, tiré des lignes déjà lues (sans relire le forum)."""
    return _avancement(Counter(ligne.statut for ligne in lignes))


def _avancement(comptes: Counter[StatutRecolte]) -> Avancement:
    par_statut = {statut: comptes[statut] for statut in StatutRecolte}
    return Avancement(par_statut[StatutRecolte.PRETE], sum(par_statut.values()), par_statut)


def prochaine_manquante(
    lignes: Sequence[LignePresse], apres: UUID | None = None
) -> LignePresse | None:
    """Le prochain atelier de l'agenda, après `apres`, dont le compte rendu manque.

    The search wraps around after the last session; `apres` itself comes last, so a lone
    missing report is found again. Without `apres` (or if it is not among `lignes`), the
    search starts at the beginning of the agenda.
    """
    ordonnees = sorted(lignes, key=lambda ligne: ligne.cle_agenda)
    depart = 0
    if apres is not None:
        depart = next((r + 1 for r, ligne in enumerate(ordonnees) if ligne.sujet == apres), 0)
    for decalage in range(len(ordonnees)):
        ligne = ordonnees[(depart + decalage) % len(ordonnees)]
        if ligne.manquante:
            return ligne
    return None
