"""La salle de presse d'un grand forum : lire l'état des comptes rendus, ouvrir la page.

On a synthetic forum of 400 sessions, most with a one-page harvest (about 450 words each):
  - reading the newsroom's rows (app.presse.lignes_presse: columns, counts, word counts);
  - opening the page (built, loaded, shown and painted): the median, and the first time;
  - refreshing one row after a status change (the change set names the topic).
Prints `bench: <name> <value> <unit>` lines. Target: the page opens in 200 ms or less.
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

from app import presse
from app.changements import Changements, Genre
from app.demo import document_synthetique
from app.document import DocumentForum
from app.echange.importer import importer_document
from modeles.valeurs import StatutRecolte
from vues.pages.salle_de_presse import PageSalleDePresse
from vues.session import SessionForum

REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "15"))
SUJETS = 400


def ms(secondes: float) -> str:
    return f"{secondes * 1000:.1f}"


def ouvrir(application: QApplication, session: SessionForum) -> tuple[float, PageSalleDePresse]:
    debut = time.perf_counter()
    page = PageSalleDePresse(session, ouvrir_recolte=lambda _sujet: None)
    page.resize(1600, 1000)
    page.show()
    application.processEvents()
    return time.perf_counter() - debut, page


def fermer(application: QApplication, page: PageSalleDePresse) -> None:
    page.close()
    page.deleteLater()
    # processEvents() leaves deferred deletes alone: a dead page would keep listening.
    application.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def changer_statut(document: DocumentForum, numero: int, statut: StatutRecolte) -> Changements:
    """A direct write, as the harvest form's command will do it (it is not this bench's subject)."""
    from sqlalchemy import select

    from modeles.entites import Recolte, Sujet

    with document.transaction() as session:
        recolte = session.scalars(
            select(Recolte).join(Recolte.sujet).where(Sujet.numero == numero)
        ).one()
        recolte.statut = statut
        return Changements.de(Genre.RECOLTE, [recolte.sujet.uuid])


def main() -> None:
    application = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as dossier:
        os.environ["FORUM_OUVERT_DOSSIER"] = dossier
        chemin = Path(dossier) / "presse.forum"
        importer_document(document_synthetique(SUJETS), chemin)
        session = SessionForum(DocumentForum.ouvrir(chemin))
        lectures = []
        for _ in range(REPETITIONS):
            debut = time.perf_counter()
            lignes = presse.lignes_presse(session.document)
            lectures.append(time.perf_counter() - debut)
        ouvertures = []
        for _ in range(REPETITIONS):
            duree, page = ouvrir(application, session)
            ouvertures.append(duree)
            fermer(application, page)
        _, page = ouvrir(application, session)
        numero = next(ligne.numero for ligne in lignes if ligne.mots > 0)
        rafraichissements = []
        for rang in range(REPETITIONS):
            statut = StatutRecolte.PRETE if rang % 2 else StatutRecolte.A_RELIRE
            changements = changer_statut(session.document, numero, statut)
            debut = time.perf_counter()
            session.signaler(changements)
            application.processEvents()
            rafraichissements.append(time.perf_counter() - debut)
        fermer(application, page)
        session.fermer()
    mots = sum(ligne.mots for ligne in lignes)
    avec_texte = sum(1 for ligne in lignes if ligne.mots)
    print(
        f"# {len(lignes)} ateliers, {avec_texte} comptes rendus, "
        f"{mots // max(avec_texte, 1)} mots en moyenne"
    )
    print(f"bench: presse_lire_lignes_{SUJETS}_ateliers {ms(statistics.median(lectures))} ms")
    print(f"bench: presse_ouvrir_page_{SUJETS}_ateliers {ms(statistics.median(ouvertures))} ms")
    # The first opening also pays Qt's and Babel's one-time set-up (fonts, styles, locale data).
    print(f"bench: presse_ouvrir_page_{SUJETS}_ateliers_premiere {ms(ouvertures[0])} ms")
    print(f"bench: presse_rafraichir_un_statut {ms(statistics.median(rafraichissements))} ms")


if __name__ == "__main__":
    main()
