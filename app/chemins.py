"""Où vivent les données de l'application (platformdirs), avec une dérogation pour les tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

# Tests and portable installs point every folder of the application somewhere else.
VARIABLE_DOSSIER = "FORUM_OUVERT_DOSSIER"
_NOM = "forum-ouvert"


def dossier_donnees() -> Path:
    dossier = os.environ.get(VARIABLE_DOSSIER)
    chemin = Path(dossier) if dossier else Path(platformdirs.user_data_dir(_NOM, appauthor=False))
    chemin.mkdir(parents=True, exist_ok=True)
    return chemin


def dossier_reglages() -> Path:
    dossier = os.environ.get(VARIABLE_DOSSIER)
    if dossier:
        chemin = Path(dossier) / "reglages"
    else:
        chemin = Path(platformdirs.user_config_dir(_NOM, appauthor=False))
    chemin.mkdir(parents=True, exist_ok=True)
    return chemin


def dossier_sauvegardes() -> Path:
    """Les copies des forums : lisibles par leur propriétaire seul, comme les forums."""
    chemin = dossier_donnees() / "sauvegardes"
    chemin.mkdir(mode=0o700, exist_ok=True)
    os.chmod(chemin, 0o700)
    return chemin


def forum_demo() -> Path:
    """Le forum de démonstration, ouvert au premier lancement."""
    return dossier_donnees() / "faire-ecosysteme.forum"
