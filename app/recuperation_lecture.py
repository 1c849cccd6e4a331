"""Lire une copie de forum abîmé : ligne par ligne, en contournant les pages illisibles.

Each table is scanned by rowid; where a read fails, the next readable row is found by probing
further and further ahead, and the skipped range is halved until its unreadable rowids are
isolated (each one counted as lost: an estimate, since a rowid there may never have been used).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# Failed reads allowed per table before the rest of it is given up as unreadable.
BUDGET_ECHECS = 50_000
ROWID_MAX = 2**62


def completer(copie: Path) -> None:
    """Rallonge de zéros une copie tronquée jusqu'à la taille que dit son en-tête.

    SQLite refuses the whole schema when a table's root page lies past the end of the file; with
    the missing pages present (as zeros), only the tables that lived there are unreadable.
    """
    with copie.open("rb") as fichier:
        entete = fichier.read(100)
    if len(entete) < 100:
        return
    taille_page = int.from_bytes(entete[16:18], "big")
    taille_page = 65536 if taille_page == 1 else taille_page
    attendue = int.from_bytes(entete[28:32], "big") * taille_page
    actuelle = copie.stat().st_size
    if actuelle < attendue <= max(actuelle * 64, 1 << 30):
        os.truncate(copie, attendue)


def connexion_lecture(copie: Path) -> sqlite3.Connection:
    # immutable: no lock, no -shm; but a -wal must be read, which needs a normal read-only open.
    immuable = "" if Path(f"{copie}-wal").exists() else "&immutable=1"
    cnx = sqlite3.connect(f"{copie.as_uri()}?mode=ro{immuable}", uri=True)
    cnx.execute("PRAGMA query_only = ON")
    # Tolerates a damaged schema entry (one unreadable table) instead of refusing every table.
    cnx.execute("PRAGMA writable_schema = ON")
    return cnx


class Lecteur:
    """Lit une table par rowid en contournant les pages illisibles."""

    def __init__(self, cnx: sqlite3.Connection, table: str, colonnes: list[str]) -> None:
        self._cnx = cnx
        liste = ", ".join(f'"{c}"' for c in colonnes)
        self._sql = f'SELECT rowid, {liste} FROM "{table}" WHERE '
        self.lignes: dict[int, tuple[Any, ...]] = {}
        self.illisibles = 0
        self.fin_illisible = False
        self._echecs = 0

    def _garder(self, lignes: Iterable[tuple[Any, ...]]) -> int | None:
        dernier = None
        for ligne in lignes:
            self.lignes[ligne[0]] = ligne[1:]
            dernier = ligne[0]
        return dernier

    def lire(self) -> None:
        debut = 1  # Ids start at 1: a rowid 0 probe would only count a row that never was.
        while True:
            try:
                for ligne in self._cnx.execute(self._sql + "rowid >= ? ORDER BY rowid", (debut,)):
                    self.lignes[ligne[0]] = ligne[1:]
                    debut = ligne[0] + 1
                return
            except sqlite3.DatabaseError:
                self._echecs += 1
            # Damage at or after `debut`: probe further and further ahead for a readable row.
            pas = 1
            while True:
                sonde = debut + pas
                if sonde > ROWID_MAX or self._echecs > BUDGET_ECHECS:
                    self.fin_illisible = True
                    return
                try:
                    suivante = self._cnx.execute(
                        self._sql + "rowid >= ? ORDER BY rowid LIMIT 1", (sonde,)
                    ).fetchone()
                except sqlite3.DatabaseError:
                    self._echecs += 1
                    pas *= 2
                    continue
                self._bisecter(debut, sonde - 1)
                if suivante is None:
                    return
                debut = sonde
                break

    def _bisecter(self, bas: int, haut: int) -> None:
        """Garde ce qui se lit dans [bas, haut] ; compte les rowids qui restent illisibles."""
        pile = [(bas, haut)]
        while pile:
            bas, haut = pile.pop()
            try:
                self._garder(
                    self._cnx.execute(
                        self._sql + "rowid BETWEEN ? AND ? ORDER BY rowid", (bas, haut)
                    ).fetchall()
                )
                continue
            except sqlite3.DatabaseError:
                self._echecs += 1
            if bas == haut:
                self.illisibles += 1
            elif self._echecs > BUDGET_ECHECS:
                self.fin_illisible = True
            else:
                milieu = (bas + haut) // 2
                pile.extend(((milieu + 1, haut), (bas, milieu)))
