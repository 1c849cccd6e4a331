"""Les participants un par un : règles en français, aller-retour, suppression et restauration."""

from __future__ import annotations

from uuid import UUID

import pytest
from sqlalchemy import select

from app import lectures
from app.changements import Genre
from app.document import DocumentForum
from app.lectures_participants import (
    ROLE_PORTEUR,
    ROLE_PRESENT,
    ROLE_SCRIBE,
    ateliers_du_participant,
    fiche,
    fiches,
    valeurs_connues,
)
from app.operations.participants import (
    ajouter_participant,
    lire_champs,
    modifier_participant,
    raison_refus_participant,
    restaurer_participant,
    supprimer_participant,
)
from modeles.ecosysteme import REGIONS_QUEBEC, TYPES_ACTEUR
from modeles.entites import Participant, Recolte, Vote
from modeles.erreurs import ErreurForum


def _uuid_de(document: DocumentForum, nom: str) -> UUID:
    return next(p.uuid for p in lectures.participants(document) if p.nom == nom)


def _porteur_et_scribe(document: DocumentForum) -> UUID:
    """Quelqu'un qui porte un sujet et qui a écrit une récolte, dans le forum de démonstration."""
    for personne in fiches(document):
        roles = {r for a in ateliers_du_participant(document, personne.uuid) for r in a.roles}
        if {ROLE_PORTEUR, ROLE_SCRIBE} <= roles:
            return personne.uuid
    raise AssertionError("le forum de démonstration devrait avoir un porteur scribe")


@pytest.mark.parametrize(
    ("champs", "debut"),
    [
        ({"nom": "   "}, "Le nom ne peut pas être vide"),
        ({"courriel": "pas une adresse"}, "« pas une adresse » n'est pas une adresse courriel"),
        ({"telephone": "5" * 51}, "Le téléphone est trop long (51 caractères, 50 au plus)"),
        ({"consentement_publication": "oui"}, "Le consentement à être nommé·e est oui ou non"),
        ({"territoire": 12}, "Le territoire est un texte"),
    ],
)
def test_raisons_de_refus_en_francais(champs: dict[str, object], debut: str) -> None:
    raison = raison_refus_participant(champs)
    assert raison is not None and raison.startswith(debut)


def test_valeurs_valables_acceptees() -> None:
    assert (
        raison_refus_participant(
            {"nom": "Anne", "courriel": "anne@exemple.org", "consentement_coordonnees": True}
        )
        is None
    )


def test_ajouter_modifier_relire(document_demo: DocumentForum) -> None:
    changements, uuid = ajouter_participant(
        document_demo, {"nom": "  Anne   Sirois ", "territoire": "Estrie — Sherbrooke"}
    )
    assert changements.uuids(Genre.PARTICIPANT) == {uuid}
    champs = lire_champs(document_demo, uuid)
    assert champs["nom"] == "Anne Sirois"
    assert champs["territoire"] == "Estrie — Sherbrooke"
    assert champs["courriel"] == "" and champs["consentement_publication"] is False

    modifier_participant(
        document_demo,
        uuid,
        {
            "courriel": "anne@exemple.org",
            "telephone": "819 555-0100",
            "type_acteur": "fondation",
            "consentement_coordonnees": True,
        },
    )
    lue = fiche(document_demo, uuid)
    assert lue is not None
    assert (lue.courriel, lue.telephone, lue.type_acteur) == (
        "anne@exemple.org",
        "819 555-0100",
        "fondation",
    )
    assert lue.consentement_coordonnees and not lue.consentement_publication


def test_un_refus_n_ecrit_rien(document_demo: DocumentForum) -> None:
    uuid = _uuid_de(document_demo, "Louise Côté")
    avant = lire_champs(document_demo, uuid)
    with pytest.raises(ErreurForum, match="n'est pas une adresse courriel"):
        modifier_participant(document_demo, uuid, {"organisation": "X", "courriel": "@"})
    with pytest.raises(ErreurForum, match="Le nom ne peut pas être vide"):
        modifier_participant(document_demo, uuid, {"nom": ""})
    with pytest.raises(ErreurForum, match="Le nom ne peut pas être vide"):
        ajouter_participant(document_demo, {"organisation": "Sans nom"})
    assert lire_champs(document_demo, uuid) == avant
    with pytest.raises(ValueError, match="Champs inconnus"):
        modifier_participant(document_demo, uuid, {"age": 40})


def test_renommer_signale_ses_sujets(document_demo: DocumentForum) -> None:
    uuid = _porteur_et_scribe(document_demo)
    changements = modifier_participant(document_demo, uuid, {"nom": "Nouveau Nom"})
    ateliers = ateliers_du_participant(document_demo, uuid)
    portes = {a.sujet for a in ateliers if ROLE_PORTEUR in a.roles}
    assert portes <= changements.uuids(Genre.SUJET)
    assert changements.uuids(Genre.RECOLTE)


def test_supprimer_puis_restaurer_remet_tous_les_liens(document_demo: DocumentForum) -> None:
    uuid = _porteur_et_scribe(document_demo)
    champs = lire_champs(document_demo, uuid)
    ateliers = ateliers_du_participant(document_demo, uuid)
    sujets_avant = {s.uuid: s.porteurs for s in lectures.sujets(document_demo)}

    changements, instantane = supprimer_participant(document_demo, uuid)
    assert uuid not in {p.uuid for p in lectures.participants(document_demo)}
    assert changements.touche(Genre.SUJET) or changements.touche(Genre.RECOLTE)
    assert ateliers_du_participant(document_demo, uuid) == []
    assert instantane.scribe_de and instantane.porteur_de
    with document_demo.lecture() as session:
        ecrites = select(Recolte.scribe_id).where(Recolte.uuid.in_(instantane.scribe_de))
        assert set(session.scalars(ecrites)) == {None}

    restaurer_participant(document_demo, instantane)
    assert lire_champs(document_demo, uuid) == champs
    assert ateliers_du_participant(document_demo, uuid) == ateliers
    # Conveners come back in their announced order.
    assert {s.uuid: s.porteurs for s in lectures.sujets(document_demo)} == sujets_avant


def test_supprimer_un_absent(document_demo: DocumentForum) -> None:
    _, uuid = ajouter_participant(document_demo, {"nom": "Passager"})
    supprimer_participant(document_demo, uuid)
    with pytest.raises(ErreurForum, match="n'existe plus"):
        supprimer_participant(document_demo, uuid)


def test_ateliers_roles_et_valeurs_connues(document_demo: DocumentForum) -> None:
    tous = fiches(document_demo)
    roles = {
        r for p in tous for a in ateliers_du_participant(document_demo, p.uuid) for r in a.roles
    }
    assert roles == {ROLE_PORTEUR, ROLE_PRESENT, ROLE_SCRIBE}
    valeurs = valeurs_connues(document_demo)
    assert valeurs.territoires[: len(REGIONS_QUEBEC)] == REGIONS_QUEBEC
    assert valeurs.types_acteur[: len(TYPES_ACTEUR)] == TYPES_ACTEUR
    # Territories typed in this forum follow the regions; organisations are the forum's own.
    assert "Montréal — Parc-Extension" in valeurs.territoires
    assert "Carrefour d'entraide de Parc-Extension" in valeurs.organisations
    assert "" not in valeurs.organisations
    assert len({o.casefold() for o in valeurs.organisations}) == len(valeurs.organisations)


def test_bulletin_plans_et_themes_reviennent_apres_annulation(
    document_demo: DocumentForum,
) -> None:
    from app.operations.convergence import ajouter_plan, definir_bulletin, lire_champs_plan
    from app.operations.themes import ajouter_theme, lire_champs_theme

    uuid = _porteur_et_scribe(document_demo)
    _, autre = ajouter_participant(document_demo, {"nom": "Co-porteuse"})
    sujet = next(s for s in lectures.sujets(document_demo) if s.actif)
    definir_bulletin(document_demo, uuid, {sujet.uuid: 2}, verifier=False)
    _, plan = ajouter_plan(document_demo, {"action": "Agir", "porteurs": [autre, uuid]})
    _, theme = ajouter_theme(document_demo, {"titre": "Mobilité", "initiateur": uuid})

    changements, instantane = supprimer_participant(document_demo, uuid)
    assert changements.uuids(Genre.VOTE) == {sujet.uuid}
    assert changements.uuids(Genre.PLAN) == {plan}
    assert changements.uuids(Genre.THEME) == {theme}
    assert lire_champs_plan(document_demo, plan)["porteurs"] == [autre]
    assert lire_champs_theme(document_demo, theme)["initiateur"] is None

    restaurer_participant(document_demo, instantane)
    assert lire_champs_plan(document_demo, plan)["porteurs"] == [autre, uuid]
    assert lire_champs_theme(document_demo, theme)["initiateur"] == uuid
    with document_demo.lecture() as session:
        points = session.scalars(
            select(Vote.points)
            .join(Participant, Participant.id == Vote.participant_id)
            .where(Participant.uuid == uuid)
        ).all()
    assert points == [2]
