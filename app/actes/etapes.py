"""Toutes les prochaines étapes du forum en un tableau, dans l'ordre des comptes rendus.

A large forum has thousands of steps: the cells are plain text lines cut to the column
width beforehand (the table then only counts lines), not paragraphs that reportlab would
measure again at every page break. Each report lists its own steps in full, with links.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from app.actes.balisage import paragraphe
from app.actes.contexte import Contexte
from app.actes.parties import ancre
from app.actes.polices import Graisse, couper_lignes
from app.actes.sommaire import abrege
from app.actes.styles import ACCENT, GRIS_CLAIR
from app.publication import AtelierPublie

TAILLE = 8
INTERLIGNE = 10
MARGE = 4  # cell padding, each side
LIGNES_MAX = 30  # a row always fits a page, however long the step someone typed


def _largeurs(largeur_texte: float) -> list[float]:
    atelier, qui, quand = 4.2 * cm, 3.6 * cm, 2.6 * cm
    return [atelier, largeur_texte - atelier - qui - quand, qui, quand]


def prochaines_etapes(
    ateliers: Sequence[AtelierPublie], contexte: Contexte, cle: str
) -> list[Flowable]:
    styles = contexte.styles
    mots = contexte.libelles
    simple = contexte.redaction.simple
    largeurs = _largeurs(contexte.geometrie.largeur_texte)
    police = Graisse.REGULIERE.nom

    def cellule(texte: str, colonne: int) -> str:
        lignes = couper_lignes(simple(texte), police, TAILLE, largeurs[colonne] - 2 * MARGE)
        if len(lignes) > LIGNES_MAX:  # the report itself gives the step in full
            lignes = [*lignes[: LIGNES_MAX - 1], "…"]
        return "\n".join(lignes)

    colonnes = [mots.atelier_colonne, mots.quoi, mots.qui, mots.quand]
    lignes: list[list[str]] = [colonnes]
    debuts_de_groupe = []
    for atelier in ateliers:
        for rang, etape in enumerate(atelier.etapes):
            nom = str(atelier.numero)
            if rang == 0:
                debuts_de_groupe.append(len(lignes))
                nom += f" · {abrege(atelier.titre, 70)}"
            textes = (nom, etape.quoi, etape.qui, etape.quand)
            lignes.append([cellule(texte, colonne) for colonne, texte in enumerate(textes)])
    style = [
        ("FONTNAME", (0, 0), (-1, -1), police),
        ("FONTNAME", (0, 0), (-1, 0), Graisse.GRASSE.nom),
        ("FONTSIZE", (0, 0), (-1, -1), TAILLE),
        ("LEADING", (0, 0), (-1, -1), INTERLIGNE),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRIS_CLAIR),
        ("LEFTPADDING", (0, 0), (-1, -1), MARGE),
        ("RIGHTPADDING", (0, 0), (-1, -1), MARGE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    # A stronger rule where a new session's steps begin.
    style += [("LINEABOVE", (0, rang), (-1, rang), 0.9, ACCENT) for rang in debuts_de_groupe[1:]]
    tableau = Table(
        lignes,
        colWidths=largeurs,
        repeatRows=1,
        longTableOptimize=1,
        hAlign="LEFT",
    )
    tableau.setStyle(TableStyle(style))
    return [
        PageBreak(),
        ancre(contexte, cle, mots.prochaines_etapes),
        paragraphe(mots.prochaines_etapes, styles.partie),
        paragraphe(mots.etapes_note, styles.note),
        tableau,
    ]
