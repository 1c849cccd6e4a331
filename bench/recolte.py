"""Le formulaire de récolte : le coût d'une autosauvegarde, et passer d'un atelier à l'autre.

On the demo forum, one session gets a 5,000-word report with 50 versions of history; another
is the demo's report with its flip-chart photo.
  - one autosave commit through the application layer (app.operations.recoltes.enregistrer):
    median and 95th percentile, on the disk of the temporary folder, then on /dev/shm when it
    exists (a RAM file system: what is left is the CPU, without the fsync of synchronous=FULL);
  - one autosave as the form does it (read the fields, compare, commit, tell the pages);
  - switching between the two sessions in the page (save, read, fill, paint).
Prints `bench: <name> <value> <unit>` lines. Targets: commit p95 <= 5 ms, switch <= 100 ms.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.demo import document_demo
from app.demo.commun import uuid_de
from app.document import DocumentForum
from app.echange.importer import importer_document
from app.operations import recoltes
from app.operations.recoltes import ContenuRecolte
from vues.pages.recolte import PageRecolte
from vues.session import SessionForum

REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "200"))
LONG = UUID(uuid_de("demo:sujet:7"))
AVEC_PHOTO = UUID(uuid_de("demo:sujet:2"))
MOTS = 5000
VERSIONS = 50


def ms(secondes: float) -> str:
    return f"{secondes * 1000:.2f}"


def p95(durees: list[float]) -> float:
    return statistics.quantiles(durees, n=20)[-1]


def texte_long(mots: int, graine: int = 5) -> str:
    """Des paragraphes et des listes tirés du vocabulaire de la démo, `mots` mots en tout."""
    source = " ".join(r["points_saillants"] for r in document_demo()["recoltes"]).split()
    hasard = random.Random(graine)
    paragraphes = []
    compte = 0
    while compte < mots:
        taille = min(hasard.randint(40, 90), mots - compte)
        phrase = " ".join(hasard.choice(source) for _ in range(taille))
        paragraphes.append(f"- {phrase}" if hasard.random() < 0.3 else phrase)
        compte += taille
    return "\n\n".join(paragraphes)


def preparer(chemin: Path) -> None:
    importer_document(document_demo(), chemin)
    document = DocumentForum.ouvrir(chemin)
    texte = texte_long(MOTS)
    for rang in range(VERSIONS):
        contenu = ContenuRecolte(
            points_saillants=f"{texte}\n\nVersion {rang}.",
            propositions="- Une proposition\n- Une autre",
            mots_cles=("bench", "récolte"),
        )
        recoltes.enregistrer(document, LONG, contenu, auteur="Banc d'essai")
    document.fermer()


def commits(chemin: Path) -> list[float]:
    document = DocumentForum.ouvrir(chemin)
    fiche = recoltes.lire_recolte(document, LONG)
    contenu = fiche.contenu
    durees = []
    for rang in range(REPETITIONS):
        contenu = replace(contenu, points_saillants=contenu.points_saillants + f" mot{rang}")
        debut = time.perf_counter()
        resultat = recoltes.enregistrer(document, LONG, contenu, version_attendue=fiche.version)
        durees.append(time.perf_counter() - debut)
        fiche = replace(fiche, version=resultat.version)
    document.fermer()
    return durees


def interface(application: QApplication, chemin: Path) -> tuple[list[float], list[float]]:
    session = SessionForum(DocumentForum.ouvrir(chemin))
    page = PageRecolte(session)
    page.resize(1440, 900)
    page.show()
    application.processEvents()
    page.choisir(LONG)
    application.processEvents()
    editeur = page.formulaire.saisie.editeurs["points_saillants"]
    sauvegardes = []
    for rang in range(REPETITIONS // 4):
        editeur.insertPlainText(f" ajout{rang}")
        debut = time.perf_counter()
        page.enregistrer_maintenant()
        application.processEvents()
        sauvegardes.append(time.perf_counter() - debut)
    changements = []
    for rang in range(40):
        debut = time.perf_counter()
        page.choisir(AVEC_PHOTO if rang % 2 == 0 else LONG)
        application.processEvents()
        changements.append(time.perf_counter() - debut)
    page.close()
    session.fermer()
    return sauvegardes, changements


def octets_des_versions(chemin: Path) -> int:
    """Ce que l'historique occupe dans le fichier (le texte JSON des versions)."""
    with sqlite3.connect(chemin) as cnx:
        (total,) = cnx.execute("SELECT SUM(LENGTH(contenu)) FROM version_recolte").fetchone()
    return int(total or 0)


def main() -> None:
    application = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as dossier:
        os.environ["FORUM_OUVERT_DOSSIER"] = dossier
        chemin = Path(dossier) / "recolte.forum"
        preparer(chemin)
        disque = commits(chemin)
        sauvegardes, changements = interface(application, chemin)
        document = DocumentForum.ouvrir(chemin)
        debut = time.perf_counter()
        versions = recoltes.historique(document, LONG)
        lecture_historique = time.perf_counter() - debut
        document.fermer()
        octets = octets_des_versions(chemin)
    memoire: list[float] = []
    if Path("/dev/shm").is_dir():
        with tempfile.TemporaryDirectory(dir="/dev/shm") as dossier:
            chemin = Path(dossier) / "recolte.forum"
            preparer(chemin)
            memoire = commits(chemin)
    mots = len(versions[0].contenu.points_saillants.split())
    print(f"# {mots} mots, {len(versions)} versions")
    print(f"bench: recolte_autosauvegarde_commit_p50 {ms(statistics.median(disque))} ms")
    print(f"bench: recolte_autosauvegarde_commit_p95 {ms(p95(disque))} ms")
    if memoire:
        print(f"bench: recolte_autosauvegarde_commit_p50_tmpfs {ms(statistics.median(memoire))} ms")
        print(f"bench: recolte_autosauvegarde_commit_p95_tmpfs {ms(p95(memoire))} ms")
    print(f"bench: recolte_autosauvegarde_formulaire_p95 {ms(p95(sauvegardes))} ms")
    print(f"bench: recolte_changer_d_atelier_p50 {ms(statistics.median(changements))} ms")
    print(f"bench: recolte_changer_d_atelier_p95 {ms(p95(changements))} ms")
    # The first switch also decodes the flip-chart photo's thumbnail (then kept).
    print(f"bench: recolte_changer_d_atelier_premier {ms(changements[0])} ms")
    # Versions are retouches of the previous one, with a full state every 20.
    print(f"bench: recolte_octets_par_version {octets / len(versions):.0f} octets")
    print(f"bench: recolte_lire_historique_{len(versions)}_versions {ms(lecture_historique)} ms")


if __name__ == "__main__":
    main()
