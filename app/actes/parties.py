"""Les pages d'ouverture : couverture, table des matières, invitation, le forum en chiffres."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from app.actes.balisage import paragraphe
from app.actes.canevas import Repere
from app.actes.contexte import Contexte, capitale
from app.actes.markdown_pdf import blocs_markdown
from app.actes.polices import Graisse, imprimable
from app.actes.qr import CodeQR, couper_adresse
from app.actes.sommaire import Ancre, EntreeSommaire, LigneSommaire, abrege
from app.actes.styles import ACCENT, FOND, GRIS
from app.lectures import Chiffres
from app.libelles import Libelles
from app.publication import Publication

HAUT_PIED_COUVERTURE = 8 * cm  # the cover's frame stops above the site's QR code
COTE_COUVERTURE = 3.5 * cm


def ancre(
    contexte: Contexte, cle: str, titre: str, niveau: int | None = 0, rubrique: str | None = None
) -> Ancre:
    """Un repère de partie : son titre sert au signet, et à la tête de page sauf `rubrique`."""
    redaction = contexte.redaction
    haut_cadre = contexte.geometrie.hauteur - contexte.geometrie.haut
    return Ancre(
        contexte.registre,
        Repere(cle, redaction.signet(abrege(titre)), niveau, 0),
        rubrique=redaction.simple(abrege(titre if rubrique is None else rubrique)),
        seuil_ouverture=haut_cadre - 2,
    )


def couverture(publication: Publication, contexte: Contexte) -> list[Flowable]:
    forum = publication.forum
    styles = contexte.styles
    mots = contexte.libelles
    titre_style = styles.couverture_titre
    if len(forum.titre) > 90:
        titre_style = styles.partie  # a very long title still fits the cover
    blocs: list[Flowable] = [
        Spacer(1, 1.5 * cm),
        paragraphe(mots.actes_du_forum, styles.etiquette),
        Spacer(1, 0.3 * cm),
        paragraphe(contexte.redaction.texte(forum.titre, Graisse.GRASSE), titre_style),
    ]
    if forum.question_appel.strip():
        blocs.append(
            paragraphe(
                contexte.redaction.texte(forum.question_appel, Graisse.ITALIQUE),
                styles.couverture_question,
            )
        )
    if forum.lieu.strip():
        blocs.append(paragraphe(contexte.texte(forum.lieu), styles.couverture_lieu))
    quand = contexte.dates(forum.date_debut, forum.date_fin)
    if quand:
        blocs.append(paragraphe(contexte.texte(capitale(quand)), styles.couverture_lieu))
    return blocs


def dessiner_pied_couverture(canevas: Canvas, contexte: Contexte, imprime_le: dt.date) -> None:
    """Au bas de la couverture : le code QR du site, son adresse, la date d'impression."""
    geometrie = contexte.geometrie
    adresse = contexte.url("")
    code = CodeQR(adresse, cote=COTE_COUVERTURE, sous_titre=False)
    _, hauteur = code.wrap(geometrie.largeur_texte, HAUT_PIED_COUVERTURE)
    x, y = geometrie.gauche(1), geometrie.bas + 0.8 * cm
    # The symbol's edge on the margin; its quiet zone lies in the margin.
    code.drawOn(canevas, x - code.marge, y)
    texte = x + COTE_COUVERTURE + 0.8 * cm
    largeur_texte = geometrie.largeur_texte - COTE_COUVERTURE - 0.8 * cm
    mots = contexte.libelles
    lignes = [
        (Graisse.GRASSE.nom, 12, ACCENT, mots.site_du_forum),
        (Graisse.REGULIERE.nom, 9.5, GRIS, mots.site_contenu),
    ] + [
        (Graisse.REGULIERE.nom, 9.5, colors.black, ligne)
        for ligne in couper_adresse(imprimable(adresse), largeur_texte, Graisse.REGULIERE.nom, 9.5)
    ]
    canevas.saveState()
    haut = y + hauteur / 2 + len(lignes) * 15 / 2 - 11
    for rang, (police, taille, couleur, ligne) in enumerate(lignes):
        canevas.setFont(police, taille)
        canevas.setFillColor(couleur)
        canevas.drawString(texte, haut - rang * 15, ligne)
    canevas.setFillColor(GRIS)
    canevas.setFont(Graisse.ITALIQUE.nom, 8)
    canevas.drawRightString(
        x + geometrie.largeur_texte,
        geometrie.bas - 0.4 * cm,
        mots.imprime_le.format(contexte.date_longue(imprime_le)),
    )
    canevas.setStrokeColor(ACCENT)
    canevas.setLineWidth(2)
    haut_filet = geometrie.bas + HAUT_PIED_COUVERTURE - 0.3 * cm
    canevas.line(x, haut_filet, x + geometrie.largeur_texte, haut_filet)
    canevas.restoreState()


def table_des_matieres(entrees: Sequence[EntreeSommaire], contexte: Contexte) -> list[Flowable]:
    titre = contexte.libelles.table_des_matieres
    blocs: list[Flowable] = [
        PageBreak(),
        ancre(contexte, "table-des-matieres", titre),
        paragraphe(titre, contexte.styles.partie),
    ]
    blocs.extend(LigneSommaire(e, contexte.registre, contexte.styles) for e in entrees)
    return blocs


def invitation(publication: Publication, contexte: Contexte, cle: str) -> list[Flowable]:
    forum = publication.forum
    styles = contexte.styles
    titre = contexte.libelles.invitation
    blocs: list[Flowable] = [
        PageBreak(),
        ancre(contexte, cle, titre),
        paragraphe(titre, styles.partie),
    ]
    if forum.question_appel.strip():
        blocs.append(
            paragraphe(
                contexte.redaction.texte(forum.question_appel, Graisse.ITALIQUE),
                styles.couverture_question,
            )
        )
    blocs.extend(blocs_markdown(forum.invitation, styles, contexte.redaction))
    return blocs


def _libelles_chiffres(chiffres: Chiffres, mots: Libelles) -> list[tuple[int, str]]:
    return [
        (valeur, mots.forme(valeur, formes))
        for valeur, formes in (
            (chiffres.participants, mots.chiffres_participants),
            (chiffres.sujets, mots.chiffres_sujets),
            (chiffres.ateliers, mots.chiffres_ateliers),
            (chiffres.salles, mots.chiffres_salles),
            (chiffres.creneaux, mots.chiffres_creneaux),
            (chiffres.recoltes_recues, mots.chiffres_recus),
        )
    ]


def en_chiffres(publication: Publication, contexte: Contexte, cle: str) -> list[Flowable]:
    styles = contexte.styles
    mots = contexte.libelles
    cellules = [
        [
            paragraphe(contexte.nombre(valeur), styles.chiffre),
            paragraphe(libelle, styles.chiffre_libelle),
        ]
        for valeur, libelle in _libelles_chiffres(publication.chiffres, mots)
    ]
    largeur = contexte.geometrie.largeur_texte / 3
    grille = Table(
        [cellules[0:3], cellules[3:6]],
        colWidths=[largeur] * 3,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), Graisse.REGULIERE.nom),  # not Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), FOND),
                ("LINEBELOW", (0, 0), (-1, 0), 6, colors.white),
                ("LINEAFTER", (0, 0), (1, -1), 6, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )
    pretes = publication.chiffres.recoltes_pretes
    # Beside the invitation when both fit on one page; never on the table of contents' page.
    sans_invitation = not publication.forum.invitation.strip()
    blocs: list[Flowable] = [
        PageBreak() if sans_invitation else CondPageBreak(9 * cm),
        Spacer(1, 0 if sans_invitation else 0.6 * cm),
        ancre(contexte, cle, mots.en_chiffres),
        paragraphe(mots.en_chiffres, styles.partie),
        grille,
        Spacer(1, 0.3 * cm),
        paragraphe(
            mots.dont_prets.format(contexte.accord(pretes, mots.chiffres_prets)), styles.note
        ),
    ]
    return blocs
