"""Les forums d'exemple : valides, cohérents, déterministes, et d'une taille réaliste."""

from __future__ import annotations

import json
import time
from collections import Counter
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.demo import document_demo, document_synthetique
from app.echange.format import VERSION, nom_schema

SCHEMA = Path(__file__).resolve().parents[2] / "ressources/schemas" / nom_schema(VERSION)

# Written out here rather than imported: a typo in the package must fail these tests.
TYPES_ACTEUR = {
    "citoyen·ne",
    "organisme communautaire",
    "table de quartier",
    "entreprise d'économie sociale",
    "pôle / intermédiaire",
    "municipalité ou MRC",
    "ministère ou institution publique",
    "santé et services sociaux",
    "recherche et enseignement",
    "fondation",
    "regroupement national",
    "autre",
}
NIVEAUX_ACTION = {
    "proximité et mobilisation",
    "intermédiation et liaison",
    "gouvernance et stabilisation",
    "articulation et cadre légal",
}


@cache
def _validateur() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@cache
def _document(nom: str) -> dict[str, Any]:
    # Cached: built once per session; the tests only read it.
    if nom == "demo":
        return document_demo()
    return document_synthetique(int(nom.removeprefix("synthetique-")), graine=3)


TOUS = ["demo", "synthetique-50", "synthetique-800"]


def _mots(texte: str) -> int:
    return len(texte.split())


def _minutes(heure: str) -> int:
    h, m = heure.split(":")
    return int(h) * 60 + int(m)


def _par_uuid(elements: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["uuid"]: e for e in elements}


def _places(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in document["sujets"] if s["creneau"] is not None]


@pytest.mark.parametrize("nom", TOUS)
def test_le_document_respecte_le_schema(nom: str) -> None:
    erreurs = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _validateur().iter_errors(_document(nom))
    ]
    assert erreurs == []


@pytest.mark.parametrize("nom", TOUS)
def test_le_document_survit_a_json(nom: str) -> None:
    document = _document(nom)
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document


@pytest.mark.parametrize("nom", TOUS)
def test_chaque_uuid_est_unique(nom: str) -> None:
    document = _document(nom)
    uuids = [document["forum"]["uuid"]]
    for cle in ("salles", "creneaux", "participants", "sujets", "recoltes"):
        uuids += [e["uuid"] for e in document[cle]]
    assert [u for u, n in Counter(uuids).items() if n > 1] == []


@pytest.mark.parametrize("nom", TOUS)
def test_chaque_reference_designe_une_entite_du_bon_genre(nom: str) -> None:
    document = _document(nom)
    salles = _par_uuid(document["salles"])
    creneaux = _par_uuid(document["creneaux"])
    participants = _par_uuid(document["participants"])
    sujets = _par_uuid(document["sujets"])
    for sujet in document["sujets"]:
        assert sujet["porteurs"], sujet["titre"]
        assert all(p in participants for p in sujet["porteurs"]), sujet["titre"]
        # Half a placement (a room without a slot) is not something the wall can show.
        assert (sujet["salle"] is None) == (sujet["creneau"] is None), sujet["titre"]
        assert sujet["salle"] is None or sujet["salle"] in salles
        assert sujet["creneau"] is None or sujet["creneau"] in creneaux
    for recolte in document["recoltes"]:
        assert recolte["sujet"] in sujets
        assert recolte["scribe"] is None or recolte["scribe"] in participants
    # The database keeps at most one harvest per topic.
    assert len({r["sujet"] for r in document["recoltes"]}) == len(document["recoltes"])


@pytest.mark.parametrize("nom", TOUS)
def test_jamais_deux_sujets_dans_la_meme_case(nom: str) -> None:
    cases = Counter((s["salle"], s["creneau"]) for s in _places(_document(nom)))
    assert [case for case, n in cases.items() if n > 1] == []


@pytest.mark.parametrize("nom", TOUS)
def test_les_sujets_ne_vont_que_dans_des_creneaux_d_atelier(nom: str) -> None:
    document = _document(nom)
    creneaux = _par_uuid(document["creneaux"])
    natures = {creneaux[s["creneau"]]["nature"] for s in _places(document)}
    assert natures == {"atelier"}


@pytest.mark.parametrize("nom", TOUS)
def test_les_creneaux_d_une_journee_se_suivent_sans_chevauchement(nom: str) -> None:
    document = _document(nom)
    jours: dict[str, list[tuple[int, int]]] = {}
    for c in document["creneaux"]:
        jours.setdefault(c["jour"], []).append((_minutes(c["debut"]), _minutes(c["fin"])))
    for jour, plages in jours.items():
        plages.sort()
        assert all(debut < fin for debut, fin in plages), jour
        assert all(a[1] <= b[0] for a, b in pairwise(plages)), jour
    forum = document["forum"]
    assert min(jours) == forum["date_debut"]
    assert max(jours) == forum["date_fin"]


def test_la_demo_est_le_forum_faire_ecosysteme() -> None:
    document = _document("demo")
    forum = document["forum"]
    assert forum["titre"] == "Faire écosystème au Québec"
    assert forum["question_appel"].endswith("?")
    assert forum["invitation"].count("\n\n") >= 1
    assert (forum["date_debut"], forum["date_fin"]) == ("2026-05-14", "2026-05-15")
    assert forum["url_publication"] == "https://exemple.org/faire-ecosysteme"
    assert (forum["langue"], forum["format_papier"]) == ("fr", "letter")


def test_la_demo_a_des_salles_et_une_grille_realistes() -> None:
    document = _document("demo")
    salles = document["salles"]
    assert 5 <= len(salles) <= 8
    assert all(10 <= s["capacite"] <= 60 and s["equipements"] for s in salles)
    assert 1 <= sum(not s["accessible"] for s in salles) <= 2
    assert [s["ordre"] for s in salles] == list(range(1, len(salles) + 1))
    natures = Counter((c["jour"], c["nature"]) for c in document["creneaux"])
    for jour in ("2026-05-14", "2026-05-15"):
        assert natures[jour, "atelier"] >= 2
        assert natures[jour, "repas"] == 1
        assert natures[jour, "pleniere"] >= 1
    libelles = {c["libelle"] for c in document["creneaux"]}
    assert {"Place du marché", "Dîner", "Pause", "Ronde 1"} <= libelles


def test_la_demo_couvre_tous_les_types_d_acteurs_et_niveaux_d_action() -> None:
    participants = _document("demo")["participants"]
    assert 35 <= len(participants) <= 45
    assert {p["type_acteur"] for p in participants} == TYPES_ACTEUR
    assert {p["niveau_action"] for p in participants} == NIVEAUX_ACTION
    assert len({p["nom"] for p in participants}) == len(participants)
    publication = sum(p["consentement_publication"] for p in participants)
    coordonnees = sum(p["consentement_coordonnees"] for p in participants)
    assert len(participants) // 2 < publication < len(participants)
    assert len(participants) // 3 <= coordonnees <= 2 * len(participants) // 3
    assert all(
        p["courriel"].endswith(("@example.org", "@example.com", "@example.net"))
        for p in participants
        if p["courriel"]
    )


def test_la_demo_ressemble_a_un_jeudi_apres_midi() -> None:
    document = _document("demo")
    sujets = document["sujets"]
    creneaux = _par_uuid(document["creneaux"])
    assert 18 <= len(sujets) <= 24
    assert [s["numero"] for s in sujets] == list(range(1, len(sujets) + 1))
    assert 3 <= sum(s["creneau"] is None for s in sujets) <= 4
    assert all(1 <= len(s["porteurs"]) <= 2 for s in sujets)
    assert 3 <= len({s["theme"] for s in sujets}) <= 8
    assert sum(s["interet_estime"] is not None for s in sujets) > len(sujets) // 2
    ateliers = sorted(
        (c for c in document["creneaux"] if c["nature"] == "atelier"),
        key=lambda c: (c["jour"], c["debut"]),
    )
    occupation = Counter(s["creneau"] for s in _places(document))
    premiere_ronde = ateliers[0]["uuid"]
    assert occupation[premiere_ronde] == len(document["salles"])
    jour_2 = [c["uuid"] for c in ateliers if c["jour"] == "2026-05-15"]
    assert 0 < sum(occupation[u] for u in jour_2) < len(jour_2) * len(document["salles"]) // 2
    # Only sessions already held (the first round) can have notes.
    sujets_par_uuid = _par_uuid(sujets)
    for recolte in document["recoltes"]:
        creneau = creneaux[sujets_par_uuid[recolte["sujet"]]["creneau"]]
        assert creneau["uuid"] == premiere_ronde


def test_les_recoltes_de_la_demo_sont_de_vraies_notes() -> None:
    recoltes = _document("demo")["recoltes"]
    assert len(recoltes) >= 3
    assert {"prete", "a_relire", "en_saisie"} <= {r["statut"] for r in recoltes}
    for recolte in recoltes:
        assert recolte["scribe"] is not None
        assert recolte["nombre_presents"] > 0
        assert recolte["mots_cles"]
        assert recolte["modifie_le"].startswith("2026-05-14T")
        if recolte["statut"] == "en_saisie":
            continue
        texte = recolte["points_saillants"]
        assert 150 <= _mots(texte) <= 300, _mots(texte)
        assert "\n- " in texte and "**" in texte
        assert recolte["propositions"].strip() and recolte["questions_ouvertes"].strip()
        etapes = recolte["etapes"]
        assert etapes and all(e["quoi"] and e["qui"] and e["quand"] for e in etapes)


def test_la_demo_est_deterministe() -> None:
    assert document_demo() == document_demo()
    assert document_demo() is not document_demo()


def test_le_synthetique_est_deterministe_et_depend_de_la_graine() -> None:
    assert document_synthetique(40, graine=7) == document_synthetique(40, graine=7)
    autre = document_synthetique(40, graine=8)
    assert autre["sujets"] != document_synthetique(40, graine=7)["sujets"]


@pytest.mark.parametrize("nombre", [50, 800])
def test_le_synthetique_place_tous_ses_sujets(nombre: int) -> None:
    document = _document(f"synthetique-{nombre}")
    sujets = document["sujets"]
    assert len(sujets) == nombre
    assert [s["numero"] for s in sujets] == list(range(1, nombre + 1))
    assert all(s["salle"] is not None and s["creneau"] is not None for s in sujets)
    assert len(document["salles"]) <= 60
    assert all(10 <= s["capacite"] <= 60 for s in document["salles"])
    assert abs(len(document["participants"]) - 1.5 * nombre) <= 1
    assert {p["type_acteur"] for p in document["participants"]} <= TYPES_ACTEUR
    assert {p["niveau_action"] for p in document["participants"]} <= NIVEAUX_ACTION


@pytest.mark.parametrize("nombre", [50, 800])
def test_le_synthetique_a_des_recoltes_d_une_page(nombre: int) -> None:
    recoltes = _document(f"synthetique-{nombre}")["recoltes"]
    assert len(recoltes) >= 0.75 * nombre
    mots = [_mots(r["points_saillants"]) for r in recoltes]
    assert sum(mots) / len(mots) >= 250
    assert max(mots) <= 500
    # Texts assembled from fragments must still differ from one another.
    assert len({r["points_saillants"] for r in recoltes}) == len(recoltes)


def test_le_synthetique_de_800_sujets_est_rapide() -> None:
    debut = time.perf_counter()
    document_synthetique(800, graine=11)
    assert time.perf_counter() - debut < 2.0


def test_un_seul_sujet_suffit() -> None:
    document = document_synthetique(1)
    assert len(document["sujets"]) == 1
    assert list(_validateur().iter_errors(document)) == []


@pytest.mark.parametrize("nombre", [0, -3])
def test_le_synthetique_refuse_moins_d_un_sujet(nombre: int) -> None:
    with pytest.raises(ValueError, match="au moins un sujet"):
        document_synthetique(nombre)


def test_une_recolte_de_la_demo_a_sa_photo_de_tableau_ses_presents_et_ses_liens() -> None:
    import base64
    import io

    from PIL import Image

    document = _document("demo")
    participants = _par_uuid(document["participants"])
    avec_photo = [r for r in document["recoltes"] if r["photos"]]
    assert len(avec_photo) == 1
    recolte = avec_photo[0]
    photo = recolte["photos"][0]
    donnees = base64.b64decode(photo["donnees"])
    assert photo["type_mime"] == "image/jpeg" and len(donnees) < 150_000
    image = Image.open(io.BytesIO(donnees))
    assert image.format == "JPEG"
    assert image.size == (photo["largeur"], photo["hauteur"])
    assert max(image.size) <= 2400 and photo["legende"].strip()
    assert len(recolte["presents"]) >= 3
    assert all(p in participants for p in recolte["presents"])
    assert recolte["scribe"] in recolte["presents"]
    assert "](https://" in recolte["ressources"]
    assert recolte["citations"].startswith("«")
