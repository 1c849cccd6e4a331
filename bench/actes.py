"""Le livre des actes sur de grands forums : temps, rapport au plancher reportlab, mémoire.

On synthetic forums of 200 and 800 sessions, side by side in one run:
  - the full book (LivreDesActes.rendre: reading the forum, Markdown, QR codes, agenda, steps,
    index, table of contents, "page X de Y"), timed from the open forum to the file on disk;
  - the floor (bench/_plancher_actes.py): the same paragraphs laid out once by a plain
    SimpleDocTemplate, nothing else.
Each measurement runs in its own child process, so its peak RSS (resource.getrusage) is its own.
Before its measurement, each child renders the small demonstration forum, untimed: book and
floor both start from a warm process (fonts registered, Babel's fr_CA data, SQLAlchemy's
statements and reportlab's lazy imports loaded), as in the application after a first export;
book and floor alternate, REPETITIONS times each, and the best of each is kept, so a busy
machine disturbs both alike. Wall-clock seconds are reported, and the ratios are also given in
CPU seconds (time.process_time), which other processes on the machine disturb much less.
Targets: book <= 1.3 x floor; 800 sessions <= 4.4 x 200 sessions; peak memory <= 500 MB.
Prints `bench: <name> <value> <unit>` lines.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from _enfant import mesure_enfant, pages

TAILLES = (200, 800)
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS_ACTES", "3"))


def mesurer(genre: str, forum: Path, sortie: Path) -> None:
    """Dans le processus enfant : une mesure, imprimée en JSON sur la dernière ligne."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from app.actes import LivreDesActes
    from app.document import DocumentForum

    demo = DocumentForum.ouvrir(forum.with_name("demo.forum"))
    LivreDesActes(demo).rendre(sortie.with_name(f"echauffement-{os.getpid()}.pdf"))
    demo.fermer()

    document = DocumentForum.ouvrir(forum)
    if genre == "livre":
        debut, debut_cpu = time.perf_counter(), time.process_time()
        LivreDesActes(document).rendre(sortie)
        secondes, cpu = time.perf_counter() - debut, time.process_time() - debut_cpu
    else:
        from _plancher_actes import plancher

        secondes, cpu = plancher(document, sortie)
    document.fermer()
    pic = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"secondes": secondes, "cpu": cpu, "memoire_mo": pic}))


def enfant(genre: str, forum: Path, sortie: Path) -> dict[str, float]:
    return mesure_enfant(__file__, genre, str(forum), str(sortie))


def main() -> None:
    from app.demo import document_demo, document_synthetique
    from app.echange.importer import importer_document

    with tempfile.TemporaryDirectory() as dossier:
        os.environ["FORUM_OUVERT_DOSSIER"] = dossier
        importer_document(document_demo(), Path(dossier) / "demo.forum")
        resultats: dict[tuple[int, str], dict[str, float]] = {}
        for taille in TAILLES:
            forum = Path(dossier) / f"synthetique-{taille}.forum"
            importer_document(document_synthetique(taille), forum)
            essais: dict[str, list[dict[str, float]]] = {"plancher": [], "livre": []}
            for _ in range(REPETITIONS):
                for genre, liste in essais.items():
                    liste.append(enfant(genre, forum, Path(dossier) / f"{genre}-{taille}.pdf"))
            for genre, liste in essais.items():
                resultats[taille, genre] = {
                    "secondes": min(e["secondes"] for e in liste),
                    "cpu": min(e["cpu"] for e in liste),
                    "memoire_mo": max(e["memoire_mo"] for e in liste),
                    "pages": pages(Path(dossier) / f"{genre}-{taille}.pdf"),
                }
    for taille in TAILLES:
        livre, plancher = resultats[taille, "livre"], resultats[taille, "plancher"]
        print(f"# {taille} ateliers : livre {livre['pages']:.0f} pages, ", end="")
        print(f"plancher {plancher['pages']:.0f} pages")
        print(f"bench: actes_livre_{taille}_ateliers {livre['secondes']:.2f} s")
        print(f"bench: actes_plancher_{taille}_ateliers {plancher['secondes']:.2f} s")
        rapport, rapport_cpu = (livre[k] / plancher[k] for k in ("secondes", "cpu"))
        print(f"bench: actes_rapport_au_plancher_{taille} {rapport:.2f} x")
        print(f"bench: actes_rapport_au_plancher_{taille}_cpu {rapport_cpu:.2f} x")
        print(f"bench: actes_memoire_pic_{taille}_ateliers {livre['memoire_mo']:.0f} Mo")
    grand, petit = resultats[800, "livre"], resultats[200, "livre"]
    print(f"bench: actes_croissance_800_sur_200 {grand['secondes'] / petit['secondes']:.2f} x")
    print(f"bench: actes_croissance_800_sur_200_cpu {grand['cpu'] / petit['cpu']:.2f} x")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--mesure":
        mesurer(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main()
