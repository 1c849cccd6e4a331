"""La lentille écosystème d'un forum : qui est venu, qui a rencontré qui, quelles voix manquaient.

Consent: everything returned here is an aggregate (actor types, action levels, regions,
organisations, counts); no person's name is ever read. An organisation's name is shown even
when its members did not consent to be named: it is a public body, not a person, and the
forum's own list of organisations is what the lens is about. Citizens come without an
organisation, so the organisation network never exposes one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, union

from app.document import DocumentForum
from modeles.ecosysteme import (
    NIVEAUX_ACTION,
    REGIONS_QUEBEC,
    TYPES_ACTEUR,
    Absences,
    Attribut,
    PersonneLentille,
    Regroupement,
    Reseau,
    SessionLentille,
    SyntheseAbsences,
    absences_par_theme,
    region_de,
    repartition,
    reseau,
    synthese_des_absences,
    voix_absentes,
)
from modeles.entites import (
    Participant,
    Recolte,
    Sujet,
    Theme,
    porteur_sujet,
    presence_recolte,
)

ATTRIBUTS_REPARTITION: tuple[Attribut, ...] = ("type_acteur", "niveau_action", "region")
REGROUPEMENTS: tuple[Regroupement, ...] = ("type_acteur", "organisation")


@dataclass(frozen=True)
class Lentille:
    """Les entrées des fonctions pures : personnes sans nom, ateliers et leurs présences."""

    personnes: tuple[PersonneLentille, ...]
    sessions: tuple[SessionLentille, ...]


@dataclass(frozen=True)
class Ecosysteme:
    """Tout ce que montre la page : répartitions, deux réseaux, voix absentes."""

    repartitions: dict[str, list[tuple[str, int]]]  # "type_acteur", "niveau_action", "region"
    reseaux: dict[str, Reseau]  # "type_acteur", "organisation"
    absences: tuple[Absences, ...]  # one per session, in numbering order
    themes: tuple[Absences, ...]
    synthese: SyntheseAbsences


def lire_lentille(document: DocumentForum) -> Lentille:
    """Trois lectures par colonnes : les personnes, les ateliers, puis qui était où."""
    with document.lecture() as session:
        personnes = tuple(
            PersonneLentille(cle, type_acteur, niveau, region_de(territoire), organisation.strip())
            for cle, type_acteur, niveau, territoire, organisation in session.execute(
                select(
                    Participant.id,
                    Participant.type_acteur,
                    Participant.niveau_action,
                    Participant.territoire,
                    Participant.organisation,
                ).order_by(Participant.id)
            )
        )
        # A session: an active topic placed on the wall, or one that has a harvest.
        a_une_recolte = select(Recolte.sujet_id)
        sujets = session.execute(
            select(Sujet.id, Sujet.numero, Sujet.titre, func.coalesce(Theme.titre, ""))
            .outerjoin(Sujet.theme)
            .where(Sujet.fusionne_dans_id.is_(None))
            .where(
                (Sujet.salle_id.is_not(None) & Sujet.creneau_id.is_not(None))
                | Sujet.id.in_(a_une_recolte)
            )
            .order_by(Sujet.numero, Sujet.id)
        ).all()
        # Present at a session: its harvest's list, its conveners and its note-taker.
        presences = union(
            select(porteur_sujet.c.sujet_id, porteur_sujet.c.participant_id),
            select(Recolte.sujet_id, presence_recolte.c.participant_id).join(
                presence_recolte, presence_recolte.c.recolte_id == Recolte.id
            ),
            select(Recolte.sujet_id, Recolte.scribe_id).where(Recolte.scribe_id.is_not(None)),
        )
        qui: dict[int, set[int]] = {}
        for sujet_id, participant_id in session.execute(presences):
            qui.setdefault(sujet_id, set()).add(participant_id)
    sessions = tuple(
        SessionLentille(cle, numero, theme, frozenset(qui.get(cle, ())), titre)
        for cle, numero, titre, theme in sujets
    )
    return Lentille(personnes, sessions)


def _reference(defaut: tuple[str, ...], utilises: set[str]) -> tuple[str, ...]:
    """La liste du texte fondateur, puis les valeurs propres au forum (ordre alphabétique)."""
    return defaut + tuple(sorted(utilises - set(defaut) - {""}))


def analyser(document: DocumentForum) -> Ecosysteme:
    """La lentille appliquée au forum ouvert."""
    lentille = lire_lentille(document)
    personnes, sessions = lentille.personnes, lentille.sessions
    types = _reference(TYPES_ACTEUR, {p.type_acteur for p in personnes})
    niveaux = _reference(NIVEAUX_ACTION, {p.niveau_action for p in personnes})
    # Per session, only the regions the forum drew from: a neighbourhood forum is not told,
    # for every session, that sixteen regions were missing. The summary keeps all seventeen.
    inscrites = {p.region for p in personnes}
    regions = tuple(r for r in REGIONS_QUEBEC if r in inscrites) or REGIONS_QUEBEC
    return Ecosysteme(
        repartitions={a: repartition(personnes, a) for a in ATTRIBUTS_REPARTITION},
        reseaux={par: reseau(personnes, sessions, par) for par in REGROUPEMENTS},
        absences=tuple(voix_absentes(personnes, sessions, types, niveaux, regions)),
        themes=tuple(absences_par_theme(personnes, sessions, types, niveaux, regions)),
        synthese=synthese_des_absences(personnes, sessions, types, niveaux, REGIONS_QUEBEC),
    )
