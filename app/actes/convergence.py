"""La partie « Convergence » du livre : priorités, thèmes, plans d'action.

Everything comes from app.publication_convergence, where consent is decided; every text typed
by someone goes through Contexte.texte (escaped, French typography) before reportlab sees it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from app.actes.balisage import paragraphe
from app.actes.contexte import Contexte, accord, capitale, date_longue
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

TITRE = "Convergence"


def lire_convergence(document: DocumentForum) -> ConvergencePubliee | None:
    """Ce que la partie montrera, ou None : pas de partie (ni dans la table des matières)."""
    return convergence_publiee(document)


def _etiquette(libelle: str, valeur: str) -> str:
    return f"<font color='{ACCENT.hexval()}'><b>{libelle}\u00a0:</b></font> {valeur}"


def _sujets(sujets: Sequence[SujetCite], contexte: Contexte) -> str:
    return " ; ".join(f"n°\u00a0{s.numero} {contexte.texte(s.titre)}" for s in sujets)


def _tableau_priorites(priorites: Sequence[PrioritePubliee], contexte: Contexte) -> Table:
    styles = contexte.styles
    droite = ParagraphStyle("cellule_droite", parent=styles.cellule, alignment=TA_RIGHT)
    entete_droite = ParagraphStyle(
        "cellule_entete_droite", parent=styles.cellule_entete, alignment=TA_RIGHT
    )
    lignes = [
        [
            paragraphe("Rang", styles.cellule_entete),
            paragraphe("Sujet", styles.cellule_entete),
            paragraphe("Points", entete_droite),
        ]
    ]
    for p in priorites:
        sujet = f"<b>n°\u00a0{p.sujet.numero}</b> {contexte.texte(p.sujet.titre)}"
        if p.theme.strip():
            sujet += f" <font color='{ACCENT.hexval()}'>· {contexte.texte(p.theme)}</font>"
        lignes.append(
            [
                paragraphe(contexte.texte(p.libelle_rang), styles.cellule),
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
    if not donnees.priorites:
        return []
    if donnees.votants:
        note = (
            f"{capitale(accord(donnees.votants, 'personne a', 'personnes ont'))} voté, "
            f"chacune avec {accord(donnees.budget, 'point', 'points')} à répartir ; les points "
            "du mur et ceux des bulletins s'additionnent. Les sujets à égalité partagent "
            "leur rang (ex\u00a0æquo)."
        )
    else:
        note = (
            "Les points comptés au mur, du sujet le plus soutenu au moins soutenu ; "
            "les sujets à égalité partagent leur rang (ex\u00a0æquo)."
        )
    return [
        paragraphe("Priorités", styles.section),
        paragraphe(note, styles.note),
        _tableau_priorites(donnees.priorites, contexte),
        Spacer(1, 0.3 * cm),
    ]


def _theme(theme: ThemePublie, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    blocs: list[Flowable] = [paragraphe(contexte.texte(theme.titre), styles.sous_section)]
    if theme.initiateur:
        blocs.append(
            paragraphe(_etiquette("Proposé par", contexte.texte(theme.initiateur)), styles.meta)
        )
    if theme.description:
        blocs.append(paragraphe(contexte.texte(theme.description), styles.corps))
    if theme.sujets:
        blocs.append(paragraphe(_etiquette("Sujets", _sujets(theme.sujets, contexte)), styles.meta))
    return blocs


def _plan(plan: PlanPublie, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    lignes: list[tuple[str, str]] = []
    if plan.nombre_porteurs:
        lignes.append(("Porté par", contexte.texte(plan.porteurs_texte)))
    if plan.partenaires:
        lignes.append(("Partenaires", ", ".join(contexte.texte(p) for p in plan.partenaires)))
    if plan.prochaine_etape:
        lignes.append(("Prochaine étape", contexte.texte(plan.prochaine_etape)))
    if plan.echeance:
        lignes.append(("Échéance", contexte.texte(date_longue(plan.echeance))))
    if plan.ressources:
        lignes.append(("Ressources", contexte.texte(plan.ressources)))
    if plan.sujets:
        lignes.append(("Sujets", _sujets(plan.sujets, contexte)))
    if plan.themes:
        lignes.append(("Thèmes", ", ".join(contexte.texte(t) for t in plan.themes)))
    return [
        paragraphe(contexte.texte(plan.action), styles.sous_section),
        *(paragraphe(_etiquette(libelle, valeur), styles.meta) for libelle, valeur in lignes),
        Spacer(1, 0.15 * cm),
    ]


def convergence(donnees: ConvergencePubliee, contexte: Contexte, cle: str) -> list[Flowable]:
    styles = contexte.styles
    blocs: list[Flowable] = [
        PageBreak(),
        ancre(contexte, cle, TITRE),
        paragraphe(TITRE, styles.partie),
    ]
    blocs.extend(_priorites(donnees, contexte))
    if donnees.themes:
        blocs.append(paragraphe("Thèmes", styles.section))
        # A theme's title never ends a page alone: the group moves to the next page.
        blocs.extend(KeepTogether(_theme(t, contexte)) for t in donnees.themes)
    if donnees.plans:
        blocs.append(paragraphe("Plans d'action", styles.section))
        blocs.append(
            paragraphe(
                "Ce que des personnes ont décidé de porter après le forum. Seules les personnes "
                "qui ont accepté d'être nommées le sont ; les autres sont comptées.",
                styles.note,
            )
        )
        blocs.extend(KeepTogether(_plan(p, contexte)) for p in donnees.plans)
    return blocs
