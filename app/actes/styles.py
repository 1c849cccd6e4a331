"""La mise en page du livre : format, marges de reliure, couleurs et styles de paragraphe."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from app.actes.polices import Graisse, enregistrer_polices
from modeles.valeurs import FormatPapier

ACCENT = colors.HexColor("#1d5a6e")  # dark enough to stay legible on a grey-scale printer
GRIS = colors.HexColor("#5a5a5a")
GRIS_CLAIR = colors.HexColor("#c8c8c8")
FOND = colors.HexColor("#eef3f5")
LIEN = colors.HexColor("#1d5a6e")


@dataclass(frozen=True)
class Geometrie:
    """La page et ses marges ; la marge intérieure (côté reliure) est la plus large."""

    largeur: float
    hauteur: float
    interieure: float = 2.5 * cm
    exterieure: float = 1.8 * cm
    haut: float = 2.2 * cm
    bas: float = 2.2 * cm
    entete: float = 1.3 * cm  # baseline of the running head, from the top edge
    pied: float = 1.1 * cm  # baseline of the footer, from the bottom edge

    @property
    def largeur_texte(self) -> float:
        return self.largeur - self.interieure - self.exterieure

    @property
    def hauteur_texte(self) -> float:
        return self.hauteur - self.haut - self.bas

    def gauche(self, numero_page: int) -> float:
        """Bord gauche du texte : reliure à gauche sur les pages impaires (recto)."""
        return self.interieure if numero_page % 2 else self.exterieure

    @staticmethod
    def pour(format_papier: FormatPapier) -> Geometrie:
        largeur, hauteur = A4 if format_papier is FormatPapier.A4 else LETTER
        return Geometrie(largeur, hauteur)


def _style(nom: str, **reglages: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": Graisse.REGULIERE.nom,
        "fontSize": 10,
        "leading": 14,
        "alignment": TA_LEFT,
        "spaceAfter": 5,
        # A URL or a pasted token longer than the line is cut, never drawn past the margin.
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(reglages)
    return ParagraphStyle(nom, **base)


@dataclass(frozen=True)
class Styles:
    corps: ParagraphStyle
    liste: ParagraphStyle
    citation: ParagraphStyle
    code: ParagraphStyle
    note: ParagraphStyle
    meta: ParagraphStyle
    partie: ParagraphStyle
    etiquette: ParagraphStyle
    titre_atelier: ParagraphStyle
    section: ParagraphStyle
    sous_section: ParagraphStyle
    cellule: ParagraphStyle
    cellule_entete: ParagraphStyle
    sommaire: ParagraphStyle
    sommaire_partie: ParagraphStyle
    index: ParagraphStyle
    index_lettre: ParagraphStyle
    legende: ParagraphStyle
    chiffre: ParagraphStyle
    chiffre_libelle: ParagraphStyle
    couverture_titre: ParagraphStyle
    couverture_question: ParagraphStyle
    couverture_lieu: ParagraphStyle
    couverture_petit: ParagraphStyle


@functools.cache
def styles_livre() -> Styles:
    enregistrer_polices()
    gras = Graisse.GRASSE.nom
    italique = Graisse.ITALIQUE.nom
    return Styles(
        corps=_style("corps"),
        liste=_style("liste", spaceAfter=2),
        citation=_style("citation", fontName=italique, leftIndent=14, textColor=GRIS),
        code=_style("code", fontSize=9, leading=12, leftIndent=14, backColor=FOND),
        note=_style("note", fontName=italique, textColor=GRIS),
        meta=_style("meta", fontSize=9, leading=12.5, spaceAfter=2),
        partie=_style(
            "partie", fontName=gras, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=14
        ),
        etiquette=_style("etiquette", fontName=gras, fontSize=9.5, textColor=ACCENT, spaceAfter=2),
        titre_atelier=_style("titre_atelier", fontName=gras, fontSize=17, leading=21, spaceAfter=6),
        section=_style(
            "section",
            fontName=gras,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        sous_section=_style(
            "sous_section",
            fontName=gras,
            fontSize=10.5,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cellule=_style("cellule", fontSize=8, leading=10, spaceAfter=0),
        cellule_entete=_style(
            "cellule_entete",
            fontName=gras,
            fontSize=8,
            leading=10,
            spaceAfter=0,
            textColor=colors.white,
        ),
        sommaire=_style("sommaire", fontSize=10, leading=13, spaceAfter=3),
        sommaire_partie=_style(
            "sommaire_partie", fontName=gras, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
        index=_style(
            "index", fontSize=9, leading=11.5, spaceAfter=1, leftIndent=10, firstLineIndent=-10
        ),
        index_lettre=_style(
            "index_lettre",
            fontName=gras,
            fontSize=11,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        legende=_style(
            "legende",
            fontName=italique,
            fontSize=8.5,
            leading=11,
            textColor=GRIS,
            alignment=TA_CENTER,
        ),
        chiffre=_style(
            "chiffre",
            fontName=gras,
            fontSize=26,
            leading=30,
            textColor=ACCENT,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        chiffre_libelle=_style(
            "chiffre_libelle", fontSize=9, leading=11.5, alignment=TA_CENTER, spaceAfter=0
        ),
        couverture_titre=_style(
            "couverture_titre",
            fontName=gras,
            fontSize=30,
            leading=36,
            textColor=ACCENT,
            spaceAfter=18,
        ),
        couverture_question=_style(
            "couverture_question", fontName=italique, fontSize=16, leading=22, spaceAfter=24
        ),
        couverture_lieu=_style("couverture_lieu", fontSize=12, leading=17, spaceAfter=4),
        couverture_petit=_style(
            "couverture_petit", fontSize=8.5, leading=11, textColor=GRIS, alignment=TA_RIGHT
        ),
    )
