"""Salles et créneaux sur un vrai fichier : validation, tout ou rien, suppression réversible."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from uuid import UUID, uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import lectures
from app.changements import Genre
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.echange.format import sans_horodatages
from app.operations.creneaux import (
    ajouter_creneau,
    ajouter_journee,
    modifier_creneau,
    nombre_ateliers_creneau,
    restaurer_creneau,
    retirer_journee,
    supprimer_creneau,
)
from app.operations.salles import (
    ajouter_salle,
    definir_ordres_salles,
    modifier_salle,
    nombre_ateliers_salle,
    reordonner_salles,
    restaurer_salle,
    supprimer_salle,
)
from modeles.creneaux import ModeleCreneau, generer_journee
from modeles.erreurs import ErreurForum
from modeles.valeurs import NatureCreneau

JOUR_1 = dt.date(2026, 5, 14)
JOUR_2 = dt.date(2026, 5, 15)


def _salle(doc: DocumentForum, nom: str) -> lectures.SalleLue:
    return next(s for s in lectures.salles(doc) if s.nom == nom)


def _creneau(doc: DocumentForum, jour: dt.date, libelle: str) -> lectures.CreneauLu:
    return next(c for c in lectures.creneaux(doc) if c.jour == jour and c.libelle == libelle)


def _places(doc: DocumentForum) -> dict[UUID, tuple[UUID | None, UUID | None, int]]:
    return {s.uuid: (s.salle, s.creneau, s.duree) for s in lectures.sujets(doc)}


# --- salles ---------------------------------------------------------------------------------


def test_ajouter_une_salle_la_met_en_dernier(document_demo: DocumentForum) -> None:
    avant = lectures.salles(document_demo)
    changements, uuid = ajouter_salle(
        document_demo,
        {"nom": "  Salle  Maillard ", "capacite": 12, "equipements": [" écran ", "", "Écran"]},
    )
    assert changements.uuids(Genre.SALLE) == {uuid}
    apres = lectures.salles(document_demo)
    assert apres[:-1] == avant
    nouvelle = apres[-1]
    assert (nouvelle.uuid, nouvelle.nom, nouvelle.capacite) == (uuid, "Salle Maillard", 12)
    assert nouvelle.equipements == ("écran",)
    assert nouvelle.accessible is True
    assert nouvelle.ordre == max(s.ordre for s in avant) + 1


def test_ajouter_avec_un_uuid_donne_le_reprend(document_demo: DocumentForum) -> None:
    voulu = uuid4()
    _, uuid = ajouter_salle(document_demo, {"nom": "Loge des bénévoles"}, uuid=voulu)
    assert uuid == voulu == _salle(document_demo, "Loge des bénévoles").uuid


@pytest.mark.parametrize(
    ("champs", "message"),
    [
        ({"nom": "   "}, "ne peut pas être vide"),
        ({"nom": "salle du fleuve"}, "porte déjà le nom « salle du fleuve »"),
        ({"nom": "Loge", "capacite": -1}, "nombre entier, 0 ou plus"),
        ({"nom": "Loge", "capacite": True}, "nombre entier"),
        ({"nom": "Loge", "capacite": "12"}, "nombre entier"),
    ],
)
def test_une_salle_invalide_est_refusee_sans_rien_ecrire(
    document_demo: DocumentForum, champs: dict[str, Any], message: str
) -> None:
    avant = exporte(document_demo)
    with pytest.raises(ErreurForum, match=message):
        ajouter_salle(document_demo, champs)
    agora = _salle(document_demo, "Agora").uuid
    with pytest.raises(ErreurForum, match=message):
        modifier_salle(document_demo, agora, _pour_modifier(champs))
    assert exporte(document_demo) == avant


def _pour_modifier(champs: dict[str, Any]) -> dict[str, Any]:
    # A blank name alone, so that the other fields are checked on their own.
    return (
        champs
        if champs["nom"].strip() in {"", "salle du fleuve"}
        else {k: v for k, v in champs.items() if k != "nom"}
    )


def test_modifier_une_salle(document_demo: DocumentForum) -> None:
    agora = _salle(document_demo, "Agora")
    changements = modifier_salle(
        document_demo,
        agora.uuid,
        {"nom": "Grande Agora", "capacite": None, "equipements": ["micro"], "accessible": False},
    )
    assert changements.uuids(Genre.SALLE) == {agora.uuid}
    lue = _salle(document_demo, "Grande Agora")
    assert (lue.uuid, lue.capacite, lue.equipements, lue.accessible, lue.ordre) == (
        agora.uuid,
        None,
        ("micro",),
        False,
        agora.ordre,
    )
    # Changing only the case of its own name is not a duplicate.
    modifier_salle(document_demo, agora.uuid, {"nom": "grande agora"})


def test_supprimer_une_salle_retire_ses_ateliers_du_mur_puis_restaurer(
    document_demo: DocumentForum,
) -> None:
    avant = exporte(document_demo)
    sujets_avant = _places(document_demo)
    agora = _salle(document_demo, "Agora")
    dans_agora = {u for u, (salle, _, _) in sujets_avant.items() if salle == agora.uuid}
    assert nombre_ateliers_salle(document_demo, agora.uuid) == len(dans_agora) > 0

    changements, instantane = supprimer_salle(document_demo, agora.uuid)

    assert changements.uuids(Genre.SALLE) == {agora.uuid}
    assert changements.uuids(Genre.SUJET) == dans_agora
    assert {p.sujet for p in instantane.placements} == dans_agora
    assert (instantane.uuid, instantane.nom, instantane.ordre) == (agora.uuid, "Agora", agora.ordre)
    apres = _places(document_demo)
    assert set(apres) == set(sujets_avant)  # no topic was deleted
    for uuid in dans_agora:
        assert apres[uuid][:2] == (None, None)
    assert all(apres[u] == sujets_avant[u] for u in set(apres) - dans_agora)
    assert agora.uuid not in {s.uuid for s in lectures.salles(document_demo)}

    changements = restaurer_salle(document_demo, instantane)
    assert changements.uuids(Genre.SUJET) == dans_agora
    assert exporte(document_demo) == avant


def test_reordonner_puis_remettre_les_rangs(document_demo: DocumentForum) -> None:
    avant = exporte(document_demo)
    salles = lectures.salles(document_demo)
    ordres = {s.uuid: s.ordre for s in salles}
    inverse = [s.uuid for s in reversed(salles)]
    changements = reordonner_salles(document_demo, inverse)
    assert [s.uuid for s in lectures.salles(document_demo)] == inverse
    assert changements.uuids(Genre.SALLE) <= set(inverse)
    definir_ordres_salles(document_demo, ordres)
    assert exporte(document_demo) == avant


def test_reordonner_avec_une_liste_incomplete_est_refuse(document_demo: DocumentForum) -> None:
    salles = [s.uuid for s in lectures.salles(document_demo)]
    with pytest.raises(ErreurForum, match="a changé"):
        reordonner_salles(document_demo, salles[1:])
    with pytest.raises(ErreurForum, match="a changé"):
        reordonner_salles(document_demo, [*salles, uuid4()])


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rang=st.integers(min_value=0, max_value=5))
def test_propriete_toute_salle_supprimee_revient_a_l_identique(
    document_demo: DocumentForum, rang: int
) -> None:
    avant = exporte(document_demo)
    salle = lectures.salles(document_demo)[rang]
    _, instantane = supprimer_salle(document_demo, salle.uuid)
    restaurer_salle(document_demo, instantane)
    assert exporte(document_demo) == avant


# --- créneaux -------------------------------------------------------------------------------


def test_ajouter_un_creneau_bout_a_bout(document_demo: DocumentForum) -> None:
    # The demo's first day ends at 16 h 30: a slot starting then is fine.
    changements, uuid = ajouter_creneau(
        document_demo,
        {"jour": JOUR_1, "debut": dt.time(16, 30), "fin": dt.time(17), "libelle": " 5 à 7 "},
    )
    assert changements.uuids(Genre.CRENEAU) == {uuid}
    lu = next(c for c in lectures.creneaux(document_demo) if c.uuid == uuid)
    assert (lu.nature, lu.libelle) == (NatureCreneau.ATELIER, "5 à 7")


@pytest.mark.parametrize(
    ("debut", "fin", "message"),
    [
        (dt.time(18), dt.time(17), "L'heure de fin doit suivre l'heure de début"),
        (dt.time(17), dt.time(17), "L'heure de fin doit suivre l'heure de début"),
        (
            dt.time(10, 20),
            dt.time(10, 40),
            "chevauche « Pause (10\u00a0h\u00a015 – 10\u00a0h\u00a030) »",
        ),
    ],
)
def test_un_creneau_invalide_est_refuse_sans_rien_ecrire(
    document_demo: DocumentForum, debut: dt.time, fin: dt.time, message: str
) -> None:
    avant = exporte(document_demo)
    with pytest.raises(ErreurForum, match=re.escape(message)):
        ajouter_creneau(document_demo, {"jour": JOUR_1, "debut": debut, "fin": fin})
    ronde = _creneau(document_demo, JOUR_2, "Ronde 4")
    with pytest.raises(ErreurForum):
        modifier_creneau(document_demo, ronde.uuid, {"jour": JOUR_1, "debut": debut, "fin": fin})
    assert exporte(document_demo) == avant


def test_modifier_un_creneau_ne_se_compare_pas_a_lui_meme(document_demo: DocumentForum) -> None:
    ronde = _creneau(document_demo, JOUR_1, "Ronde 1")
    modifier_creneau(document_demo, ronde.uuid, {"fin": dt.time(11, 30), "libelle": "Ronde A"})
    lu = _creneau(document_demo, JOUR_1, "Ronde A")
    assert (lu.uuid, lu.debut, lu.fin) == (ronde.uuid, ronde.debut, dt.time(11, 30))


def test_un_creneau_occupe_garde_sa_nature_d_atelier(document_demo: DocumentForum) -> None:
    ronde = _creneau(document_demo, JOUR_1, "Ronde 1")
    with pytest.raises(ErreurForum, match="retirez-les du mur"):
        modifier_creneau(document_demo, ronde.uuid, {"nature": NatureCreneau.PAUSE})
    assert _creneau(document_demo, JOUR_1, "Ronde 1").nature is NatureCreneau.ATELIER


def test_supprimer_un_creneau_puis_restaurer(document_demo: DocumentForum) -> None:
    avant = exporte(document_demo)
    ronde = _creneau(document_demo, JOUR_1, "Ronde 1")
    sur_ronde = {u for u, (_, c, _) in _places(document_demo).items() if c == ronde.uuid}
    assert nombre_ateliers_creneau(document_demo, ronde.uuid) == len(sur_ronde) > 0
    changements, instantane = supprimer_creneau(document_demo, ronde.uuid)
    assert changements.uuids(Genre.SUJET) == sur_ronde
    assert changements.uuids(Genre.CRENEAU) == {ronde.uuid}
    assert all(_places(document_demo)[u][:2] == (None, None) for u in sur_ronde)
    restaurer_creneau(document_demo, instantane)
    assert exporte(document_demo) == avant


def test_supprimer_un_creneau_couvert_par_un_atelier_de_deux_rondes(
    document_demo: DocumentForum,
) -> None:
    """Topic 12 starts on round 4 and lasts two rounds: deleting round 5 takes it off too."""
    avant = exporte(document_demo)
    long = next(s for s in lectures.sujets(document_demo) if s.duree == 2)
    ronde_5 = _creneau(document_demo, JOUR_2, "Ronde 5")
    assert long.creneau == _creneau(document_demo, JOUR_2, "Ronde 4").uuid
    changements, instantane = supprimer_creneau(document_demo, ronde_5.uuid)
    assert long.uuid in changements.uuids(Genre.SUJET)
    assert _places(document_demo)[long.uuid] == (None, None, 2)
    restaurer_creneau(document_demo, instantane)
    assert exporte(document_demo) == avant


def test_generer_une_journee_puis_la_retirer(document_demo: DocumentForum) -> None:
    avant = exporte(document_demo)
    jour = dt.date(2026, 5, 16)
    modeles = generer_journee(jour, premiere_ronde=6)
    changements, uuids = ajouter_journee(document_demo, jour, modeles)
    assert changements.uuids(Genre.CRENEAU) == set(uuids)
    du_jour = [c for c in lectures.creneaux(document_demo) if c.jour == jour]
    assert [c.uuid for c in du_jour] == uuids
    assert [(c.debut, c.fin, c.nature, c.libelle) for c in du_jour] == [
        (m.debut, m.fin, m.nature, m.libelle) for m in modeles
    ]
    retirer_journee(document_demo, uuids)
    assert exporte(document_demo) == avant
    # Redo gives back the same uuids.
    _, encore = ajouter_journee(document_demo, jour, modeles, uuids)
    assert encore == uuids


def test_une_journee_qui_chevauche_est_refusee_en_entier(document_demo: DocumentForum) -> None:
    avant = exporte(document_demo)
    with pytest.raises(ErreurForum, match="chevauche « Plénière d'ouverture : accueil"):
        ajouter_journee(document_demo, JOUR_1, generer_journee(JOUR_1))
    assert exporte(document_demo) == avant


def test_une_journee_incoherente_en_elle_meme_est_refusee(document_demo: DocumentForum) -> None:
    avant = exporte(document_demo)
    jour = dt.date(2026, 6, 1)
    modeles = [
        ModeleCreneau(dt.time(9), dt.time(10), NatureCreneau.ATELIER, "A"),
        ModeleCreneau(dt.time(9, 30), dt.time(11), NatureCreneau.ATELIER, "B"),
    ]
    with pytest.raises(ErreurForum, match="B : Ce créneau chevauche « A"):
        ajouter_journee(document_demo, jour, modeles)
    assert exporte(document_demo) == avant


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rang=st.integers(min_value=0, max_value=16))
def test_propriete_tout_creneau_supprime_revient_a_l_identique(
    document_demo: DocumentForum, rang: int
) -> None:
    avant = exporte(document_demo)
    creneau = lectures.creneaux(document_demo)[rang]
    _, instantane = supprimer_creneau(document_demo, creneau.uuid)
    restaurer_creneau(document_demo, instantane)
    assert exporte(document_demo) == avant


def exporte(document: Any) -> Any:
    """Le forum exporté, sans les moments de modification (défaire est une nouvelle édition)."""
    return sans_horodatages(exporter_document(document))
