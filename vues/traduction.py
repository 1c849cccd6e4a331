"""La langue de l'interface : les traductions de l'application et celles des dialogues de Qt.

French is the source language: choosing it installs no translator of ours. English comes from
ressources/traductions/forum-ouvert_en.qm, compiled by `make traductions`; a checkout where make
was not run compiles the .ts on the fly into the user's data folder (pyside6-lrelease), and
without that tool the interface stays in French, silently.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import chemins

CLE_LANGUE = "interface/langue"
SYSTEME = "systeme"
LANGUES = (SYSTEME, "fr", "en")
SOURCE = "fr"
PREFIXE = "forum-ouvert_"

# The translators installed last, removed before installing others (tests switch languages).
_installes: list[QTranslator] = []
_langue = SOURCE


def langue_interface() -> str:
    """« fr » ou « en » : la langue installée, pour les dates et les nombres des vues."""
    return _langue


def langue_effective(preference: str) -> str:
    """« fr » ou « en » : la préférence, sinon la première des deux que le système préfère."""
    if preference in LANGUES and preference != SYSTEME:
        return preference
    for nom in QLocale.system().uiLanguages():
        code = nom.replace("_", "-").split("-")[0].lower()
        if code in ("fr", "en"):
            return code
    return SOURCE


def dossier_traductions() -> Path:
    return Path(str(resources.files("ressources").joinpath("traductions")))


def _outil_lrelease() -> str | None:
    import shutil

    # The venv's scripts folder is not on PATH when its python is run directly.
    voisin = Path(sys.executable).with_name("pyside6-lrelease")
    if voisin.exists():
        return str(voisin)
    return shutil.which("pyside6-lrelease")


def _compiler(source: Path, cible: Path) -> bool:
    # Only a checkout without a compiled file gets here: keep subprocess off the usual start.
    import subprocess

    outil = _outil_lrelease()
    if outil is None:
        return False
    cible.parent.mkdir(parents=True, exist_ok=True)
    provisoire = cible.with_suffix(f".{os.getpid()}.tmp")
    try:
        subprocess.run(
            [outil, "-silent", str(source), "-qm", str(provisoire)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )
        os.replace(provisoire, cible)
    except (OSError, subprocess.SubprocessError):
        provisoire.unlink(missing_ok=True)
        return False
    return True


def _a_jour(compile_: Path, source: Path) -> bool:
    if not compile_.is_file():
        return False
    return not source.is_file() or compile_.stat().st_mtime >= source.stat().st_mtime


def fichier_qm(langue: str) -> Path | None:
    """Le .qm de cette langue : celui du paquet, sinon une compilation du .ts mise en cache."""
    dossier = dossier_traductions()
    paquet = dossier / f"{PREFIXE}{langue}.qm"
    source = dossier / f"{PREFIXE}{langue}.ts"
    if _a_jour(paquet, source):
        return paquet
    if not source.is_file():
        return paquet if paquet.is_file() else None
    cache = chemins.dossier_donnees() / "traductions" / paquet.name
    if _a_jour(cache, source) or _compiler(source, cache):
        return cache
    # A stale compiled file is still better than none.
    return paquet if paquet.is_file() else None


def retirer_traductions(application: QCoreApplication) -> None:
    """Revient au texte source (les tests changent de langue dans une même application)."""
    global _langue
    _langue = SOURCE
    while _installes:
        application.removeTranslator(_installes.pop())


def installer_traduction(application: QCoreApplication, langue: str) -> str:
    """Installe la langue choisie (« systeme », « fr » ou « en ») ; rend celle obtenue."""
    global _langue
    retirer_traductions(application)
    voulue = langue_effective(langue)
    obtenue = SOURCE
    if voulue != SOURCE:
        chemin = fichier_qm(voulue)
        traducteur = QTranslator(application)
        if chemin is not None and traducteur.load(str(chemin)):
            application.installTranslator(traducteur)
            _installes.append(traducteur)
            obtenue = voulue
    # Qt's own dialogs and buttons (OK, Cancel, file dialogs) in the same language.
    qt = QTranslator(application)
    if qt.load(
        QLocale(obtenue),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        application.installTranslator(qt)
        _installes.append(qt)
    _langue = obtenue
    return obtenue
