"""Un grand forum synthétique, pour les bancs d'essai et les tests de charge."""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from app.demo import redaction
from app.demo import vocabulaire as v
from app.demo.commun import (
    NIVEAU_HABITUEL,
    courriel_de,
    creneau,
    enveloppe,
    uuid_de,
)
from modeles.ecosysteme import NIVEAUX_ACTION, TYPES_ACTEUR

PREMIER_JOUR = dt.date(2026, 5, 14)
ATELIERS_PAR_JOUR = 4
SALLES_MAX = 60
PART_AVEC_RECOLTE = 0.9
# Forum times are local (Québec, EDT in May); harvest timestamps are UTC.
DECALAGE_UTC = dt.timedelta(hours=4)

# One day's grid. The plenaries' labels depend on the day: "matin" and "soir" are placeholders.
GRILLE_JOUR: tuple[tuple[str, str, str, str], ...] = (
    ("08:30", "09:30", "pleniere", "matin"),
    ("09:30", "10:45", "atelier", "Ronde"),
    ("10:45", "11:00", "pause", "Pause"),
    ("11:00", "12:15", "atelier", "Ronde"),
    ("12:15", "13:15", "repas", "Dîner"),
    ("13:15", "14:30", "atelier", "Ronde"),
    ("14:30", "14:45", "pause", "Pause"),
    ("14:45", "16:00", "atelier", "Ronde"),
    ("16:00", "16:45", "pleniere", "soir"),
)

INVITATION = """\
Forum **synthétique**, généré pour mesurer et éprouver l'application : les personnes, les \
organisations et les comptes rendus sont fictifs et assemblés au hasard.

La grille, les salles et les récoltes ont pourtant la forme et la taille d'un vrai forum ouvert.
"""


def dimensions(nombre_sujets: int) -> tuple[int, int]:
    """(jours, salles) : assez de cases pour tous les sujets, environ 12 salles par jour."""
    jours = max(
        math.ceil(math.sqrt(nombre_sujets / 50)),
        math.ceil(nombre_sujets / (ATELIERS_PAR_JOUR * SALLES_MAX)),
    )
    return jours, math.ceil(nombre_sujets / (ATELIERS_PAR_JOUR * jours))


def _de(lieu: str) -> str:
    return f"d'{lieu}" if lieu[0] in "AEIOUÉÈÎ" else f"de {lieu}"


def _forum(prefixe: str, nombre_sujets: int, jours: int) -> dict[str, Any]:
    return {
        "uuid": uuid_de(f"{prefixe}:forum"),
        "titre": f"Forum synthétique — {nombre_sujets} sujets",
        "question_appel": "Comment faire écosystème sur nos territoires, à grande échelle ?",
        "invitation": INVITATION,
        "lieu": "Centre des congrès fictif, Québec (Capitale-Nationale)",
        "date_debut": PREMIER_JOUR.isoformat(),
        "date_fin": (PREMIER_JOUR + dt.timedelta(days=jours - 1)).isoformat(),
        "langue": "fr",
        "url_publication": "https://exemple.org/forum-synthetique",
        "format_papier": "letter",
    }


def _salles(rng: random.Random, prefixe: str, nombre: int) -> list[dict[str, Any]]:
    salles = []
    for i in range(nombre):
        extras = rng.sample(v.EQUIPEMENTS_OPTIONNELS, rng.randint(0, 3))
        salles.append(
            {
                "uuid": uuid_de(f"{prefixe}:salle:{i}"),
                "nom": v.NOMS_SALLES[i],
                "capacite": rng.choice(v.CAPACITES),
                "equipements": ["tableau de papier", *extras],
                "accessible": rng.random() < 0.85,
                "ordre": i + 1,
            }
        )
    return salles


def _libelle(modele: str, jour: int, jours: int, ronde: int) -> str:
    if modele == "Ronde":
        return f"Ronde {ronde}"
    if modele == "matin":
        return "Plénière d'ouverture et place du marché" if jour == 0 else "Nouvelles du matin"
    if modele == "soir":
        return "Convergence et clôture" if jour == jours - 1 else "Nouvelles du soir"
    return modele


def _creneaux(prefixe: str, jours: int) -> list[dict[str, Any]]:
    creneaux = []
    ronde = 0
    for jour in range(jours):
        date = (PREMIER_JOUR + dt.timedelta(days=jour)).isoformat()
        for debut, fin, nature, modele in GRILLE_JOUR:
            ronde += nature == "atelier"
            creneaux.append(
                creneau(
                    f"{prefixe}:creneau:{date}T{debut}",
                    date,
                    debut,
                    fin,
                    nature,
                    _libelle(modele, jour, jours, ronde),
                )
            )
    return creneaux


def _noms(rng: random.Random, nombre: int) -> list[str]:
    """Des noms tous différents ; une personne sur dix porte un nom composé."""
    simples = len(v.PRENOMS) * len(v.NOMS_FAMILLE)
    composes = max(nombre - simples, nombre // 10)
    indices = rng.sample(range(simples), nombre - composes)
    # Compound names live past `simples`, so they never repeat a simple one.
    indices += rng.sample(range(simples, simples * len(v.NOMS_FAMILLE)), composes)
    noms = []
    for indice in indices:
        reste, prenom = divmod(indice, len(v.PRENOMS))
        second, famille = divmod(reste, len(v.NOMS_FAMILLE))
        nom = v.NOMS_FAMILLE[famille]
        if second:
            nom += "-" + v.NOMS_FAMILLE[(famille + second) % len(v.NOMS_FAMILLE)]
        noms.append(f"{v.PRENOMS[prenom]} {nom}")
    return noms


def _participant(rng: random.Random, cle: str, nom: str) -> dict[str, Any]:
    type_acteur = rng.choices(TYPES_ACTEUR, weights=v.POIDS_TYPES)[0]
    niveau = NIVEAU_HABITUEL[type_acteur] if rng.random() < 0.8 else rng.choice(NIVEAUX_ACTION)
    region, indicatif, villes, mrc = rng.choice(v.REGIONS)
    ville = rng.choice(villes)
    modele = rng.choice(v.ORGANISATIONS[type_acteur])
    territoire = rng.choice((region, f"{region} — {ville}", f"{region} — {rng.choice(mrc)}"))
    publication = rng.random() < 0.9
    return {
        "uuid": uuid_de(cle),
        "nom": nom,
        "organisation": modele.format(de=_de(ville), region=region),
        "courriel": courriel_de(nom, type_acteur),
        "telephone": f"{indicatif} 555-01{rng.randrange(100):02d}" if rng.random() < 0.5 else "",
        "type_acteur": type_acteur,
        "niveau_action": niveau,
        "territoire": territoire,
        "consentement_publication": publication,
        "consentement_coordonnees": publication and rng.random() < 0.55,
    }


def _sujets(
    rng: random.Random,
    prefixe: str,
    nombre: int,
    participants: list[dict[str, Any]],
    salles: list[dict[str, Any]],
    ateliers: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    # Distinct cells of the wall: no two topics ever share a room and a slot.
    cellules = rng.sample(range(len(ateliers) * len(salles)), nombre)
    sujets = []
    for numero, cellule in enumerate(cellules, start=1):
        rang_creneau, rang_salle = divmod(cellule, len(salles))
        porteurs = rng.sample(participants, 1 if rng.random() < 0.75 else 2)
        sujets.append(
            {
                "uuid": uuid_de(f"{prefixe}:sujet:{numero}"),
                "numero": numero,
                "titre": redaction.titre_sujet(rng),
                "description": rng.choice(v.DESCRIPTIONS),
                "theme": rng.choice(v.THEMES),
                "porteurs": [p["uuid"] for p in porteurs],
                "interet_estime": rng.randint(4, 45) if rng.random() < 0.9 else None,
                "salle": salles[rang_salle]["uuid"],
                "creneau": ateliers[rang_creneau]["uuid"],
                "duree": 1,
                "besoins": [],
                "fusionne_dans": None,
            }
        )
    return sujets


def _modifie_le(rng: random.Random, creneau_tenu: dict[str, Any]) -> str:
    fin = dt.datetime.fromisoformat(f"{creneau_tenu['jour']}T{creneau_tenu['fin']}")
    moment = fin + DECALAGE_UTC + dt.timedelta(minutes=rng.randint(10, 240))
    return moment.isoformat(timespec="seconds")


def _recolte(
    rng: random.Random,
    prefixe: str,
    sujet: dict[str, Any],
    index: dict[str, dict[str, Any]],
    participants: list[dict[str, Any]],
) -> dict[str, Any]:
    porteurs = [index[u]["nom"] for u in sujet["porteurs"]]
    presents = rng.randint(4, index[sujet["salle"]]["capacite"])
    return {
        "uuid": uuid_de(f"{prefixe}:recolte:{sujet['numero']}"),
        "sujet": sujet["uuid"],
        "scribe": rng.choice(participants)["uuid"],
        "nombre_presents": presents,
        "points_saillants": redaction.points_saillants(rng, porteurs[0], presents),
        "propositions": redaction.propositions(rng),
        "prochaines_etapes": redaction.prochaines_etapes(rng, porteurs),
        "questions_ouvertes": redaction.questions_ouvertes(rng),
        "mots_cles": redaction.mots_cles(rng),
        "statut": rng.choices(("prete", "a_relire", "en_saisie"), weights=(6, 3, 1))[0],
        "modifie_le": _modifie_le(rng, index[sujet["creneau"]]),
    }


def document_synthetique(
    nombre_sujets: int,
    graine: int = 0,
    *,
    nombre_jours: int | None = None,
    nombre_salles: int | None = None,
) -> dict[str, Any]:
    """Un forum de `nombre_sujets` sujets tous placés, la plupart récoltés ; déterministe.

    The same arguments always give the same document, UUIDs included. Days and rooms follow
    the number of topics unless given (a benchmark's fixed wall, for instance).
    """
    if nombre_sujets < 1:
        raise ValueError(
            f"Un forum synthétique compte au moins un sujet (demandé : {nombre_sujets})."
        )
    jours, salles_par_defaut = dimensions(nombre_sujets)
    jours = nombre_jours or jours
    nombre_salles = nombre_salles or salles_par_defaut
    if jours * ATELIERS_PAR_JOUR * nombre_salles < nombre_sujets:
        raise ValueError(
            f"{nombre_sujets} sujets ne tiennent pas sur {jours} jours de "
            f"{ATELIERS_PAR_JOUR} ateliers dans {nombre_salles} salles."
        )
    rng = random.Random(graine)
    prefixe = f"synthetique:{nombre_sujets}:{graine}:{jours}:{nombre_salles}"
    salles = _salles(rng, prefixe, nombre_salles)
    creneaux = _creneaux(prefixe, jours)
    ateliers = [c for c in creneaux if c["nature"] == "atelier"]
    participants = [
        _participant(rng, f"{prefixe}:participant:{i}", nom)
        for i, nom in enumerate(_noms(rng, math.ceil(1.5 * nombre_sujets)))
    ]
    sujets = _sujets(rng, prefixe, nombre_sujets, participants, salles, ateliers)
    index = {e["uuid"]: e for e in [*salles, *creneaux, *participants]}
    recoltes = [
        _recolte(rng, prefixe, sujet, index, participants)
        for sujet in sujets
        if rng.random() < PART_AVEC_RECOLTE
    ]
    return enveloppe(
        _forum(prefixe, nombre_sujets, jours), salles, creneaux, participants, sujets, recoltes
    )
