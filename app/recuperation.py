"""Récupérer ce qui peut être lu d'un fichier de forum abîmé, dans un nouveau fichier.

The damaged file itself is only ever read as bytes: it is copied (with its -wal) into a
temporary folder and the copy is read through a read-only connection, table by table in foreign
key order. Each table is scanned by rowid; where a read fails, the next readable row is found by
probing further and further ahead, and the skipped range is halved until its unreadable rowids
are isolated. The readable rows are written, same tables and same ids, into a fresh forum at the
current schema inside `creation_atomique`: the new file appears whole or not at all. A row whose
parent was lost is dropped, or kept without an optional reference; both are counted.

A file from an older schema is migrated on the copy first. If the copy does not open (damage),
its readable rows are rebuilt into a clean file of that same schema, which is then migrated
(app.recuperation_schema_ancien); should that fail too, the columns shared with the current
schema are copied and the others take the model's defaults. A file from a newer schema is
refused (its newer data would be lost silently); it can still be opened read-only.

This is SQLite page-level work on a .forum file by nature: it reads and writes with sqlite3,
outside SQLAlchemy, like the opening code of modeles/stockage.py.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.dialects import sqlite as dialecte_sqlite

from app.document import creation_atomique
from app.recuperation_lecture import Lecteur, completer, connexion_lecture
from modeles import stockage
from modeles.erreurs import (
    ErreurForum,
    FichierExistant,
    FichierInvalide,
    OperationAnnulee,
)
from modeles.migrations import REVISION_TETE

LIBELLES = {
    "forum": "forum",
    "salle": "salles",
    "creneau": "créneaux",
    "participant": "participants",
    "theme": "thèmes",
    "sujet": "sujets",
    "porteur_sujet": "porteurs de sujets",
    "recolte": "récoltes",
    "vote": "votes",
    "etape": "étapes de récolte",
    "photo": "photos",
    "presence_recolte": "présences aux récoltes",
    "version_recolte": "versions de récoltes",
    "plan_action": "plans d'action",
    "plan_sujet": "liens plan–sujet",
    "plan_theme": "liens plan–thème",
    "porteur_plan": "porteurs de plans",
}


class RienARecuperer(ErreurForum):
    """Rien de ce fichier ne peut devenir un forum ; aucun fichier n'a été créé."""

    def __init__(self, source: Path, raison: str) -> None:
        super().__init__(
            f"Rien n'a pu être récupéré de « {source} » : {raison} "
            "Aucun fichier n'a été créé et l'original n'a pas été modifié. "
            "Reprenez une sauvegarde (Fichier > Sauvegardes) si vous en avez une."
        )
        self.source = source


@dataclass
class BilanTable:
    """Ce qu'une table a donné : lignes reprises, illisibles, rejetées, références effacées."""

    table: str
    recuperees: int = 0
    illisibles: int = 0
    rejetees: int = 0
    references_effacees: int = 0
    fin_illisible: bool = False

    @property
    def perdues(self) -> int:
        return self.illisibles + self.rejetees

    @property
    def libelle(self) -> str:
        return LIBELLES.get(self.table, self.table)


@dataclass
class RapportRecuperation:
    source: Path
    cible: Path
    bilans: list[BilanTable] = field(default_factory=list)
    remarques: list[str] = field(default_factory=list)

    @property
    def recuperees(self) -> int:
        return sum(b.recuperees for b in self.bilans)

    @property
    def perdues(self) -> int:
        return sum(b.perdues for b in self.bilans)

    @property
    def complet(self) -> bool:
        return not any(b.perdues or b.fin_illisible or b.references_effacees for b in self.bilans)

    def bilan(self, table: str) -> BilanTable:
        return next(b for b in self.bilans if b.table == table)

    def texte(self) -> str:
        """Le rapport en français, une ligne par sorte de données."""
        lignes = [f"Récupération de « {self.source} » dans « {self.cible} » :"]
        for b in self.bilans:
            if not (b.recuperees or b.perdues or b.fin_illisible):
                continue
            ligne = f"– {b.libelle} : {b.recuperees} récupéré(s)"
            if b.perdues:
                environ = "environ " if b.illisibles else ""
                ligne += f", {environ}{b.perdues} perdu(s)"
                details = []
                if b.illisibles:
                    details.append(f"{b.illisibles} illisible(s)")
                if b.rejetees:
                    details.append(f"{b.rejetees} rattaché(s) à une donnée perdue ou invalide(s)")
                ligne += f" ({', '.join(details)})"
            if b.references_effacees:
                ligne += f" ; {b.references_effacees} lien(s) vers une donnée perdue retiré(s)"
            if b.fin_illisible:
                ligne += " ; la fin de cette table était illisible (pertes non dénombrées)"
            lignes.append(ligne + ".")
        lignes.append(
            f"En tout : {self.recuperees} élément(s) récupéré(s), {self.perdues} perdu(s)."
            if not self.complet
            else f"En tout : {self.recuperees} élément(s) récupéré(s), aucune perte constatée."
        )
        lignes.extend(self.remarques)
        lignes.append("L'original n'a pas été modifié.")
        return "\n".join(lignes)


Progression = Callable[[int, int], None]


def recuperer(
    source: Path | str,
    cible: Path | str,
    *,
    progression: Progression | None = None,
    annule: Callable[[], bool] | None = None,
) -> RapportRecuperation:
    """Écrit dans `cible` (nouveau fichier) tout ce qui se lit encore de `source`, sans y écrire."""
    source, cible = Path(source).absolute(), Path(cible).absolute()
    if cible == source:
        raise ErreurForum("Le forum récupéré doit porter un autre nom que le fichier abîmé.")
    if cible.exists():
        raise FichierExistant(cible)
    try:
        stockage.controler_entete(source)
    except FichierInvalide as exc:
        raise RienARecuperer(source, exc.raison) from exc
    rapport = RapportRecuperation(source, cible)
    with tempfile.TemporaryDirectory(prefix="forum-recuperation-") as dossier:
        copie = _copier(source, Path(dossier))
        a_lire, formes, pertes = _preparer_copie(copie, Path(dossier), rapport)
        with closing(connexion_lecture(a_lire)) as cnx:
            lues = _lire_tout(cnx, formes, rapport, progression, annule)
        for bilan in rapport.bilans:
            if bilan.table in pertes:
                _ajouter_pertes(bilan, pertes.pop(bilan.table))
        if not any(lignes for _colonnes, lignes in lues.values()):
            raise RienARecuperer(source, "aucune donnée du forum n'est lisible.")
        try:
            with creation_atomique(cible) as temporaire:
                _ecrire(temporaire, lues, rapport, Path(dossier))
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode == sqlite3.SQLITE_FULL:
                raise _disque_plein(cible.parent) from exc
            raise
    return rapport


def _disque_plein(dossier: Path) -> ErreurForum:
    return ErreurForum(
        f"Le disque de « {dossier} » est plein : le forum récupéré n'a pas été créé "
        "(l'original n'a pas été modifié). Libérez de la place ou choisissez un autre disque, "
        "puis recommencez."
    )


# --- Reading the copy ---------------------------------------------------------------------------


def _copier(source: Path, dossier: Path) -> Path:
    """Copie octet par octet du fichier et de son journal -wal, ouverts en lecture seulement."""
    copie = dossier / "copie.forum"
    try:
        shutil.copyfile(source, copie)
        wal = Path(f"{source}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{copie}-wal"))
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise _disque_plein(dossier) from exc
        raise RienARecuperer(source, f"le fichier ne peut pas être lu ({exc.strerror}).") from exc
    completer(copie)
    return copie


def _formes(copie: Path, source: Path) -> tuple[str | None, dict[str, list[str]]]:
    """La révision du schéma et les colonnes de chaque table, lues dans sqlite_master."""
    try:
        with closing(connexion_lecture(copie)) as cnx:
            tables = [
                nom
                for (nom,) in cnx.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            formes = {
                t: [ligne[1] for ligne in cnx.execute(f'PRAGMA table_info("{t}")')] for t in tables
            }
            revision = None
            if "alembic_version" in tables:
                try:
                    ligne = cnx.execute("SELECT version_num FROM alembic_version").fetchone()
                    revision = str(ligne[0]) if ligne else None
                except sqlite3.DatabaseError:
                    revision = None
    except sqlite3.DatabaseError as exc:
        raise RienARecuperer(
            source, f"la table des matières de la base est illisible ({exc})."
        ) from exc
    if not set(formes) & set(_tables_du_modele()):
        raise RienARecuperer(source, "la base ne contient aucune table de forum.")
    return revision, formes


def _preparer_copie(
    copie: Path, dossier: Path, rapport: RapportRecuperation
) -> tuple[Path, dict[str, list[str]], dict[str, BilanTable]]:
    """Le fichier à lire au schéma courant, ses tables, et les pertes d'une reconstruction."""
    revision, formes = _formes(copie, rapport.source)
    if revision == REVISION_TETE:
        return copie, formes, {}
    from modeles.migrations import executer

    if revision is not None and not executer.revision_connue(revision):
        raise RienARecuperer(
            rapport.source,
            f"il vient d'une version plus récente de Forum ouvert (schéma {revision}). "
            "Mettez à jour Forum ouvert, ou ouvrez-le en lecture seule.",
        )
    nom = revision or "inconnu"
    try:
        stockage.ouvrir(copie, dossier / "sauvegardes").fermer()
    except (ErreurForum, sqlite3.DatabaseError):
        pass
    else:
        rapport.remarques.append(
            f"Le fichier avait un schéma ancien ({nom}) : une copie a été mise à jour "
            "avant la lecture."
        )
        return copie, _formes(copie, rapport.source)[1], {}
    from app.recuperation_schema_ancien import reconstruire

    try:
        reconstruit, pertes = reconstruire(copie, dossier)
    except (ErreurForum, sqlite3.DatabaseError, RuntimeError):
        rapport.remarques.append(
            f"Le fichier a un schéma ancien ({nom}) et ce qui s'en lit n'a pas pu être mis à "
            "jour : les colonnes communes avec le schéma actuel ont été reprises, les autres "
            "ont reçu leur valeur par défaut (les données que les mises à jour transforment, "
            "comme les thèmes écrits en texte, sont perdues)."
        )
        return copie, formes, {}
    rapport.remarques.append(
        f"Le fichier avait un schéma ancien ({nom}) : ce qui s'en lisait a été remis dans un "
        "fichier de ce schéma, puis mis à jour comme un forum sain."
    )
    return reconstruit, _formes(reconstruit, rapport.source)[1], pertes


def _ajouter_pertes(bilan: BilanTable, avant: BilanTable) -> None:
    bilan.illisibles += avant.illisibles
    bilan.rejetees += avant.rejetees
    bilan.references_effacees += avant.references_effacees
    bilan.fin_illisible = bilan.fin_illisible or avant.fin_illisible


def _tables_du_modele() -> dict[str, Table]:
    import modeles.entites  # noqa: F401  (registers every table on the metadata)
    from modeles.base import Base

    return {t.name: t for t in Base.metadata.sorted_tables}


_Lignes = list[tuple[Any, ...]]


def _lire_tout(
    cnx: sqlite3.Connection,
    formes: dict[str, list[str]],
    rapport: RapportRecuperation,
    progression: Progression | None,
    annule: Callable[[], bool] | None,
) -> dict[str, tuple[list[str], _Lignes]]:
    tables = _tables_du_modele()
    lues: dict[str, tuple[list[str], _Lignes]] = {}
    for rang, (nom, table) in enumerate(tables.items()):
        if annule is not None and annule():
            raise OperationAnnulee("Récupération annulée : aucun fichier n'a été créé.")
        if progression is not None:
            progression(rang, len(tables))
        bilan = BilanTable(nom)
        rapport.bilans.append(bilan)
        colonnes = [c for c in formes.get(nom, []) if c in table.c]
        if not colonnes:
            continue  # A table that an older schema did not have yet.
        lecteur = Lecteur(cnx, nom, colonnes)
        lecteur.lire()
        bilan.illisibles, bilan.fin_illisible = lecteur.illisibles, lecteur.fin_illisible
        lues[nom] = (colonnes, [lecteur.lignes[r] for r in sorted(lecteur.lignes)])
    if progression is not None:
        progression(len(tables), len(tables))
    return lues


# --- Writing the new forum ----------------------------------------------------------------------


def _valeur_par_defaut(colonne: Column[Any]) -> tuple[bool, Any]:
    """(True, valeur stockée) si la colonne a un défaut Python ; (False, None) sinon."""
    defaut = colonne.default
    if defaut is None or not hasattr(defaut, "arg"):
        return False, None
    valeur = defaut.arg(None) if callable(defaut.arg) else defaut.arg
    traiter = colonne.type.bind_processor(dialecte_sqlite.dialect())
    return True, traiter(valeur) if traiter else valeur


def _ecrire(
    temporaire: Path,
    lues: dict[str, tuple[list[str], _Lignes]],
    rapport: RapportRecuperation,
    dossier: Path,
) -> None:
    stockage.creer(temporaire).fermer()
    with closing(sqlite3.connect(temporaire, isolation_level=None)) as dst:
        dst.execute("PRAGMA foreign_keys = ON")
        dst.execute("BEGIN IMMEDIATE")
        for nom, table in _tables_du_modele().items():
            if nom in lues:
                colonnes, lignes = lues[nom]
                _ecrire_table(dst, table, colonnes, lignes, rapport.bilan(nom))
        forums = dst.execute("SELECT count(*) FROM forum").fetchone()[0]
        dst.execute("COMMIT")
    if not forums:
        from modeles.entites import Forum

        base = stockage.ouvrir(temporaire, dossier / "sauvegardes")
        try:
            with base.transaction() as session:
                session.add(Forum(titre="Forum récupéré"))
        finally:
            base.fermer()
        rapport.remarques.append(
            "La fiche du forum (titre, dates, lieu) était illisible : "
            "elle a été recréée sous le titre « Forum récupéré »."
        )
    problemes = stockage.verifier(temporaire)
    if problemes:
        raise ErreurForum(
            "Le forum récupéré n'a pas passé la vérification ("
            + "; ".join(problemes[:3])
            + ") : aucun fichier n'a été créé."
        )


def _ecrire_table(
    dst: sqlite3.Connection,
    table: Table,
    colonnes: list[str],
    lignes: _Lignes,
    bilan: BilanTable,
) -> None:
    manquantes: dict[str, Any] = {}
    for colonne in table.columns:
        if colonne.name not in colonnes and colonne.server_default is None:
            avec, valeur = _valeur_par_defaut(colonne)
            if avec:
                manquantes[colonne.name] = valeur
    noms = [*colonnes, *manquantes]
    liste = ", ".join(f'"{n}"' for n in noms)
    sql = f'INSERT INTO "{table.name}" ({liste}) VALUES ({", ".join("?" * len(noms))})'
    cles = [
        (
            [e.parent.name for e in fk.elements],
            fk.referred_table,
            [e.column.name for e in fk.elements],
        )
        for fk in table.foreign_key_constraints
    ]
    existantes: dict[tuple[str, tuple[str, ...]], set[tuple[Any, ...]]] = {}

    def presentes(cible: Table, champs: list[str]) -> set[tuple[Any, ...]]:
        cle = (cible.name, tuple(champs))
        if cle not in existantes:
            liste = ", ".join(f'"{c}"' for c in champs)
            existantes[cle] = set(dst.execute(f'SELECT {liste} FROM "{cible.name}"'))
        return existantes[cle]

    differes: list[tuple[str, Any, list[str], tuple[Any, ...]]] = []
    cle_primaire = [c.name for c in table.primary_key]
    for ligne in lignes:
        valeurs = dict(zip(colonnes, ligne, strict=True))
        rejetee = False
        for locales, cible, distantes in cles:
            valeur = tuple(valeurs.get(c) for c in locales)
            if any(v is None for v in valeur):
                continue
            optionnelle = all(table.c[c].nullable for c in locales)
            if cible is table and optionnelle:
                # Within the table itself (a merged topic): linked once every row is written.
                differes.append((locales[0], valeurs.get(cle_primaire[0]), distantes, valeur))
                valeurs[locales[0]] = None
                continue
            if valeur in presentes(cible, distantes):
                continue
            if optionnelle:
                for c in locales:
                    valeurs[c] = None
                bilan.references_effacees += 1
            else:
                rejetee = True
                break
        if rejetee:
            bilan.rejetees += 1
            continue
        try:
            dst.execute(sql, [*(valeurs[c] for c in colonnes), *manquantes.values()])
        except sqlite3.IntegrityError:
            bilan.rejetees += 1
            continue
        bilan.recuperees += 1
    for champ, cle, distantes, valeur in differes:
        if valeur in presentes(table, distantes) or _existe(dst, table, distantes, valeur):
            dst.execute(
                f'UPDATE "{table.name}" SET "{champ}" = ? WHERE "{cle_primaire[0]}" = ?',
                (valeur[0], cle),
            )
        else:
            bilan.references_effacees += 1


def _existe(
    dst: sqlite3.Connection, table: Table, champs: list[str], valeur: tuple[Any, ...]
) -> bool:
    condition = " AND ".join(f'"{c}" = ?' for c in champs)
    return (
        dst.execute(f'SELECT 1 FROM "{table.name}" WHERE {condition}', valeur).fetchone()
        is not None
    )
