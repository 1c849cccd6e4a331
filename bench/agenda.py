"""Le mur de l'agenda sur un grand forum : déplacer, filtrer, ouvrir la page.

On a synthetic forum of 30 rooms x 24 workshop slots (6 days of 4 rounds) and 700 topics:
  - moving a topic: the undo command, the database write and the wall's model update;
  - filtering the marketplace's 5,000 topics by text;
  - opening the agenda page (built, loaded and painted).
Prints `bench: <name> <value> <unit>` lines. Targets: 16 ms, 50 ms and 300 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from app import lectures
from app.demo import document_synthetique
from app.document import DocumentForum
from app.echange.importer import importer_document
from vues.pages.agenda import PageAgenda
from vues.pages.marche import PageMarche
from vues.session import SessionForum

REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "40"))


def ms(secondes: float) -> str:
    return f"{secondes * 1000:.1f}"


def forum(dossier: Path, nom: str, sujets: int, **dimensions: int) -> SessionForum:
    chemin = dossier / nom
    importer_document(document_synthetique(sujets, **dimensions), chemin)
    return SessionForum(DocumentForum.ouvrir(chemin))


def ouvrir_agenda(application: QApplication, session: SessionForum) -> tuple[float, PageAgenda]:
    debut = time.perf_counter()
    page = PageAgenda(session)
    page.resize(1600, 1000)
    page.show()
    application.processEvents()
    return time.perf_counter() - debut, page


def deplacer(application: QApplication, session: SessionForum, page: PageAgenda) -> list[float]:
    """Aller-retour d'un atelier entre sa case et une case libre du même jour."""
    durees = []
    sujets = [s for s in page.sujets() if s.place]
    modele = page.modele_mur
    libres = [
        modele.case(modele.index(r, c))
        for r in range(modele.rowCount())
        for c in range(modele.columnCount())
        if modele.est_atelier(modele.index(r, c)) and modele.occupation(modele.index(r, c)) is None
    ]
    jour = {c.uuid for c in page.modele_mur._creneaux}  # the day shown
    du_jour = [s for s in sujets if s.creneau in jour]
    for rang in range(REPETITIONS):
        sujet = page.sujet(du_jour[rang % len(du_jour)].uuid)
        assert sujet is not None and sujet.salle is not None and sujet.creneau is not None
        creneau, salle = libres[rang % len(libres)]
        # The drop's own path: the gesture pushes the command, the page repaints.
        for cible in ((salle, creneau), (sujet.salle, sujet.creneau)):
            debut = time.perf_counter()
            assert page.gestes.deposer(sujet.uuid, *cible)
            application.processEvents()
            durees.append(time.perf_counter() - debut)
    assert session.pile.count() == 2 * REPETITIONS
    return durees


def filtrer(application: QApplication, session: SessionForum) -> tuple[list[float], int]:
    page = PageMarche(session)
    page.resize(1400, 900)
    page.show()
    application.processEvents()
    motifs = ["tra", "ecosysteme", "concertation", "zzz", "quartier", ""]
    durees = []
    for rang in range(REPETITIONS):
        debut = time.perf_counter()
        page.filtre.definir_motif(motifs[rang % len(motifs)])
        durees.append(time.perf_counter() - debut)
    return durees, page.modele.rowCount()


def main() -> None:
    application = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as dossier:
        os.environ["FORUM_OUVERT_DOSSIER"] = dossier
        mur = forum(Path(dossier), "mur.forum", 700, nombre_jours=6, nombre_salles=30)
        salles, creneaux = len(mur.lire(lectures.salles)), mur.lire(lectures.creneaux)
        ateliers = sum(1 for c in creneaux if c.nature.value == "atelier")
        ouvertures = []
        for _ in range(5):
            duree, page = ouvrir_agenda(application, mur)
            ouvertures.append(duree)
            page.close()
            page.deleteLater()
            # processEvents() leaves deferred deletes alone: a dead page would keep listening.
            application.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        duree, page = ouvrir_agenda(application, mur)
        deplacements = deplacer(application, mur, page)
        mur.fermer()
        grand = forum(Path(dossier), "grand.forum", 5000)
        filtres, lignes = filtrer(application, grand)
        grand.fermer()
    print(
        f"# mur : {salles} salles x {ateliers} créneaux d'atelier, 700 sujets ; "
        f"marché : {lignes} sujets"
    )
    print(f"bench: agenda_ouvrir_page_700_sujets {ms(statistics.median(ouvertures))} ms")
    print(f"bench: agenda_deplacer_mediane {ms(statistics.median(deplacements))} ms")
    print(f"bench: agenda_deplacer_p95 {ms(statistics.quantiles(deplacements, n=20)[18])} ms")
    print(f"bench: marche_filtrer_5000_sujets_mediane {ms(statistics.median(filtres))} ms")


if __name__ == "__main__":
    main()
