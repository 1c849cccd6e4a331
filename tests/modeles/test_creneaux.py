"""Les règles des créneaux et la journée type, en fonctions pures."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from modeles.creneaux import (
    ModeleCreneau,
    designation,
    generer_journee,
    valider_creneau,
)
from modeles.erreurs import ErreurForum
from modeles.valeurs import NatureCreneau

JOUR = dt.date(2026, 5, 14)
NBSP = "\u00a0"
PAUSE = ModeleCreneau(dt.time(10, 15), dt.time(10, 30), NatureCreneau.PAUSE, "Pause")
RONDE = ModeleCreneau(dt.time(10, 30), dt.time(11, 45), NatureCreneau.ATELIER, "Ronde 1")


def _t(texte: str) -> str:
    return texte.replace(NBSP, " ")


def test_designation_prend_la_nature_si_le_libelle_est_vide() -> None:
    assert designation(PAUSE) == "Pause (10:15 – 10:30)"
    sans_nom = ModeleCreneau(dt.time(12), dt.time(13), NatureCreneau.REPAS, "  ")
    assert designation(sans_nom) == "Repas (12:00 – 13:00)"


def test_les_heures_des_messages_sont_ecrites_par_l_appelant() -> None:
    assert designation(PAUSE, lambda t: f"{t.hour}h{t.minute}") == "Pause (10h15 – 10h30)"
    message = valider_creneau(dt.time(10), dt.time(10, 20), [PAUSE], lambda t: "X")
    assert message is not None and "« Pause (X – X) »" in message


def test_la_fin_doit_suivre_le_debut() -> None:
    message = valider_creneau(dt.time(10), dt.time(9), [])
    assert message == "L'heure de fin doit suivre l'heure de début."
    assert valider_creneau(dt.time(10), dt.time(10), []) == message


def test_un_chevauchement_nomme_le_creneau_touche() -> None:
    message = valider_creneau(dt.time(10), dt.time(10, 20), [RONDE, PAUSE])
    assert message is not None
    assert "« Pause (10:15 – 10:30) »" in message
    # The earliest overlapped slot is the one named.
    message = valider_creneau(dt.time(10), dt.time(11), [RONDE, PAUSE])
    assert message is not None and "Pause" in message


@pytest.mark.parametrize(
    ("debut", "fin"),
    [(dt.time(9), dt.time(10, 15)), (dt.time(11, 45), dt.time(12)), (dt.time(8), dt.time(9))],
)
def test_bout_a_bout_est_permis(debut: dt.time, fin: dt.time) -> None:
    assert valider_creneau(debut, fin, [PAUSE, RONDE]) is None


@pytest.mark.parametrize(
    ("debut", "fin"),
    [
        (dt.time(10, 20), dt.time(10, 25)),  # inside
        (dt.time(10), dt.time(12)),  # around
        (dt.time(10, 15), dt.time(10, 30)),  # the same
        (dt.time(11), dt.time(12)),  # across the end
    ],
)
def test_tout_chevauchement_est_refuse(debut: dt.time, fin: dt.time) -> None:
    assert valider_creneau(debut, fin, [PAUSE, RONDE]) is not None


def test_journee_type_par_defaut() -> None:
    journee = generer_journee(JOUR)
    assert [(c.libelle, c.nature) for c in journee] == [
        ("Plénière d'ouverture", NatureCreneau.PLENIERE),
        ("Pause", NatureCreneau.PAUSE),
        ("Ronde 1", NatureCreneau.ATELIER),
        ("Pause", NatureCreneau.PAUSE),
        ("Ronde 2", NatureCreneau.ATELIER),
        ("Dîner", NatureCreneau.REPAS),
        ("Ronde 3", NatureCreneau.ATELIER),
        ("Pause", NatureCreneau.PAUSE),
        ("Plénière de clôture", NatureCreneau.PLENIERE),
    ]
    assert journee[0].debut == dt.time(8, 30)
    assert journee[0].fin == dt.time(9, 15)
    ronde = journee[2]
    duree = dt.datetime.combine(JOUR, ronde.fin) - dt.datetime.combine(JOUR, ronde.debut)
    assert duree == dt.timedelta(minutes=75)
    diner = journee[5]
    assert (diner.debut, diner.fin) == (dt.time(12, 15), dt.time(13, 15))


def test_le_diner_suit_la_ronde_qui_finit_le_plus_pres_de_midi() -> None:
    journee = generer_journee(JOUR, debut=dt.time(9), ouverture=False, pause=dt.timedelta(0))
    # Rounds end at 10 h 15, 11 h 30, 12 h 45: 11 h 30 is nearest to noon.
    libelles = [c.libelle for c in journee]
    assert libelles.index("Dîner") == libelles.index("Ronde 2") + 1
    assert journee[libelles.index("Dîner")].debut == dt.time(11, 30)


def test_options_de_la_journee() -> None:
    journee = generer_journee(
        JOUR, rondes=2, ouverture=False, repas=False, cloture=False, premiere_ronde=4
    )
    assert [c.libelle for c in journee] == ["Ronde 4", "Pause", "Ronde 5"]
    assert generer_journee(JOUR, rondes=0, ouverture=False, repas=False, cloture=False) == []


def test_un_forum_d_apres_midi_n_a_pas_de_diner() -> None:
    journee = generer_journee(JOUR, debut=dt.time(14))
    assert NatureCreneau.REPAS not in {c.nature for c in journee}


def test_une_journee_qui_passe_minuit_est_refusee() -> None:
    with pytest.raises(ErreurForum, match="minuit"):
        generer_journee(JOUR, debut=dt.time(20), rondes=4)


@given(
    debut=st.times(min_value=dt.time(6), max_value=dt.time(10)).map(
        lambda t: t.replace(second=0, microsecond=0)
    ),
    rondes=st.integers(min_value=0, max_value=5),
    duree_ronde=st.integers(min_value=20, max_value=100),
    pause=st.integers(min_value=0, max_value=20),
    ouverture=st.booleans(),
    repas=st.booleans(),
    cloture=st.booleans(),
)
def test_propriete_une_journee_generee_est_toujours_valable(
    debut: dt.time,
    rondes: int,
    duree_ronde: int,
    pause: int,
    ouverture: bool,
    repas: bool,
    cloture: bool,
) -> None:
    journee = generer_journee(
        JOUR,
        debut=debut,
        rondes=rondes,
        duree_ronde=dt.timedelta(minutes=duree_ronde),
        pause=dt.timedelta(minutes=pause),
        ouverture=ouverture,
        repas=repas,
        cloture=cloture,
    )
    for i, creneau in enumerate(journee):
        assert valider_creneau(creneau.debut, creneau.fin, journee[:i] + journee[i + 1 :]) is None
    # Back to back, from the requested start, never two pauses or a pause beside lunch.
    assert not journee or journee[0].debut == debut
    for avant, apres in itertools.pairwise(journee):
        assert avant.fin == apres.debut
        assert {avant.nature, apres.nature} != {NatureCreneau.PAUSE}
        assert {avant.nature, apres.nature} != {NatureCreneau.PAUSE, NatureCreneau.REPAS}
    ateliers = [c for c in journee if c.nature is NatureCreneau.ATELIER]
    assert [c.libelle for c in ateliers] == [f"Ronde {i}" for i in range(1, rondes + 1)]
    assert sum(c.nature is NatureCreneau.REPAS for c in journee) <= (1 if repas else 0)
    if journee:
        assert journee[0].nature is not NatureCreneau.PAUSE
        assert journee[-1].nature is not NatureCreneau.PAUSE
