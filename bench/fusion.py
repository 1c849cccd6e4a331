"""Fusionner trois fichiers de 400 ateliers (issue 7 : ≤ 3 s).

Three copies of a 400-session synthetic forum, each edited as on its own laptop (reports
rewritten, some of them on two laptops, topics added), then the two others merged into the
first. Prints `bench: <name> <value> <unit>` lines.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

SUJETS = 400
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "3"))


def preparer(dossier: Path) -> tuple[Path, Path, Path]:
    from app import lectures
    from app.demo import document_synthetique
    from app.document import DocumentForum
    from app.echange.importer import importer_document
    from app.operations import recoltes, sujets

    a = dossier / "a.forum"
    importer_document(document_synthetique(SUJETS), a)
    copies = [dossier / "b.forum", dossier / "c.forum"]
    for copie in copies:
        shutil.copyfile(a, copie)
    for rang, chemin in enumerate([a, *copies]):
        document = DocumentForum.ouvrir(chemin)
        try:
            places = [s for s in lectures.sujets(document) if s.place][:60]
            # Overlapping edits: reports 20 to 40 are rewritten on every laptop.
            for sujet in places[rang * 20 : rang * 20 + 40]:
                fiche = recoltes.lire_recolte(document, sujet.uuid)
                contenu = dataclasses.replace(
                    fiche.contenu,
                    points_saillants=f"Portable {rang} : {fiche.contenu.points_saillants}",
                )
                recoltes.enregistrer(document, sujet.uuid, contenu, version_attendue=fiche.version)
            for n in range(10):
                sujets.ajouter_sujet(document, f"Sujet {n} du portable {rang}")
        finally:
            document.fermer()
    return a, copies[0], copies[1]


def main() -> None:
    from app import fusion

    durees = []
    for _ in range(REPETITIONS):
        with tempfile.TemporaryDirectory() as dossier:
            os.environ["FORUM_OUVERT_DOSSIER"] = str(Path(dossier) / "donnees")
            a, b, c = preparer(Path(dossier))
            debut = time.perf_counter()
            rapport = fusion.fusionner(a, [b, c])
            durees.append(time.perf_counter() - debut)
    print(f"bench: fusion_conflits {len(rapport.conflits)} comptes_rendus")
    print(f"bench: fusion_3_fichiers_{SUJETS}_ateliers {statistics.median(durees):.2f} s")


if __name__ == "__main__":
    main()
