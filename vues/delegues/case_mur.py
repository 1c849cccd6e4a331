"""Une case du mur de l'agenda dessinée comme une feuille affichée, conflits compris.

A conflict shows as a coloured frame AND a badge with a sign (« × » blocking, « ! » warning),
never by colour alone; the tooltip and the accessible text carry the words. Colours come from
`couleurs_case`: paper notes with a text colour checked against the paper (WCAG 4.5:1), or, under a
high-contrast theme, the palette's own colours with thick outlines and no paper. Every size is
measured on the view's font: a larger system font gives larger cells, never clipped text.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from modeles.conflits import Gravite
from vues.contraste import GRAPHIQUE_MIN, haut_contraste, lisible_sur, trait
from vues.modeles_qt.mur import (
    FOND_HORS_ATELIER,
    ROLE_ATELIER,
    ROLE_CONFLITS,
    ROLE_SUITE,
    gravite_max,
)
from vues.modeles_qt.tableau import ROLE_OBJET
from vues.texte import couper

PAPIER = QColor("#fff8dc")
PAPIER_SUITE = QColor("#fdf3c8")
BORD_PAPIER = QColor("#b8a25a")
ENCRE_DOUCE = QColor("#4a4a4a")
COULEURS = {Gravite.BLOQUANT: QColor("#b71c1c"), Gravite.AVERTISSEMENT: QColor("#e65100")}
SIGNES = {Gravite.BLOQUANT: "×", Gravite.AVERTISSEMENT: "!"}
LIGNES_TITRE = 3
LIGNES_PORTEURS = 2
RETRAIT = 4  # between the cell and its sheet
MARGE = 6  # inside the sheet, left and right
_TAILLE_PORTEURS = 0.92


class CouleursCase(NamedTuple):
    """Ce qu'une case peint : le fond de la feuille, ses textes, son contour, sa pastille."""

    fond: QColor
    texte: QColor
    bord: QColor
    doux: QColor  # the session's hosts, under the title
    pastille: QColor
    signe: QColor  # the sign inside the badge


def couleurs_case(
    palette: QPalette,
    gravite: Gravite | None,
    suite: bool = False,
    selection: bool = False,
    contraste_fort: bool | None = None,
) -> CouleursCase:
    """Les couleurs d'une feuille du mur, chaque texte lisible (4,5:1) sur le fond peint."""
    if contraste_fort is None:
        contraste_fort = haut_contraste(palette)
    if contraste_fort:
        # No paper, no hue: the theme's own pair, inverted for the selection.
        role_fond, role_texte = (
            (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)
            if selection
            else (QPalette.ColorRole.Base, QPalette.ColorRole.Text)
        )
        fond = palette.color(role_fond)
        texte = lisible_sur(fond, palette.color(role_texte))
        return CouleursCase(fond, texte, texte, texte, texte, fond)
    fond = QColor(PAPIER_SUITE if suite else PAPIER)
    texte = lisible_sur(
        fond, palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.WindowText)
    )
    doux = lisible_sur(fond, ENCRE_DOUCE, texte)
    bord = QColor(BORD_PAPIER) if gravite is None else QColor(COULEURS[gravite])
    pastille = lisible_sur(fond, bord, minimum=GRAPHIQUE_MIN)
    return CouleursCase(fond, texte, bord, doux, pastille, lisible_sur(pastille, fond))


def couleurs_bande(palette: QPalette, contraste_fort: bool | None = None) -> tuple[QColor, QColor]:
    """Fond et texte d'une plénière, d'une pause ou d'un repas sur le mur."""
    if contraste_fort is None:
        contraste_fort = haut_contraste(palette)
    if contraste_fort:
        fond = palette.color(QPalette.ColorRole.Base)
        return fond, lisible_sur(fond, palette.color(QPalette.ColorRole.Text))
    fond = QColor(FOND_HORS_ATELIER)
    texte = lisible_sur(
        fond, palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.WindowText)
    )
    return fond, texte


def _gras(police: QFont) -> QFont:
    gras = QFont(police)
    gras.setBold(True)
    return gras


def _porteurs(police: QFont) -> QFont:
    petite = QFont(police)
    petite.setPointSizeF(police.pointSizeF() * _TAILLE_PORTEURS)
    return petite


def _cote_pastille(police: QFont) -> int:
    return QFontMetrics(_gras(police)).height() + 2


def hauteur_atelier(police: QFont) -> int:
    """La hauteur d'une rangée d'ateliers : trois lignes de titre, deux de porteurs."""
    titre = QFontMetrics(_gras(police)).lineSpacing() * LIGNES_TITRE
    porteurs = QFontMetrics(_porteurs(police)).lineSpacing() * LIGNES_PORTEURS
    return titre + porteurs + 2 * RETRAIT + 2 * 4 + 2 + 2


def hauteur_bande(police: QFont) -> int:
    """La hauteur d'une rangée de plénière, pause ou repas : une ligne."""
    return QFontMetrics(police).lineSpacing() + 12


def largeur_minimale(police: QFont) -> int:
    """Une colonne de salle assez large pour une douzaine de caractères et la pastille."""
    mesure = QFontMetrics(police)
    return mesure.averageCharWidth() * 12 + _cote_pastille(police) + 2 * (RETRAIT + MARGE)


class DelegueCaseMur(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.data(ROLE_ATELIER):
            return QSize(largeur_minimale(option.font), hauteur_atelier(option.font))
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), hauteur_bande(option.font)))

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # Asked before the model's own colours are applied to the option's palette.
        theme = QPalette(option.palette)
        super().initStyleOption(option, index)
        if index.data(ROLE_ATELIER) is False:
            # Plenaries, breaks and meals: the band and its text as a pair, never the band's
            # grey under whatever text colour the theme has.
            fond, texte = couleurs_bande(theme)
            option.backgroundBrush = QBrush(fond)
            palette = QPalette(option.palette)  # a copy: the attribute is returned by value
            palette.setColor(QPalette.ColorRole.Text, texte)
            option.palette = palette

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
        peintre.setRenderHint(QPainter.RenderHint.Antialiasing)
        selection = bool(option.state & QStyle.StateFlag.State_Selected)
        fort = haut_contraste(option.palette)
        if selection:
            surligne = option.palette.highlight().color()
            peintre.fillRect(option.rect, surligne if fort else surligne.lighter(170))
        sujet = index.data(ROLE_OBJET)
        gravite = gravite_max(index.data(ROLE_CONFLITS) or [])
        suite = bool(index.data(ROLE_SUITE))
        couleurs = couleurs_case(option.palette, gravite, suite, selection, fort)
        feuille = option.rect.adjusted(RETRAIT, RETRAIT, -RETRAIT, -RETRAIT)
        if sujet is not None:
            style = Qt.PenStyle.DashLine if suite else Qt.PenStyle.SolidLine
            peintre.setPen(QPen(couleurs.bord, trait(option.font, fort), style))
            peintre.setBrush(couleurs.fond)
            peintre.drawRoundedRect(feuille, 3, 3)
            zone = feuille.adjusted(MARGE, 4, -MARGE, -4)
            self._texte(peintre, option, zone, index, suite, gravite, couleurs)
        if gravite is not None:
            self._conflit(peintre, option, feuille, gravite, couleurs, fort)
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
        couleurs: CouleursCase,
    ) -> None:
        sujet = index.data(ROLE_OBJET)
        police = QFont(option.font)
        if gravite is not None:
            zone = zone.adjusted(0, 0, -(_cote_pastille(police) + 3), 0)  # room for the badge
        peintre.setPen(couleurs.texte)
        drapeaux = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if suite:
            police.setItalic(True)
            peintre.setFont(police)
            mesure_suite = QFontMetrics(police)
            texte = mesure_suite.elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, zone.width()
            )
            peintre.drawText(zone, drapeaux, texte)
            return
        gras = _gras(police)
        mesure = QFontMetrics(gras)
        # Long titles are cut to the lines the sheet holds; the tooltip carries the whole text.
        place = min(LIGNES_TITRE, max(zone.height() // max(mesure.lineSpacing(), 1), 1))
        lignes = couper(mesure, f"{sujet.numero}. {sujet.titre}", zone.width(), place)
        peintre.setFont(gras)
        hauteur = mesure.lineSpacing() * len(lignes)
        peintre.drawText(
            QRect(zone.left(), zone.top(), zone.width(), hauteur), drapeaux, "\n".join(lignes)
        )
        if sujet.porteurs:
            petite = _porteurs(police)
            peintre.setFont(petite)
            peintre.setPen(couleurs.doux)
            reste = QRect(
                zone.left(),
                zone.top() + hauteur + 2,
                zone.width(),
                max(zone.height() - hauteur - 2, 0),
            )
            mesure_porteurs = QFontMetrics(petite)
            lignes_porteurs = reste.height() // max(mesure_porteurs.lineSpacing(), 1)
            porteurs = couper(
                mesure_porteurs,
                ", ".join(sujet.porteurs),
                zone.width(),
                min(lignes_porteurs, LIGNES_PORTEURS),
            )
            peintre.drawText(reste, drapeaux, "\n".join(porteurs))

    def _conflit(
        self,
        peintre: QPainter,
        option: QStyleOptionViewItem,
        feuille: QRect,
        gravite: Gravite,
        couleurs: CouleursCase,
        fort: bool,
    ) -> None:
        epaisseur = trait(option.font, True) + (2 if fort else 0)
        peintre.setPen(QPen(couleurs.bord, epaisseur))
        peintre.setBrush(Qt.BrushStyle.NoBrush)
        peintre.drawRoundedRect(feuille, 3, 3)
        cote = _cote_pastille(option.font)
        pastille = QRect(feuille.right() - cote - 3, feuille.top() + 3, cote, cote)
        peintre.setPen(Qt.PenStyle.NoPen)
        peintre.setBrush(couleurs.pastille)
        peintre.drawEllipse(pastille)
        peintre.setFont(_gras(option.font))
        peintre.setPen(couleurs.signe)
        peintre.drawText(pastille, Qt.AlignmentFlag.AlignCenter, SIGNES[gravite])
