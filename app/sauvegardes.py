"""Les sauvegardes automatiques d'un forum : en faire, les lister, en restaurer une.

Each forum file has its own folder of backups in the user data directory, named after the
file and a short digest of its full path (two forums called « forum.forum » in two folders do
not share backups). A backup is a consistent copy made with SQLite's backup API, so it can be
taken while the forum is being edited, from any thread. Only the newest `garder` are kept.
Restoring first backs up the current state, then replaces the file atomically: a crash in the
middle leaves either the old file or the restored one, never a mix.

A forum on a PostgreSQL server gets the same service in the exchange format: a snapshot
`<stamp>-<reason>.json`, read in one consistent transaction, owner-only, in a folder named after
the database and a digest of its address without the password. Restoring one replaces the
database's content in one transaction. The server's own backups (pg_dump, replicas) remain its
administrator's; these snapshots are what one laptop saw.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
_NOM = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z]+)\.(forum|json)$")


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


Forum = Path | str  # a file, or a server's address (postgresql://...)


def _sans_mot_de_passe(url: str) -> str:
    from app.serveur import sans_mot_de_passe

    return sans_mot_de_passe(url)


def dossier_du_forum(forum: Forum) -> Path:
    if stockage.est_url(forum):
        # Named without the password: changing it keeps the same folder, and no secret on disk.
        adresse = _sans_mot_de_passe(str(forum))
        base = re.sub(r"[^\w.-]+", "_", adresse.rsplit("/", 1)[-1].split("?", 1)[0]) or "serveur"
        empreinte = hashlib.sha256(adresse.encode("utf-8")).hexdigest()[:10]
        return chemins.dossier_sauvegardes() / f"serveur-{base}-{empreinte}"
    forum = Path(forum).absolute()
    empreinte = hashlib.sha256(str(forum).encode("utf-8")).hexdigest()[:10]
    return chemins.dossier_sauvegardes() / f"{forum.stem}-{empreinte}"


def sauvegarder_forum(
    forum: Forum,
    raison: str,
    *,
    garder: int | None = GARDER_PAR_DEFAUT,
    maintenant: dt.datetime | None = None,
) -> Path:
    """Une copie cohérente du forum, puis les plus anciennes au-delà de `garder` retirées.

    `garder=None` prunes nothing (a backup taken by the app layer, which does not know the
    person's setting; the next automatic backup prunes). On a server, see `sauvegarder_serveur`.
    """
    if raison not in RAISONS:
        raise ValueError(f"Raison de sauvegarde inconnue : {raison}")
    if stockage.est_url(forum):
        return sauvegarder_serveur(str(forum), raison, garder=garder, maintenant=maintenant)
    forum = Path(forum)
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


def sauvegarder_serveur(
    url: str,
    raison: str,
    *,
    garder: int | None = GARDER_PAR_DEFAUT,
    maintenant: dt.datetime | None = None,
) -> Path:
    """Un instantané JSON du forum d'un serveur, lu sur sa propre connexion (tout fil)."""
    from app.document import DocumentForum
    from app.echange.exporter import exporter_document

    with DocumentForum.ouvrir(url) as document:
        donnees = exporter_document(document)
    return ecrire_instantane(url, donnees, raison, garder=garder, maintenant=maintenant)


def ecrire_instantane(
    url: str,
    donnees: dict[str, Any],
    raison: str,
    *,
    garder: int | None = GARDER_PAR_DEFAUT,
    maintenant: dt.datetime | None = None,
) -> Path:
    """Écrit un document d'échange déjà lu comme sauvegarde du forum de ce serveur."""
    from app.echange.exporter import en_texte

    if raison not in RAISONS:
        raise ValueError(f"Raison de sauvegarde inconnue : {raison}")
    moment = maintenant or dt.datetime.now()
    dossier = dossier_du_forum(url)
    cible = dossier / f"{moment.strftime('%Y%m%d-%H%M%S-%f')}-{raison}.json"
    temporaire = cible.with_name(cible.name + ".partiel")
    try:
        dossier.mkdir(parents=True, exist_ok=True)
        os.chmod(dossier, 0o700)
        temporaire.unlink(missing_ok=True)
        # Private from its first byte: the snapshot holds the participants' contact details.
        descripteur = os.open(temporaire, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descripteur, "w", encoding="utf-8") as fichier:
            fichier.write(en_texte(donnees))
            fichier.flush()
            os.fsync(fichier.fileno())
        os.replace(temporaire, cible)
    except OSError as exc:
        temporaire.unlink(missing_ok=True)
        raise ErreurForum(
            f"La sauvegarde du forum de « {stockage.nom_affichable(url)} » n'a pas pu être "
            f"écrite dans « {dossier} » ({exc.strerror or exc}). Le forum lui-même n'a pas été "
            "touché ; libérez de l'espace disque."
        ) from exc
    if garder is not None:
        elaguer(url, garder)
    return cible


def _fichiers(forum: Forum) -> list[tuple[Path, dt.datetime, str]]:
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


def elaguer(forum: Forum, garder: int) -> None:
    for chemin, _, _ in _fichiers(forum)[max(1, garder) :]:
        chemin.unlink(missing_ok=True)


def _resume(chemin: Path) -> tuple[str, int, int, int]:
    if chemin.suffix == ".json":
        return _resume_json(chemin)
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


def _resume_json(chemin: Path) -> tuple[str, int, int, int]:
    try:
        donnees = json.loads(chemin.read_text(encoding="utf-8"))
        return (
            str(donnees["forum"]["titre"]),
            len(donnees["sujets"]),
            len(donnees["recoltes"]),
            len(donnees["participants"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return ("(illisible)", 0, 0, 0)


def lister(forum: Forum) -> list[Sauvegarde]:
    """Les sauvegardes de ce forum, la plus récente d'abord, avec ce qu'elles contiennent."""
    return [
        Sauvegarde(chemin, moment, raison, chemin.stat().st_size, *_resume(chemin))
        for chemin, moment, raison in _fichiers(forum)
    ]


def restaurer(forum: Forum, sauvegarde: Path, *, garder: int = GARDER_PAR_DEFAUT) -> Path:
    """Remet le forum dans l'état de cette sauvegarde ; l'état actuel est sauvegardé d'abord.

    The forum must be closed by the caller (a file). Returns the backup of the state just
    replaced. On a server, the snapshot replaces the database's content in one transaction.
    """
    if stockage.est_url(forum):
        return _restaurer_serveur(str(forum), sauvegarde, garder=garder)
    forum = Path(forum)
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


def _restaurer_serveur(url: str, sauvegarde: Path, *, garder: int) -> Path:
    from app.echange.importer import lire_json, remplacer_contenu_de
    from app.echange.validation import valider

    try:
        donnees = valider(lire_json(sauvegarde))
    except ErreurForum as exc:
        raise ErreurForum(
            f"La sauvegarde « {sauvegarde.name} » est illisible : elle n'a pas été restaurée, "
            f"et le forum n'a pas été touché ; choisissez-en une autre. ({exc.message})"
        ) from exc
    avant: list[Path] = []

    def remplacer(actuel: dict[str, Any]) -> dict[str, Any]:
        # Read under the write lock: the state kept is exactly the one replaced.
        avant.append(ecrire_instantane(url, actuel, "restauration", garder=garder + 1))
        return donnees

    remplacer_contenu_de(url, remplacer)
    return avant[0]
