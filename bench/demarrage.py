"""Démarrage : `forum-ouvert --sortir-apres-affichage` face au plancher de la pile logicielle.

Measured side by side, alternating, in one run:
  (a) the application, cold (a new process), on a 200-topic forum, until its window is painted;
  (b) the floor: a bare QMainWindow shown and painted, plus SQLAlchemy's ORM imported and one
      SELECT on the same file.
Prints `bench: <name> <value> <unit>` lines; the target is a/b <= 1.3.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPETITIONS = int(os.environ.get("BENCH_REPETITIONS", "15"))
SUJETS = 200
PAQUETS = ("app", "vues", "modeles")

# The floor imports SQLAlchemy before PySide6, as the application does: PySide6's import hook
# inspects every module imported after it, and the floor should be the best this stack can do.
PLANCHER = """
import sys
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quitter(QObject):
    def eventFilter(self, objet, evenement):
        if evenement.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

application = QApplication(sys.argv[:1])
with Session(create_engine("sqlite:///" + sys.argv[1])) as session:
    session.execute(text("SELECT titre FROM sujet")).all()
fenetre = QMainWindow()
fenetre.installEventFilter(Quitter(fenetre))
fenetre.resize(1280, 800)
fenetre.show()
sys.exit(application.exec())
"""


def chronometrer(commande: list[str], environnement: dict[str, str]) -> float:
    debut = time.perf_counter()
    subprocess.run(commande, check=True, env=environnement, stdout=subprocess.DEVNULL)
    return time.perf_counter() - debut


def main() -> None:
    with tempfile.TemporaryDirectory() as dossier:
        environnement = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "FORUM_OUVERT_DOSSIER": str(Path(dossier) / "donnees"),
        }
        forum = Path(dossier) / "bench.forum"
        # The libraries in the floor were byte-compiled when pip installed them; an editable
        # checkout (and PYTHONDONTWRITEBYTECODE) would otherwise compile ours at every start.
        racine = Path(__file__).resolve().parents[1]
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", *(str(racine / p) for p in PAQUETS)],
            check=True,
        )
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "--db", str(forum), "--sujets", str(SUJETS)],
            check=True,
            env=environnement,
            stdout=subprocess.DEVNULL,
        )
        application = [sys.executable, "-m", "app", "--db", str(forum), "--sortir-apres-affichage"]
        plancher = [sys.executable, "-c", PLANCHER, str(forum)]
        # One warm-up of each so that both start from the same page cache.
        chronometrer(application, environnement)
        chronometrer(plancher, environnement)
        temps_a: list[float] = []
        temps_b: list[float] = []
        for _ in range(REPETITIONS):
            temps_a.append(chronometrer(application, environnement))
            temps_b.append(chronometrer(plancher, environnement))
    a = statistics.median(temps_a)
    b = statistics.median(temps_b)
    print(f"bench: demarrage_application_{SUJETS}_sujets {a * 1000:.0f} ms")
    print(f"bench: demarrage_plancher_qt_sqlalchemy {b * 1000:.0f} ms")
    print(f"bench: demarrage_ratio {a / b:.2f} x")


if __name__ == "__main__":
    main()
