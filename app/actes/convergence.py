"""La partie « Convergence » du livre : priorités, thèmes, plans d'action.

Everything comes from app.publication_convergence, where consent is decided; every text typed
by someone goes through Contexte.texte (escaped, French typography in a French forum) before
reportlab sees it; every word the book adds comes from Contexte.libelles (app.libelles).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from app.actes.balisage import paragraphe
from app.actes.contexte import Contexte, capitale
from app.actes.parties import ancre
from app.actes.polices import Graisse
from app.actes.styles import ACCENT, FOND, GRIS_CLAIR
from app.document import DocumentForum
from app.publication_convergence import (
    ConvergencePubliee,
    PlanPublie,
    PrioritePubliee,
    SujetCite,
    ThemePublie,
    convergence_publiee,
)


def lire_convergence(document: DocumentForum) -> ConvergencePubliee | None:
    """Ce que la partie montrera, ou None : pas de partie (ni dans la table des matières)."""
    return convergence_publiee(document)


def _etiquette(libelle: str, valeur: str, contexte: Contexte) -> str:
    return f"<font color='{ACCENT.hexval()}'><b>{contexte.etiquette(libelle)}</b></font> {valeur}"


def _sujets(sujets: Sequence[SujetCite], contexte: Contexte) -> str:
    mots = contexte.libelles
    return mots.point_virgule.join(
        f"{mots.numero.format(s.numero)} {contexte.texte(s.titre)}" for s in sujets
    )


def _tableau_priorites(priorites: Sequence[PrioritePubliee], contexte: Contexte) -> Table:
    styles = contexte.styles
    mots = contexte.libelles
    droite = ParagraphStyle("cellule_droite", parent=styles.cellule, alignment=TA_RIGHT)
    entete_droite = ParagraphStyle(
        "cellule_entete_droite", parent=styles.cellule_entete, alignment=TA_RIGHT
    )
    lignes = [
        [
            paragraphe(mots.rang, styles.cellule_entete),
            paragraphe(mots.sujet, styles.cellule_entete),
            paragraphe(mots.points, entete_droite),
        ]
    ]
    for p in priorites:
        sujet = f"<b>{mots.numero.format(p.sujet.numero)}</b> {contexte.texte(p.sujet.titre)}"
        if p.theme.strip():
            sujet += f" <font color='{ACCENT.hexval()}'>· {contexte.texte(p.theme)}</font>"
        lignes.append(
            [
                paragraphe(mots.rang_ex_aequo(p.rang, p.ex_aequo), styles.cellule),
                paragraphe(sujet, styles.cellule),
                paragraphe(str(p.points), droite),
            ]
        )
    largeur = contexte.geometrie.largeur_texte
    rang, points = 2.2 * cm, 1.6 * cm
    return Table(
        lignes,
        colWidths=[rang, largeur - rang - points, points],
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), Graisse.REGULIERE.nom),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, FOND]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRIS_CLAIR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )


def _priorites(donnees: ConvergencePubliee, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    mots = contexte.libelles
    if not donnees.priorites:
        return []
    if donnees.votants:
        note = mots.note_vote.format(
            capitale(contexte.accord(donnees.votants, mots.votants)),
            contexte.accord(donnees.budget, mots.points_formes),
        )
    else:
        note = mots.note_mur
    note = f"{note} {mots.egalite}"
    return [
        paragraphe(mots.priorites, styles.section),
        paragraphe(note, styles.note),
        _tableau_priorites(donnees.priorites, contexte),
        Spacer(1, 0.3 * cm),
    ]


def _theme(theme: ThemePublie, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    mots = contexte.libelles
    blocs: list[Flowable] = [paragraphe(contexte.texte(theme.titre), styles.sous_section)]
    if theme.initiateur:
        initiateur = _etiquette(mots.propose_par, contexte.texte(theme.initiateur), contexte)
        blocs.append(paragraphe(initiateur, styles.meta))
    if theme.description:
        blocs.append(paragraphe(contexte.texte(theme.description), styles.corps))
    if theme.sujets:
        sujets = _etiquette(mots.sujets, _sujets(theme.sujets, contexte), contexte)
        blocs.append(paragraphe(sujets, styles.meta))
    return blocs


def _plan(plan: PlanPublie, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    mots = contexte.libelles
    lignes: list[tuple[str, str]] = []
    if plan.nombre_porteurs:
        porteurs = mots.porteurs(plan.porteurs, plan.porteurs_non_nommes)
        lignes.append((mots.porte_par, contexte.texte(porteurs)))
    if plan.partenaires:
        lignes.append((mots.partenaires, ", ".join(contexte.texte(p) for p in plan.partenaires)))
    if plan.prochaine_etape:
        lignes.append((mots.prochaine_etape, contexte.texte(plan.prochaine_etape)))
    if plan.echeance:
        lignes.append((mots.echeance, contexte.texte(contexte.date_longue(plan.echeance))))
    if plan.ressources:
        lignes.append((mots.ressources, contexte.texte(plan.ressources)))
    if plan.sujets:
        lignes.append((mots.sujets, _sujets(plan.sujets, contexte)))
    if plan.themes:
        lignes.append((mots.themes, ", ".join(contexte.texte(t) for t in plan.themes)))
    return [
        paragraphe(contexte.texte(plan.action), styles.sous_section),
        *(
            paragraphe(_etiquette(libelle, valeur, contexte), styles.meta)
            for libelle, valeur in lignes
        ),
        Spacer(1, 0.15 * cm),
    ]


def convergence(donnees: ConvergencePubliee, contexte: Contexte, cle: str) -> list[Flowable]:
    styles = contexte.styles
    mots = contexte.libelles
    blocs: list[Flowable] = [
        PageBreak(),
        ancre(contexte, cle, mots.convergence),
        paragraphe(mots.convergence, styles.partie),
    ]
    blocs.extend(_priorites(donnees, contexte))
    if donnees.themes:
        blocs.append(paragraphe(mots.themes, styles.section))
        # A theme's title never ends a page alone: the group moves to the next page.
        blocs.extend(KeepTogether(_theme(t, contexte)) for t in donnees.themes)
    if donnees.plans:
        blocs.append(paragraphe(mots.plans_action, styles.section))
        blocs.append(paragraphe(f"{mots.plans_note} {mots.plans_consentement}", styles.note))
        blocs.extend(KeepTogether(_plan(p, contexte)) for p in donnees.plans)
    return blocs
