"""Valider un document d'échange : le schéma JSON, puis la cohérence des références.

The person gets the first problem in document order, located by its path
(`sujets[3].porteurs[0]`) and said in French.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any

from app.echange.format import VERSIONS_LISIBLES, mettre_a_niveau, nom_schema
from modeles.erreurs import ErreurForum


class DocumentInvalide(ErreurForum):
    def __init__(self, chemin: str, probleme: str) -> None:
        ou = f" à « {chemin} »" if chemin else ""
        super().__init__(
            f"Le document d'échange est invalide{ou} : {probleme}. "
            "Rien n'a été importé ; corrigez le fichier ou exportez-le de nouveau."
        )
        self.chemin = chemin
        self.probleme = probleme


@cache
def schema(version: int) -> dict[str, Any]:
    texte = resources.files("ressources").joinpath("schemas", nom_schema(version))
    resultat: dict[str, Any] = json.loads(texte.read_text("utf-8"))
    return resultat


def chemin_lisible(parties: Iterable[str | int]) -> str:
    texte = ""
    for partie in parties:
        texte += f"[{partie}]" if isinstance(partie, int) else (f".{partie}" if texte else partie)
    return texte


def _cle_ordre(parties: Sequence[str | int]) -> tuple[tuple[int, str | int], ...]:
    # Mixed int/str paths: compare by kind first, then value, so that sorting never fails.
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in parties)


def _en_francais(erreur: Any) -> str:
    valeur = erreur.validator_value
    match erreur.validator:
        case "required":
            manquants = [c for c in valeur if c not in erreur.instance]
            return f"le champ obligatoire « {manquants[0]} » manque"
        case "additionalProperties":
            en_trop = sorted(set(erreur.instance) - set(erreur.schema.get("properties", {})))
            return f"le champ « {en_trop[0]} » n'est pas prévu par le format"
        case "type":
            noms = {
                "string": "un texte",
                "integer": "un nombre entier",
                "boolean": "vrai ou faux",
                "array": "une liste",
                "object": "un objet",
                "null": "null",
            }
            attendus: list[str] = valeur if isinstance(valeur, list) else [valeur]
            return "la valeur doit être " + " ou ".join(noms.get(t) or t for t in attendus)
        case "const":
            return f"la valeur doit être {json.dumps(valeur, ensure_ascii=False)}"
        case "enum":
            return "la valeur doit être l'une de : " + ", ".join(map(str, valeur))
        case "minLength" | "pattern" if erreur.instance == "" or not str(erreur.instance).strip():
            return "le texte ne peut pas être vide"
        case "pattern":
            return f"la valeur « {str(erreur.instance)[:80]} » n'a pas la forme attendue"
        case "maxLength":
            return f"le texte dépasse {valeur} caractères"
        case "minimum":
            return f"la valeur doit être au moins {valeur}"
        case "uniqueItems":
            return "la liste contient des doublons"
        case "anyOf":
            sous = sorted(erreur.context, key=lambda e: -len(e.relative_path))
            if sous and sous[0].validator != "type":
                return _en_francais(sous[0])
            return "valeur invalide (un identifiant UUID, une date ou null est attendu)"
    return str(erreur.message)


def valider_schema(document: Any) -> None:
    from jsonschema import Draft202012Validator

    version = document.get("version") if isinstance(document, dict) else None
    if version not in VERSIONS_LISIBLES:
        if not isinstance(document, dict) or document.get("format") != "forum-ouvert":
            raise DocumentInvalide("format", "ce n'est pas un document d'échange de Forum ouvert")
        raise DocumentInvalide(
            "version",
            f"la version {version!r} du format n'est pas connue de cette version de "
            "Forum ouvert (mettez l'application à jour)",
        )
    erreurs = list(Draft202012Validator(schema(version)).iter_errors(document))
    if erreurs:
        premiere = min(erreurs, key=lambda e: _cle_ordre(list(e.absolute_path)))
        raise DocumentInvalide(chemin_lisible(premiere.absolute_path), _en_francais(premiere))


def _uuids(document: dict[str, Any], liste: str) -> set[str]:
    vus: set[str] = set()
    for i, element in enumerate(document[liste]):
        if element["uuid"] in vus:
            raise DocumentInvalide(f"{liste}[{i}].uuid", "cet identifiant est déjà utilisé")
        vus.add(element["uuid"])
    return vus


def _reference(valeur: str | None, connus: set[str], chemin: str, genre: str) -> None:
    if valeur is not None and valeur not in connus:
        raise DocumentInvalide(chemin, f"{genre} inconnu·e ({valeur})")


def valider_references(document: dict[str, Any]) -> None:
    salles = _uuids(document, "salles")
    creneaux = _uuids(document, "creneaux")
    participants = _uuids(document, "participants")
    sujets = _uuids(document, "sujets")
    themes = _uuids(document, "themes")
    _uuids(document, "recoltes")
    for i, t in enumerate(document["themes"]):
        _reference(t["initiateur"], participants, f"themes[{i}].initiateur", "participant·e")
    titres: set[str] = set()
    for i, t in enumerate(document["themes"]):
        cle = " ".join(t["titre"].split()).casefold()
        if cle in titres:
            raise DocumentInvalide(f"themes[{i}].titre", "un autre thème porte déjà ce titre")
        titres.add(cle)
    for i, c in enumerate(document["creneaux"]):
        if c["fin"] <= c["debut"]:
            raise DocumentInvalide(f"creneaux[{i}].fin", "le créneau doit finir après son début")
    for i, s in enumerate(document["sujets"]):
        for j, p in enumerate(s["porteurs"]):
            _reference(p, participants, f"sujets[{i}].porteurs[{j}]", "participant·e")
        _reference(s["salle"], salles, f"sujets[{i}].salle", "salle")
        _reference(s["creneau"], creneaux, f"sujets[{i}].creneau", "créneau")
        _reference(s["theme"], themes, f"sujets[{i}].theme", "thème")
    fusionnes = {s["uuid"]: s.get("fusionne_dans") for s in document["sujets"]}
    for i, s in enumerate(document["sujets"]):
        cible = s.get("fusionne_dans")
        _reference(cible, sujets, f"sujets[{i}].fusionne_dans", "sujet")
        if cible is not None and (cible == s["uuid"] or fusionnes.get(cible) is not None):
            raise DocumentInvalide(
                f"sujets[{i}].fusionne_dans",
                "un sujet ne peut être fusionné que dans un sujet "
                "qui n'est lui-même ni fusionné ni lui-même",
            )
    enfants: set[str] = set()
    for i, r in enumerate(document["recoltes"]):
        for j, p in enumerate(r["presents"]):
            _reference(p, participants, f"recoltes[{i}].presents[{j}]", "participant·e")
        for liste in ("etapes", "photos", "versions"):
            for j, element in enumerate(r[liste]):
                if element["uuid"] in enfants:
                    raise DocumentInvalide(
                        f"recoltes[{i}].{liste}[{j}].uuid", "cet identifiant est déjà utilisé"
                    )
                enfants.add(element["uuid"])
        for j, photo in enumerate(r["photos"]):
            try:
                base64.b64decode(photo["donnees"], validate=True)
            except ValueError as exc:
                raise DocumentInvalide(
                    f"recoltes[{i}].photos[{j}].donnees", "l'image n'est pas en base64 valide"
                ) from exc
    recoltes_par_sujet: set[str] = set()
    for i, r in enumerate(document["recoltes"]):
        _reference(r["sujet"], sujets, f"recoltes[{i}].sujet", "sujet")
        _reference(r["scribe"], participants, f"recoltes[{i}].scribe", "participant·e")
        if r["sujet"] in recoltes_par_sujet:
            raise DocumentInvalide(f"recoltes[{i}].sujet", "ce sujet a déjà une récolte")
        recoltes_par_sujet.add(r["sujet"])
    etapes = {e["uuid"] for r in document["recoltes"] for e in r["etapes"]}
    _valider_convergence(document, participants, sujets, themes, etapes)


def _valider_convergence(
    document: dict[str, Any],
    participants: set[str],
    sujets: set[str],
    themes: set[str],
    etapes: set[str],
) -> None:
    bulletins: set[tuple[str, str]] = set()
    for i, v in enumerate(document["votes"]):
        _reference(v["participant"], participants, f"votes[{i}].participant", "participant·e")
        _reference(v["sujet"], sujets, f"votes[{i}].sujet", "sujet")
        if (v["participant"], v["sujet"]) in bulletins:
            raise DocumentInvalide(f"votes[{i}]", "ce vote est en double")
        bulletins.add((v["participant"], v["sujet"]))
    _uuids(document, "plans")
    for i, p in enumerate(document["plans"]):
        for liste, connus, genre in (
            ("porteurs", participants, "participant·e"),
            ("sujets", sujets, "sujet"),
            ("themes", themes, "thème"),
        ):
            for j, u in enumerate(p[liste]):
                _reference(u, connus, f"plans[{i}].{liste}[{j}]", genre)
        _reference(p["etape"], etapes, f"plans[{i}].etape", "étape")


def valider(document: dict[str, Any]) -> dict[str, Any]:
    """Le document validé, mis au format de la version courante."""
    valider_schema(document)
    courant = mettre_a_niveau(document)
    valider_references(courant)
    return courant
