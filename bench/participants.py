"""Importer 10 000 participants d'un CSV d'inscriptions (Excel en français) dans un forum.

The file (UTF-8 with BOM, `;`, quoted cells, a tenth of the rows already known) is generated,
read, analysed and written in one transaction. Prints `bench: <name> <value> <unit>` lines.
Target: 2 s for the whole import (read + analyse + write) on the forum of the demo.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.demo import document_demo
from app.document import DocumentForum
from app.echange.importer import importer_document
from app.participants_csv import importer_participants, lire_csv, proposer_colonnes

NOMBRE = 10_000
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "3"))


def fichier(chemin: Path, nombre: int) -> Path:
    lignes = [
        "Prénom;Nom;Courriel;Téléphone;Organisme;Type d'acteur;Région;"
        "Consentement publication;Consentement coordonnées"
    ]
    for i in range(nombre):
        # One row in ten repeats an earlier e-mail address: a duplicate inside the file.
        courriel = f"p{i - 1 if i % 10 == 9 else i}@example.org"
        lignes.append(
            f'Prénom{i};"Nom-{i}";{courriel};418 555-{i % 10_000:04d};'
            f'"Organisme {i % 97}; section ""{i % 7}""";organisme communautaire;'
            f"Montréal;{'oui' if i % 2 else 'non'};{'x' if i % 3 else ''}"
        )
    chemin.write_bytes(("\ufeff" + "\r\n".join(lignes) + "\r\n").encode("utf-8"))
    return chemin


def une_fois(dossier: Path, rang: int, csv: Path) -> float:
    chemin = dossier / f"forum-{rang}.forum"
    importer_document(document_demo(), chemin)
    document = DocumentForum.ouvrir(chemin)
    try:
        debut = time.perf_counter()
        tableau = lire_csv(csv)
        rapport = importer_participants(document, tableau, proposer_colonnes(tableau.entetes))
        duree = time.perf_counter() - debut
    finally:
        document.fermer()
    if len(rapport.crees) + len(rapport.doublons) != NOMBRE:
        sys.exit(f"bench: import incomplet : {rapport.texte()}")
    return duree


def main() -> None:
    with tempfile.TemporaryDirectory() as temporaire:
        dossier = Path(temporaire)
        os.environ.setdefault("FORUM_OUVERT_DOSSIER", str(dossier / "donnees"))
        csv = fichier(dossier / "inscriptions.csv", NOMBRE)
        durees = [une_fois(dossier, rang, csv) for rang in range(REPETITIONS)]
    print(f"bench: participants_import_{NOMBRE} {statistics.median(durees):.3f} s")


if __name__ == "__main__":
    main()
