"""Ouvrir et créer un forum (fichier SQLite ou base PostgreSQL) sans jamais abîmer ce qu'on refuse.

Every check that can refuse a file runs before the first write: the header is read as bytes,
then a bare sqlite3 connection reads the schema revision. Only a file that passes is opened with
the pragmas (WAL changes the header) and, if needed, migrated after a backup.

A PostgreSQL database (a shared server on the venue's LAN) is checked the same way by a
read-only connection before anything is written. Writers there are serialised by one advisory
lock per database, taken at the start of every write transaction: the same guarantee as
SQLite's BEGIN IMMEDIATE, so the read-check-write code of the operations (versions of a report,
ranks, numbers) stays correct without retry loops.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, func, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from modeles.erreurs import (
    DisquePlein,
    ErreurForum,
    FichierEndommage,
    FichierExistant,
    FichierInvalide,
    FichierLectureSeule,
    FichierOccupe,
    ForumEnLectureSeule,
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


class BaseForum:
    """Un forum ouvert (fichier ou base d'un serveur) : le moteur SQLAlchemy et ses transactions.

    `chemin` is None for a server; `adresse` then names it, password hidden.
    """

    def __init__(
        self,
        moteur: Engine,
        chemin: Path | None,
        *,
        adresse: str | None = None,
        lecture_seule: bool = False,
    ) -> None:
        self.moteur = moteur
        self.chemin = chemin
        self.adresse = adresse if adresse is not None else str(chemin)
        self.lecture_seule = lecture_seule
        self.serveur = moteur.dialect.name == "postgresql"
        options: dict[str, Any] = {"ecriture": True}
        if self.serveur:
            # Under the write lock, each statement sees every committed write (READ COMMITTED);
            # reads keep one snapshot for the whole transaction (REPEATABLE READ, the default).
            options["isolation_level"] = "READ COMMITTED"
        self._fabrique = sessionmaker(moteur, expire_on_commit=False)
        self._fabrique_ecriture = sessionmaker(
            moteur.execution_options(**options), expire_on_commit=False
        )
        self._suivi = _Suivi()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Une transaction d'écriture : validée en sortie normale, annulée sur exception."""
        if self.lecture_seule:
            raise ForumEnLectureSeule(self.adresse)
        suivi = self._suivi
        with self._disque_plein(), self._connexion_perdue(), suivi.ecriture() as noter:
            with self._fabrique_ecriture.begin() as session:
                # Read under the write lock: nobody else can commit between these two reads
                # and this transaction's own commit.
                avant = empreinte(session) if suivi.actif else None
                yield session
                if suivi.actif:
                    session.flush()
                    apres = empreinte(session)
            if suivi.actif:
                noter(avant, apres)

    @contextmanager
    def lecture(self) -> Iterator[Session]:
        with self._connexion_perdue(), self._fabrique() as session:
            yield session

    def suivre_changements(self) -> None:
        """Commence à distinguer les écritures d'ailleurs (autre programme, autre portable)."""
        with self.lecture() as session:
            self._suivi.commencer(empreinte(session))

    def changements_externes(self) -> bool:
        """Vrai si quelqu'un d'autre a écrit depuis le dernier appel ; une requête légère."""
        generation = self._suivi.generation()
        if generation is None:
            return False
        with self.lecture() as session:
            actuelle = empreinte(session)
        return self._suivi.comparer(generation, actuelle)

    @contextmanager
    def _disque_plein(self) -> Iterator[None]:
        """SQLITE_FULL (disk or USB key full) becomes a French message; SQLite rolled back."""
        try:
            yield
        except (exc.OperationalError, sqlite3.OperationalError) as erreur:
            origine = getattr(erreur, "orig", None) or erreur
            code = getattr(origine, "sqlite_errorcode", None)
            if code != sqlite3.SQLITE_FULL and "disk is full" not in str(origine):
                raise
            raise DisquePlein(self.adresse) from erreur

    @contextmanager
    def _connexion_perdue(self) -> Iterator[None]:
        if not self.serveur:
            yield
            return
        try:
            yield
        except exc.DBAPIError as erreur:
            if not (erreur.connection_invalidated or isinstance(erreur, exc.OperationalError)):
                raise
            raise ErreurForum(
                f"La connexion au serveur {self.adresse} a été perdue ({_premiere_ligne(erreur)}). "
                "La dernière modification n'a pas été enregistrée ; vérifiez le réseau, "
                "puis réessayez."
            ) from erreur

    def fermer(self) -> None:
        self.moteur.dispose()


_Empreinte = tuple[Any, ...]


class _Suivi:
    """Ce que ce programme sait du forum, pour reconnaître les écritures des autres."""

    def __init__(self) -> None:
        self._verrou = threading.Lock()
        self.actif = False
        self._connue: _Empreinte | None = None
        self._externe = False
        self._generation = 0
        self._en_cours = 0

    def commencer(self, actuelle: _Empreinte) -> None:
        with self._verrou:
            self.actif, self._connue, self._externe = True, actuelle, False

    @contextmanager
    def ecriture(self) -> Iterator[Any]:
        def noter(avant: _Empreinte | None, apres: _Empreinte) -> None:
            with self._verrou:
                if avant != self._connue:
                    self._externe = True
                self._connue = apres

        with self._verrou:
            self._en_cours += 1
        try:
            yield noter
        finally:
            with self._verrou:
                self._en_cours -= 1
                self._generation += 1

    def generation(self) -> int | None:
        with self._verrou:
            return self._generation if self.actif else None

    def comparer(self, generation: int, actuelle: _Empreinte) -> bool:
        with self._verrou:
            if self._en_cours or generation != self._generation:
                # One of our own writes ran meanwhile: this reading may mix it in; next time.
                externe, self._externe = self._externe, False
                return externe
            externe = self._externe or actuelle != self._connue
            self._connue, self._externe = actuelle, False
            return externe


def _requete_empreinte() -> Any:
    """Une seule requête : par table, lignes, plus grand id, dernière modification, versions.

    Written as SQL text from the tables' own names: compiling the same query from SQLAlchemy
    constructs cost more than a dozen milliseconds at the opening of each forum, for a query
    that runs in under one (the names are the model's, never user input).
    """
    import modeles.entites  # noqa: F401  (registers every table on the metadata)
    from modeles.base import Base

    mesures: list[str] = []
    for table in Base.metadata.sorted_tables:
        mesures.append(f"(SELECT count(*) FROM {table.name})")
        for nom, agregat in (("id", "max"), ("modifie_le", "max"), ("version", "sum")):
            if nom in table.c:
                mesures.append(f"(SELECT {agregat}({nom}) FROM {table.name})")
        if "points" in table.c:
            mesures.append(f"(SELECT sum(points) FROM {table.name})")
    return text("SELECT " + ", ".join(mesures))


_EMPREINTE: Any = None


def empreinte(session: Session) -> _Empreinte:
    """L'état du forum en une ligne : change dès qu'une ligne est ajoutée, retirée ou modifiée.

    `modifie_le` comes from each laptop's clock: an edit stamped earlier than the newest one
    of its table shows through the row counts, ids and versions only (keep clocks on time).
    """
    global _EMPREINTE
    if _EMPREINTE is None:
        _EMPREINTE = _requete_empreinte()
    return tuple(session.execute(_EMPREINTE).one())


def _premiere_ligne(erreur: BaseException) -> str:
    origine = getattr(erreur, "orig", None) or erreur
    return str(origine).strip().splitlines()[0] if str(origine).strip() else type(origine).__name__


def ouvrir(chemin: Path | str, dossier_sauvegardes: Path) -> BaseForum:
    """Ouvre un forum existant, migré au besoin après une sauvegarde ; refuse sans écrire sinon.

    An address (postgresql://...) opens a database on a server instead (`ouvrir_url`).
    """
    if est_url(chemin):
        return ouvrir_url(str(chemin))
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


def creer(chemin: Path | str) -> BaseForum:
    """Crée un fichier de forum vide au schéma courant ; refuse d'écraser un fichier existant.

    An address (postgresql://...) creates the forum in an empty database instead (`creer_url`).
    """
    if est_url(chemin):
        return creer_url(str(chemin))
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
    if est_url(chemin):
        return verifier_url(str(chemin))
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


# --- A shared PostgreSQL server ---------------------------------------------------------------

# Key of the advisory lock that serialises writers (pg_advisory_xact_lock): "FOUV" again.
VERROU_ECRITURE = APPLICATION_ID
DELAI_CONNEXION_S = 5
_CONSEIL_SERVEUR = (
    "Vérifiez l'adresse (postgresql://utilisateur:motdepasse@serveur/base), "
    "que le serveur est allumé et joignable sur le réseau, puis réessayez."
)


def est_url(cible: object) -> bool:
    """Vrai pour une adresse de serveur (postgresql://...), faux pour un chemin de fichier."""
    return isinstance(cible, str) and "://" in cible


def _adresse(url: str) -> URL:
    try:
        adresse = make_url(url)
    except exc.ArgumentError as erreur:
        raise FichierInvalide(
            url, "l'adresse du serveur est illisible.", _CONSEIL_SERVEUR
        ) from erreur
    if adresse.get_backend_name() != "postgresql":
        raise FichierInvalide(
            adresse.render_as_string(hide_password=True),
            "seuls les serveurs PostgreSQL sont pris en charge.",
            "Donnez une adresse postgresql://utilisateur:motdepasse@serveur/base.",
        )
    if adresse.drivername != "postgresql+psycopg":
        adresse = adresse.set(drivername="postgresql+psycopg")
    if not adresse.database:
        raise FichierInvalide(
            adresse.render_as_string(hide_password=True),
            "l'adresse ne nomme pas de base.",
            "Ajoutez le nom de la base à la fin : postgresql://utilisateur@serveur/base.",
        )
    return adresse


def nom_affichable(cible: Path | str) -> str:
    """Le nom d'un forum pour les messages : chemin, ou adresse sans son mot de passe."""
    if not est_url(cible):
        return str(cible)
    try:
        return make_url(str(cible)).render_as_string(hide_password=True)
    except exc.ArgumentError:
        return "(adresse illisible)"


def _moteur_postgres(adresse: URL, **options: Any) -> Engine:
    return create_engine(
        adresse,
        connect_args={
            "connect_timeout": DELAI_CONNEXION_S,
            "application_name": "forum-ouvert",
        },
        **options,
    )


def _moteur_serveur(adresse: URL) -> Engine:
    """Lectures en instantané (REPEATABLE READ) ; chaque écriture prend le verrou du forum."""
    # pre_ping: a laptop whose Wi-Fi dropped reconnects instead of failing its next edit.
    moteur = _moteur_postgres(adresse, isolation_level="REPEATABLE READ", pool_pre_ping=True)

    def commencer(connexion: Any) -> None:
        if connexion.get_execution_options().get("ecriture", False):
            connexion.exec_driver_sql(f"SELECT pg_advisory_xact_lock({VERROU_ECRITURE})")

    event.listen(moteur, "begin", commencer)
    return moteur


def _refus_connexion(adresse: URL, erreur: exc.DBAPIError) -> FichierInvalide:
    nom = adresse.render_as_string(hide_password=True)
    message = str(erreur.orig or erreur)
    bas = message.lower()
    if any(
        m in bas
        for m in (
            "password authentication failed",
            "no password supplied",
            "authentification par mot de passe",
            "aucun mot de passe",
            'role "',
            "le rôle",
        )
    ):
        return FichierInvalide(
            nom,
            "le serveur a refusé l'identification (utilisateur ou mot de passe incorrect).",
            "Vérifiez l'utilisateur et le mot de passe de l'adresse ; rien n'a été modifié.",
        )
    if "does not exist" in bas or "n'existe pas" in bas:
        return FichierInvalide(
            nom,
            f"la base « {adresse.database} » n'existe pas sur ce serveur.",
            "Demandez à la personne qui gère le serveur de la créer "
            f"(CREATE DATABASE {adresse.database}), ou vérifiez son nom.",
        )
    return FichierInvalide(
        nom,
        f"le serveur ne répond pas ({_premiere_ligne(erreur)}).",
        _CONSEIL_SERVEUR,
    )


def _inspecter_serveur(adresse: URL) -> tuple[str | None, set[str]]:
    """La révision et les tables de la base, lues par une connexion qui ne peut rien écrire."""
    moteur = _moteur_postgres(adresse, poolclass=NullPool)
    try:
        with moteur.connect() as brute:
            cnx = brute.execution_options(postgresql_readonly=True)
            tables = set(inspect(cnx).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = cnx.execute(text("SELECT version_num FROM alembic_version")).scalar()
            cnx.rollback()
    except exc.DBAPIError as erreur:
        raise _refus_connexion(adresse, erreur) from erreur
    finally:
        moteur.dispose()
    return (None if revision is None else str(revision)), tables


def _tables_du_forum() -> set[str]:
    import modeles.entites  # noqa: F401  (registers every table on the metadata)
    from modeles.base import Base

    return {*Base.metadata.tables, "alembic_version"}


def _controler_serveur(adresse: URL, *, vide_accepte: bool) -> str | None:
    """Refuse, sans rien écrire, une base qui n'est pas un forum que cette version sait ouvrir."""
    nom = adresse.render_as_string(hide_password=True)
    revision, tables = _inspecter_serveur(adresse)
    etrangeres = tables - _tables_du_forum()
    if etrangeres or (tables and "alembic_version" not in tables):
        exemples = ", ".join(sorted(etrangeres or tables)[:3])
        raise FichierInvalide(
            nom,
            f"cette base appartient à une autre application (tables : {exemples}).",
            "Utilisez une base vide réservée à Forum ouvert ; celle-ci n'a pas été modifiée.",
        )
    if revision is not None and revision != REVISION_TETE:
        from modeles.migrations import executer

        if not executer.revision_connue(revision):
            raise SchemaPlusRecent(
                nom,
                f"la base a été créée par une version plus récente de Forum ouvert "
                f"(schéma {revision}).",
                "Mettez à jour Forum ouvert sur ce portable ; la base n'a pas été modifiée.",
            )
    if revision is None and not vide_accepte:
        raise FichierInvalide(
            nom,
            "la base est vide : elle ne contient pas encore de forum.",
            "Créez-y un forum (par exemple « forum-ouvert importer » ou « forum-ouvert demo »), "
            "ou ouvrez-la depuis l'interface, qui y crée un forum vide.",
        )
    return revision


def base_vide(url: str) -> bool:
    """Vrai si la base du serveur ne contient encore aucune table (elle peut recevoir un forum)."""
    return not _inspecter_serveur(_adresse(url))[1]


def _migrer_serveur(moteur: Engine) -> None:
    """Migrations en une transaction (le DDL de PostgreSQL s'annule avec elle), sous le verrou.

    No backup file is written for a server: a failed migration leaves nothing behind, and the
    server's own backups (pg_dump) are its administrator's.
    """
    from modeles.migrations import executer

    executer.mettre_a_jour(
        moteur.execution_options(ecriture=True, isolation_level="READ COMMITTED")
    )


def ouvrir_url(url: str) -> BaseForum:
    """Ouvre le forum d'une base PostgreSQL, migrée au besoin ; refuse sans rien écrire sinon."""
    adresse = _adresse(url)
    revision = _controler_serveur(adresse, vide_accepte=False)
    moteur = _moteur_serveur(adresse)
    try:
        if revision != REVISION_TETE:
            _migrer_serveur(moteur)
    except exc.DBAPIError as erreur:
        moteur.dispose()
        raise _refus_connexion(adresse, erreur) from erreur
    return BaseForum(moteur, None, adresse=adresse.render_as_string(hide_password=True))


def creer_url(url: str) -> BaseForum:
    """Crée le schéma du forum dans une base vide ; refuse une base qui contient déjà des tables."""
    adresse = _adresse(url)
    nom = adresse.render_as_string(hide_password=True)
    if _controler_serveur(adresse, vide_accepte=True) is not None:
        raise FichierInvalide(
            nom,
            "cette base contient déjà un forum.",
            "Ouvrez-le, ou choisissez une base vide ; rien n'a été modifié.",
        )
    moteur = _moteur_serveur(adresse)
    try:
        _migrer_serveur(moteur)
    except exc.DBAPIError as erreur:
        moteur.dispose()
        raise _refus_connexion(adresse, erreur) from erreur
    return BaseForum(moteur, None, adresse=nom)


def effacer_forum_vide(url: str) -> None:
    """Retire le schéma d'un forum sans aucune donnée (import interrompu) ; sinon ne fait rien."""
    adresse = _adresse(url)
    try:
        revision = _controler_serveur(adresse, vide_accepte=True)
    except FichierInvalide:
        return
    if revision is None:
        return
    import modeles.entites  # noqa: F401
    from modeles.base import Base

    moteur = _moteur_serveur(adresse)
    try:
        with moteur.execution_options(
            ecriture=True, isolation_level="READ COMMITTED"
        ).begin() as cnx:
            for table in Base.metadata.sorted_tables:
                if cnx.execute(select(func.count()).select_from(table)).scalar():
                    return  # Something was written: never dropped.
            Base.metadata.drop_all(cnx)
            cnx.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        moteur.dispose()


def verifier_url(url: str) -> list[str]:
    """Problèmes de schéma d'un forum sur un serveur, en français ; liste vide si sain."""
    adresse = _adresse(url)
    try:
        revision = _controler_serveur(adresse, vide_accepte=True)
    except FichierInvalide as erreur:
        return [f"{erreur.raison} {erreur.conseil}"]
    if revision is None:
        return ["La base ne contient pas de schéma de forum."]
    if revision != REVISION_TETE:
        return [f"Le schéma ({revision}) est ancien ; il sera mis à jour à la prochaine ouverture."]
    # PostgreSQL enforces foreign keys itself; a forum row is what a usable forum needs.
    moteur = _moteur_postgres(adresse, poolclass=NullPool)
    try:
        with moteur.connect() as cnx:
            forums = cnx.execute(text("SELECT count(*) FROM forum")).scalar()
    finally:
        moteur.dispose()
    return [] if forums == 1 else [f"La base contient {forums} forums au lieu d'un seul."]
