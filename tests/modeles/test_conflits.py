"""Les règles de conflit du mur de l'agenda : fonctions pures, sans base ni Qt."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from modeles.conflits import (
    Cle,
    Conflit,
    CreneauAgenda,
    Gravite,
    NatureConflit,
    SalleAgenda,
    SujetAgenda,
    creneaux_couverts,
    detecter_conflits,
    refus_placement,
)

JOUR = dt.date(2026, 5, 14)
LENDEMAIN = dt.date(2026, 5, 15)


# --- Small builders: keys are readable strings, since any hashable key will do. ---


def salle(
    nom: str, capacite: int | None = None, equipements: Sequence[str] = (), accessible: bool = True
) -> SalleAgenda:
    return SalleAgenda(nom, nom, capacite, frozenset(equipements), accessible)


def creneau(
    cle: str, debut: str, fin: str, atelier: bool = True, jour: dt.date = JOUR
) -> CreneauAgenda:
    return CreneauAgenda(
        cle, jour, dt.time.fromisoformat(debut), dt.time.fromisoformat(fin), atelier
    )


def sujet(
    numero: int,
    salle: Cle | None = None,
    creneau: Cle | None = None,
    duree: int = 1,
    porteurs: Sequence[str] = (),
    interet: int | None = None,
    besoins: Sequence[str] = (),
) -> SujetAgenda:
    return SujetAgenda(
        f"s{numero}",
        numero,
        f"Sujet {numero}",
        tuple((nom, nom) for nom in porteurs),
        salle,
        creneau,
        duree,
        interet,
        frozenset(besoins),
    )


SALLES = [salle("Fleuve"), salle("Verrière"), salle("Atelier")]
# Given out of time order on purpose: the rules must sort them, not trust the caller.
CRENEAUX = [
    creneau("13h30", "13:30", "14:30"),
    creneau("9h", "09:00", "10:00"),
    creneau("pause", "10:00", "10:30", atelier=False),
    creneau("10h30", "10:30", "11:30"),
    creneau("11h30", "11:30", "12:30"),
    creneau("repas", "12:30", "13:30", atelier=False),
    creneau("j2-9h", "09:00", "10:00", jour=LENDEMAIN),
    creneau("j2-10h", "10:00", "11:00", jour=LENDEMAIN),
]


def conflits(*sujets: SujetAgenda) -> list[Conflit]:
    return detecter_conflits(SALLES, CRENEAUX, sujets)


def de_nature(nature: NatureConflit, *sujets: SujetAgenda) -> list[Conflit]:
    return [c for c in conflits(*sujets) if c.nature is nature]


def refus(s: SujetAgenda, ou: str, quand: str, duree: int, *autres: SujetAgenda) -> str | None:
    return refus_placement(s, ou, quand, duree, SALLES, CRENEAUX, [s, *autres])


# --- creneaux_couverts ---


def test_un_atelier_d_un_creneau_couvre_son_creneau() -> None:
    assert creneaux_couverts(sujet(1, "Fleuve", "10h30"), CRENEAUX) == ("10h30",)


def test_une_pause_au_milieu_est_sautee_sans_compter() -> None:
    assert creneaux_couverts(sujet(1, "Fleuve", "9h", duree=2), CRENEAUX) == ("9h", "10h30")
    trois = sujet(1, "Fleuve", "10h30", duree=3)
    assert creneaux_couverts(trois, CRENEAUX) == ("10h30", "11h30", "13h30")


def test_rien_n_est_couvert_hors_de_la_grille() -> None:
    assert creneaux_couverts(sujet(1), CRENEAUX) is None
    assert creneaux_couverts(sujet(1, "Fleuve"), CRENEAUX) is None
    assert creneaux_couverts(sujet(1, creneau="9h"), CRENEAUX) is None
    assert creneaux_couverts(sujet(1, "Fleuve", "pause"), CRENEAUX) is None
    assert creneaux_couverts(sujet(1, "Fleuve", "inconnu"), CRENEAUX) is None
    assert creneaux_couverts(sujet(1, "Fleuve", "13h30", duree=2), CRENEAUX) is None
    assert creneaux_couverts(sujet(1, "Fleuve", "9h", duree=0), CRENEAUX) is None


def test_une_duree_ne_deborde_jamais_sur_le_lendemain() -> None:
    assert creneaux_couverts(sujet(1, "Fleuve", "j2-9h", duree=2), CRENEAUX) == (
        "j2-9h",
        "j2-10h",
    )
    assert creneaux_couverts(sujet(1, "Fleuve", "11h30", duree=3), CRENEAUX) is None


# --- Salle occupée ---


def test_deux_ateliers_dans_la_meme_cellule_bloquent() -> None:
    (conflit,) = conflits(sujet(7, "Fleuve", "10h30"), sujet(3, "Fleuve", "10h30"))
    assert conflit == Conflit(
        NatureConflit.SALLE_OCCUPEE,
        Gravite.BLOQUANT,
        ("s3", "s7"),
        "Fleuve",
        ("10h30",),
        "Fleuve, 10:30 : n° 3 et n° 7 occupent la même salle.",
    )


def test_plusieurs_ateliers_dans_une_cellule_font_un_seul_conflit() -> None:
    (conflit,) = conflits(
        sujet(9, "Verrière", "9h"), sujet(2, "Verrière", "9h"), sujet(5, "Verrière", "9h")
    )
    assert conflit.sujets == ("s2", "s5", "s9")
    assert conflit.message == "Verrière, 09:00 : n° 2, n° 5 et n° 9 occupent la même salle."


def test_un_atelier_de_deux_creneaux_occupe_aussi_le_second() -> None:
    long, court = sujet(1, "Fleuve", "9h", duree=2), sujet(2, "Fleuve", "10h30")
    (conflit,) = conflits(long, court)
    assert conflit.nature is NatureConflit.SALLE_OCCUPEE
    assert conflit.creneaux == ("10h30",)
    assert conflit.sujets == ("s1", "s2")


def test_des_salles_ou_des_creneaux_differents_ne_se_genent_pas() -> None:
    assert conflits(sujet(1, "Fleuve", "9h"), sujet(2, "Verrière", "9h")) == []
    assert conflits(sujet(1, "Fleuve", "9h"), sujet(2, "Fleuve", "10h30")) == []
    assert conflits(sujet(1, "Fleuve", "9h"), sujet(2, "Fleuve", "j2-9h")) == []


def test_les_sujets_non_places_sont_ignores() -> None:
    assert conflits(sujet(1), sujet(2, "Fleuve"), sujet(3, creneau="9h"), sujet(4)) == []


# --- Hors grille ---


def test_un_atelier_sur_une_pause_est_hors_grille() -> None:
    (conflit,) = conflits(sujet(4, "Atelier", "pause"))
    assert (conflit.nature, conflit.gravite) == (NatureConflit.HORS_GRILLE, Gravite.BLOQUANT)
    assert (conflit.sujets, conflit.salle, conflit.creneaux) == (("s4",), "Atelier", ("pause",))
    assert conflit.message == (
        "Atelier, 10:00 : l'atelier n° 4 est hors grille, ce créneau n'accueille pas d'atelier."
    )


def test_un_atelier_qui_depasse_la_journee_est_hors_grille_et_ne_couvre_rien() -> None:
    trop_long = sujet(1, "Fleuve", "11h30", duree=3, interet=500, porteurs=["Awa"])
    voisin = sujet(2, "Fleuve", "13h30", porteurs=["Awa"])
    (conflit,) = conflits(trop_long, voisin)
    assert conflit.nature is NatureConflit.HORS_GRILLE
    assert conflit.sujets == ("s1",)
    assert conflit.message == (
        "Fleuve, 11:30 : l'atelier n° 1 est hors grille, "
        "il ne reste que 2 créneaux d'atelier dans la journée, pas 3."
    )


def test_une_salle_ou_un_creneau_inconnus_sont_hors_grille_sans_erreur() -> None:
    trouves = conflits(sujet(1, "Disparue", "9h"), sujet(2, "Fleuve", "disparu"))
    assert [(c.nature, c.sujets, c.salle) for c in trouves] == [
        (NatureConflit.HORS_GRILLE, ("s1",), None),
        (NatureConflit.HORS_GRILLE, ("s2",), "Fleuve"),
    ]
    assert trouves[0].creneaux == ("9h",)
    assert trouves[1].creneaux == ()


def test_une_duree_nulle_est_hors_grille() -> None:
    (conflit,) = conflits(sujet(1, "Fleuve", "9h", duree=0))
    assert conflit.nature is NatureConflit.HORS_GRILLE


# --- Porteur en double ---


def test_deux_ateliers_qui_se_suivent_ne_sont_pas_un_conflit_de_porteur() -> None:
    avant = sujet(1, "Fleuve", "10h30", porteurs=["Awa"])
    apres = sujet(2, "Verrière", "11h30", porteurs=["Awa"])
    assert conflits(avant, apres) == []


def test_un_porteur_dans_deux_ateliers_au_meme_moment_est_averti() -> None:
    (conflit,) = conflits(
        sujet(1, "Fleuve", "9h", porteurs=["Awa"]), sujet(2, "Verrière", "9h", porteurs=["Awa"])
    )
    assert conflit == Conflit(
        NatureConflit.PORTEUR_EN_DOUBLE,
        Gravite.AVERTISSEMENT,
        ("s1", "s2"),
        None,
        ("9h",),
        "09:00 : Awa porte n° 1 et n° 2 en même temps.",
    )


def test_un_atelier_long_chevauche_dans_son_second_creneau() -> None:
    long = sujet(1, "Fleuve", "10h30", duree=2, porteurs=["Awa"])
    court = sujet(2, "Verrière", "11h30", porteurs=["Awa"])
    (conflit,) = conflits(long, court)
    assert conflit.nature is NatureConflit.PORTEUR_EN_DOUBLE
    assert conflit.creneaux == ("11h30",)
    assert conflit.message.startswith("11:30 : ")


def test_les_heures_reelles_comptent_meme_entre_creneaux_differents() -> None:
    decales = [creneau("a", "09:00", "10:00"), creneau("b", "09:30", "10:30")]
    un = sujet(1, "Fleuve", "a", porteurs=["Awa"])
    deux = sujet(2, "Verrière", "b", porteurs=["Awa"])
    (conflit,) = detecter_conflits(SALLES, decales, [un, deux])
    assert conflit.nature is NatureConflit.PORTEUR_EN_DOUBLE
    assert conflit.creneaux == ("a", "b")


def test_un_creneau_sans_duree_ne_chevauche_rien() -> None:
    vide = [creneau("a", "09:00", "10:00"), creneau("b", "09:00", "09:00")]
    un = sujet(1, "Fleuve", "a", porteurs=["Awa"])
    deux = sujet(2, "Verrière", "b", porteurs=["Awa"])
    assert detecter_conflits(SALLES, vide, [un, deux]) == []


def test_des_jours_differents_ne_sont_jamais_un_conflit_de_porteur() -> None:
    un = sujet(1, "Fleuve", "9h", porteurs=["Awa"])
    deux = sujet(2, "Verrière", "j2-9h", porteurs=["Awa"])
    assert conflits(un, deux) == []


def test_une_paire_d_ateliers_fait_un_seul_conflit_nommant_les_porteurs_communs() -> None:
    un = sujet(1, "Fleuve", "9h", porteurs=["Awa", "Ben", "Chloé"])
    deux = sujet(2, "Verrière", "9h", porteurs=["Ben", "Dan", "Awa"])
    (conflit,) = conflits(un, deux)
    assert conflit.message == "09:00 : Awa et Ben portent n° 1 et n° 2 en même temps."


def test_un_porteur_nomme_deux_fois_ne_se_gene_pas_lui_meme() -> None:
    assert conflits(sujet(1, "Fleuve", "9h", porteurs=["Awa", "Awa"])) == []


# --- Capacité et besoins ---


def test_une_salle_trop_petite_est_un_avertissement() -> None:
    salles = [salle("Verrière", capacite=25)]
    (conflit,) = detecter_conflits(salles, CRENEAUX, [sujet(4, "Verrière", "9h", interet=32)])
    assert (conflit.nature, conflit.gravite) == (NatureConflit.CAPACITE, Gravite.AVERTISSEMENT)
    assert (conflit.salle, conflit.creneaux) == ("Verrière", ("9h",))
    assert conflit.message == "Verrière (25 places) : n° 4 attend environ 32 personnes."


def test_la_capacite_n_avertit_que_si_les_deux_nombres_sont_connus_et_depasses() -> None:
    salles = [salle("Pleine", capacite=25), salle("Libre")]
    sujets = [
        sujet(1, "Pleine", "9h", interet=25),
        sujet(2, "Pleine", "10h30"),
        sujet(3, "Libre", "9h", interet=900),
    ]
    assert detecter_conflits(salles, CRENEAUX, sujets) == []


def test_les_besoins_se_comparent_sans_casse_ni_accents_ni_espaces() -> None:
    salles = [salle("Fleuve", equipements=["projecteur", " Écran ", "Tableau blanc"])]
    besoins = ["Projecteur", "ecran", "  tableau BLANC", "accessible"]
    assert detecter_conflits(salles, CRENEAUX, [sujet(1, "Fleuve", "9h", besoins=besoins)]) == []


def test_les_besoins_non_satisfaits_font_un_seul_conflit() -> None:
    salles = [salle("Atelier", equipements=["écran"], accessible=False)]
    besoins = ["micro", "Accessible", "Écran", "prises"]
    (conflit,) = detecter_conflits(salles, CRENEAUX, [sujet(5, "Atelier", "9h", besoins=besoins)])
    assert (conflit.nature, conflit.gravite) == (NatureConflit.BESOIN, Gravite.AVERTISSEMENT)
    assert conflit.message == (
        "Atelier : il manque l'accès en fauteuil roulant, micro et prises pour n° 5."
    )


def test_une_salle_accessible_satisfait_le_besoin_d_accessibilite() -> None:
    salles = [salle("Rampe", accessible=True), salle("Escalier", accessible=False)]
    sujets = [
        sujet(1, "Rampe", "9h", besoins=["accessible"]),
        sujet(2, "Escalier", "9h", besoins=["accessible"]),
    ]
    (conflit,) = detecter_conflits(salles, CRENEAUX, sujets)
    assert conflit.sujets == ("s2",)


# --- Ordre et déterminisme ---


def test_les_bloquants_d_abord_puis_l_heure_puis_l_ordre_des_salles() -> None:
    salles = [salle("Fleuve", capacite=10), salle("Verrière"), salle("Atelier")]
    sujets = [
        sujet(1, "Fleuve", "9h", interet=50),  # warning, earliest
        sujet(2, "Atelier", "9h"),
        sujet(3, "Atelier", "9h"),  # blocking, 9 h, third room
        sujet(4, "Verrière", "9h"),
        sujet(5, "Verrière", "9h"),  # blocking, 9 h, second room
        sujet(6, "Fleuve", "13h30"),
        sujet(7, "Fleuve", "13h30"),  # blocking, afternoon
        sujet(8, "Fleuve", "pause"),  # blocking, 10 h
    ]
    trouves = detecter_conflits(salles, CRENEAUX, sujets)
    assert [(c.gravite, c.sujets) for c in trouves] == [
        (Gravite.BLOQUANT, ("s4", "s5")),
        (Gravite.BLOQUANT, ("s2", "s3")),
        (Gravite.BLOQUANT, ("s8",)),
        (Gravite.BLOQUANT, ("s6", "s7")),
        (Gravite.AVERTISSEMENT, ("s1",)),
    ]


def test_le_resultat_ne_depend_pas_de_l_ordre_des_sujets() -> None:
    sujets = [
        sujet(n, SALLES[n % 3].cle, ["9h", "10h30", "11h30"][n % 2], porteurs=["Awa"])
        for n in range(1, 10)
    ]
    attendu = detecter_conflits(SALLES, CRENEAUX, sujets)
    assert attendu  # the arrangement above does collide
    for graine in range(5):
        melanges = sujets[:]
        random.Random(graine).shuffle(melanges)
        assert detecter_conflits(SALLES, CRENEAUX, melanges) == attendu


# --- refus_placement ---


def test_une_cellule_libre_est_acceptee() -> None:
    assert refus(sujet(1), "Fleuve", "9h", 1, sujet(2, "Verrière", "9h")) is None


def test_une_cellule_occupee_est_refusee_en_nommant_l_occupant() -> None:
    occupant = sujet(7, "Fleuve", "10h30")
    assert refus(sujet(1), "Fleuve", "10h30", 1, occupant) == (
        "Fleuve, 10:30 : occupée par n° 7 « Sujet 7 »."
    )


def test_le_second_creneau_d_un_atelier_long_est_occupe_aussi() -> None:
    long = sujet(7, "Fleuve", "9h", duree=2)
    assert refus(sujet(1), "Fleuve", "10h30", 1, long) is not None
    # A two-slot drop whose second slot lands on another session is refused as well.
    court = sujet(8, "Verrière", "10h30")
    raison = refus(sujet(1), "Verrière", "9h", 2, court)
    assert raison is not None
    assert "n° 8" in raison


def test_sa_propre_place_ne_bloque_jamais_un_atelier() -> None:
    lui = sujet(1, "Fleuve", "9h", duree=2)
    assert refus(lui, "Fleuve", "9h", 2) is None
    assert refus(lui, "Fleuve", "10h30", 2) is None  # slides down within its own span
    assert refus(lui, "Fleuve", "9h", 1) is None


def test_les_avertissements_ne_refusent_jamais() -> None:
    salles = [salle("Placard", capacite=2, accessible=False)]
    lui = sujet(1, interet=80, besoins=["accessible", "projecteur"], porteurs=["Awa"])
    ailleurs = sujet(2, "Autre", "9h", porteurs=["Awa"])
    assert refus_placement(lui, "Placard", "9h", 1, salles, CRENEAUX, [lui, ailleurs]) is None


def test_les_placements_hors_grille_sont_refuses() -> None:
    lui = sujet(1)
    assert refus(lui, "Disparue", "9h", 1) == "La salle n'est pas sur le mur."
    assert refus(lui, "Fleuve", "disparu", 1) == "Le créneau n'est pas sur le mur."
    assert refus(lui, "Fleuve", "pause", 1) == (
        "Fleuve, 10:00 : ce créneau n'accueille pas d'atelier."
    )
    assert refus(lui, "Fleuve", "13h30", 2) == (
        "Fleuve, 13:30 : il ne reste qu'un créneau d'atelier dans la journée, pas 2."
    )
    assert refus(lui, "Fleuve", "9h", 0) is not None


def test_un_atelier_hors_grille_n_occupe_aucune_cellule() -> None:
    perdu = sujet(7, "Fleuve", "11h30", duree=5)
    assert refus(sujet(1), "Fleuve", "11h30", 1, perdu) is None


# --- Propriétés ---

PORTEURS = ["Awa", "Ben", "Chloé"]
CLES_CRENEAUX = [c.cle for c in CRENEAUX]
ATELIERS = [c for c in CRENEAUX if c.atelier]
HEURES = {c.cle: c for c in CRENEAUX}


@st.composite
def murs(draw: st.DrawFn) -> list[SujetAgenda]:
    nombre = draw(st.integers(0, 10))
    numeros = draw(st.permutations(range(1, nombre + 1)))
    return [
        sujet(
            numero,
            draw(st.sampled_from([None, "Fleuve", "Verrière", "Disparue"])),
            draw(st.sampled_from([None, "disparu", *CLES_CRENEAUX])),
            duree=draw(st.integers(0, 4)),
            porteurs=draw(st.lists(st.sampled_from(PORTEURS), max_size=2)),
        )
        for numero in numeros
    ]


def occupation(sujets: Sequence[SujetAgenda]) -> dict[tuple[Cle, Cle], set[Cle]]:
    """Oracle: who covers each cell, from creneaux_couverts alone."""
    cellules: dict[tuple[Cle, Cle], set[Cle]] = {}
    for s in sujets:
        couverts = creneaux_couverts(s, CRENEAUX)
        if couverts is None or s.salle not in {x.cle for x in SALLES}:
            continue
        for c in couverts:
            cellules.setdefault((s.salle, c), set()).add(s.cle)
    return cellules


@settings(max_examples=300, deadline=None)
@given(murs())
def test_chaque_cellule_partagee_donne_exactement_un_conflit_de_salle(
    sujets: list[SujetAgenda],
) -> None:
    trouves = detecter_conflits(SALLES, CRENEAUX, sujets)
    occupees = {
        (c.salle, c.creneaux[0]): set(c.sujets)
        for c in trouves
        if c.nature is NatureConflit.SALLE_OCCUPEE
    }
    attendues = {cellule: qui for cellule, qui in occupation(sujets).items() if len(qui) > 1}
    assert occupees == attendues
    assert len(occupees) == sum(c.nature is NatureConflit.SALLE_OCCUPEE for c in trouves)


@settings(max_examples=300, deadline=None)
@given(murs())
def test_refus_placement_refuse_exactement_les_cellules_occupees(
    sujets: list[SujetAgenda],
) -> None:
    nouveau = sujet(99)
    cellules = occupation(sujets)
    for s, c in itertools.product(SALLES, ATELIERS):
        raison = refus_placement(nouveau, s.cle, c.cle, 1, SALLES, CRENEAUX, sujets)
        assert (raison is not None) == ((s.cle, c.cle) in cellules)


@settings(max_examples=300, deadline=None)
@given(murs())
def test_hors_grille_et_porteurs_concordent_avec_un_calcul_naif(
    sujets: list[SujetAgenda],
) -> None:
    trouves = detecter_conflits(SALLES, CRENEAUX, sujets)
    places = [s for s in sujets if s.salle is not None and s.creneau is not None]
    hors = {s.cle for s in places if s.salle == "Disparue" or not creneaux_couverts(s, CRENEAUX)}
    assert {c.sujets[0] for c in trouves if c.nature is NatureConflit.HORS_GRILLE} == hors

    def plage(s: SujetAgenda) -> tuple[dt.date, dt.time, dt.time]:
        couverts = creneaux_couverts(s, CRENEAUX)
        assert couverts
        return HEURES[couverts[0]].jour, HEURES[couverts[0]].debut, HEURES[couverts[-1]].fin

    valides = sorted((s for s in places if s.cle not in hors), key=lambda s: s.numero)
    attendues = set()
    for a, b in itertools.combinations(valides, 2):
        (jour_a, debut_a, fin_a), (jour_b, debut_b, fin_b) = plage(a), plage(b)
        communs = {p for p, _ in a.porteurs} & {p for p, _ in b.porteurs}
        if communs and jour_a == jour_b and debut_a < fin_b and debut_b < fin_a:
            attendues.add((a.cle, b.cle))
    doubles = [c.sujets for c in trouves if c.nature is NatureConflit.PORTEUR_EN_DOUBLE]
    assert len(doubles) == len(set(doubles))
    assert set(doubles) == attendues


@settings(max_examples=100, deadline=None)
@given(murs(), st.randoms(use_true_random=False))
def test_l_ordre_des_entrees_ne_change_rien(
    sujets: list[SujetAgenda], hasard: random.Random
) -> None:
    melanges, salles = sujets[:], SALLES
    hasard.shuffle(melanges)
    creneaux = CRENEAUX[:]
    hasard.shuffle(creneaux)
    assert detecter_conflits(salles, creneaux, melanges) == detecter_conflits(
        salles, CRENEAUX, sujets
    )
