"""Sauvegarde automatique d'un forum de 200 Mo : sa durée, et l'interface pendant ce temps.

Prints `bench: <name> <value> <unit>` lines. Targets (issue 7): a backup of a 200 MB forum
file takes <= 2 s, and does not block the GUI (it runs off the GUI thread): the longest gap
between two ticks of a 10 ms timer on the GUI thread while it runs is reported.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TAILLE_MO = 200
PHOTO_MO = 2


def forum_de(taille_mo: int, dossier: Path) -> Path:
    from sqlalchemy import select

    from app.demo import document_demo
    from app.document import DocumentForum
    from app.echange.importer import importer_document
    from modeles.entites import Photo, Recolte

    chemin = dossier / "gros.forum"
    importer_document(document_demo(), chemin)
    document = DocumentForum.ouvrir(chemin)
    try:
        # Photos are what makes a forum file big: incompressible bytes, as JPEG data is.
        with document.transaction() as session:
            recolte = session.scalars(select(Recolte).limit(1)).one()
            for rang in range(taille_mo // PHOTO_MO):
                recolte.photos.append(
                    Photo(
                        rang=rang + 10,
                        type_mime="image/jpeg",
                        largeur=2400,
                        hauteur=1800,
                        donnees=os.urandom(PHOTO_MO * 1024 * 1024),
                    )
                )
    finally:
        document.fermer()
    return chemin


def main() -> None:
    with tempfile.TemporaryDirectory() as dossier:
        os.environ["FORUM_OUVERT_DOSSIER"] = str(Path(dossier) / "donnees")
        from app import sauvegardes

        forum = forum_de(TAILLE_MO, Path(dossier))
        taille = forum.stat().st_size / 1024 / 1024
        durees = []
        for _ in range(3):
            debut = time.perf_counter()
            sauvegardes.sauvegarder_forum(forum, "periodique", garder=2)
            durees.append(time.perf_counter() - debut)
        print(f"bench: sauvegarde_taille_forum {taille:.0f} Mo")
        print(f"bench: sauvegarde_{TAILLE_MO}_mo {statistics.median(durees):.2f} s")

        from PySide6.QtCore import QElapsedTimer, QTimer
        from PySide6.QtWidgets import QApplication

        from vues.travaux import Travail

        application = QApplication([])
        ecarts: list[int] = []
        horloge = QElapsedTimer()
        horloge.start()
        tic = QTimer()
        tic.setInterval(10)

        def noter() -> None:
            ecarts.append(int(horloge.restart()))

        tic.timeout.connect(noter)
        travail = Travail(lambda _c: sauvegardes.sauvegarder_forum(forum, "periodique", garder=2))
        travail.termine.connect(lambda _r: application.quit())
        travail.echoue.connect(lambda _m: application.quit())
        tic.start()
        horloge.restart()
        travail.lancer()
        application.exec()
        print(f"bench: sauvegarde_interface_plus_long_ecart {max(ecarts[1:] or [0])} ms")


if __name__ == "__main__":
    main()
