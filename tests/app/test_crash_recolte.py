"""Tué net pendant qu'il enregistre : le fichier reste sain et rien d'acquitté ne manque.

A child process runs the application layer's autosave path in a loop and prints each version
number once its transaction is committed; the test kills it with SIGKILL mid-loop, reopens the
file, and checks SQLite's integrity and that every acknowledged save is there.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from uuid import UUID

import pytest

from app.demo.commun import uuid_de
from app.document import DocumentForum
from app.operations import recoltes

RACINE = Path(__file__).resolve().parents[2]
SUJET = uuid_de("demo:sujet:7")

ENFANT = """
import sys
from uuid import UUID
from app.document import DocumentForum
from app.operations.recoltes import ContenuRecolte, enregistrer

document = DocumentForum.ouvrir(sys.argv[1])
sujet = UUID(sys.argv[2])
corps = "Un compte rendu qui s'allonge. " * 400
rang = int(sys.argv[3])
while True:
    rang += 1
    contenu = ContenuRecolte(points_saillants=f"{corps}sauvegarde {rang}", mots_cles=(str(rang),))
    resultat = enregistrer(document, sujet, contenu, auteur="enfant")
    # Printed only after the commit returned: this is the acknowledgement.
    print(resultat.version, rang, flush=True)
"""


def _tuer_pendant_qu_il_ecrit(chemin: Path, depart: int, acquits: int) -> list[tuple[int, int]]:
    environnement = {**os.environ, "PYTHONPATH": str(RACINE)}
    enfant = subprocess.Popen(
        [sys.executable, "-c", ENFANT, str(chemin), SUJET, str(depart)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=RACINE,
        env=environnement,
    )
    assert enfant.stdout is not None
    lus: list[tuple[int, int]] = []
    try:
        while len(lus) < acquits:
            ligne = enfant.stdout.readline()
            if not ligne:
                raise AssertionError(f"l'enfant s'est arrêté : {enfant.stderr.read()}")
            version, rang = map(int, ligne.split())
            lus.append((version, rang))
        os.kill(enfant.pid, signal.SIGKILL)
    finally:
        enfant.kill()
        reste, _ = enfant.communicate(timeout=30)
    # Lines flushed before the kill were acknowledged too.
    lus += [tuple(map(int, ligne.split())) for ligne in reste.splitlines() if ligne.strip()]
    assert enfant.returncode == -signal.SIGKILL
    return lus


@pytest.mark.lent
def test_un_arret_brutal_ne_perd_aucun_enregistrement_acquitte(chemin_demo: Path) -> None:
    hasard = random.Random(4)
    depart = 0
    for _ in range(3):
        acquittes = _tuer_pendant_qu_il_ecrit(chemin_demo, depart, hasard.randint(15, 40))
        with closing(sqlite3.connect(chemin_demo)) as cnx:
            assert [r[0] for r in cnx.execute("PRAGMA integrity_check")] == ["ok"]
        document = DocumentForum.ouvrir(chemin_demo)
        try:
            fiche = recoltes.lire_recolte(document, UUID(SUJET))
            versions = recoltes.historique(document, UUID(SUJET))
        finally:
            document.fermer()
        derniere_version, dernier_rang = max(acquittes)
        assert fiche.version >= derniere_version
        # The file holds the last acknowledged save or a later one, never an earlier one.
        rang_enregistre = int(fiche.texte("points_saillants").rsplit(" ", 1)[1])
        assert rang_enregistre >= dernier_rang
        rangs_gardes = {v.contenu.mots_cles[0] for v in versions if v.contenu.mots_cles}
        assert {str(rang) for _, rang in acquittes} <= rangs_gardes
        depart = rang_enregistre
