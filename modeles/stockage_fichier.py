"""Un forum dans un fichier SQLite : tout ce qui peut le refuser passe avant la première écriture.

The header is read as bytes, then a bare sqlite3 connection reads the schema revision, checks
the pages and probes the write lock. Only a file that passes is opened with the pragmas (WAL
changes the header) and, if needed, migrated after a backup.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from modeles.base_forum import BaseForum
from modeles.erreurs import (
    FichierEndommage,
    FichierExistant,
    FichierInvalide,
    FichierLectureSeule,
    FichierOccupe,
    SchemaPlusRecent,
)
from modeles.migrations import REVISION_TETE

# "FOUV" in the SQLite header (offset 68): tells our files from other applications' databases.
APPLICATION_ID = 0x464F5556
ENTETE_SQLITE = b"SQLite format 3\x00"
EXTENSION = ".forum"
DELAI_VERROU_MS = 3000

_CONSEIL_OUVRIR = "Choisissez un fichier de forum (.forum) ou créez un nouveau forum."
_CONSEIL_ABIME = (
    "Il n'a pas été modifié. Récupérez ce qui peut l'être dans un nouveau fichier "
    "(Récupérer dans un nouveau fichier…, ou forum-ouvert recuperer), "
    "ou reprenez une sauvegarde."
)


def _lire_entete(chemin: Path) -> bytes:
    with chemin.open("rb") as fichier:
        return fichier.read(100)


def _inspecter_fichier(chemin: Path, *, ecriture: bool = True) -> None:
    """Refuse, sans y écrire, ce qui n'est manifestement pas un forum (accessible en écriture)."""
    if chemin.is_dir():
        raise FichierInvalide(chemin, "c'est un dossier, pas un fichier.", _CONSEIL_OUVRIR)
    if not chemin.exists():
        raise FichierInvalide(chemin, "ce fichier n'existe pas.", _CONSEIL_OUVRIR)
    try:
        entete = _lire_entete(chemin)
    except OSError as exc:
        raise FichierInvalide(
            chemin, f"il ne peut pas être lu ({exc.strerror}).", "Vérifiez vos droits d'accès."
        ) from exc
    if not entete:
        raise FichierInvalide(chemin, "le fichier est vide (0 octet).", _CONSEIL_OUVRIR)
    if not entete.startswith(ENTETE_SQLITE):
        raise FichierInvalide(
            chemin, "ce n'est pas un fichier de forum (ni même une base SQLite).", _CONSEIL_OUVRIR
        )
    if len(entete) < 100 or int.from_bytes(entete[68:72], "big") != APPLICATION_ID:
        raise FichierInvalide(
            chemin,
            "c'est une base SQLite, mais pas un fichier de forum ouvert "
            "(elle appartient à une autre application).",
            _CONSEIL_OUVRIR,
        )
    if not ecriture:
        return
    mode = chemin.stat().st_mode
    # As root, os.access() says yes to everything: look at the permission bits as well.
    if not os.access(chemin, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise FichierLectureSeule(
            chemin,
            "le fichier est en lecture seule.",
            "Copiez-le dans un dossier où vous pouvez écrire, ou retirez la protection "
            "en écriture, puis ouvrez la copie.",
        )
    if not os.access(chemin.parent, os.W_OK):
        raise FichierLectureSeule(
            chemin,
            "son dossier est en lecture seule (clé USB protégée ou support en lecture seule).",
            "Copiez le fichier sur le disque de l'ordinateur, puis ouvrez la copie.",
        )


def _connexion_nue(chemin: Path, *, ecriture: bool) -> sqlite3.Connection:
    uri = f"{chemin.as_uri()}?mode=rw" if ecriture else _uri_lecture_seule(chemin)
    return sqlite3.connect(uri, uri=True, timeout=DELAI_VERROU_MS / 1000)


def _uri_lecture_seule(chemin: Path) -> str:
    """immutable=1 unless a -wal holds commits not yet in the file (then mode=ro reads it).

    immutable creates no -wal/-shm beside the file and takes no lock: nothing at all is written
    there. It would miss a writer that starts meanwhile; a read-only view accepts that.
    """
    if Path(f"{chemin}-wal").exists() and os.access(chemin.parent, os.W_OK):
        return f"{chemin.as_uri()}?mode=ro"
    return f"{chemin.as_uri()}?mode=ro&immutable=1"


def _connexion_lecture_seule(chemin: Path) -> sqlite3.Connection:
    cnx = sqlite3.connect(_uri_lecture_seule(chemin), uri=True, timeout=DELAI_VERROU_MS / 1000)
    cnx.execute("PRAGMA query_only = ON")
    return cnx


def _revision_du_fichier(
    chemin: Path, *, verrou: bool = True, controle_pages: bool | None = None
) -> str | None:
    """La révision de schéma enregistrée, lue par une connexion nue qui n'écrit rien."""
    controle_pages = verrou if controle_pages is None else controle_pages
    try:
        with closing(_connexion_nue(chemin, ecriture=verrou)) as cnx:
            tables = {
                nom for (nom,) in cnx.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise FichierInvalide(
                        chemin, "la base ne contient pas de forum reconnaissable.", _CONSEIL_OUVRIR
                    )
                return None
            ligne = cnx.execute("SELECT version_num FROM alembic_version").fetchone()
            if controle_pages:
                # A damaged page anywhere is found now, before anything writes into the file
                # or a page of the window stumbles on it.
                controle = [r[0] for r in cnx.execute("PRAGMA quick_check(3)")]
                if controle != ["ok"]:
                    raise FichierEndommage(
                        chemin,
                        f"le fichier est endommagé ({'; '.join(controle)}).",
                        _CONSEIL_ABIME,
                    )
            if verrou:
                # A write lock held elsewhere shows up here, before we change anything.
                cnx.execute("BEGIN IMMEDIATE")
                cnx.execute("ROLLBACK")
            return str(ligne[0]) if ligne else None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise FichierOccupe(
                chemin,
                "le fichier est en cours d'utilisation par un autre programme.",
                "Fermez l'autre programme (ou l'autre fenêtre de Forum ouvert), puis réessayez.",
            ) from exc
        raise FichierEndommage(
            chemin, f"le fichier est endommagé ({exc}).", _CONSEIL_ABIME
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise FichierEndommage(
            chemin, f"le fichier est endommagé ({exc}).", _CONSEIL_ABIME
        ) from exc


def _moteur_sqlite(chemin: Path, *, cles_etrangeres: bool = True) -> Engine:
    """Un moteur dont chaque transaction est une vraie transaction SQLite, DDL compris."""
    moteur = create_engine(f"sqlite:///{chemin}")

    def regler(connexion_dbapi: Any, _enregistrement: Any) -> None:
        # pysqlite's own transaction handling skips BEGIN before DDL; we emit BEGIN ourselves.
        connexion_dbapi.isolation_level = None
        curseur = connexion_dbapi.cursor()
        curseur.execute(f"PRAGMA busy_timeout = {DELAI_VERROU_MS}")
        curseur.execute(f"PRAGMA foreign_keys = {'ON' if cles_etrangeres else 'OFF'}")
        curseur.execute("PRAGMA journal_mode = WAL")
        curseur.execute("PRAGMA synchronous = FULL")
        curseur.close()

    def commencer(connexion: Any) -> None:
        # A writer takes the write lock at BEGIN, so it waits (busy_timeout) instead of failing
        # halfway through when another connection writes too.
        ecriture = connexion.get_execution_options().get("ecriture", False)
        connexion.exec_driver_sql("BEGIN IMMEDIATE" if ecriture else "BEGIN")

    event.listen(moteur, "connect", regler)
    event.listen(moteur, "begin", commencer)
    return moteur


def sauvegarder(source: Path, destination: Path, *, lecture_seule: bool = False) -> Path:
    """Copie cohérente d'un forum par l'API de sauvegarde de SQLite (même pendant l'édition).

    `lecture_seule`: the source is read through a read-only connection (read-only medium).
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporaire = destination.with_name(destination.name + ".partiel")
    # Created private before the first byte of the forum is copied into it.
    temporaire.unlink(missing_ok=True)
    os.close(os.open(temporaire, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    lire = _connexion_lecture_seule if lecture_seule else sqlite3.connect
    with closing(lire(source)) as src, closing(sqlite3.connect(temporaire)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    os.chmod(temporaire, 0o600)
    os.replace(temporaire, destination)
    return destination


def _migrer(chemin: Path) -> None:
    """Amène le fichier au schéma courant ; Alembic n'est importé que si c'est nécessaire."""
    from modeles.migrations import executer

    # Batch migrations rebuild tables: foreign keys are checked once at the end instead.
    moteur = _moteur_sqlite(chemin, cles_etrangeres=False)
    try:
        executer.mettre_a_jour(moteur)
    finally:
        moteur.dispose()


def supprimer_fichier_forum(chemin: Path) -> None:
    """Retire un fichier de forum et ses fichiers compagnons (-wal, -shm)."""
    for compagnon in (chemin, Path(f"{chemin}-wal"), Path(f"{chemin}-shm")):
        compagnon.unlink(missing_ok=True)


def ouvrir_fichier(chemin: Path | str, dossier_sauvegardes: Path) -> BaseForum:
    """Ouvre un fichier de forum, migré au besoin après sauvegarde ; refuse sans écrire sinon."""
    chemin = Path(chemin).absolute()
    _inspecter_fichier(chemin)
    revision = _revision_du_fichier(chemin)
    if revision != REVISION_TETE:
        from modeles.migrations import executer

        if revision is not None and not executer.revision_connue(revision):
            raise SchemaPlusRecent(
                chemin,
                f"il a été créé par une version plus récente de Forum ouvert (schéma {revision}).",
                "Mettez à jour Forum ouvert pour l'ouvrir ; le fichier n'a pas été modifié.",
            )
        if revision is not None:
            horodatage = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            sauvegarder(
                chemin,
                dossier_sauvegardes
                / f"{chemin.stem}-avant-migration-{revision}-{horodatage}.forum",
            )
        _migrer(chemin)
    return BaseForum(_moteur_sqlite(chemin), chemin)


def ouvrir_lecture_seule(chemin: Path | str) -> BaseForum:
    """Ouvre un fichier de forum sans jamais y écrire (support protégé, fichier abîmé, schéma
    plus récent) ; toute écriture est refusée avec un message."""
    chemin = Path(chemin).absolute()
    _inspecter_fichier(chemin, ecriture=False)
    revision = _revision_du_fichier(chemin, verrou=False, controle_pages=True)
    if revision is None:
        raise FichierInvalide(chemin, "il ne contient pas encore de forum.", _CONSEIL_OUVRIR)
    if revision != REVISION_TETE:
        from modeles.migrations import executer

        if executer.revision_connue(revision):
            raise FichierInvalide(
                chemin,
                f"son schéma ({revision}) est ancien et ne peut être lu qu'une fois mis à jour.",
                "Ouvrez-le normalement (une sauvegarde est faite avant la mise à jour), ou "
                "récupérez-le dans un nouveau fichier s'il est sur un support protégé.",
            )
    moteur = create_engine(
        "sqlite://", creator=lambda: _connexion_lecture_seule(chemin), poolclass=NullPool
    )
    return BaseForum(moteur, chemin, lecture_seule=True)


def controler_entete(chemin: Path) -> None:
    """Refuse, en le lisant seulement, ce qui n'est pas une base SQLite de Forum ouvert."""
    _inspecter_fichier(chemin, ecriture=False)


def creer_fichier(chemin: Path | str) -> BaseForum:
    """Crée un fichier de forum vide au schéma courant ; refuse d'écraser un fichier existant."""
    chemin = Path(chemin).absolute()
    if not chemin.parent.is_dir():
        raise FichierInvalide(
            chemin, "son dossier n'existe pas.", "Choisissez un dossier existant."
        )
    try:
        # O_EXCL: never overwrite, even if another program creates the file meanwhile.
        descripteur = os.open(chemin, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise FichierExistant(chemin) from exc
    except OSError as exc:
        raise FichierInvalide(
            chemin, f"il ne peut pas être créé ({exc.strerror}).", "Choisissez un autre dossier."
        ) from exc
    os.close(descripteur)
    try:
        with closing(sqlite3.connect(chemin)) as cnx:
            # Written before WAL so that the id sits in the main file's header at once.
            cnx.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            cnx.commit()
        _migrer(chemin)
    except BaseException:
        supprimer_fichier_forum(chemin)
        raise
    return BaseForum(_moteur_sqlite(chemin), chemin)


def verifier_fichier(chemin: Path | str) -> list[str]:
    """Problèmes d'intégrité et de schéma d'un fichier de forum ; liste vide si sain."""
    chemin = Path(chemin).absolute()
    _inspecter_fichier(chemin, ecriture=False)
    revision = _revision_du_fichier(chemin, verrou=False)
    problemes: list[str] = []
    if revision is None:
        problemes.append("Le fichier ne contient pas de schéma de forum.")
    elif revision != REVISION_TETE:
        from modeles.migrations import executer

        if executer.revision_connue(revision):
            problemes.append(
                f"Le schéma ({revision}) est ancien ; il sera mis à jour à la prochaine ouverture."
            )
        else:
            problemes.append(f"Le schéma ({revision}) vient d'une version plus récente.")
    with closing(_connexion_nue(chemin, ecriture=False)) as cnx:
        resultats = [ligne[0] for ligne in cnx.execute("PRAGMA integrity_check")]
        if resultats != ["ok"]:
            problemes.extend(f"Intégrité : {r}" for r in resultats)
        for table, rangee, parent, _ in cnx.execute("PRAGMA foreign_key_check"):
            problemes.append(
                f"Référence brisée : la ligne {rangee} de « {table} » pointe vers « {parent} »."
            )
    return problemes
