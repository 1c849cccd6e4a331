"""Ce que la partie « Écosystème » ajoute au temps du livre des actes, sur un grand forum.

On a synthetic forum of 800 sessions, side by side in one run: the full book, and the same book
with the ecosystem part left out of plan_du_livre (its reading function answers None, as for a
forum without actor types). Each measurement runs in its own child process, warmed by an untimed
book of the demonstration forum; the two alternate, REPETITIONS times each, and the best of each
is kept. Target: the ecosystem part adds at most 10 % to the book's time.
Prints `bench: <name> <value> <unit>` lines.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from _enfant import mesure_enfant, pages

TAILLE = int(os.environ.get("BENCH_ACTES_ECOSYSTEME_TAILLE", "800"))
REPETITIONS = int(os.environ.get("BENCH_REPETITIONS_ACTES", "3"))


def mesurer(genre: str, forum: Path, sortie: Path) -> None:
    """Dans le processus enfant : une mesure, imprimée en JSON sur la dernière ligne."""
    import app.actes.livre as livre
    from app.actes import LivreDesActes
    from app.document import DocumentForum

    if genre == "sans":
        # The same book without its ecosystem part: no lens read, no part drawn.
        setattr(livre, "lire_ecosysteme", lambda document: None)  # noqa: B010
    demo = DocumentForum.ouvrir(forum.with_name("demo.forum"))
    LivreDesActes(demo).rendre(sortie.with_name(f"echauffement-{os.getpid()}.pdf"))
    demo.fermer()

    document = DocumentForum.ouvrir(forum)
    debut, debut_cpu = time.perf_counter(), time.process_time()
    LivreDesActes(document).rendre(sortie)
    secondes, cpu = time.perf_counter() - debut, time.process_time() - debut_cpu
    document.fermer()
    print(json.dumps({"secondes": secondes, "cpu": cpu}))


def enfant(genre: str, forum: Path, sortie: Path) -> dict[str, float]:
    return mesure_enfant(__file__, genre, str(forum), str(sortie))


def main() -> None:
    from app.demo import document_demo, document_synthetique
    from app.echange.importer import importer_document

    with tempfile.TemporaryDirectory() as dossier:
        os.environ["FORUM_OUVERT_DOSSIER"] = dossier
        importer_document(document_demo(), Path(dossier) / "demo.forum")
        forum = Path(dossier) / f"synthetique-{TAILLE}.forum"
        importer_document(document_synthetique(TAILLE), forum)
        essais: dict[str, list[dict[str, float]]] = {"sans": [], "avec": []}
        for _ in range(REPETITIONS):
            for genre, liste in essais.items():
                liste.append(enfant(genre, forum, Path(dossier) / f"{genre}.pdf"))
        meilleurs = {
            genre: {cle: min(e[cle] for e in liste) for cle in ("secondes", "cpu")}
            for genre, liste in essais.items()
        }
        feuilles = {genre: pages(Path(dossier) / f"{genre}.pdf") for genre in essais}
    avec, sans = meilleurs["avec"], meilleurs["sans"]
    print(
        f"# {TAILLE} ateliers : livre {feuilles['avec']} pages, sans écosystème {feuilles['sans']}"
    )
    print(f"bench: actes_avec_ecosysteme_{TAILLE}_ateliers {avec['secondes']:.2f} s")
    print(f"bench: actes_sans_ecosysteme_{TAILLE}_ateliers {sans['secondes']:.2f} s")
    surcout = 100 * (avec["secondes"] / sans["secondes"] - 1)
    surcout_cpu = 100 * (avec["cpu"] / sans["cpu"] - 1)
    print(f"bench: actes_surcout_ecosysteme_{TAILLE} {surcout:.1f} %")
    print(f"bench: actes_surcout_ecosysteme_{TAILLE}_cpu {surcout_cpu:.1f} %")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--mesure":
        mesurer(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main()
