"""Correspondance entre les entités et le format d'échange, écrite une seule fois.

Export and import both walk these tables, so a field added to the format is added in one place.
References between entities (by UUID) are handled by the exporter and importer themselves.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from modeles.entites import (
    Creneau,
    Etape,
    Forum,
    Participant,
    Photo,
    PlanAction,
    Recolte,
    Salle,
    Sujet,
    Theme,
    VersionRecolte,
)
from modeles.etapes import etapes_du_texte

FORMAT = "forum-ouvert"
VERSION = 4
VERSIONS_LISIBLES = (1, 2, 3, 4)
# Themes named by free text before version 4 get a uuid derived from their text.
ESPACE_THEMES = uuid.UUID("6f1d3c52-93a4-4b8e-9a57-0c2f3e4b5d61")


def nom_schema(version: int) -> str:
    return f"echange-v{version}.schema.json"


def _identite(valeur: Any) -> Any:
    return valeur


def _date_vers(valeur: dt.date | None) -> str | None:
    return valeur.isoformat() if valeur else None


def _date_depuis(valeur: str | None) -> dt.date | None:
    return dt.date.fromisoformat(valeur) if valeur else None


def _heure_vers(valeur: dt.time) -> str:
    return valeur.strftime("%H:%M")


def _horodatage_vers(valeur: dt.datetime | None) -> str | None:
    return valeur.isoformat(timespec="seconds") if valeur else None


def _horodatage_depuis(valeur: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(valeur) if valeur else None


def _enum_vers(valeur: enum.Enum) -> Any:
    return valeur.value


@dataclass(frozen=True)
class Champ:
    nom: str
    vers_json: Callable[[Any], Any] = _identite
    depuis_json: Callable[[Any], Any] = _identite


def _liste(nom: str) -> Champ:
    return Champ(nom, list, list)


# When the row last changed (version 4): merging files keeps the newest.
MODIFIE_LE = Champ("modifie_le", _horodatage_vers, _horodatage_depuis)


CHAMPS: dict[type[Any], tuple[Champ, ...]] = {
    Forum: (
        Champ("titre"),
        Champ("question_appel"),
        Champ("invitation"),
        Champ("lieu"),
        Champ("date_debut", _date_vers, _date_depuis),
        Champ("date_fin", _date_vers, _date_depuis),
        Champ("langue"),
        Champ("url_publication"),
        Champ("format_papier", _enum_vers),
        Champ("champs_recolte", dict, dict),
        Champ("budget_points"),
        MODIFIE_LE,
    ),
    Salle: (
        Champ("nom"),
        Champ("capacite"),
        _liste("equipements"),
        Champ("accessible"),
        Champ("ordre"),
        MODIFIE_LE,
    ),
    Creneau: (
        Champ("jour", _date_vers, _date_depuis),
        Champ("debut", _heure_vers, dt.time.fromisoformat),
        Champ("fin", _heure_vers, dt.time.fromisoformat),
        Champ("nature", _enum_vers),
        Champ("libelle"),
        MODIFIE_LE,
    ),
    Participant: (
        Champ("nom"),
        Champ("organisation"),
        Champ("courriel"),
        Champ("telephone"),
        Champ("type_acteur"),
        Champ("niveau_action"),
        Champ("territoire"),
        Champ("consentement_publication"),
        Champ("consentement_coordonnees"),
        MODIFIE_LE,
    ),
    Sujet: (
        Champ("numero"),
        Champ("titre"),
        Champ("description"),
        Champ("interet_estime"),
        _liste("besoins"),
        Champ("duree"),
        Champ("points_mur"),
        MODIFIE_LE,
    ),
    Theme: (Champ("titre"), Champ("description"), MODIFIE_LE),
    PlanAction: (
        Champ("action"),
        Champ("prochaine_etape"),
        Champ("echeance", _date_vers, _date_depuis),
        Champ("ressources"),
        _liste("partenaires"),
        MODIFIE_LE,
    ),
    Recolte: (
        Champ("nombre_presents"),
        Champ("points_saillants"),
        Champ("propositions"),
        Champ("ressources"),
        Champ("citations"),
        Champ("version"),
        Champ("questions_ouvertes"),
        _liste("mots_cles"),
        Champ("statut", _enum_vers),
        MODIFIE_LE,
    ),
}


CHAMPS[Etape] = (Champ("quoi"), Champ("qui"), Champ("quand"))
CHAMPS[Photo] = (
    Champ("legende"),
    Champ("nom_fichier"),
    Champ("type_mime"),
    Champ("largeur"),
    Champ("hauteur"),
    Champ("donnees", lambda b: base64.b64encode(b).decode("ascii"), base64.b64decode),
)
CHAMPS[VersionRecolte] = (
    Champ("horodatage", _horodatage_vers, _horodatage_depuis),
    Champ("auteur"),
    Champ("contenu", dict, dict),
)


def sans_horodatages(valeur: Any) -> Any:
    """Le document (ou un élément) sans les `modifie_le` : ce qui a été écrit, pas quand.

    Undo is a new edit in time: after undoing everything, a forum says the same things with
    newer timestamps. Merging compares entities this way too.
    """
    if isinstance(valeur, dict):
        return {k: sans_horodatages(v) for k, v in valeur.items() if k != "modifie_le"}
    if isinstance(valeur, list):
        return [sans_horodatages(v) for v in valeur]
    return valeur


def vers_json(entite: Any) -> dict[str, Any]:
    """Les champs simples d'une entité, avec son UUID en tête."""
    sortie: dict[str, Any] = {"uuid": str(entite.uuid)}
    for champ in CHAMPS[type(entite)]:
        sortie[champ.nom] = champ.vers_json(getattr(entite, champ.nom))
    return sortie


def depuis_json(classe: type[Any], donnees: dict[str, Any]) -> dict[str, Any]:
    """Les arguments du constructeur d'une entité (sans ses références)."""
    return {champ.nom: champ.depuis_json(donnees[champ.nom]) for champ in CHAMPS[classe]}


def mettre_a_niveau(document: dict[str, Any]) -> dict[str, Any]:
    """Un document valide d'une version antérieure, au format de la version courante."""
    if document["version"] == 1:
        document = {
            **document,
            "version": 2,
            "sujets": [
                {**s, "duree": 1, "besoins": [], "fusionne_dans": None} for s in document["sujets"]
            ],
        }
    if document["version"] == 2:
        document = {
            **document,
            "version": 3,
            "forum": {**document["forum"], "champs_recolte": {}},
            "recoltes": [_recolte_v2_vers_v3(r) for r in document["recoltes"]],
        }
    if document["version"] == 3:
        document = _v3_vers_v4(document)
    return document


def _v3_vers_v4(document: dict[str, Any]) -> dict[str, Any]:
    """Chaque texte de thème distinct devient un thème ; rien à voter, aucun plan encore."""
    themes: dict[str, dict[str, Any]] = {}
    sujets = []
    for sujet in sorted(document["sujets"], key=lambda s: s["numero"]):
        titre = " ".join(sujet["theme"].split())
        cle = titre.casefold()
        if titre and cle not in themes:
            themes[cle] = {
                "uuid": str(uuid.uuid5(ESPACE_THEMES, f"{document['forum']['uuid']}:{cle}")),
                "titre": titre,
                "description": "",
                "initiateur": None,
                "modifie_le": None,
            }
        theme = themes[cle]["uuid"] if titre else None
        sujets.append({**sujet, "theme": theme, "points_mur": 0, "modifie_le": None})
    ordre = {s["uuid"]: i for i, s in enumerate(document["sujets"])}
    sujets.sort(key=lambda s: ordre[s["uuid"]])
    return {
        **document,
        "version": 4,
        "forum": {**document["forum"], "budget_points": None, "modifie_le": None},
        "salles": [{**e, "modifie_le": None} for e in document["salles"]],
        "creneaux": [{**e, "modifie_le": None} for e in document["creneaux"]],
        "participants": [{**e, "modifie_le": None} for e in document["participants"]],
        "themes": list(themes.values()),
        "sujets": sujets,
        "votes": [],
        "plans": [],
    }


def _recolte_v2_vers_v3(recolte: dict[str, Any]) -> dict[str, Any]:
    nouvelle = {k: v for k, v in recolte.items() if k != "prochaines_etapes"}
    etapes = etapes_du_texte(recolte["prochaines_etapes"])
    nouvelle.update(
        ressources="",
        citations="",
        presents=[],
        photos=[],
        versions=[],
        version=1,
        # Derived from the harvest's uuid: upgrading the same document twice gives the same one.
        etapes=[
            {
                "uuid": str(uuid.uuid5(uuid.UUID(recolte["uuid"]), f"etape:{rang}")),
                "quoi": quoi,
                "qui": qui,
                "quand": quand,
            }
            for rang, (quoi, qui, quand) in enumerate(etapes)
        ],
    )
    return nouvelle
