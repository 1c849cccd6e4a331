"""Les sauvegardes automatiques d'un forum : en faire, les lister, en restaurer une.

Each forum file has its own folder of backups in the user data directory, named after the
file and a short digest of its full path (two forums called « forum.forum » in two folders do
not share backups). A backup is a consistent copy made with SQLite's backup API, so it can be
taken while the forum is being edited, from any thread. Only the newest `garder` are kept.
Restoring first backs up the current state, then replaces the file atomically: a crash in the
middle leaves either the old file or the restored one, never a mix.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app import chemins
from modeles import stockage
from modeles.erreurs import ErreurForum

GARDER_PAR_DEFAUT = 20
INTERVALLE_MINUTES = 10

RAISONS = {
    "ouverture": "à l'ouverture",
    "periodique": "pendant l'édition",
    "import": "avant un import",
    "fusion": "avant une fusion",
    "restauration": "avant une restauration",
    "manuelle": "à la demande",
}
_NOM = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z]+)\.forum$")


@dataclass(frozen=True)
class Sauvegarde:
    chemin: Path
    moment: dt.datetime
    raison: str  # a key of RAISONS
    taille: int  # bytes
    titre: str
    sujets: int
    recoltes: int
    participants: int

    @property
    def raison_lisible(self) -> str:
        return RAISONS.get(self.raison, self.raison)


def dossier_du_forum(forum: Path) -> Path:
    forum = forum.absolute()
    empreinte = hashlib.sha256(str(forum).encode("utf-8")).hexdigest()[:10]
    return chemins.dossier_sauvegardes() / f"{forum.stem}-{empreinte}"


def sauvegarder_forum(
    forum: Path,
    raison: str,
    *,
    garder: int | None = GARDER_PAR_DEFAUT,
    maintenant: dt.datetime | None = None,
) -> Path:
    """Une copie cohérente du forum, puis les plus anciennes au-delà de `garder` retirées.

    `garder=None` prunes nothing (a backup taken by the app layer, which does not know the
    person's setting; the next automatic backup prunes).
    """
    if raison not in RAISONS:
        raise ValueError(f"Raison de sauvegarde inconnue : {raison}")
    moment = maintenant or dt.datetime.now()
    dossier = dossier_du_forum(forum)
    dossier.mkdir(parents=True, exist_ok=True)
    os.chmod(dossier, 0o700)
    cible = dossier / f"{moment.strftime('%Y%m%d-%H%M%S-%f')}-{raison}.forum"
    try:
        stockage.sauvegarder(forum, cible)
    except (OSError, sqlite3.Error) as exc:
        raise ErreurForum(
            f"La sauvegarde de « {forum.name} » n'a pas pu être écrite dans « {dossier} » "
            f"({exc}). Le forum lui-même n'a pas été touché ; libérez de l'espace disque."
        ) from exc
    if garder is not None:
        elaguer(forum, garder)
    return cible


def _fichiers(forum: Path) -> list[tuple[Path, dt.datetime, str]]:
    dossier = dossier_du_forum(forum)
    if not dossier.is_dir():
        return []
    trouves = []
    for chemin in dossier.iterdir():
        correspondance = _NOM.match(chemin.name)
        if correspondance:
            moment = dt.datetime.strptime(correspondance[1], "%Y%m%d-%H%M%S-%f")
            trouves.append((chemin, moment, correspondance[2]))
    return sorted(trouves, key=lambda t: t[1], reverse=True)


def elaguer(forum: Path, garder: int) -> None:
    for chemin, _, _ in _fichiers(forum)[max(1, garder) :]:
        chemin.unlink(missing_ok=True)


def _resume(chemin: Path) -> tuple[str, int, int, int]:
    try:
        with closing(sqlite3.connect(f"{chemin.as_uri()}?mode=ro", uri=True)) as cnx:
            titre = cnx.execute("SELECT titre FROM forum LIMIT 1").fetchone()
            comptes = [
                cnx.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("sujet", "recolte", "participant")
            ]
    except sqlite3.Error:
        return ("(illisible)", 0, 0, 0)
    return (titre[0] if titre else "", comptes[0], comptes[1], comptes[2])


def lister(forum: Path) -> list[Sauvegarde]:
    """Les sauvegardes de ce forum, la plus récente d'abord, avec ce qu'elles contiennent."""
    return [
        Sauvegarde(chemin, moment, raison, chemin.stat().st_size, *_resume(chemin))
        for chemin, moment, raison in _fichiers(forum)
    ]


def restaurer(forum: Path, sauvegarde: Path, *, garder: int = GARDER_PAR_DEFAUT) -> Path:
    """Remet le forum dans l'état de cette sauvegarde ; l'état actuel est sauvegardé d'abord.

    The forum must be closed by the caller. Returns the backup of the state just replaced.
    """
    try:
        problemes = stockage.verifier(sauvegarde)
    except ErreurForum as exc:
        problemes = [exc.message]
    if problemes:
        raise ErreurForum(
            f"La sauvegarde « {sauvegarde.name} » est endommagée : elle n'a pas été restaurée, "
            f"et le forum n'a pas été touché ; choisissez-en une autre. ({problemes[0]})"
        )
    avant = sauvegarder_forum(forum, "restauration", garder=garder + 1)
    temporaire = forum.with_name(f".{forum.name}.{os.getpid()}.restauration")
    try:
        stockage.sauvegarder(sauvegarde, temporaire)
        for compagnon in (Path(f"{forum}-wal"), Path(f"{forum}-shm")):
            compagnon.unlink(missing_ok=True)
        os.replace(temporaire, forum)
    finally:
        stockage.supprimer_fichier_forum(temporaire)
    return avant
