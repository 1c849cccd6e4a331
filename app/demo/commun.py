"""Ce que le forum de démonstration et le forum synthétique partagent : lexique et briques."""

from __future__ import annotations

import unicodedata
import uuid
from typing import Any

from app.echange.format import FORMAT, mettre_a_niveau
from modeles.ecosysteme import NIVEAUX_ACTION

# A fixed namespace: the demo's UUIDs must be identical on every machine and every run,
# so that two imports of the demo merge cleanly instead of duplicating everything.
ESPACE_UUID = uuid.UUID("3d6f1c0e-8b2a-5f47-9c1d-5a7e2b9f4c61")

# The level an actor type most often plays, after the table of the seed text.
NIVEAU_HABITUEL: dict[str, str] = {
    "citoyen·ne": NIVEAUX_ACTION[0],
    "organisme communautaire": NIVEAUX_ACTION[0],
    "table de quartier": NIVEAUX_ACTION[0],
    "entreprise d'économie sociale": NIVEAUX_ACTION[0],
    "pôle / intermédiaire": NIVEAUX_ACTION[1],
    "municipalité ou MRC": NIVEAUX_ACTION[2],
    "ministère ou institution publique": NIVEAUX_ACTION[3],
    "santé et services sociaux": NIVEAUX_ACTION[2],
    "recherche et enseignement": NIVEAUX_ACTION[1],
    "fondation": NIVEAUX_ACTION[1],
    "regroupement national": NIVEAUX_ACTION[3],
    "autre": NIVEAUX_ACTION[1],
}


# Personal addresses for citizens, public-sector ones for institutions: all reserved domains.
DOMAINES_COURRIEL: dict[str, str] = {
    "citoyen·ne": "example.com",
    "municipalité ou MRC": "example.net",
    "ministère ou institution publique": "example.net",
    "santé et services sociaux": "example.net",
    "recherche et enseignement": "example.net",
}


def uuid_de(cle: str) -> str:
    """UUID stable (version 5) d'une entité, tiré de sa clé, en minuscules avec tirets."""
    return str(uuid.uuid5(ESPACE_UUID, cle))


def sans_accents(texte: str) -> str:
    """Forme ASCII minuscule d'un nom, pour fabriquer des adresses courriel plausibles."""
    decompose = unicodedata.normalize("NFKD", texte)
    ascii_seul = "".join(c for c in decompose if not unicodedata.combining(c))
    garde = [c if c.isalnum() else "-" for c in ascii_seul.lower()]
    return "-".join(filter(None, "".join(garde).split("-")))


def courriel_de(nom: str, type_acteur: str) -> str:
    """« Marie-Ève Côté », citoyenne, devient marie-eve.cote@example.com."""
    prenom, _, famille = nom.partition(" ")
    domaine = DOMAINES_COURRIEL.get(type_acteur, "example.org")
    return f"{sans_accents(prenom)}.{sans_accents(famille).replace('-', '')}@{domaine}"


def enveloppe(
    forum: dict[str, Any],
    salles: list[dict[str, Any]],
    creneaux: list[dict[str, Any]],
    participants: list[dict[str, Any]],
    sujets: list[dict[str, Any]],
    recoltes: list[dict[str, Any]],
) -> dict[str, Any]:
    """Le document d'échange autour de ses six listes, mis à la version courante.

    The demos are written in version 2 (next steps as « quoi — qui — quand » lines, as people
    type them) and brought up to date by the same code that reads older documents.
    """
    return mettre_a_niveau(
        {
            "format": FORMAT,
            "version": 2,
            "forum": forum,
            "salles": salles,
            "creneaux": creneaux,
            "participants": participants,
            "sujets": sujets,
            "recoltes": recoltes,
        }
    )


def creneau(cle: str, jour: str, debut: str, fin: str, nature: str, libelle: str) -> dict[str, Any]:
    """Un créneau du format d'échange ; la clé sert seulement à son UUID."""
    return {
        "uuid": uuid_de(cle),
        "jour": jour,
        "debut": debut,
        "fin": fin,
        "nature": nature,
        "libelle": libelle,
    }
