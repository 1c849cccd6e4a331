"""Ouvrir et créer un forum (fichier SQLite ou base PostgreSQL) sans jamais abîmer ce qu'on refuse.

The entry points take a path or an address (postgresql://...) and hand it to the file or the
server path; every name the rest of the program uses is importable from here. The checks that
run before any write live in `stockage_fichier` and `stockage_serveur`, the transactions in
`base_forum`, the recognition of other programs' writes in `suivi`.
"""

from __future__ import annotations

from pathlib import Path

from modeles.base_forum import BaseForum
from modeles.stockage_fichier import (
    APPLICATION_ID,
    DELAI_VERROU_MS,
    ENTETE_SQLITE,
    EXTENSION,
    controler_entete,
    creer_fichier,
    ouvrir_fichier,
    ouvrir_lecture_seule,
    sauvegarder,
    supprimer_fichier_forum,
    verifier_fichier,
)
from modeles.stockage_fichier import _uri_lecture_seule as _uri_lecture_seule
from modeles.stockage_serveur import (
    DELAI_CONNEXION_S,
    VERROU_ECRITURE,
    base_vide,
    creer_url,
    effacer_forum_vide,
    est_url,
    nom_affichable,
    ouvrir_url,
    verifier_url,
)
from modeles.stockage_serveur import _adresse as _adresse
from modeles.suivi import empreinte

__all__ = [
    "APPLICATION_ID",
    "DELAI_CONNEXION_S",
    "DELAI_VERROU_MS",
    "ENTETE_SQLITE",
    "EXTENSION",
    "VERROU_ECRITURE",
    "BaseForum",
    "base_vide",
    "controler_entete",
    "creer",
    "creer_url",
    "effacer_forum_vide",
    "empreinte",
    "est_url",
    "nom_affichable",
    "ouvrir",
    "ouvrir_lecture_seule",
    "ouvrir_url",
    "sauvegarder",
    "supprimer_fichier_forum",
    "verifier",
    "verifier_url",
]


def ouvrir(chemin: Path | str, dossier_sauvegardes: Path) -> BaseForum:
    """Ouvre un forum existant, migré au besoin après une sauvegarde ; refuse sans écrire sinon.

    An address (postgresql://...) opens a database on a server instead (`ouvrir_url`).
    """
    if est_url(chemin):
        return ouvrir_url(str(chemin))
    return ouvrir_fichier(chemin, dossier_sauvegardes)


def creer(chemin: Path | str) -> BaseForum:
    """Crée un forum vide au schéma courant ; refuse d'écraser un fichier existant.

    An address (postgresql://...) creates the forum in an empty database instead (`creer_url`).
    """
    if est_url(chemin):
        return creer_url(str(chemin))
    return creer_fichier(chemin)


def verifier(chemin: Path | str) -> list[str]:
    """Problèmes d'intégrité et de schéma d'un forum, en français ; liste vide si sain."""
    if est_url(chemin):
        return verifier_url(str(chemin))
    return verifier_fichier(chemin)
