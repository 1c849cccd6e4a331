"""Écrire un dossier entier d'un coup : construit à côté, puis renommé à sa place.

A failed or cancelled build leaves the destination as it was; a folder that is not a site
made by this program is never replaced.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from modeles.erreurs import ErreurForum, OperationAnnulee

# Written at the root of every site: only a folder that has it may be replaced by a new site.
MARQUEUR_SITE = ".forum-ouvert-site"

Progression = Callable[[int, int], None]
Annulation = Callable[[], bool]


def verifier_annulation(annule: Annulation | None) -> None:
    if annule is not None and annule():
        raise OperationAnnulee


def est_un_site(dossier: Path) -> bool:
    return dossier.is_dir() and not dossier.is_symlink() and (dossier / MARQUEUR_SITE).is_file()


def _remplacable(destination: Path) -> bool:
    """Absent, vide, ou déjà un site de ce programme : rien d'autre ne sera écrasé."""
    if not os.path.lexists(destination):
        return True
    if destination.is_symlink() or not destination.is_dir():
        return False
    return est_un_site(destination) or not any(destination.iterdir())


def verifier_destination(destination: Path) -> None:
    if not _remplacable(destination):
        raise ErreurForum(
            f"« {destination} » existe déjà et n'est pas un site produit par Forum ouvert : "
            "il n'a pas été touché. Choisissez un dossier vide ou un nouveau nom de dossier."
        )


@contextmanager
def dossier_atomique(destination: Path, contenu_marqueur: str = "") -> Iterator[Path]:
    """Un dossier temporaire voisin qui, rempli sans erreur, devient la destination."""
    destination = destination.absolute()
    verifier_destination(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporaire = Path(
        tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".partiel", dir=destination.parent)
    )
    try:
        # mkdtemp makes a private folder; a site is read by a web server or another account.
        temporaire.chmod(0o755)
        yield temporaire
        (temporaire / MARQUEUR_SITE).write_text(contenu_marqueur, encoding="utf-8")
        _remplacer(temporaire, destination)
    finally:
        shutil.rmtree(temporaire, ignore_errors=True)


def _remplacer(nouveau: Path, destination: Path) -> None:
    # Checked again: the folder may have changed while the site was being built.
    verifier_destination(destination)
    if not os.path.lexists(destination):
        os.rename(nouveau, destination)
        return
    # Two renames in one folder: at every moment either the old or the new site is in place.
    ancien = Path(
        tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".ancien", dir=destination.parent)
    )
    ancien.rmdir()
    os.rename(destination, ancien)
    try:
        os.rename(nouveau, destination)
    except OSError:
        os.rename(ancien, destination)
        raise
    shutil.rmtree(ancien, ignore_errors=True)
