"""La lentille écosystème : répartitions, réseau des rencontres, voix absentes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from modeles.ecosysteme import (
    NIVEAUX_ACTION,
    REGIONS_QUEBEC,
    TYPES_ACTEUR,
    PersonneLentille,
    SessionLentille,
    absences_par_theme,
    region_de,
    repartition,
    reseau,
    synthese_des_absences,
    voix_absentes,
)

CIT, ORG, MUN = TYPES_ACTEUR[0], TYPES_ACTEUR[1], TYPES_ACTEUR[5]
PROX, INTER, GOUV, ARTIC = NIVEAUX_ACTION


def _p(
    cle: int, type_acteur: str, niveau: str, region: str, organisation: str = ""
) -> PersonneLentille:
    return PersonneLentille(cle, type_acteur, niveau, region, organisation)


PERSONNES = (
    _p(1, CIT, PROX, "Montréal"),
    _p(2, CIT, PROX, "Estrie"),
    _p(3, ORG, PROX, "Montréal", "Table de Villeray"),
    _p(4, ORG, INTER, "Estrie", "CDC de Sherbrooke"),
    _p(5, MUN, GOUV, "Estrie", "Ville de Sherbrooke"),
)
SESSIONS = (
    SessionLentille(10, 1, "Financement", frozenset({1, 3, 5}), "Un"),
    SessionLentille(11, 2, "Financement", frozenset({2, 4}), "Deux"),
    SessionLentille(12, 3, "Gouvernance", frozenset({1, 2, 3}), "Trois"),
    SessionLentille(13, 4, "Gouvernance", frozenset(), "Vide"),
)


def test_region_de_reconnait_la_region_avant_le_tiret_cadratin() -> None:
    assert region_de("Bas-Saint-Laurent — MRC de La Matanie") == "Bas-Saint-Laurent"
    assert region_de("Montréal") == "Montréal"
    assert region_de("montreal — Villeray") == "Montréal"
    assert region_de("SAGUENAY-LAC-SAINT-JEAN — Alma") == "Saguenay–Lac-Saint-Jean"
    assert region_de("Gaspésie – Îles-de-la-Madeleine") == "Gaspésie–Îles-de-la-Madeleine"
    assert region_de("Estrie - Sherbrooke") == "Estrie"
    assert region_de("Laval, Chomedey") == "Laval"


def test_region_de_rend_vide_ce_qui_n_est_pas_une_region() -> None:
    assert region_de("") == ""
    assert region_de("Villeray — Montréal") == ""
    assert region_de("Lavaltrie") == ""  # a town, not the region of Laval
    assert region_de("Nunavik") == ""


def test_repartition_du_plus_au_moins_nombreux() -> None:
    assert repartition(PERSONNES, "type_acteur") == [(CIT, 2), (ORG, 2), (MUN, 1)]
    assert repartition(PERSONNES, "region") == [("Estrie", 3), ("Montréal", 2)]
    assert repartition(PERSONNES, "organisation")[0] == ("", 2)
    assert repartition((), "niveau_action") == []


def test_reseau_par_type_compte_les_ateliers_partages() -> None:
    r = reseau(PERSONNES, SESSIONS, "type_acteur")
    assert r.noeuds == ((CIT, 2), (ORG, 2), (MUN, 1))
    # Session 1: cit+org+mun; session 2: cit+org; session 3: cit+org (cit twice, no self-loop).
    assert r.poids(CIT, ORG) == 3
    assert r.poids(ORG, CIT) == 3
    assert r.poids(CIT, MUN) == 1
    assert r.poids(MUN, ORG) == 1
    assert r.poids(CIT, CIT) == 0
    assert all(a < b for a, b, _ in r.aretes)


def test_reseau_par_organisation_ignore_les_personnes_sans_organisation() -> None:
    r = reseau(PERSONNES, SESSIONS, "organisation")
    assert {nom for nom, _ in r.noeuds} == {
        "Table de Villeray",
        "CDC de Sherbrooke",
        "Ville de Sherbrooke",
    }
    assert r.poids("Table de Villeray", "Ville de Sherbrooke") == 1
    assert r.poids("Table de Villeray", "CDC de Sherbrooke") == 0
    assert len(r.aretes) == 1


def test_voix_absentes_par_atelier() -> None:
    absences = voix_absentes(PERSONNES, SESSIONS)
    assert [a.numero for a in absences] == [1, 2, 3, 4]
    premier = absences[0]
    assert premier.presents == 3
    assert premier.titre == "Un"
    assert CIT not in premier.types and MUN not in premier.types
    assert "fondation" in premier.types
    assert premier.niveaux == (INTER, ARTIC)
    assert "Montréal" not in premier.regions and "Estrie" not in premier.regions
    assert len(premier.regions) == len(REGIONS_QUEBEC) - 2
    assert absences[1].niveaux == (GOUV, ARTIC)
    assert absences[3].presents == 0
    assert absences[3].types == TYPES_ACTEUR


def test_voix_absentes_ignore_les_cles_inconnues_et_respecte_les_references() -> None:
    session = SessionLentille(1, 1, "", frozenset({1, 999}))
    (a,) = voix_absentes(PERSONNES, [session], types=(CIT, ORG), niveaux=(PROX,), regions=())
    assert a.presents == 1
    assert a.types == (ORG,)
    assert a.niveaux == ()
    assert a.regions == ()


def test_absences_par_theme_reunit_les_ateliers_du_theme() -> None:
    financement, gouvernance = absences_par_theme(PERSONNES, SESSIONS)
    assert financement.cle == "Financement"
    assert financement.presents == 5
    assert financement.niveaux == (ARTIC,)
    assert gouvernance.presents == 3
    assert gouvernance.niveaux == (INTER, GOUV, ARTIC)
    assert MUN in gouvernance.types


def test_synthese_des_absences_du_forum() -> None:
    s = synthese_des_absences(PERSONNES, SESSIONS)
    assert s.ateliers == 3  # the empty session says nothing
    assert s.niveaux_jamais == (ARTIC,)
    assert "fondation" in s.types_jamais and CIT not in s.types_jamais
    # Gouvernance was only in session 1 of 3; intermediation only in session 2.
    assert s.niveaux_souvent == ((INTER, 2), (GOUV, 2))
    assert (MUN, 2) in s.types_souvent
    assert "Montréal" not in s.regions_jamais
    assert "Laval" in s.regions_jamais
    assert all(v not in s.types_jamais for v, _ in s.types_souvent)


def test_synthese_sans_ateliers_tout_est_absent() -> None:
    s = synthese_des_absences(PERSONNES, ())
    assert s.ateliers == 0
    assert s.types_jamais == TYPES_ACTEUR
    assert s.types_souvent == ()


# --- Propriétés ----------------------------------------------------------------------------------

_TYPES = st.sampled_from((*TYPES_ACTEUR[:5], ""))
_NIVEAUX = st.sampled_from((*NIVEAUX_ACTION, ""))
_REGIONS = st.sampled_from((*REGIONS_QUEBEC[:6], ""))
_ORGS = st.sampled_from(("", "A", "B", "C", "D"))


@st.composite
def _forums(draw: st.DrawFn) -> tuple[list[PersonneLentille], list[SessionLentille]]:
    n = draw(st.integers(0, 25))
    personnes = [
        PersonneLentille(i, draw(_TYPES), draw(_NIVEAUX), draw(_REGIONS), draw(_ORGS))
        for i in range(n)
    ]
    cles = st.integers(0, n + 3)  # a few keys of people who are not there any more
    sessions = [
        SessionLentille(
            100 + j, j + 1, draw(st.sampled_from("xyz")), frozenset(draw(st.sets(cles)))
        )
        for j in range(draw(st.integers(0, 12)))
    ]
    return personnes, sessions


@given(_forums())
def test_absents_et_presents_forment_la_reference(
    forum: tuple[list[PersonneLentille], list[SessionLentille]],
) -> None:
    personnes, sessions = forum
    index = {p.cle: p for p in personnes}
    for session, a in zip(sessions, voix_absentes(personnes, sessions), strict=True):
        gens = [index[c] for c in session.presents if c in index]
        presents_types = {p.type_acteur for p in gens} & set(TYPES_ACTEUR)
        assert set(a.types) | presents_types == set(TYPES_ACTEUR)
        assert not set(a.types) & presents_types
        presents_niveaux = {p.niveau_action for p in gens} & set(NIVEAUX_ACTION)
        assert set(a.niveaux) | presents_niveaux == set(NIVEAUX_ACTION)
        presents_regions = {p.region for p in gens} & set(REGIONS_QUEBEC)
        assert set(a.regions) | presents_regions == set(REGIONS_QUEBEC)
        assert a.presents == len(gens)


@given(_forums(), st.sampled_from(("type_acteur", "organisation")))
def test_poids_symetriques_et_bornes_par_le_nombre_d_ateliers(
    forum: tuple[list[PersonneLentille], list[SessionLentille]], par: str
) -> None:
    personnes, sessions = forum
    r = reseau(personnes, sessions, par)  # type: ignore[arg-type]
    noms = {nom for nom, _ in r.noeuds}
    assert "" not in noms
    assert sum(n for _, n in r.noeuds) == sum(1 for p in personnes if getattr(p, par))
    for a, b, poids in r.aretes:
        assert a != b and a in noms and b in noms
        assert 1 <= poids <= len(sessions)
        assert r.poids(a, b) == r.poids(b, a) == poids
    assert len({(a, b) for a, b, _ in r.aretes}) == len(r.aretes)


@given(_forums())
def test_synthese_coherente_avec_les_ateliers(
    forum: tuple[list[PersonneLentille], list[SessionLentille]],
) -> None:
    personnes, sessions = forum
    s = synthese_des_absences(personnes, sessions)
    avec_monde = [a for a in voix_absentes(personnes, sessions) if a.presents]
    assert s.ateliers == len(avec_monde)
    for niveau in NIVEAUX_ACTION:
        manque = sum(niveau in a.niveaux for a in avec_monde)
        assert (niveau in s.niveaux_jamais) == (manque == len(avec_monde))
        assert (niveau in dict(s.niveaux_souvent)) == (
            len(avec_monde) / 2 < manque < len(avec_monde)
        )


@given(st.sampled_from(REGIONS_QUEBEC), st.text(max_size=20))
def test_region_de_retrouve_toute_region_suivie_d_un_lieu(region: str, lieu: str) -> None:
    assert region_de(f"{region} — {lieu}") == region
    assert region_de(f"{region.upper()} — {lieu}") == region
