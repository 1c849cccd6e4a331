"""Le socle Qt lui-même : un défaut connu de PySide6 ne doit pas revenir avec une mise à jour.

PySide6 6.12.0 under Python 3.11 released one reference to None per Qt call returning void;
the application then aborted (« deallocating None ») after a few thousand paint calls.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_les_appels_qt_ne_rendent_pas_none_plus_d_une_fois(qapp: object) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    peintre = QPainter(image)
    try:
        avant = sys.getrefcount(None)
        for _ in range(500):
            peintre.setPen(QPen(QColor("red")))
            peintre.drawLine(0, 0, 10, 10)
        apres = sys.getrefcount(None)
    finally:
        peintre.end()
    # Python 3.12+ makes None immortal (its count is huge and fixed); before, it must not fall.
    assert apres >= avant - 50, (avant, apres)
