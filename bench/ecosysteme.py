"""Le réseau des rencontres sur un grand forum : 1 000 personnes, 150 organisations, 150 ateliers.

Inputs are generated directly (no database): the time covers the pure network computation,
building the QGraphicsScene and painting it offscreen, antialiased, into a 1600 x 1000 image.
Prints `bench: <name> <value> <unit>` lines. Target: 200 ms for the organisation network.
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from modeles.ecosysteme import (
    NIVEAUX_ACTION,
    REGIONS_QUEBEC,
    TYPES_ACTEUR,
    PersonneLentille,
    Regroupement,
    SessionLentille,
    reseau,
)
from vues.pages.ecosysteme_graphiques import scene_reseau

REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "10"))
LARGEUR, HAUTEUR = 1600, 1000


def entrees(graine: int = 6) -> tuple[list[PersonneLentille], list[SessionLentille]]:
    hasard = random.Random(graine)
    organisations = [f"Organisation n° {i} du réseau régional" for i in range(150)]
    # Unequal sizes, as in a real forum: a few big bodies, many small groups.
    poids = [1 / (i + 1) ** 0.8 for i in range(len(organisations))]
    personnes = [
        PersonneLentille(
            cle,
            hasard.choice(TYPES_ACTEUR),
            hasard.choice(NIVEAUX_ACTION),
            hasard.choice(REGIONS_QUEBEC),
            hasard.choices(organisations, poids)[0] if cle % 8 else "",
        )
        for cle in range(1000)
    ]
    sessions = [
        SessionLentille(
            1000 + n,
            n + 1,
            f"Thème {n % 7}",
            frozenset(hasard.sample(range(1000), hasard.randint(8, 45))),
        )
        for n in range(150)
    ]
    return personnes, sessions


def dessiner(
    personnes: list[PersonneLentille], sessions: list[SessionLentille], par: Regroupement
) -> tuple[float, int, int]:
    debut = time.perf_counter()
    r = reseau(personnes, sessions, par)
    scene = scene_reseau(r, QFont(), QColor("black"))
    image = QImage(LARGEUR, HAUTEUR, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    peintre = QPainter(image)
    peintre.setRenderHint(QPainter.RenderHint.Antialiasing)
    peintre.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(peintre, QRectF(0, 0, LARGEUR, HAUTEUR), scene.sceneRect())
    peintre.end()
    duree = time.perf_counter() - debut
    if os.environ.get("BENCH_IMAGE"):
        image.save(os.environ["BENCH_IMAGE"].replace(".png", f"_{par}.png"))
    return duree, len(r.noeuds), len(r.aretes)


def main() -> None:
    _app = QApplication.instance() or QApplication([])
    personnes, sessions = entrees()
    for par, nom in (
        ("organisation", "ecosysteme_reseau_1000"),
        ("type_acteur", "ecosysteme_reseau_types_1000"),
    ):
        durees = []
        for _ in range(REPETITIONS):
            duree, noeuds, aretes = dessiner(personnes, sessions, par)  # type: ignore[arg-type]
            durees.append(duree)
        print(f"# {par}: {noeuds} nœuds, {aretes} liens, pire {max(durees) * 1000:.1f} ms")
        print(f"bench: {nom} {statistics.median(durees) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
