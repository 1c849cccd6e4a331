"""Le format d'échange JSON : aller-retour exact, refus clairs, tout ou rien."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.demo import document_demo
from app.document import DocumentForum
from app.echange.exporter import en_texte, exporter_document, exporter_fichier
from app.echange.importer import importer_document, importer_fichier
from app.echange.validation import DocumentInvalide, valider
from modeles.erreurs import FichierExistant


def exporter(chemin: Path) -> dict[str, Any]:
    document = DocumentForum.ouvrir(chemin)
    try:
        return exporter_document(document)
    finally:
        document.fermer()


def test_aller_retour_identique(chemin_demo: Path, tmp_path: Path) -> None:
    premier = exporter(chemin_demo)
    importer_document(premier, tmp_path / "copie.forum")
    assert en_texte(exporter(tmp_path / "copie.forum")) == en_texte(premier)


def test_l_export_de_la_demo_est_la_demo(chemin_demo: Path) -> None:
    attendu = document_demo()
    exporte = exporter(chemin_demo)
    for cle in ("forum", "salles", "creneaux", "participants", "sujets", "recoltes"):
        cles_uuid = sorted(json.dumps(e, sort_keys=True) for e in _liste(attendu[cle]))
        assert sorted(json.dumps(e, sort_keys=True) for e in _liste(exporte[cle])) == cles_uuid


def _liste(valeur: Any) -> list[Any]:
    return valeur if isinstance(valeur, list) else [valeur]


def test_fichier_json_ecrit_puis_relu(chemin_demo: Path, tmp_path: Path) -> None:
    document = DocumentForum.ouvrir(chemin_demo)
    exporter_fichier(document, tmp_path / "forum.json")
    document.fermer()
    importer_fichier(tmp_path / "forum.json", tmp_path / "relu.forum")
    assert exporter(tmp_path / "relu.forum") == exporter(chemin_demo)
    assert not list(tmp_path.glob(".*partiel*"))


def test_json_invalide_nomme_la_ligne(tmp_path: Path) -> None:
    source = tmp_path / "casse.json"
    source.write_text('{"format": "forum-ouvert",\n "version": 1,,}')
    with pytest.raises(DocumentInvalide, match="ligne 2"):
        importer_fichier(source, tmp_path / "cible.forum")
    assert not (tmp_path / "cible.forum").exists()
    assert list(tmp_path.iterdir()) == [source]


@pytest.mark.parametrize(
    ("alteration", "chemin_attendu", "extrait"),
    [
        (lambda d: d["sujets"][2].update(titre=""), "sujets[2].titre", "vide"),
        (lambda d: d["sujets"][1].pop("numero"), "sujets[1]", "« numero » manque"),
        (lambda d: d["salles"][0].update(capacite="beaucoup"), "salles[0].capacite", ""),
        (lambda d: d["creneaux"][0].update(debut="25:00"), "creneaux[0].debut", "forme"),
        (lambda d: d["creneaux"][0].update(nature="sieste"), "creneaux[0].nature", "l'une de"),
        (lambda d: d.update(version=99), "version", "pas connue"),
        (lambda d: d["forum"].update(couleur="rouge"), "forum", "« couleur »"),
        (
            lambda d: d["sujets"][0]["porteurs"].append("00000000-0000-0000-0000-000000000000"),
            "sujets[0].porteurs",
            "inconnu",
        ),
        (lambda d: d["salles"].append(copy.deepcopy(d["salles"][0])), "salles[", "déjà utilisé"),
    ],
)
def test_document_invalide_nomme_le_premier_probleme(
    tmp_path: Path, alteration: Any, chemin_attendu: str, extrait: str
) -> None:
    document = document_demo()
    alteration(document)
    with pytest.raises(DocumentInvalide) as erreur:
        importer_document(document, tmp_path / "cible.forum")
    assert erreur.value.chemin.startswith(chemin_attendu)
    assert extrait in erreur.value.message
    assert "Rien n'a été importé" in erreur.value.message
    assert not (tmp_path / "cible.forum").exists()


def test_une_erreur_pendant_l_insertion_ne_laisse_aucun_fichier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.echange.importer as module

    def panne(*_: Any) -> None:
        raise RuntimeError("disque plein")

    monkeypatch.setattr(module, "_inserer", panne)
    with pytest.raises(RuntimeError):
        importer_document(document_demo(), tmp_path / "cible.forum")
    assert list(tmp_path.iterdir()) == []


def document_v1() -> dict[str, Any]:
    """La démo telle qu'un export de la version 1 l'aurait écrite."""
    document = document_demo()
    document["version"] = 1
    del document["forum"]["champs_recolte"]
    del document["forum"]["budget_points"], document["forum"]["modifie_le"]
    for liste in ("salles", "creneaux", "participants", "sujets"):
        for element in document[liste]:
            del element["modifie_le"]
    titres = {t["uuid"]: t["titre"] for t in document.pop("themes")}
    del document["votes"], document["plans"]
    for sujet in document["sujets"]:
        for champ in ("duree", "besoins", "fusionne_dans", "points_mur"):
            del sujet[champ]
        sujet["theme"] = titres.get(sujet["theme"], "")
    for recolte in document["recoltes"]:
        recolte["prochaines_etapes"] = "\n".join(
            f"{e['quoi']} — {e['qui']} — {e['quand']}" for e in recolte["etapes"]
        )
        for champ in (
            "etapes",
            "ressources",
            "citations",
            "presents",
            "photos",
            "versions",
            "version",
        ):
            del recolte[champ]
    return document


def test_un_document_de_version_1_est_mis_a_niveau(tmp_path: Path) -> None:
    ancien = document_v1()
    importer_document(ancien, tmp_path / "v1.forum")
    relu = exporter(tmp_path / "v1.forum")
    assert relu["version"] == 4
    # Each theme text became one theme, with the same uuid as the demo's own upgrade gives.
    # (Version 1 knew no initiators.)
    assert relu["themes"] == [{**t, "initiateur": None} for t in document_demo()["themes"]]
    assert [s["theme"] for s in relu["sujets"]] == [s["theme"] for s in document_demo()["sujets"]]
    assert {s["duree"] for s in relu["sujets"]} == {1}
    assert [s["titre"] for s in relu["sujets"]] == [s["titre"] for s in ancien["sujets"]]
    # Every next step typed as a line comes back as a step, in its three parts.
    attendu = {
        r["uuid"]: [(e["quoi"], e["qui"], e["quand"]) for e in r["etapes"]]
        for r in document_demo()["recoltes"]
    }
    assert {
        r["uuid"]: [(e["quoi"], e["qui"], e["quand"]) for e in r["etapes"]]
        for r in relu["recoltes"]
    } == attendu


def test_une_fusion_en_chaine_est_refusee(tmp_path: Path) -> None:
    document = document_demo()
    a, b, c = document["sujets"][:3]
    b["fusionne_dans"] = a["uuid"]
    c["fusionne_dans"] = b["uuid"]
    with pytest.raises(DocumentInvalide, match="fusionné"):
        importer_document(document, tmp_path / "f.forum")


def test_importer_n_ecrase_pas(chemin_demo: Path, tmp_path: Path) -> None:
    avant = chemin_demo.read_bytes()
    with pytest.raises(FichierExistant):
        importer_document(document_demo(), chemin_demo)
    assert chemin_demo.read_bytes() == avant


texte_hostile = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=200
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(titre=texte_hostile.filter(lambda t: t.strip() != ""), notes=texte_hostile)
def test_tout_texte_fait_l_aller_retour(tmp_path: Path, titre: str, notes: str) -> None:
    document = document_demo()
    document["sujets"][0]["titre"] = titre
    document["recoltes"][0]["points_saillants"] = notes
    document["participants"][0]["nom"] = "x" + notes
    valider(document)
    cible = tmp_path / "h.forum"
    importer_document(document, cible)
    try:
        relu = exporter(cible)
    finally:
        cible.unlink()
    sujet = next(s for s in relu["sujets"] if s["uuid"] == document["sujets"][0]["uuid"])
    recolte = next(r for r in relu["recoltes"] if r["uuid"] == document["recoltes"][0]["uuid"])
    assert sujet["titre"] == titre
    assert recolte["points_saillants"] == notes


def test_photos_presences_et_historique_font_l_aller_retour(tmp_path: Path) -> None:
    import base64

    document = document_demo()
    recolte = document["recoltes"][0]
    octets = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    recolte["photos"] = [
        {
            "uuid": "00000000-0000-4000-8000-000000000001",
            "legende": "Le tableau « final »",
            "nom_fichier": "IMG_0042.jpg",
            "type_mime": "image/png",
            "largeur": 2400,
            "hauteur": 1800,
            "donnees": base64.b64encode(octets).decode(),
        }
    ]
    recolte["presents"] = sorted(p["uuid"] for p in document["participants"][:3])
    recolte["versions"] = [
        {
            "uuid": "00000000-0000-4000-8000-000000000002",
            "horodatage": "2026-05-14T11:02:03",
            "auteur": "Julien",
            "contenu": {"points_saillants": "Premier jet", "etapes": []},
        }
    ]
    recolte["version"] = 4
    recolte["citations"] = "« Relier est un travail en soi. »"
    importer_document(document, tmp_path / "p.forum")
    relu = exporter(tmp_path / "p.forum")
    relue = next(r for r in relu["recoltes"] if r["uuid"] == recolte["uuid"])
    assert base64.b64decode(relue["photos"][0]["donnees"]) == octets
    assert relue["photos"] == recolte["photos"]
    assert relue["versions"] == recolte["versions"]
    assert set(relue["presents"]) == set(recolte["presents"])
    assert relue["version"] == 4 and relue["citations"] == recolte["citations"]
    importer_document(relu, tmp_path / "q.forum")
    assert en_texte(exporter(tmp_path / "q.forum")) == en_texte(relu)


def test_une_photo_mal_encodee_est_refusee(tmp_path: Path) -> None:
    document = document_demo()
    document["recoltes"][0]["photos"] = [
        {
            "uuid": "00000000-0000-4000-8000-000000000001",
            "legende": "",
            "nom_fichier": "x.png",
            "type_mime": "image/png",
            "largeur": 1,
            "hauteur": 1,
            "donnees": "pas du base64 !",
        }
    ]
    with pytest.raises(DocumentInvalide, match="base64"):
        importer_document(document, tmp_path / "p.forum")
    assert not (tmp_path / "p.forum").exists()
