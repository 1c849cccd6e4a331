"""Lire un CSV d'inscriptions : encodage, séparateur, entêtes, et deviner les colonnes."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from modeles.erreurs import ErreurForum

CHAMPS: tuple[str, ...] = (
    "nom",
    "prenom",
    "courriel",
    "telephone",
    "organisation",
    "type_acteur",
    "niveau_action",
    "territoire",
    "consentement_publication",
    "consentement_coordonnees",
)
"""Les champs qu'une colonne du fichier peut remplir ; `prenom` se joint devant `nom`."""

LIBELLES_CHAMPS: dict[str, str] = {
    "nom": "Nom",
    "prenom": "Prénom",
    "courriel": "Courriel",
    "telephone": "Téléphone",
    "organisation": "Organisation",
    "type_acteur": "Type d'acteur",
    "niveau_action": "Niveau d'action",
    "territoire": "Territoire",
    "consentement_publication": "Consentement à la publication",
    "consentement_coordonnees": "Consentement au partage des coordonnées",
}

DELIMITEURS = ";,\t"


@dataclass(frozen=True)
class LigneCsv:
    """Une rangée de données et la ligne du fichier où elle commence (entête = ligne 1)."""

    numero: int
    valeurs: tuple[str, ...]


@dataclass(frozen=True)
class TableauCsv:
    """Un fichier lu : entêtes uniques et non vides, rangées complétées à leur largeur."""

    entetes: tuple[str, ...]
    lignes: tuple[LigneCsv, ...]
    encodage: str = "utf-8"
    delimiteur: str = ";"

    def colonne(self, entete: str) -> int:
        return self.entetes.index(entete)


def cle(texte: str) -> str:
    """« Adresse courriel » et « adresse-COURRIEL » ont la même clé : sans accents ni casse."""
    decompose = unicodedata.normalize("NFKD", texte.casefold())
    sans_accents = "".join(c for c in decompose if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w@.]+", " ", sans_accents).split())


def lire_csv(chemin: Path) -> TableauCsv:
    """Lit un fichier CSV ; ErreurForum s'il est illisible, avant toute écriture."""
    try:
        donnees = Path(chemin).read_bytes()
    except OSError as exc:
        raise ErreurForum(
            f"Impossible de lire « {chemin} » : {exc.strerror}. "
            "Vérifiez le chemin et que le fichier n'est pas ouvert ailleurs."
        ) from exc
    return lire_octets(donnees, nom=str(chemin))


def lire_octets(donnees: bytes, nom: str = "le fichier") -> TableauCsv:
    texte, encodage = _decoder(donnees, nom)
    delimiteur = _delimiteur(texte)
    lecteur = csv.reader(io.StringIO(texte, newline=""), delimiter=delimiteur)
    rangees: list[tuple[int, list[str]]] = []
    fin_precedente = 0
    try:
        for valeurs in lecteur:
            # A record starts on the line after the previous record ended, quotes or not.
            debut, fin_precedente = fin_precedente + 1, lecteur.line_num
            if any(v.strip() for v in valeurs):
                rangees.append((debut, valeurs))
    except csv.Error as exc:
        raise ErreurForum(
            f"« {nom} » n'est pas un CSV lisible (ligne {lecteur.line_num}) : {exc}. "
            "Enregistrez-le de nouveau en « CSV UTF-8 » depuis votre tableur."
        ) from exc
    if not rangees:
        raise ErreurForum(
            f"« {nom} » est vide : la première ligne doit porter les noms des colonnes."
        )
    (_, brutes), *donnees_lignes = rangees
    entetes = _entetes_uniques(brutes)
    largeur = len(entetes)
    lignes = tuple(
        LigneCsv(numero, tuple((valeurs + [""] * largeur)[:largeur]))
        for numero, valeurs in donnees_lignes
    )
    return TableauCsv(entetes, lignes, encodage, delimiteur)


def _decoder(donnees: bytes, nom: str) -> tuple[str, str]:
    if donnees.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in donnees[:4096]:
        raise ErreurForum(
            f"« {nom} » est en UTF-16, que l'import ne lit pas. "
            "Dans Excel, choisissez « CSV UTF-8 (délimité par des virgules) » à l'enregistrement."
        )
    try:
        return donnees.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return donnees.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError as exc:
        raise ErreurForum(
            f"« {nom} » n'est ni en UTF-8 ni en Windows-1252 (octet inattendu à la position "
            f"{exc.start}). Enregistrez-le en « CSV UTF-8 » depuis votre tableur."
        ) from exc


def _delimiteur(texte: str) -> str:
    """Le séparateur le plus fréquent hors guillemets dans la ligne d'entêtes ; `,` à défaut."""
    comptes = dict.fromkeys(DELIMITEURS, 0)
    entre_guillemets = False
    for caractere in texte:
        if caractere == '"':
            entre_guillemets = not entre_guillemets
        elif caractere in "\r\n" and not entre_guillemets:
            break
        elif caractere in comptes and not entre_guillemets:
            comptes[caractere] += 1
    meilleur = max(DELIMITEURS, key=lambda d: comptes[d])
    return meilleur if comptes[meilleur] else ","


def _entetes_uniques(brutes: list[str]) -> tuple[str, ...]:
    entetes: list[str] = []
    for rang, brute in enumerate(brutes, start=1):
        entete = " ".join(brute.split()) or f"Colonne {rang}"
        base, suffixe = entete, 2
        while entete in entetes:
            entete, suffixe = f"{base} ({suffixe})", suffixe + 1
        entetes.append(entete)
    return tuple(entetes)


_SYNONYMES: dict[str, tuple[str, ...]] = {
    "nom": (
        "nom",
        "nom complet",
        "nom et prenom",
        "prenom et nom",
        "prenom nom",
        "nom prenom",
        "nom de famille",
        "name",
        "full name",
        "last name",
        "lastname",
        "surname",
        "family name",
        "participant",
        "participante",
        "participant e",
    ),
    "prenom": ("prenom", "first name", "firstname", "given name"),
    "courriel": (
        "courriel",
        "e mail",
        "email",
        "mail",
        "adresse courriel",
        "adresse electronique",
        "adresse e mail",
        "adresse email",
        "courrier electronique",
        "email address",
        "e mail address",
    ),
    "telephone": (
        "telephone",
        "tel",
        "tel.",
        "no de telephone",
        "numero de telephone",
        "cellulaire",
        "phone",
        "phone number",
        "mobile",
    ),
    "organisation": (
        "organisation",
        "organisme",
        "organization",
        "organisation organisme",
        "organisme organisation",
        "entreprise",
        "employeur",
        "affiliation",
        "company",
    ),
    "type_acteur": ("type d acteur", "type acteur", "type d actrice", "actor type", "type"),
    "niveau_action": ("niveau d action", "niveau action", "action level", "niveau"),
    "territoire": ("territoire", "region", "territory", "region administrative", "ville", "mrc"),
    "consentement_publication": (
        "consentement publication",
        "consentement a la publication",
        "publication",
        "publier mon nom",
    ),
    "consentement_coordonnees": (
        "consentement coordonnees",
        "consentement au partage des coordonnees",
        "partage des coordonnees",
        "coordonnees",
    ),
}


def proposer_colonnes(entetes: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Devine champ -> colonne d'après les entêtes (français ou anglais, sans accents ni casse)."""
    proposees: dict[str, str] = {}
    prises: set[str] = set()
    for champ in CHAMPS:
        synonymes = _SYNONYMES[champ]
        for entete in entetes:
            if entete not in prises and cle(entete) in synonymes:
                proposees[champ] = entete
                prises.add(entete)
                break
    for entete in entetes:
        if entete in prises:
            continue
        mots = cle(entete)
        if "consent" in mots or "accepte" in mots or "j accepte" in mots:
            if "public" in mots or "photo" in mots or "nom" in mots:
                champ = "consentement_publication"
            elif any(m in mots for m in ("coordonn", "contact", "courriel", "partag")):
                champ = "consentement_coordonnees"
            else:
                continue
            if champ not in proposees:
                proposees[champ] = entete
                prises.add(entete)
    return proposees
