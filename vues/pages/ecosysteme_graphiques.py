"""Les dessins de la lentille écosystème : barres horizontales et réseau des rencontres."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QWidget,
)

from modeles.ecosysteme import Reseau
from vues.contraste import GRAPHIQUE_MIN, contraste, haut_contraste, lisible_sur

# Colour-blind-safe qualitative palette (Okabe-Ito, then Tol's muted), one colour per actor type.
PALETTE = tuple(
    QColor(c)
    for c in (
        "#0072B2",
        "#E69F00",
        "#009E73",
        "#CC79A7",
        "#56B4E9",
        "#D55E00",
        "#882255",
        "#117733",
        "#999933",
        "#332288",
        "#AA4499",
        "#6b6b6b",
    )
)
ARETES = QColor("#5a6b7d")
ETIQUETTES_MAX = 24  # past this many nodes, only the biggest are labelled; the rest on hover
# Past this many links the picture is a hairball, and antialiased translucent strokes cost
# about 0.15 ms each: only the strongest are drawn (the legend says how many).
LIENS_MAX = 600


def couleur_barres(palette: QPalette) -> QColor:
    """La couleur de sélection du thème si elle se voit sur le fond (3:1), sinon celle du texte."""
    fond = palette.color(QPalette.ColorRole.Window)
    texte = palette.color(QPalette.ColorRole.WindowText)
    if haut_contraste(palette):
        return texte
    return lisible_sur(
        fond, palette.color(QPalette.ColorRole.Highlight), texte, minimum=GRAPHIQUE_MIN
    )


def couleurs_reseau(palette: QPalette) -> tuple[QColor, QColor, bool]:
    """Les liens, le texte des noms, et s'il faut cerner les disques du trait du texte."""
    fond = palette.color(QPalette.ColorRole.Base)
    texte = lisible_sur(fond, palette.color(QPalette.ColorRole.Text))
    if haut_contraste(palette):
        return texte, texte, True
    return lisible_sur(fond, ARETES, texte, minimum=GRAPHIQUE_MIN), texte, False


class GraphiqueBarres(QWidget):
    """Barres horizontales : un libellé, une barre, le nombre au bout de la barre."""

    def __init__(self, titre: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titre = titre
        self._lignes: list[tuple[str, int]] = []
        self.setAccessibleName(titre)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def definir(self, lignes: Sequence[tuple[str, int]]) -> None:
        self._lignes = list(lignes)
        self.setAccessibleDescription("; ".join(f"{nom} : {n}" for nom, n in self._lignes))
        self.updateGeometry()
        self.update()

    def lignes(self) -> list[tuple[str, int]]:
        return list(self._lignes)

    def _hauteur_ligne(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.6

    def _hauteur_titre(self) -> float:
        return QFontMetricsF(self._police_titre()).height() * 1.8

    def _police_titre(self) -> QFont:
        police = QFont(self.font())
        police.setBold(True)
        return police

    def sizeHint(self) -> QSize:
        hauteur = self._hauteur_titre() + max(len(self._lignes), 1) * self._hauteur_ligne() + 8
        return QSize(self.fontMetrics().averageCharWidth() * 60, math.ceil(hauteur))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 32, self.sizeHint().height())

    def changeEvent(self, evenement: QEvent) -> None:
        super().changeEvent(evenement)
        if evenement.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def paintEvent(self, _evenement: QPaintEvent) -> None:
        peintre = QPainter(self)
        peintre.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        texte = palette.color(QPalette.ColorRole.WindowText)
        peintre.setFont(self._police_titre())
        peintre.setPen(texte)
        haut_titre = self._hauteur_titre()
        peintre.drawText(
            QRectF(0, 0, self.width(), haut_titre),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.titre,
        )
        peintre.setFont(self.font())
        metriques = QFontMetricsF(self.font())
        if not self._lignes:
            peintre.drawText(
                QRectF(0, haut_titre, self.width(), self._hauteur_ligne()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Personne pour l'instant."),
            )
            return
        largeur = float(self.width())
        colonne = min(
            max(metriques.horizontalAdvance(n) for n, _ in self._lignes) + 12, largeur * 0.45
        )
        place_nombre = metriques.horizontalAdvance(str(max(n for _, n in self._lignes))) + 10
        longueur = max(largeur - colonne - place_nombre - 4, 10.0)
        maximum = max(max(n for _, n in self._lignes), 1)
        pas = self._hauteur_ligne()
        barre = couleur_barres(palette)
        for rang, (nom, nombre) in enumerate(self._lignes):
            y = haut_titre + rang * pas
            peintre.setPen(texte)
            peintre.drawText(
                QRectF(0, y, colonne - 8, pas),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metriques.elidedText(nom, Qt.TextElideMode.ElideRight, colonne - 8),
            )
            fin = longueur * nombre / maximum
            peintre.fillRect(QRectF(colonne, y + pas * 0.18, max(fin, 2.0), pas * 0.64), barre)
            peintre.setPen(texte)
            peintre.drawText(
                QRectF(colonne + fin + 6, y, place_nombre, pas),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(nombre),
            )


class _Etiquette(QGraphicsItem):
    """Un nom de nœud à taille d'écran constante, poussé vers l'extérieur du cercle."""

    def __init__(self, texte: str, police: QFont, cosinus: float, couleur: QColor) -> None:
        super().__init__()
        self.texte = texte
        self._police = police
        self._couleur = couleur
        metriques = QFontMetricsF(police)
        largeur = metriques.horizontalAdvance(texte)
        hauteur = metriques.height()
        # Right of the circle the text starts at the node, left of it the text ends there;
        # at the very top or bottom it is centred.
        x = -largeur / 2 if abs(cosinus) < 0.13 else (-largeur if cosinus < 0 else 0.0)
        self._cadre = QRectF(x, -hauteur / 2, largeur, hauteur)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def boundingRect(self) -> QRectF:
        return self._cadre

    def paint(
        self, peintre: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        peintre.setFont(self._police)
        peintre.setPen(self._couleur)
        peintre.drawText(self._cadre, Qt.AlignmentFlag.AlignVCenter, self.texte)


class _Aretes(QGraphicsItem):
    """Tous les liens en un seul objet : des milliers de traits, groupés par épaisseur."""

    def __init__(self, traits: dict[float, list[QLineF]], couleur: QColor) -> None:
        super().__init__()
        self._traits = sorted(traits.items())  # thin first, thick on top
        self._couleur = couleur
        xs = [x for lignes in traits.values() for t in lignes for x in (t.x1(), t.x2())]
        ys = [y for lignes in traits.values() for t in lignes for y in (t.y1(), t.y2())]
        marge = max(traits, default=0.0)
        self._cadre = (
            QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
                -marge, -marge, marge, marge
            )
            if xs
            else QRectF()
        )
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return self._cadre

    def paint(
        self, peintre: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        for epaisseur, lignes in self._traits:
            couleur = QColor(self._couleur)
            couleur.setAlphaF(min(0.6 + epaisseur / 20, 0.9))
            crayon = QPen(couleur, epaisseur)
            crayon.setCapStyle(Qt.PenCapStyle.FlatCap)
            peintre.setPen(crayon)
            # One call per width: drawLine() in a Python loop is slow (and, in PySide 6.x on
            # Python 3.11, loses a reference to None per call until the interpreter aborts).
            peintre.drawLines(lignes)


def scene_reseau(
    reseau: Reseau,
    police: QFont,
    couleur_texte: QColor,
    unite: str = "personnes",
    couleurs: dict[str, QColor] | None = None,
    palette: QPalette | None = None,
) -> QGraphicsScene:
    """Nœuds sur un cercle (surface selon l'effectif), liens épais selon les ateliers partagés.

    A disc whose colour would not show on the background (3:1) is ringed with the text colour;
    under a high-contrast theme every disc is, and the links take the text colour.
    """
    scene = QGraphicsScene()
    palette = QGuiApplication.palette() if palette is None else palette
    fond = palette.color(QPalette.ColorRole.Base)
    couleur_aretes, _, cerner = couleurs_reseau(palette)
    anneau = max(1.2, QFontMetricsF(police).lineSpacing() / 8)
    noeuds = reseau.noeuds
    n = len(noeuds)
    rayon = 360.0
    plus_gros = max((t for _, t in noeuds), default=1)
    # Node discs shrink as the circle gets crowded, so neighbours never cover each other.
    disque_max = min(46.0, max(math.pi * rayon / max(n, 1) * 0.9, 5.0))
    positions: dict[str, QPointF] = {}
    etiquetes = {nom for nom, _ in noeuds[:ETIQUETTES_MAX]}
    liens: dict[str, int] = {}
    for a, b, _ in reseau.aretes:
        liens[a] = liens.get(a, 0) + 1
        liens[b] = liens.get(b, 0) + 1
    accent = PALETTE[0]
    large = QFontMetricsF(police).averageCharWidth() * 28  # a long name is cut at this width
    # Past a few dozen nodes the biggest are spread around the circle (golden-ratio order),
    # so that the labelled ones are far apart and the small ones fill the gaps between them.
    if n > ETIQUETTES_MAX:
        ordre = sorted(range(n), key=lambda i: (i * 0.6180339887) % 1.0)
        place = {rang: position for position, rang in enumerate(ordre)}
    else:
        place = {rang: rang for rang in range(n)}
    depart = 0.0 if n > ETIQUETTES_MAX else -math.pi / 2  # the biggest on the right, or on top
    for rang, (nom, taille) in enumerate(noeuds):
        angle = depart + 2 * math.pi * place[rang] / max(n, 1)
        centre = QPointF(rayon * math.cos(angle), rayon * math.sin(angle))
        positions[nom] = centre
        r = max(disque_max * math.sqrt(taille / plus_gros), 3.0)
        disque = QGraphicsEllipseItem(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
        couleur = (couleurs or {}).get(nom, accent)
        disque.setBrush(QBrush(couleur))
        if cerner or contraste(couleur, fond) < GRAPHIQUE_MIN:
            disque.setPen(QPen(couleur_texte, anneau))
        else:
            disque.setPen(QPen(couleur.darker(140), 1.2))
        disque.setToolTip(
            QCoreApplication.translate(
                "VueReseau",
                "{nom}\n{taille} {unite} · des ateliers partagés avec {liens} groupe(s)",
            ).format(nom=nom, taille=taille, unite=unite, liens=liens.get(nom, 0))
        )
        disque.setAcceptHoverEvents(True)
        disque.setData(0, nom)
        scene.addItem(disque)
        # In a crowded circle, labels near the top and bottom would run into each other.
        if nom in etiquetes and (n <= ETIQUETTES_MAX or abs(math.sin(angle)) < 0.9):
            texte = QFontMetricsF(police).elidedText(nom, Qt.TextElideMode.ElideRight, large)
            etiquette = _Etiquette(f"{texte} ({taille})", police, math.cos(angle), couleur_texte)
            ecart = r + 6 + 10 * abs(math.sin(angle))
            etiquette.setPos(centre + QPointF(ecart * math.cos(angle), ecart * math.sin(angle)))
            scene.addItem(etiquette)
    traits: dict[float, list[QLineF]] = {}
    plus_forts = sorted(reseau.aretes, key=lambda t: -t[2])[:LIENS_MAX]
    lourd = plus_forts[0][2] if plus_forts else 1
    leger = plus_forts[-1][2] if plus_forts else 1
    for a, b, poids in reversed(plus_forts):
        # Eight widths at most: one pen change per width, whatever the number of links.
        epaisseur = 1.0 + round(7 * (poids - leger) / max(lourd - leger, 1))
        traits.setdefault(float(epaisseur), []).append(QLineF(positions[a], positions[b]))
    scene.addItem(_Aretes(traits, couleur_aretes))
    # Labels keep their screen size: the margins leave them room at the usual scales.
    scene.setSceneRect(QRectF(-rayon * 1.6, -rayon * 1.25, rayon * 3.2, rayon * 2.5))
    return scene


class VueReseau(QGraphicsView):
    """Le réseau des rencontres, toujours ajusté à la vue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(400, 300)
        self._noeuds = 0
        self._dessin: tuple[Reseau, str, dict[str, QColor] | None] | None = None
        self.setScene(QGraphicsScene(self))

    def definir(
        self, reseau: Reseau, unite: str, couleurs: dict[str, QColor] | None = None
    ) -> None:
        self._dessin = (reseau, unite, couleurs)
        ancienne = self.scene()
        palette = self.palette()
        _, texte, _ = couleurs_reseau(palette)
        scene = scene_reseau(reseau, self.font(), texte, unite, couleurs, palette)
        scene.setParent(self)
        self.setScene(scene)
        if ancienne is not None:
            ancienne.deleteLater()
        self._noeuds = len(reseau.noeuds)
        self.setAccessibleDescription(
            self.tr("%1 nœuds, %2 liens. ")
            .replace("%1", str(len(reseau.noeuds)))
            .replace("%2", str(len(reseau.aretes)))
            + "; ".join(f"{a} – {b} : {p}" for a, b, p in reseau.aretes[:20])
        )
        self._ajuster()

    def nombre_noeuds(self) -> int:
        return self._noeuds

    def _ajuster(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, evenement: QResizeEvent) -> None:
        super().resizeEvent(evenement)
        self._ajuster()

    def changeEvent(self, evenement: QEvent) -> None:
        super().changeEvent(evenement)
        # Labels, rings and links take their colours and sizes from the theme: drawn again.
        changements = (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if evenement.type() in changements and self._dessin is not None:
            self.definir(*self._dessin)
