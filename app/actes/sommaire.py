"""Repères, table des matières et index : des numéros de page connus sans second passage.

The table of contents comes first in the book, before the pages it points to: its lines are
laid out with a reserved column, and their page numbers are drawn at save time from the
anchors recorded during the one layout pass (see canevas.py). The index comes last, so it is
written with the numbers already known.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from app.actes.balisage import paragraphe
from app.actes.canevas import Registre, Repere
from app.actes.markdown_pdf import Redaction
from app.actes.polices import Graisse
from app.actes.styles import ACCENT, GRIS, LIEN, Styles

COLONNE_PAGE = 1.3 * cm
COLONNE_NUMERO = 1.0 * cm
TITRE_MAX = 180  # a title longer than this is cut in the table of contents and the outline


def abrege(texte: str, longueur: int = TITRE_MAX) -> str:
    """Le texte sur une ligne, coupé au mot près avec « … » s'il dépasse `longueur`."""
    texte = " ".join(texte.split())
    if len(texte) <= longueur:
        return texte
    coupe = texte.rfind(" ", 0, longueur)
    return texte[: coupe if coupe > longueur // 2 else longueur].rstrip() + "…"


class Ancre(Flowable):  # type: ignore[misc]
    """Un point invisible : note la page où il tombe, pour la table, l'index et les signets."""

    _ZEROSIZE = 1

    def __init__(
        self,
        registre: Registre,
        repere: Repere,
        rubrique: str | None,
        seuil_ouverture: float,
    ) -> None:
        super().__init__()
        self.registre = registre
        self.repere = repere
        self.rubrique = rubrique
        # At the top of a page, the anchor opens it: that page gets no running head.
        self.seuil_ouverture = seuil_ouverture

    def wrap(self, largeur: float, hauteur: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _, haut = self.canv.absolutePosition(0, 0)
        repere = Repere(self.repere.cle, self.repere.titre, self.repere.niveau, haut + 12)
        ouverture = haut >= self.seuil_ouverture
        self.registre.ancrer(self.canv.getPageNumber(), repere, self.rubrique, ouverture)


def _fin_derniere_ligne(paragraphe: Paragraph, largeur: float) -> float:
    """Où finit le texte de la dernière ligne, pour commencer les points de conduite."""
    try:
        ligne = paragraphe.blPara.lines[-1]
        reste = ligne[0] if isinstance(ligne, tuple) else ligne.extraSpace
        return float(largeur - reste)
    except (AttributeError, IndexError):
        return largeur


@dataclass(frozen=True)
class EntreeSommaire:
    cle: str
    balisage: str
    niveau: int  # 0: a part of the book; 1: a theme or a report; 2: a report under a theme
    numero: int | None = None  # the session's number, printed in its own column


class LigneSommaire(Flowable):  # type: ignore[misc]
    """Une ligne de la table : numéro, titre, points de conduite, page (dessinée plus tard)."""

    def __init__(self, entree: EntreeSommaire, registre: Registre, styles: Styles) -> None:
        super().__init__()
        self.entree = entree
        self.registre = registre
        self.style = styles.sommaire_partie if entree.niveau == 0 else styles.sommaire
        self.retrait = max(0, entree.niveau - 1) * 0.5 * cm
        self.paragraphe = paragraphe(entree.balisage, self.style)
        self.largeur_titre = 0.0

    def wrap(self, largeur: float, hauteur: float) -> tuple[float, float]:
        debut = self.retrait + (COLONNE_NUMERO if self.entree.niveau else 0)
        self.largeur_titre = largeur - debut - COLONNE_PAGE
        _, haut = self.paragraphe.wrap(self.largeur_titre, hauteur)
        self.width, self.height = largeur, haut
        return largeur, haut

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canevas = self.canv
        style = self.style
        debut = self.retrait + (COLONNE_NUMERO if self.entree.niveau else 0)
        base = self.height - style.fontSize  # first line's baseline
        derniere = (
            self.height - style.fontSize - (len(self.paragraphe.blPara.lines) - 1) * style.leading
        )
        canevas.saveState()
        if self.entree.numero is not None:
            canevas.setFont(Graisse.GRASSE.nom, style.fontSize)
            canevas.setFillColor(ACCENT)
            canevas.drawString(self.retrait, base, str(self.entree.numero))
        canevas.restoreState()
        self.paragraphe.drawOn(canevas, debut, 0)
        fin = debut + _fin_derniere_ligne(self.paragraphe, self.largeur_titre) + 4
        colonne = self.width - COLONNE_PAGE + 6
        if colonne - fin > 8:
            canevas.saveState()
            canevas.setStrokeColor(GRIS)
            canevas.setLineWidth(0.8)
            canevas.setLineCap(1)
            canevas.setDash(0.01, 3.5)
            canevas.line(fin, derniere + 1, colonne, derniere + 1)
            canevas.restoreState()
        x, y = canevas.absolutePosition(self.width, derniere)
        gauche, bas = canevas.absolutePosition(0, 0)
        canevas.linkRect("", self.entree.cle, (gauche, bas, x, bas + self.height), relative=0)
        cle, registre, police, taille = (
            self.entree.cle,
            self.registre,
            style.fontName,
            style.fontSize,
        )

        def numero_de_page(canevas_final: Canvas) -> None:
            canevas_final.saveState()
            canevas_final.setFont(police, taille)
            canevas_final.setFillColor(colors.black)
            canevas_final.drawRightString(x, y, str(registre.pages.get(cle, "")))
            canevas_final.restoreState()

        registre.differer(canevas.getPageNumber(), numero_de_page)


def cle_de_tri(texte: str) -> tuple[str, str]:
    """Ordre alphabétique français simple : sans accents ni casse, puis le texte tel quel."""
    decompose = unicodedata.normalize("NFD", texte.casefold())
    return "".join(c for c in decompose if not unicodedata.combining(c)).strip(), texte


def lettre(texte: str) -> str:
    initiale = cle_de_tri(texte)[0][:1].upper()
    return initiale if initiale.isalpha() else "#"


def index_alphabetique(
    entrees: Iterable[tuple[str, str]], registre: Registre
) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(lettre, terme, [(page, clé)]) à partir de paires (terme, clé du compte rendu)."""
    termes: dict[str, dict[str, set[str]]] = {}
    for terme, cle in entrees:
        terme = " ".join(terme.split())
        if terme:
            # « CDC » and « cdc » are one entry, shown as first typed.
            termes.setdefault(terme.casefold(), {}).setdefault(terme, set()).add(cle)
    resultat = []
    for variantes in termes.values():
        affiche = min(variantes, key=cle_de_tri)
        cles = set().union(*variantes.values())
        pages = sorted({(registre.pages[c], c) for c in cles if c in registre.pages})
        if pages:
            resultat.append((lettre(affiche), affiche, pages))
    resultat.sort(key=lambda e: cle_de_tri(e[1]))
    return resultat


def lignes_index(
    termes: Sequence[tuple[str, str, list[tuple[int, str]]]],
    styles: Styles,
    redaction: Redaction,
) -> list[Flowable]:
    """Les entrées groupées par lettre : « Boudreau, 12, 45 »."""
    lignes: list[Flowable] = []
    courante = None
    for initiale, terme, pages in termes:
        if initiale != courante:
            courante = initiale
            lignes.append(paragraphe(initiale, styles.index_lettre))
        lignes.append(paragraphe(f"{redaction.texte(terme)}\u2003{renvois(pages)}", styles.index))
    return lignes


def renvois(pages: Sequence[tuple[int, str]]) -> str:
    """« 12, 45 », chaque numéro menant à sa page."""
    vus: dict[int, str] = {}
    for page, cle in pages:
        vus.setdefault(page, cle)
    return ", ".join(
        f'<a href="#{cle}" color="{LIEN.hexval()}">{page}</a>' for page, cle in sorted(vus.items())
    )
