"""La lentille écosystème lue sur le forum de démonstration."""

from __future__ import annotations

from sqlalchemy import select, update

from app.document import DocumentForum
from app.ecosysteme import analyser, lire_lentille
from modeles.ecosysteme import NIVEAUX_ACTION, TYPES_ACTEUR, region_de
from modeles.entites import Participant, Recolte, Sujet, porteur_sujet


def test_les_repartitions_comptent_tout_le_monde(document_demo: DocumentForum) -> None:
    eco = analyser(document_demo)
    with document_demo.lecture() as session:
        total = len(session.scalars(select(Participant.id)).all())
    assert total == 40
    for attribut in ("type_acteur", "niveau_action"):
        assert sum(n for _, n in eco.repartitions[attribut]) == total
    assert {v for v, _ in eco.repartitions["type_acteur"]} == set(TYPES_ACTEUR)
    assert {v for v, _ in eco.repartitions["niveau_action"]} == set(NIVEAUX_ACTION)
    regions = dict(eco.repartitions["region"])
    assert "" not in regions  # every demo territory starts with its region
    assert regions["Bas-Saint-Laurent"] >= 4


def test_une_session_compte_presents_porteurs_et_scribe(document_demo: DocumentForum) -> None:
    lentille = lire_lentille(document_demo)
    with document_demo.lecture() as session:
        sujet_id = session.scalar(select(Sujet.id).where(Sujet.numero == 2))
        recolte = session.scalars(select(Recolte).where(Recolte.sujet_id == sujet_id)).one()
        attendus = {p.id for p in recolte.presents}
        if recolte.scribe_id is not None:
            attendus.add(recolte.scribe_id)
        attendus |= set(
            session.scalars(
                select(porteur_sujet.c.participant_id).where(porteur_sujet.c.sujet_id == sujet_id)
            )
        )
    (deux,) = [s for s in lentille.sessions if s.numero == 2]
    assert deux.presents == frozenset(attendus)
    assert len(deux.presents) >= 5
    assert [s.numero for s in lentille.sessions] == sorted(s.numero for s in lentille.sessions)


def test_les_regions_viennent_du_territoire(document_demo: DocumentForum) -> None:
    lentille = lire_lentille(document_demo)
    with document_demo.lecture() as session:
        territoires = dict(session.execute(select(Participant.id, Participant.territoire)).all())
    for personne in lentille.personnes:
        assert personne.region == region_de(territoires[personne.cle])


def test_le_reseau_et_les_voix_absentes(document_demo: DocumentForum) -> None:
    eco = analyser(document_demo)
    sessions = len(eco.absences)
    par_type = eco.reseaux["type_acteur"]
    assert len(par_type.noeuds) == len(TYPES_ACTEUR)
    assert par_type.aretes and all(1 <= p <= sessions for _, _, p in par_type.aretes)
    par_organisation = eco.reseaux["organisation"]
    assert len(par_organisation.noeuds) > len(par_type.noeuds)
    assert all(nom for nom, _ in par_organisation.noeuds)
    numeros = [a.numero or 0 for a in eco.absences]
    assert numeros == sorted(numeros)
    for absence in eco.absences:
        assert absence.presents == 0 or len(absence.types) < len(TYPES_ACTEUR)
    assert {t.theme for t in eco.themes} == {a.theme for a in eco.absences}
    assert eco.synthese.ateliers == sum(1 for a in eco.absences if a.presents)


def test_jamais_un_nom_de_personne(document_demo: DocumentForum) -> None:
    with document_demo.transaction() as session:
        session.execute(update(Participant).values(consentement_publication=False))
        noms = set(session.scalars(select(Participant.nom)))
    eco = analyser(document_demo)
    textes = repr(eco)
    assert not [nom for nom in noms if nom in textes]
