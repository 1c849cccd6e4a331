"""Captures d'écran du forum de démonstration, pour le README (`make captures`, sous Xvfb).

Runs the real main window on a fresh copy of the demo forum and saves one PNG per page, so the
pictures stay true as the interface changes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DESTINATION = Path(__file__).resolve().parent / "captures"
PAGES = ["preparation", "marche", "agenda", "recolte", "presse", "actes", "convergence"]


def main() -> int:
    destination = Path(sys.argv[1]) if len(sys.argv) > 1 else DESTINATION
    destination.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as dossier:
        os.environ["FORUM_OUVERT_DOSSIER"] = dossier
        from PySide6.QtWidgets import QApplication

        from app import demarrage
        from vues.application import creer_application, reglages
        from vues.fenetre import FenetrePrincipale

        application = creer_application()
        fenetre = FenetrePrincipale(reglages())
        fenetre.ouvrir_au_demarrage(demarrage.forum_demo())
        fenetre.resize(1440, 900)
        fenetre.show()
        for rangee, nom in enumerate(PAGES):
            fenetre.navigation.setCurrentRow(rangee)
            for _ in range(5):
                application.processEvents()
            fenetre.grab().save(str(destination / f"{nom}.png"))
            print(destination / f"{nom}.png")
        # The projector as the room sees it, on the afternoon of the demo's first day.
        import datetime as dt

        from vues.projecteur import FenetreProjecteur

        assert fenetre.session is not None
        projecteur = FenetreProjecteur(
            fenetre.session, maintenant=lambda: dt.datetime(2026, 5, 14, 13, 30)
        )
        projecteur.resize(1920, 1080)
        projecteur.show()
        for _ in range(5):
            application.processEvents()
        projecteur.grab().save(str(destination / "projecteur.png"))
        projecteur.montrer_principes(True)
        application.processEvents()
        projecteur.grab().save(str(destination / "principes.png"))
        print(destination / "projecteur.png")
        projecteur.close()
        fenetre.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
