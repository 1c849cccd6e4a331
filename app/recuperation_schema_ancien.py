"""Récupérer un forum abîmé d'un schéma ancien : ses lignes lisibles, à sa forme, puis migrées.

The damaged copy cannot be migrated in place (a migration rebuilds tables and would stumble on
the damaged pages). Its schema is still readable (else nothing is): a new file is made with
exactly that schema, the readable rows are written into it, references to lost rows are cleared
or their rows dropped (as `PRAGMA foreign_key_check` reports them), and this clean file at the
old revision is migrated like any other. The migrations thus transform the recovered data as
they transform a healthy file (free-text themes into theme rows, and so on).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from app.recuperation import BilanTable
from app.recuperation_lecture import Lecteur, connexion_lecture
from modeles import stockage


def reconstruire(copie: Path, dossier: Path) -> tuple[Path, dict[str, BilanTable]]:
    """Un fichier sain, au schéma courant, de ce qui se lit de `copie` ; et les pertes par table."""
    reconstruit = dossier / "reconstruit.forum"
    pertes: dict[str, BilanTable] = {}
    with (
        closing(connexion_lecture(copie)) as source,
        closing(sqlite3.connect(reconstruit, isolation_level=None)) as dst,
    ):
        dst.execute(f"PRAGMA application_id = {stockage.APPLICATION_ID}")
        objets = source.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC, rowid"
        ).fetchall()
        dst.execute("BEGIN")
        for _genre, _nom, sql in objets:
            dst.execute(sql)
        for genre, nom, _sql in objets:
            if genre != "table":
                continue
            colonnes = [ligne[1] for ligne in source.execute(f'PRAGMA table_info("{nom}")')]
            lecteur = Lecteur(source, nom, colonnes)
            lecteur.lire()
            bilan = pertes[nom] = BilanTable(nom)
            bilan.illisibles, bilan.fin_illisible = lecteur.illisibles, lecteur.fin_illisible
            liste = ", ".join(f'"{c}"' for c in colonnes)
            marques = ", ".join("?" * len(colonnes))
            for rowid in sorted(lecteur.lignes):
                try:
                    dst.execute(
                        f'INSERT INTO "{nom}" ({liste}) VALUES ({marques})', lecteur.lignes[rowid]
                    )
                except sqlite3.IntegrityError:
                    bilan.rejetees += 1
        _reparer_references(dst, pertes)
        dst.execute("COMMIT")
    stockage.ouvrir(reconstruit, dossier / "sauvegardes").fermer()
    # The rows counted here are counted again, as recovered, when the migrated file is read.
    return reconstruit, pertes


def _reparer_references(dst: sqlite3.Connection, pertes: dict[str, BilanTable]) -> None:
    """Efface les références vers des lignes perdues, ou retire les lignes qui en dépendent."""
    while True:
        brisees = dst.execute("PRAGMA foreign_key_check").fetchall()
        if not brisees:
            return
        for table, rowid, _parent, numero in brisees:
            cles = [
                ligne[3]
                for ligne in dst.execute(f'PRAGMA foreign_key_list("{table}")')
                if ligne[0] == numero
            ]
            obligatoires = {
                ligne[1] for ligne in dst.execute(f'PRAGMA table_info("{table}")') if ligne[3]
            }
            bilan = pertes.setdefault(table, BilanTable(table))
            if obligatoires & set(cles):
                retirees = dst.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                bilan.rejetees += retirees.rowcount
            else:
                valeurs = ", ".join(f'"{c}" = NULL' for c in cles)
                dst.execute(f'UPDATE "{table}" SET {valeurs} WHERE rowid = ?', (rowid,))
                bilan.references_effacees += 1
