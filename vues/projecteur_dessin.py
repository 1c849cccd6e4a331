"""Le dessin du mode projecteur : des mesures à l'échelle de l'écran, une peinture au QPainter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen

from app.lectures import CreneauLu, SujetLu
from app.typographie import typographie_fr
from modeles.valeurs import NatureCreneau
from vues.contraste import RENFORCE, haut_contraste, lisible_sur
from vues.formats import plage
from vues.texte import couper

if TYPE_CHECKING:
    from vues.projecteur import Agenda

# Dark on light, every text pair above WCAG AAA (7:1): a projector washes colours out.
FOND = QColor("#ffffff")
TEXTE = QColor("#111111")
TEXTE_DOUX = QColor("#333333")
BANDE = QColor("#e2e6ea")
CARTE = QColor("#fbf9ef")
BORD_CARTE = QColor("#4a5057")
BORD_VIDE = QColor("#c9ced3")
ACCENT = QColor("#0b3d91")
ACCENT_PALE = QColor("#e4ecfa")


@dataclass(frozen=True)
class Couleurs:
    """Les couleurs d'une projection ; `trait` multiplie l'épaisseur des contours."""

    fond: QColor
    texte: QColor
    doux: QColor
    bande: QColor
    carte: QColor
    bord_carte: QColor
    bord_vide: QColor
    accent: QColor
    accent_pale: QColor
    trait: float = 1.0


PROJECTION = Couleurs(
    FOND, TEXTE, TEXTE_DOUX, BANDE, CARTE, BORD_CARTE, BORD_VIDE, ACCENT, ACCENT_PALE
)


def couleurs_projection(palette: QPalette | None = None) -> Couleurs:
    """Les couleurs de la salle, ou celles du thème à fort contraste, sans aplats décoratifs."""
    palette = QGuiApplication.palette() if palette is None else palette
    if not haut_contraste(palette):
        return PROJECTION
    fond = palette.color(QPalette.ColorRole.Window)
    texte = lisible_sur(fond, palette.color(QPalette.ColorRole.WindowText), minimum=RENFORCE)
    return Couleurs(fond, texte, texte, fond, fond, texte, texte, texte, fond, trait=2.0)


GAUCHE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# Every size is given for a 1080-pixel-high screen and scaled by the real height.
HAUTEUR_REFERENCE = 1080
# Narrower than this (at 1080 high, titles at full size), a room's column holds too few words:
# about fifteen characters a line.
LARGEUR_MIN_SALLE = 260
PX_TITRE = 30
# A plenary, pause or meal band is this fraction of a workshop row's height.
POIDS_BANDE = 0.32


@dataclass(frozen=True)
class TextesAgenda:
    """Les textes déjà traduits et formatés par la fenêtre."""

    titre_forum: str
    titre_jour: str
    horloge: str
    page: str
    en_cours: str
    a_suivre: str
    vide: str


@dataclass(frozen=True)
class Bloc:
    """Un paragraphe centré de la diapositive des principes ; `taille` en pixels à 1080."""

    texte: str
    taille: float
    gras: bool = False
    doux: bool = False
    espace_apres: float = 0.0


def police(famille: str, pixels: float, gras: bool = False) -> QFont:
    resultat = QFont(famille)
    resultat.setPixelSize(max(9, round(pixels)))
    resultat.setBold(gras)
    return resultat


class Mesures:
    """La géométrie d'un agenda dans une zone : marges, rangées, tailles de police."""

    def __init__(self, zone: QRect, famille: str, creneaux: Sequence[CreneauLu]) -> None:
        self.zone, self.famille = zone, famille
        self.echelle = s = max(0.25, zone.height() / HAUTEUR_REFERENCE)
        self.marge = round(24 * s)
        entete = QFontMetrics(police(famille, 30 * s)).lineSpacing() * 1.05
        entete += QFontMetrics(police(famille, 46 * s, True)).height()
        self.bas_entete = zone.top() + self.marge + round(entete)
        self.haut_salles = self.bas_entete + round(16 * s)
        # Room names get two lines: « Salle des Battures » is not to be cut.
        nom = QFontMetrics(police(famille, 28 * s, True)).lineSpacing()
        self.haut_rangees = haut = self.haut_salles + 2 * nom
        poids = [1.0 if c.nature is NatureCreneau.ATELIER else POIDS_BANDE for c in creneaux]
        unite = max(1, zone.bottom() - self.marge - haut) / max(1.0, sum(poids))
        bornes = [haut + round(unite * sum(poids[:k])) for k in range(len(poids) + 1)]
        # (top, height) of each slot of the day.
        self.rangees = [(y, fin - y) for y, fin in pairwise(bornes)]
        bande = unite * POIDS_BANDE
        self.px_titre = max(9.0, min(PX_TITRE * s, unite / 4.6))
        self.px_bande = max(9.0, min(28 * s, bande / 2))
        self.px_heure = max(9.0, min(26 * s, bande * 0.42))
        metriques = QFontMetrics(police(famille, self.px_heure, True))
        heures = max(
            (metriques.horizontalAdvance(plage(c.debut, c.fin)) for c in creneaux), default=0
        )
        self.gauche_salles = (
            zone.left() + self.marge + min(round(heures + 44 * s), zone.width() // 3)
        )

    def par_page(self) -> int:
        disponible = self.zone.right() - self.marge - self.gauche_salles
        # Smaller titles (a day of many slots) fit in narrower columns.
        return max(1, int(disponible // (LARGEUR_MIN_SALLE * self.px_titre / PX_TITRE)))


class _Toile:
    """Un QPainter et des mesures : les petites méthodes de dessin partagent l'échelle."""

    def __init__(self, peintre: QPainter, m: Mesures, c: Couleurs = PROJECTION) -> None:
        self.p, self.m, self.s, self.c = peintre, m, m.echelle, c
        self.gauche, self.droite = m.zone.left() + m.marge, m.zone.right() - m.marge
        self.ecart = max(2, round(5 * self.s))

    def police(self, pixels: float, gras: bool = False) -> QFont:
        return police(self.m.famille, pixels, gras)

    def texte(
        self,
        rect: QRect | QRectF,
        texte: str,
        fonte: QFont,
        couleur: QColor | None = None,
        alignement: Qt.AlignmentFlag = GAUCHE,
    ) -> None:
        self.p.setFont(fonte)
        self.p.setPen(self.c.texte if couleur is None else couleur)
        coupe = Qt.TextElideMode.ElideRight
        self.p.drawText(
            rect, alignement, QFontMetrics(fonte).elidedText(texte, coupe, int(rect.width()))
        )

    def pastille(self, x: float, y: float, texte: str, fonte: QFont, plein: bool) -> None:
        """« En cours » en blanc sur fond foncé, « À suivre » cerclé : lisible sans la couleur."""
        metriques = QFontMetrics(fonte)
        h = metriques.height() * 1.24
        rect = QRectF(x, y, metriques.horizontalAdvance(texte) + fonte.pixelSize(), h)
        c = self.c
        self.p.setPen(QPen(c.accent, max(2.0, fonte.pixelSize() / 8) * c.trait))
        self.p.setBrush(c.accent if plein else c.fond)
        self.p.drawRoundedRect(rect, h / 2, h / 2)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.texte(rect, texte, fonte, c.fond if plein else c.accent, CENTRE)

    def entete(self, textes: TextesAgenda) -> None:
        s, m = self.s, self.m
        petite, grande = self.police(30 * s), self.police(46 * s, True)
        haut, h_petite = m.zone.top() + m.marge, round(QFontMetrics(petite).lineSpacing() * 1.05)
        a_droite = round(30 * s) + max(
            QFontMetrics(grande).horizontalAdvance(textes.horloge),
            QFontMetrics(petite).horizontalAdvance(textes.page),
        )
        x, bas = self.droite - a_droite, m.bas_entete - haut - h_petite
        titre = QRect(self.gauche, haut, x - self.gauche, h_petite)
        self.texte(titre, textes.titre_forum, petite, self.c.doux)
        self.texte(
            titre.translated(0, h_petite).adjusted(0, 0, 0, bas - h_petite),
            textes.titre_jour,
            grande,
        )
        self.texte(QRect(x, haut, a_droite, h_petite), textes.page, petite, self.c.doux, DROITE)
        horloge = QRect(x, haut + h_petite, a_droite, bas)
        self.texte(horloge, textes.horloge, grande, None, DROITE)
        self.p.setPen(QPen(self.c.texte, max(2.0, 3 * s)))
        y = m.bas_entete + round(6 * s)
        self.p.drawLine(self.gauche, y, self.droite, y)

    def carte(self, rect: QRect, sujets: Sequence[SujetLu]) -> None:
        """« n° — titre » puis les porteurs ; des sujets en conflit dans une case s'empilent."""
        s, px = self.s, self.m.px_titre
        self.p.setPen(QPen(self.c.bord_carte, max(1.5, 2.5 * s) * self.c.trait))
        self.p.setBrush(self.c.carte)
        self.p.drawRoundedRect(rect, 6 * s, 6 * s)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        numero, titre, porteurs = self.police(px, True), self.police(px), self.police(px * 0.8)
        m_titre, m_porteurs = QFontMetrics(titre), QFontMetrics(porteurs)
        h_titre, h_porteurs = m_titre.lineSpacing(), m_porteurs.lineSpacing()
        marge, part = round(12 * s), rect.height() / len(sujets)
        self.p.save()
        self.p.setClipRect(rect)
        for rang, sujet in enumerate(sujets):
            haut = round(rect.top() + rang * part) + marge // 2
            zone = QRect(rect.left() + marge, haut, rect.width() - 2 * marge, round(part) - marge)
            prefixe = f"{sujet.numero} — "
            retrait = QFontMetrics(numero).horizontalAdvance(prefixe)
            noms = ", ".join(sujet.porteurs)
            place = max(h_titre, zone.height() - (h_porteurs if noms else 0))
            lignes = couper(m_titre, sujet.titre, zone.width(), place // h_titre, retrait)
            reste = zone.height() - len(lignes) * h_titre
            lignes_noms = couper(m_porteurs, noms, zone.width(), min(2, reste // h_porteurs))
            y = zone.top() + max(0, (reste - len(lignes_noms) * h_porteurs) // 2)
            self.texte(QRect(zone.left(), y, zone.width(), h_titre), prefixe, numero)
            for k, ligne in enumerate(lignes):
                x = zone.left() + (0 if k else retrait)
                rect_ligne = QRect(x, y + k * h_titre, zone.left() + zone.width() - x, h_titre)
                self.texte(rect_ligne, ligne, titre)
            y += len(lignes) * h_titre
            for k, ligne in enumerate(lignes_noms):
                rect_nom = QRect(zone.left(), y + k * h_porteurs, zone.width(), h_porteurs)
                self.texte(rect_nom, ligne, porteurs, self.c.doux)
        self.p.restore()


class _DessinAgenda(_Toile):
    def __init__(
        self, peintre: QPainter, m: Mesures, agenda: Agenda, salles: range, c: Couleurs
    ) -> None:
        super().__init__(peintre, m, c)
        self.agenda, self.salles = agenda, salles
        self.largeur_salle = (self.droite - m.gauche_salles) / max(1, len(salles))
        self.couvertes = {(i, c.colonne) for c in agenda.cases for i in range(c.debut, c.fin + 1)}
        self.fonte_heure = self.police(m.px_heure, True)
        self.fonte_pastille = self.police(m.px_heure * 0.9, True)

    def colonne(self, j: int) -> tuple[int, int]:
        """Gauche et droite de la case de la salle j dans la page."""
        k, g, w = j - self.salles.start, self.m.gauche_salles, self.largeur_salle
        return g + round(k * w) + self.ecart, g + round((k + 1) * w) - self.ecart

    def rangee(self, i: int, x0: int, x1: int) -> QRect:
        y, h = self.m.rangees[i]
        return QRect(x0, y + self.ecart, x1 - x0, h - 2 * self.ecart)

    def noms_des_salles(self) -> None:
        fonte = self.police(28 * self.s, True)
        metriques = QFontMetrics(fonte)
        ligne = metriques.lineSpacing()
        for j in self.salles:
            x0, x1 = self.colonne(j)
            lignes = couper(metriques, self.agenda.salles[j].nom, x1 - x0, 2)
            # Bottom-aligned: a one-line name sits on its column.
            y = self.m.haut_rangees - len(lignes) * ligne - self.ecart
            for k, texte in enumerate(lignes):
                self.texte(QRect(x0, y + k * ligne, x1 - x0, ligne), texte, fonte, None, CENTRE)

    def heure(self, i: int, statut: tuple[str, bool] | None) -> None:
        """Les heures ; la barre pleine dit « en cours », la barre creuse « à suivre »."""
        creneau, s, c = self.agenda.creneaux[i], self.s, self.c
        cellule = self.rangee(i, self.gauche, self.m.gauche_salles)
        barre = max(4, round(12 * s))
        if statut is not None:
            self.p.fillRect(cellule, c.accent_pale if statut[1] else c.fond)
            self.p.fillRect(QRect(cellule.left(), cellule.top(), barre, cellule.height()), c.accent)
            if not statut[1]:
                creux = barre // 3
                creux_rect = QRect(
                    cellule.left() + creux, cellule.top() + creux, barre - 2 * creux, 0
                )
                self.p.fillRect(creux_rect.adjusted(0, 0, 0, cellule.height() - 2 * creux), c.fond)
        atelier = creneau.nature is NatureCreneau.ATELIER
        x, ligne = (
            cellule.left() + barre + round(10 * s),
            QFontMetrics(self.fonte_heure).lineSpacing(),
        )
        nombre = 1 + (2 if atelier and statut else 1 if atelier else 0)
        y = cellule.top() + max(0, (cellule.height() - nombre * ligne) // 2)
        largeur = cellule.right() - x
        self.p.save()
        self.p.setClipRect(cellule)
        self.texte(QRect(x, y, largeur, ligne), plage(creneau.debut, creneau.fin), self.fonte_heure)
        if atelier:
            fonte = self.police(self.m.px_heure)
            self.texte(QRect(x, y + ligne, largeur, ligne), creneau.libelle, fonte, c.doux)
            if statut is not None:
                self.pastille(x, y + 2.1 * ligne, statut[0], self.fonte_pastille, statut[1])
        self.p.restore()

    def bande(self, i: int, statut: tuple[str, bool] | None) -> None:
        """Plénière, pause ou repas : une bande, coupée là où une longue session la traverse."""
        morceaux: list[QRect] = []
        ouvert = False
        for j in self.salles:
            x0, x1 = self.colonne(j)
            if (i, j) in self.couvertes:
                ouvert = False
            elif ouvert:
                morceaux[-1].setRight(x1)
            else:
                morceaux.append(self.rangee(i, x0, x1))
                ouvert = True
        if not self.salles:
            morceaux = [self.rangee(i, self.m.gauche_salles + self.ecart, self.droite - self.ecart)]
        for rect in morceaux:
            self.p.fillRect(rect, self.c.bande)
            if self.c.trait > 1:
                # No grey band under high contrast: an outline says where it runs.
                self.p.setPen(QPen(self.c.texte, max(1.5, 2 * self.s) * self.c.trait))
                self.p.setBrush(Qt.BrushStyle.NoBrush)
                self.p.drawRect(rect)
        if not morceaux:
            return
        rect, marge = max(morceaux, key=QRect.width), round(16 * self.s)
        if statut is not None:
            texte, plein = statut
            metriques = QFontMetrics(self.fonte_pastille)
            y = rect.center().y() - metriques.height() * 0.62 + 1
            self.pastille(rect.left() + marge, y, texte, self.fonte_pastille, plein)
            # The label stays centred on the band; the badge takes its left end.
            marge += round(metriques.horizontalAdvance(texte) * 1.5)
        libelle, fonte = self.agenda.creneaux[i].libelle, self.police(self.m.px_bande, True)
        self.texte(rect.adjusted(marge, 0, -marge, 0), libelle, fonte, None, CENTRE)


def dessiner_agenda(
    peintre: QPainter,
    m: Mesures,
    agenda: Agenda,
    salles: range,
    en_cours: CreneauLu | None,
    suivant: CreneauLu | None,
    textes: TextesAgenda,
    couleurs: Couleurs = PROJECTION,
) -> None:
    d = _DessinAgenda(peintre, m, agenda, salles, couleurs)
    peintre.fillRect(m.zone, couleurs.fond)
    d.entete(textes)
    if not agenda.creneaux:
        rect = QRect(m.zone.left(), m.haut_salles, m.zone.width(), m.zone.bottom() - m.haut_salles)
        d.texte(rect, textes.vide, d.police(40 * d.s), couleurs.doux, CENTRE)
        return
    d.noms_des_salles()
    for i, creneau in enumerate(agenda.creneaux):
        statut = {suivant: (textes.a_suivre, False), en_cours: (textes.en_cours, True)}.get(creneau)
        d.heure(i, statut)
        if creneau.nature is not NatureCreneau.ATELIER:
            d.bande(i, statut)
            continue
        peintre.setPen(QPen(couleurs.bord_vide, max(1.0, 1.5 * d.s)))
        for j in salles:
            if (i, j) not in d.couvertes:
                peintre.drawRoundedRect(d.rangee(i, *d.colonne(j)), 6 * d.s, 6 * d.s)
    if en_cours in agenda.creneaux:
        # The current slot framed across the whole width, found at a glance from the back; a long
        # session passing through it is drawn over the frame.
        peintre.setPen(QPen(couleurs.accent, max(2.0, 4 * d.s) * couleurs.trait))
        peintre.drawRect(d.rangee(agenda.creneaux.index(en_cours), d.gauche, d.droite))
    for case in agenda.cases:
        if case.colonne in salles:
            x0, x1 = d.colonne(case.colonne)
            haut, bas = d.rangee(case.debut, x0, x1), d.rangee(case.fin, x0, x1)
            d.carte(haut.united(bas), case.sujets)


def dessiner_principes(
    peintre: QPainter,
    zone: QRect,
    famille: str,
    blocs: Sequence[Bloc],
    colonnes: Sequence[Sequence[Bloc]],
    couleurs: Couleurs = PROJECTION,
) -> None:
    """Des blocs centrés les uns sous les autres, puis des colonnes côte à côte, le tout centré."""
    peintre.fillRect(zone, couleurs.fond)
    s = max(0.25, zone.height() / HAUTEUR_REFERENCE)
    marge, entre = round(80 * s), round(60 * s)
    largeur = zone.width() - 2 * marge
    largeur_col = (largeur - entre * (len(colonnes) - 1)) // max(1, len(colonnes))
    drapeaux = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)

    def cadre(bloc: Bloc, facteur: float, large: int) -> tuple[QFont, QRect]:
        """La police et la boîte du bloc ; sa largeur équilibre les lignes, sans veuve."""
        fonte = police(famille, bloc.taille * s * facteur, bloc.gras)
        metriques, texte = QFontMetrics(fonte), typographie_fr(bloc.texte)

        def boite(largeur_essai: int) -> QRect:
            return metriques.boundingRect(QRect(0, 0, largeur_essai, 99_999), drapeaux, texte)

        hauteur, bas = boite(large).height(), large // 3
        while bas < large:
            milieu = (bas + large) // 2
            bas, large = (bas, milieu) if boite(milieu).height() <= hauteur else (milieu + 1, large)
        return fonte, QRect(0, 0, large, hauteur + round(bloc.espace_apres * s * facteur))

    def total(facteur: float) -> int:
        pile = sum(cadre(b, facteur, largeur)[1].height() for b in blocs)
        cols = [sum(cadre(b, facteur, largeur_col)[1].height() for b in c) for c in colonnes]
        return pile + max(cols, default=0)

    # Shrink the whole slide together when a small window cannot hold it at full size.
    facteur = 1.0
    while facteur > 0.3 and total(facteur) > zone.height() - 2 * marge:
        facteur *= 0.92
    haut = zone.top() + max(marge, (zone.height() - total(facteur)) // 2)

    def poser(bloc: Bloc, x: int, y: int, large: int) -> int:
        fonte, boite = cadre(bloc, facteur, large)
        peintre.setFont(fonte)
        peintre.setPen(couleurs.doux if bloc.doux else couleurs.texte)
        boite.moveTo(x + (large - boite.width()) // 2, y)
        peintre.drawText(boite, drapeaux, typographie_fr(bloc.texte))
        return y + boite.height()

    for bloc in blocs:
        haut = poser(bloc, zone.left() + marge, haut, largeur)
    for k, colonne_blocs in enumerate(colonnes):
        y = haut
        for bloc in colonne_blocs:
            y = poser(bloc, zone.left() + marge + k * (largeur_col + entre), y, largeur_col)
