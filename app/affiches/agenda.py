"""Le mur de l'agenda en affiche : lisible à 3 m, découpée en feuilles paysage à assembler.

Each day is one poster. The grid is cut between cells, never through a text: sheets butt
together once their margins are trimmed along the crop marks. Every room is shown, even
with no session yet, so the blank grid can serve as the marketplace wall.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app import formats
from app.affiches.commun import Bloc, bloc, nouveau_canevas, taille_papier, texte
from app.affiches.polices import Polices, enregistrer_polices
from app.libelles import libelles
from app.publication import AtelierPublie, JourPublie, Publication
from app.site.ecriture import Annulation, verifier_annulation
from modeles.valeurs import FormatPapier, NatureCreneau

MARGE = 0.5 * inch
RETRAIT = 10.0
LARGEUR_HEURES = 140.0
# A room column is at least wide enough for a long French word at 24 pt (« d'intermédiation »).
LARGEUR_SALLE_MIN = 240.0
LARGEUR_SALLE_MAX = 330.0
HAUTEUR_MIN_ATELIER = 130.0
HAUTEUR_AUTRE = 56.0
# Sizes for reading from 3 m: titles never below 24 pt.
TAILLE_JOUR = 40.0
TAILLE_FORUM = 24.0
TAILLE_SALLE = 28.0
TAILLE_HEURE = 26.0
TAILLE_FIN = 18.0
TAILLE_NUMERO = 30.0
TAILLE_TITRE = 24.0
TAILLE_PORTEURS = 18.0
TAILLE_PAUSE = 24.0
GRIS = (0.35, 0.35, 0.35)
ACCENT = (0.04, 0.36, 0.54)
FONDS = {
    NatureCreneau.PAUSE: (0.96, 0.94, 0.88),
    NatureCreneau.REPAS: (0.96, 0.94, 0.88),
    NatureCreneau.PLENIERE: (0.91, 0.95, 0.91),
}


@dataclass(frozen=True)
class Rangee:
    """Une bande horizontale du mur : le titre, l'en-tête des salles, ou un créneau."""

    hauteur: float
    cellules: tuple[tuple[Bloc, ...], ...]  # one stack of blocks per column
    fond: tuple[float, float, float] | None = None
    etiquette: str = ""  # a plenary or a break: one label across every room
    titre: bool = False  # the day's title band
    centree: bool = False
    suites: frozenset[int] = frozenset()  # columns continuing a multi-slot session


def lettre_colonne(rang: int) -> str:
    """A, B, … Z, AA, AB : le nom d'une colonne de feuilles."""
    lettres = ""
    rang += 1
    while rang:
        rang, reste = divmod(rang - 1, 26)
        lettres = chr(ord("A") + reste) + lettres
    return lettres


def _paquets(tailles: Sequence[float], disponible: float) -> list[list[int]]:
    """Des indices consécutifs regroupés pour tenir dans `disponible` (au moins un par paquet)."""
    paquets: list[list[int]] = [[]]
    total = 0.0
    for rang, taille in enumerate(tailles):
        if paquets[-1] and total + taille > disponible:
            paquets.append([])
            total = 0.0
        paquets[-1].append(rang)
        total += taille
    return paquets


def colonnes_de_feuilles(salles: int, utile: float) -> tuple[float, list[list[int]]]:
    """La largeur commune des salles, et les colonnes du mur (0 = les heures) de chaque feuille.

    As few sheet columns as possible, with the rooms spread evenly over them: no sheet holds a
    lonely last room while the others are full.
    """
    if salles == 0:
        return LARGEUR_SALLE_MAX, [[0]]
    premiere = max(1, int((utile - LARGEUR_HEURES) // LARGEUR_SALLE_MIN))
    suivante = max(1, int(utile // LARGEUR_SALLE_MIN))
    feuilles = 1
    while premiere + (feuilles - 1) * suivante < salles:
        feuilles += 1
    tailles = [min(premiere, -(-salles // feuilles))]
    reste = salles - tailles[0]
    for rang in range(feuilles - 1):
        tailles.append(reste // (feuilles - 1) + (rang < reste % (feuilles - 1)))
    largeur = min(
        LARGEUR_SALLE_MAX,
        (utile - LARGEUR_HEURES) / tailles[0],
        *(utile / t for t in tailles[1:] if t),
    )
    paquets, suivant = [], 1
    for rang, taille in enumerate(tailles):
        paquets.append(([0] if rang == 0 else []) + list(range(suivant, suivant + taille)))
        suivant += taille
    return largeur, [p for p in paquets if p]


def _hauteur(blocs: Sequence[Bloc]) -> float:
    return sum(b.hauteur for b in blocs) + 2 * RETRAIT


class _Mur:
    """Le mur d'une journée mesuré : colonnes, rangées, puis découpé en feuilles."""

    def __init__(
        self,
        publication: Publication,
        jour: JourPublie,
        polices: Polices,
        largeur_feuille: float,
    ) -> None:
        self.langue = publication.forum.langue
        self.mots = libelles(self.langue)
        self.polices = polices
        self.jour = jour
        self.ateliers = {a.numero: a for a in publication.ateliers}
        self.largeur_salle, self.colonnes = colonnes_de_feuilles(len(jour.salles), largeur_feuille)
        self.largeurs = [LARGEUR_HEURES] + [self.largeur_salle] * len(jour.salles)
        titre = self._texte(formats.capitale(formats.date_longue(jour.jour, self.langue)), True)
        forum = self._texte(publication.forum.titre)
        # The title is written on the first sheet column only: it must fit there.
        premiere = sum(self.largeurs[c] for c in self.colonnes[0]) - 2 * RETRAIT
        bandeau = (
            bloc(titre, polices.grasse, TAILLE_JOUR, premiere, maximum=2),
            bloc(forum, polices.normale, TAILLE_FORUM, premiere, maximum=2, couleur=GRIS),
        )
        self.rangees = [
            Rangee(_hauteur(bandeau), (bandeau,), titre=True),
            self._entete(),
            *(self._creneau(c.uuid, c.debut, c.fin, c.libelle, c.nature) for c in jour.creneaux),
        ]

    def _texte(self, valeur: str, gras: bool = False) -> str:
        return texte(valeur, self.langue, self.polices.grasse if gras else self.polices.normale)

    def _entete(self) -> Rangee:
        largeur = self.largeur_salle - 2 * RETRAIT
        cellules = [
            (bloc(self.mots.heure, self.polices.grasse, TAILLE_FIN, LARGEUR_HEURES, couleur=GRIS),)
        ]
        for salle in self.jour.salles:
            nom = self._texte(salle.nom, True)
            cellules.append((bloc(nom, self.polices.grasse, TAILLE_SALLE, largeur, maximum=3),))
        hauteur = max(_hauteur(c) for c in cellules)
        return Rangee(hauteur, tuple(cellules), fond=(0.93, 0.94, 0.96), centree=True)

    def _heures(self, debut: dt.time, fin: dt.time, libelle: str) -> tuple[Bloc, ...]:
        largeur = LARGEUR_HEURES - 2 * RETRAIT
        gras, normale = self.polices.grasse, self.polices.normale
        heure = formats.heure(debut, self.langue)
        # "10:15 a.m." is wider than « 10 h 15 »: it shrinks rather than breaks.
        mesure = stringWidth(heure, gras, TAILLE_HEURE)
        taille = min(TAILLE_HEURE, 0.97 * TAILLE_HEURE * largeur / max(1.0, mesure))
        blocs = [
            bloc(heure, gras, taille, largeur),
            bloc("– " + formats.heure(fin, self.langue), normale, TAILLE_FIN, largeur),
        ]
        if libelle:
            blocs.append(bloc(self._texte(libelle), normale, 16, largeur, maximum=2, couleur=GRIS))
        return tuple(blocs)

    def _atelier(self, numero: int, titre: str, debut: bool) -> tuple[Bloc, ...]:
        largeur = self.largeur_salle - 2 * RETRAIT
        p = self.polices
        if not debut:
            return (
                bloc(
                    self.mots.suite_du_numero.format(numero),
                    p.italique,
                    TAILLE_FIN,
                    largeur,
                    couleur=GRIS,
                ),
            )
        atelier: AtelierPublie | None = self.ateliers.get(numero)
        blocs = [
            bloc(self.mots.numero.format(numero), p.grasse, TAILLE_NUMERO, largeur, couleur=ACCENT),
            bloc(self._texte(titre), p.normale, TAILLE_TITRE, largeur, maximum=8),
        ]
        if atelier is not None and atelier.porteurs:
            porteurs = self._texte(", ".join(atelier.porteurs))
            blocs.append(
                bloc(porteurs, p.italique, TAILLE_PORTEURS, largeur, maximum=3, couleur=GRIS)
            )
        return tuple(blocs)

    def _creneau(
        self, creneau: UUID, debut: dt.time, fin: dt.time, libelle: str, nature: NatureCreneau
    ) -> Rangee:
        if nature is not NatureCreneau.ATELIER:
            etiquette = self._texte(libelle or self.mots.natures[nature.value], True)
            heures = self._heures(debut, fin, "")
            # Measured in the narrowest room span a sheet may hold: one room.
            bande = bloc(
                etiquette, self.polices.grasse, TAILLE_PAUSE, self.largeur_salle - 2 * RETRAIT
            )
            hauteur = max(HAUTEUR_AUTRE, _hauteur(heures), min(_hauteur((bande,)), 140.0))
            return Rangee(hauteur, (heures,), fond=FONDS.get(nature), etiquette=etiquette)
        cellules: list[tuple[Bloc, ...]] = [self._heures(debut, fin, libelle)]
        suites = set()
        for rang, salle in enumerate(self.jour.salles, start=1):
            case = self.jour.cases.get((creneau, salle.uuid))
            if case is None:
                cellules.append(())
                continue
            numero, titre, commence = case
            cellules.append(self._atelier(numero, titre, commence))
            if not commence:
                suites.add(rang)
        hauteur = max(HAUTEUR_MIN_ATELIER, *(_hauteur(c) for c in cellules))
        return Rangee(hauteur, tuple(cellules), suites=frozenset(suites))

    def dessiner(
        self, canevas: Canvas, colonnes: list[int], rangees: list[int], x0: float, haut: float
    ) -> tuple[float, float]:
        """Dessine une feuille (ces colonnes, ces rangées) ; rend sa largeur et sa hauteur."""
        xs = {c: x0 + sum(self.largeurs[k] for k in colonnes if k < c) for c in colonnes}
        largeur = sum(self.largeurs[c] for c in colonnes)
        y = haut
        canevas.setLineWidth(1)
        for r in rangees:
            rangee = self.rangees[r]
            if rangee.titre:
                if 0 in colonnes:
                    self._empiler(canevas, rangee.cellules[0], x0, y, largeur, False)
            elif rangee.etiquette:
                self._bande(canevas, rangee, colonnes, xs, y)
            else:
                for c in colonnes:
                    self._cellule(canevas, rangee, c, xs[c], y)
            y -= rangee.hauteur
        return largeur, haut - y

    def _cadre(
        self,
        canevas: Canvas,
        x: float,
        haut: float,
        largeur: float,
        hauteur: float,
        fond: tuple[float, float, float] | None,
    ) -> None:
        canevas.setStrokeColorRGB(0.55, 0.57, 0.6)
        if fond is not None:
            canevas.setFillColorRGB(*fond)
        canevas.rect(x, haut - hauteur, largeur, hauteur, stroke=1, fill=int(fond is not None))

    def _empiler(
        self,
        canevas: Canvas,
        blocs: Sequence[Bloc],
        x: float,
        haut: float,
        largeur: float,
        centre: bool,
    ) -> None:
        y = haut - RETRAIT
        for b in blocs:
            y = b.dessiner(canevas, x + RETRAIT, y, x + largeur / 2 if centre else None)

    def _cellule(self, canevas: Canvas, rangee: Rangee, c: int, x: float, haut: float) -> None:
        largeur = self.largeurs[c]
        fond = rangee.fond
        if c in rangee.suites:
            fond = (0.95, 0.95, 0.95)
        self._cadre(canevas, x, haut, largeur, rangee.hauteur, fond)
        self._empiler(canevas, rangee.cellules[c], x, haut, largeur, rangee.centree and c > 0)

    def _bande(
        self,
        canevas: Canvas,
        rangee: Rangee,
        colonnes: list[int],
        xs: dict[int, float],
        haut: float,
    ) -> None:
        """Une plénière ou une pause : une seule case sur toutes les salles de la feuille."""
        if 0 in colonnes:
            self._cellule(canevas, rangee, 0, xs[0], haut)
        salles = [c for c in colonnes if c > 0]
        if not salles:
            return
        debut = xs[salles[0]]
        etendue = sum(self.largeurs[c] for c in salles)
        self._cadre(canevas, debut, haut, etendue, rangee.hauteur, rangee.fond)
        # The label is repeated on each sheet: a break reads the same anywhere on the wall.
        etiquette = bloc(
            rangee.etiquette,
            self.polices.grasse,
            TAILLE_PAUSE,
            etendue - 2 * RETRAIT,
            maximum=max(1, int((rangee.hauteur - 2 * RETRAIT) // (TAILLE_PAUSE * 1.2))),
        )
        decalage = (rangee.hauteur - etiquette.hauteur) / 2
        etiquette.dessiner(canevas, debut + RETRAIT, haut - decalage, debut + etendue / 2)


def _reperes(canevas: Canvas, x: float, y: float, largeur: float, hauteur: float) -> None:
    """Traits de coupe aux quatre coins, dans la marge : on coupe, puis on aboute les feuilles."""
    canevas.saveState()
    canevas.setStrokeColorRGB(0, 0, 0)
    canevas.setLineWidth(0.5)
    ecart, longueur = 4.0, 16.0
    for cx, sx in ((x, -1), (x + largeur, 1)):
        for cy, sy in ((y, -1), (y + hauteur, 1)):
            canevas.line(cx + sx * ecart, cy, cx + sx * (ecart + longueur), cy)
            canevas.line(cx, cy + sy * ecart, cx, cy + sy * (ecart + longueur))
    canevas.restoreState()


def _plan(
    canevas: Canvas,
    colonne: int,
    rangee: int,
    colonnes: int,
    rangees: int,
    droite: float,
    bas: float,
) -> None:
    """Un petit plan de l'assemblage, la feuille courante en noir."""
    cote = min(8.0, 90.0 / max(colonnes, rangees))
    canevas.saveState()
    canevas.setLineWidth(0.4)
    canevas.setStrokeColorRGB(0.3, 0.3, 0.3)
    for i in range(colonnes):
        for j in range(rangees):
            courante = (i, j) == (colonne, rangee)
            canevas.setFillColorRGB(*((0, 0, 0) if courante else (1, 1, 1)))
            x = droite - (colonnes - i) * cote
            y = bas + (rangees - 1 - j) * cote
            canevas.rect(x, y, cote, cote, stroke=1, fill=1)
    canevas.restoreState()


def dessiner_agenda(
    canevas: Canvas,
    publication: Publication,
    format_papier: FormatPapier,
    annule: Annulation | None = None,
) -> int:
    """Toutes les feuilles de toutes les journées ; rend le nombre de feuilles."""
    polices = enregistrer_polices()
    largeur_page, hauteur_page = taille_papier(format_papier, paysage=True)
    canevas.setPageSize((largeur_page, hauteur_page))
    utile_l, utile_h = largeur_page - 2 * MARGE, hauteur_page - 2 * MARGE
    mots = libelles(publication.forum.langue)
    feuilles = 0
    for jour in publication.jours:
        mur = _Mur(publication, jour, polices, utile_l)
        colonnes = mur.colonnes
        rangees = _paquets([r.hauteur for r in mur.rangees], utile_h)
        total = len(colonnes) * len(rangees)
        date = formats.date_longue(jour.jour, mots.langue)
        for j, rangs in enumerate(rangees):
            for i, cols in enumerate(colonnes):
                verifier_annulation(annule)
                numero = j * len(colonnes) + i + 1
                haut = hauteur_page - MARGE
                largeur, hauteur = mur.dessiner(canevas, cols, rangs, MARGE, haut)
                _reperes(canevas, MARGE, haut - hauteur, largeur, hauteur)
                canevas.setFont(polices.normale, 9)
                canevas.setFillColorRGB(0, 0, 0)
                feuille = mots.feuille.format(numero, total, lettre_colonne(i), j + 1)
                etiquette = f"{formats.capitale(date)} — {feuille}"
                if total > 1:
                    etiquette += f" — {mots.couper_abouter}"
                canevas.drawString(MARGE, MARGE * 0.35, etiquette)
                if total > 1:
                    _plan(
                        canevas,
                        i,
                        j,
                        len(colonnes),
                        len(rangees),
                        largeur_page - MARGE,
                        MARGE * 0.3,
                    )
                canevas.showPage()
                feuilles += 1
    return feuilles


def agenda_pdf(
    publication: Publication, format_papier: FormatPapier, annule: Annulation | None = None
) -> bytes:
    tampon = io.BytesIO()
    mots = libelles(publication.forum.langue)
    canevas = nouveau_canevas(
        tampon,
        taille_papier(format_papier, paysage=True),
        f"{mots.agenda_court} — {publication.forum.titre}",
        mots.affiche_agenda,
        mots.langue_html,
    )
    dessiner_agenda(canevas, publication, format_papier, annule)
    canevas.save()
    return tampon.getvalue()
