"""Un forum dans une base PostgreSQL (un serveur partagé sur le réseau du lieu).

The database is checked by a read-only connection before anything is written. Writers are
serialised by one advisory lock per database, taken at the start of every write transaction:
the same guarantee as SQLite's BEGIN IMMEDIATE, so the read-check-write code of the operations
(versions of a report, ranks, numbers) stays correct without retry loops. The driver (psycopg)
is imported by SQLAlchemy only when an engine for a server is created.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, func, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from modeles.base_forum import BaseForum, premiere_ligne
from modeles.erreurs import FichierInvalide, SchemaPlusRecent
from modeles.migrations import REVISION_TETE
from modeles.stockage_fichier import APPLICATION_ID

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
        f"le serveur ne répond pas ({premiere_ligne(erreur)}).",
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
