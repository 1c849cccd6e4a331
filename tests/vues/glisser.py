"""Des événements de glisser-déposer fabriqués pour les tests, quelle que soit la version de Qt.

Qt 6.12 builds drag events from a QPointF (the QPoint form is deprecated); 6.11 and earlier
only from a QPoint.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

BOUTON = Qt.MouseButton.LeftButton
SANS = Qt.KeyboardModifier.NoModifier


def _fabriquer(
    classe: type, position: QPointF, action: Qt.DropAction, donnees: QMimeData
) -> object:
    try:
        return classe(position, action, donnees, BOUTON, SANS)
    except TypeError:
        return classe(position.toPoint(), action, donnees, BOUTON, SANS)


def entree(position: QPointF, action: Qt.DropAction, donnees: QMimeData) -> QDragEnterEvent:
    return _fabriquer(QDragEnterEvent, position, action, donnees)  # type: ignore[return-value]


def mouvement(position: QPointF, action: Qt.DropAction, donnees: QMimeData) -> QDragMoveEvent:
    return _fabriquer(QDragMoveEvent, position, action, donnees)  # type: ignore[return-value]


def depot(position: QPointF, action: Qt.DropAction, donnees: QMimeData) -> QDropEvent:
    return _fabriquer(QDropEvent, position, action, donnees)  # type: ignore[return-value]


def glisser_deposer(
    zone: QWidget, position: QPointF, action: Qt.DropAction, donnees: QMimeData
) -> QDropEvent:
    """Entrée, mouvement et dépôt, envoyés comme le ferait une vraie souris."""
    QApplication.sendEvent(zone, entree(position, action, donnees))
    QApplication.sendEvent(zone, mouvement(position, action, donnees))
    final = depot(position, action, donnees)
    final.setDropAction(action)
    QApplication.sendEvent(zone, final)
    return final
