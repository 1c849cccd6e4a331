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
# (page, picture): pages are reached by their module name, whatever their order.
PAGES = [
    ("preparation", "preparation"),
    ("participants", "participants"),
    ("marche", "marche"),
    ("agenda", "agenda"),
    ("recolte", "recolte"),
    ("salle_de_presse", "presse"),
    ("actes", "actes"),
]
ONGLETS_CONVERGENCE = ["convergence-priorites", "convergence-themes", "convergence-plans"]


def convergence_de_demonstration(chemin: Path) -> None:
    """Une fin de forum : des points au mur, un bulletin, les prochaines étapes promues."""
    from app import lectures
    from app import lectures_convergence as lc
    from app.document import DocumentForum
    from app.operations import convergence as oc

    document = DocumentForum.ouvrir(chemin)
    try:
        sujets = [s.uuid for s in lectures.sujets(document) if s.actif]
        oc.definir_points_mur(
            document, {sujets[1]: 14, sujets[4]: 11, sujets[6]: 11, sujets[8]: 9, sujets[0]: 6}
        )
        personne = lectures.participants(document)[0].uuid
        oc.definir_bulletin(document, personne, {sujets[1]: 3, sujets[8]: 2, sujets[12]: 2})
        oc.promouvoir_etapes(document, [e.uuid for e in lc.etapes(document)][:4])
    finally:
        document.fermer()


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
        demo = demarrage.forum_demo()
        fenetre.ouvrir_au_demarrage(demo)
        fenetre.resize(1440, 900)
        fenetre.show()

        def photographier(nom: str) -> None:
            for _ in range(5):
                application.processEvents()
            fenetre.grab().save(str(destination / f"{nom}.png"))
            print(destination / f"{nom}.png")

        for module, nom in PAGES:
            fenetre.aller_a(module)
            photographier(nom)
        # The closing circle: the same forum after the convergence.
        fenetre.fermer_forum()
        convergence_de_demonstration(demo)
        fenetre.ouvrir_fichier(demo)
        page = fenetre.aller_a("convergence")
        assert page is not None
        for rang, nom in enumerate(ONGLETS_CONVERGENCE):
            page.onglets.setCurrentIndex(rang)  # type: ignore[attr-defined]
            photographier(nom)
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
