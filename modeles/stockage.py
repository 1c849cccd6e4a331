"""Ouvrir et créer le fichier d'un forum (SQLite) sans jamais abîmer un fichier qu'on refuse.

Every check that can refuse a file runs before the first write: the header is read as bytes,
then a bare sqlite3 connection reads the schema revision. Only a file that passes is opened with
the pragmas (WAL changes the header) and, if needed, migrated after a backup.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from modeles.erreurs import FichierExistant, FichierInvalide, FichierOccupe, SchemaPlusRecent
from modeles.migrations import REVISION_TETE

# "FOUV" in the SQLite header (offset 68): tells our files from other applications' databases.
APPLICATION_ID = 0x464F5556
ENTETE_SQLITE = b"SQLite format 3\x00"
EXTENSION = ".forum"
DELAI_VERROU_MS = 3000

_CONSEIL_OUVRIR = "Choisissez un fichier de forum (.forum) ou créez un nouveau forum."


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
        raise FichierInvalide(
            chemin,
            "le fichier est en lecture seule.",
            "Copiez-le dans un dossier où vous pouvez écrire, ou retirez la protection "
            "en écriture, puis ouvrez la copie.",
        )
    if not os.access(chemin.parent, os.W_OK):
        raise FichierInvalide(
            chemin,
            "son dossier est en lecture seule (clé USB protégée ou support en lecture seule).",
            "Copiez le fichier sur le disque de l'ordinateur, puis ouvrez la copie.",
        )


def _connexion_nue(chemin: Path, *, ecriture: bool) -> sqlite3.Connection:
    mode = "rw" if ecriture else "ro"
    return sqlite3.connect(
        f"{chemin.as_uri()}?mode={mode}", uri=True, timeout=DELAI_VERROU_MS / 1000
    )


def _revision_du_fichier(chemin: Path, *, verrou: bool = True) -> str | None:
    """La révision de schéma enregistrée, lue par une connexion nue qui n'écrit rien."""
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
        raise FichierInvalide(
            chemin, f"le fichier est endommagé ({exc}).", _CONSEIL_OUVRIR
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise FichierInvalide(
            chemin, f"le fichier est endommagé ({exc}).", _CONSEIL_OUVRIR
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


def sauvegarder(source: Path, destination: Path) -> Path:
    """Copie cohérente d'un forum par l'API de sauvegarde de SQLite (même pendant l'édition)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporaire = destination.with_name(destination.name + ".partiel")
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(temporaire)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    os.chmod(temporaire, 0o600)
    os.replace(temporaire, destination)
    return destination


class BaseForum:
    """Un fichier de forum ouvert : le moteur SQLAlchemy et ses transactions."""

    def __init__(self, moteur: Engine, chemin: Path | None) -> None:
        self.moteur = moteur
        self.chemin = chemin
        self._fabrique = sessionmaker(moteur, expire_on_commit=False)
        self._fabrique_ecriture = sessionmaker(
            moteur.execution_options(ecriture=True), expire_on_commit=False
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Une transaction d'écriture : validée en sortie normale, annulée sur exception."""
        with self._fabrique_ecriture.begin() as session:
            yield session

    @contextmanager
    def lecture(self) -> Iterator[Session]:
        with self._fabrique() as session:
            yield session

    def fermer(self) -> None:
        self.moteur.dispose()


def ouvrir(chemin: Path | str, dossier_sauvegardes: Path) -> BaseForum:
    """Ouvre un forum existant, migré au besoin après une sauvegarde ; refuse sans écrire sinon."""
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


def creer(chemin: Path | str) -> BaseForum:
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


def verifier(chemin: Path | str) -> list[str]:
    """Problèmes d'intégrité et de schéma d'un forum, en français ; liste vide si sain."""
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
