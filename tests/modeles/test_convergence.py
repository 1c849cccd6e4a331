"""Les règles du vote par points, sans base ni interface."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from modeles.convergence import (
    budget_par_defaut,
    classement,
    maximum_par_sujet,
    problemes_bulletin,
    totaux,
)


def test_le_budget_est_un_tiers_des_sujets_et_au_moins_un() -> None:
    assert budget_par_defaut(21) == 7
    assert budget_par_defaut(20) == 6
    assert budget_par_defaut(2) == 1
    assert budget_par_defaut(0) == 1
    assert maximum_par_sujet(7) == 3
    assert maximum_par_sujet(1) == 1


def test_un_bulletin_qui_depasse_le_budget_dit_combien_retirer() -> None:
    assert problemes_bulletin({"a": 3, "b": 3, "c": 1}, 7) == []
    (message,) = problemes_bulletin({"a": 3, "b": 3, "c": 3}, 7)
    assert "9 points" in message and "retirez-en 2" in message


def test_pas_plus_de_la_moitie_sur_un_sujet() -> None:
    (message,) = problemes_bulletin({"a": 4}, 7)
    assert "Pas plus de 3 points" in message
    assert problemes_bulletin({"a": -1}, 7) == ["Un nombre de points ne peut pas être négatif."]


def test_les_ex_aequo_partagent_un_rang_et_le_suivant_saute() -> None:
    lignes = classement([("a", 5), ("b", 9), ("c", 5), ("d", 1), ("e", 5)])
    assert [(r.cle, r.rang, r.ex_aequo) for r in lignes] == [
        ("b", 1, 1),
        ("a", 2, 3),
        ("c", 2, 3),
        ("e", 2, 3),
        ("d", 5, 1),
    ]


def test_les_points_du_mur_et_des_bulletins_s_additionnent() -> None:
    resultat = totaux(["a", "b", "c"], {"a": 4}, [{"a": 1, "b": 2}, {"b": 1}])
    assert resultat == [("a", 5), ("b", 3), ("c", 0)]


@given(st.lists(st.integers(min_value=0, max_value=30), max_size=40))
def test_le_classement_est_ordonne_et_ses_rangs_comptent_les_meilleurs(points: list[int]) -> None:
    lignes = classement(list(enumerate(points)))
    assert sorted(r.cle for r in lignes) == list(range(len(points)))
    for ligne in lignes:
        # A topic's rank is one plus the number of topics with strictly more dots.
        assert ligne.rang == 1 + sum(p > ligne.points for p in points)
        assert ligne.ex_aequo == points.count(ligne.points)
    assert [r.points for r in lignes] == sorted(points, reverse=True)


@given(
    st.integers(min_value=1, max_value=40),
    st.dictionaries(st.integers(0, 20), st.integers(min_value=0, max_value=40), max_size=20),
)
def test_un_bulletin_est_valide_exactement_dans_les_regles(
    budget: int, points: dict[int, int]
) -> None:
    valide = sum(points.values()) <= budget and all(
        n <= max(1, budget // 2) for n in points.values()
    )
    assert (problemes_bulletin(points, budget) == []) == valide
