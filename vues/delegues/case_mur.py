"""Une case du mur de l'agenda dessinée comme une feuille affichée, conflits compris.

A conflict shows as a coloured frame AND an icon with a word, never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from modeles.conflits import Gravite
from vues.modeles_qt.mur import ROLE_ATELIER, ROLE_CONFLITS, ROLE_SUITE, gravite_max
from vues.modeles_qt.tableau import ROLE_OBJET
from vues.texte import couper

PAPIER = QColor("#fff8dc")
PAPIER_SUITE = QColor("#fdf3c8")
BORD_PAPIER = QColor("#b8a25a")
COULEURS = {Gravite.BLOQUANT: QColor("#b71c1c"), Gravite.AVERTISSEMENT: QColor("#e65100")}
LIGNES_TITRE = 3


class DelegueCaseMur(QStyledItemDelegate):
    def paint(
        self,
        peintre: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not index.data(ROLE_ATELIER):
            super().paint(peintre, option, index)
            return
        peintre.save()
        selection = bool(option.state & QStyle.StateFlag.State_Selected)
        if selection:
            peintre.fillRect(option.rect, option.palette.highlight().color().lighter(170))
        sujet = index.data(ROLE_OBJET)
        gravite = gravite_max(index.data(ROLE_CONFLITS) or [])
        feuille = option.rect.adjusted(4, 4, -4, -4)
        if sujet is not None:
            suite = bool(index.data(ROLE_SUITE))
            peintre.setPen(
                QPen(BORD_PAPIER, 1, Qt.PenStyle.DashLine if suite else Qt.PenStyle.SolidLine)
            )
            peintre.setBrush(PAPIER_SUITE if suite else PAPIER)
            peintre.drawRoundedRect(feuille, 3, 3)
            self._texte(peintre, option, feuille.adjusted(6, 4, -6, -4), index, suite, gravite)
        if gravite is not None:
            self._conflit(peintre, option, feuille, gravite)
        if option.state & QStyle.StateFlag.State_HasFocus:
            peintre.setPen(QPen(option.palette.highlight().color(), 2, Qt.PenStyle.DotLine))
            peintre.setBrush(Qt.BrushStyle.NoBrush)
            peintre.drawRect(option.rect.adjusted(1, 1, -2, -2))
        peintre.restore()

    def _texte(
        self,
        peintre: QPainter,
        option: QStyleOptionViewItem,
        zone: QRect,
        index: QModelIndex | QPersistentModelIndex,
        suite: bool,
        gravite: Gravite | None,
    ) -> None:
        sujet = index.data(ROLE_OBJET)
        police = QFont(option.font)
        if gravite is not None:
            zone = zone.adjusted(0, 0, -22, 0)  # room for the icon
        peintre.setPen(option.palette.text().color())
        if suite:
            police.setItalic(True)
            peintre.setFont(police)
            peintre.drawText(
                zone, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(index.data())
            )
            return
        gras = QFont(police)
        gras.setBold(True)
        mesure = QFontMetrics(gras)
        # Long titles are cut to a few lines; the tooltip carries the whole text.
        lignes = couper(mesure, f"{sujet.numero}. {sujet.titre}", zone.width(), LIGNES_TITRE)
        peintre.setFont(gras)
        drapeaux = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        hauteur = mesure.lineSpacing() * len(lignes)
        peintre.drawText(
            QRect(zone.left(), zone.top(), zone.width(), hauteur), drapeaux, "\n".join(lignes)
        )
        if sujet.porteurs:
            police.setPointSizeF(police.pointSizeF() * 0.92)
            peintre.setFont(police)
            peintre.setPen(QColor("#4a4a4a"))
            reste = QRect(
                zone.left(),
                zone.top() + hauteur + 2,
                zone.width(),
                max(zone.height() - hauteur - 2, 0),
            )
            mesure_porteurs = QFontMetrics(police)
            place = max(reste.height() // max(mesure_porteurs.lineSpacing(), 1), 1)
            porteurs = couper(
                mesure_porteurs, ", ".join(sujet.porteurs), zone.width(), min(place, 2)
            )
            peintre.drawText(reste, drapeaux, "\n".join(porteurs))

    def _conflit(
        self, peintre: QPainter, option: QStyleOptionViewItem, feuille: QRect, gravite: Gravite
    ) -> None:
        couleur = COULEURS[gravite]
        peintre.setPen(QPen(couleur, 3))
        peintre.setBrush(Qt.BrushStyle.NoBrush)
        peintre.drawRoundedRect(feuille, 3, 3)
        pastille = QRect(feuille.right() - 22, feuille.top() + 3, 19, 19)
        peintre.setPen(Qt.PenStyle.NoPen)
        peintre.setBrush(couleur)
        peintre.drawEllipse(pastille)
        police = QFont(option.font)
        police.setBold(True)
        peintre.setFont(police)
        peintre.setPen(QColor("white"))
        peintre.drawText(
            pastille, Qt.AlignmentFlag.AlignCenter, "!" if gravite is Gravite.AVERTISSEMENT else "×"
        )
