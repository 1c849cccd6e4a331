"""L'agenda imprimé : pour chaque journée, un tableau des salles (lignes) par créneaux (colonnes).

A printed page holds few columns but many rows, so the wall is turned: rooms go down the
page, where a long wall splits across pages with its header row repeated, and a day with
more workshop slots than fit across is cut into several tables of at most five slots.
"""

from __future__ import annotations

from uuid import UUID

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import formats
from app.actes.balisage import paragraphe
from app.actes.contexte import Contexte, capitale
from app.actes.parties import ancre
from app.actes.polices import Graisse
from app.actes.sommaire import abrege
from app.actes.styles import ACCENT, FOND, GRIS_CLAIR
from app.lectures import CreneauLu
from app.publication import JourPublie, Publication
from modeles.valeurs import NatureCreneau

CRENEAUX_PAR_TABLEAU = 5
COLONNE_SALLE = 3.2 * cm
TITRE_CASE = 90  # characters of a title in a cell; the report has it whole


def _cellule(contexte: Contexte, case: tuple[int, str, bool] | None) -> Paragraph:
    styles = contexte.styles
    if case is None:
        return paragraphe("", styles.cellule)
    numero, titre, debut = case
    texte = contexte.texte(abrege(titre, TITRE_CASE))
    if debut:
        return paragraphe(f"<b>{numero}</b>\u2002{texte}", styles.cellule)
    return paragraphe(f"<i>{contexte.libelles.suite.format(numero)}</i>", styles.cellule)


def _tableau(
    jour: JourPublie, creneaux: list[CreneauLu], salles: list[UUID], contexte: Contexte
) -> Table:
    styles = contexte.styles
    noms = {s.uuid: s.nom for s in jour.salles}
    entete = [paragraphe(contexte.libelles.salle, styles.cellule_entete)] + [
        paragraphe(contexte.plage(c.debut, c.fin), styles.cellule_entete) for c in creneaux
    ]
    lignes = [entete]
    for salle in salles:
        lignes.append(
            [paragraphe(f"<b>{contexte.texte(abrege(noms[salle], 60))}</b>", styles.cellule)]
            + [_cellule(contexte, jour.cases.get((c.uuid, salle))) for c in creneaux]
        )
    reste = contexte.geometrie.largeur_texte - COLONNE_SALLE
    # Two or three slots keep the width of three: a short day does not get very wide cells.
    largeur = reste / max(3, len(creneaux))
    tableau = Table(
        lignes,
        colWidths=[COLONNE_SALLE] + [largeur] * len(creneaux),
        repeatRows=1,
        hAlign="LEFT",
        longTableOptimize=1,
    )
    tableau.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), Graisse.REGULIERE.nom),  # not Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, FOND]),
                ("GRID", (0, 0), (-1, -1), 0.4, GRIS_CLAIR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return tableau


def _journee(jour: JourPublie, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    mots = contexte.libelles
    occupes = {creneau for creneau, _ in jour.cases}
    colonnes = [c for c in jour.creneaux if c.nature is NatureCreneau.ATELIER or c.uuid in occupes]
    autres = [c for c in jour.creneaux if c not in colonnes]
    quand = capitale(contexte.date_longue(jour.jour))
    blocs: list[Flowable] = [
        CondPageBreak(7 * cm),
        # No outline entry, but the running head of the pages of this day names it.
        ancre(contexte, f"agenda-{jour.jour.isoformat()}", quand, None, f"{mots.agenda} — {quand}"),
        paragraphe(contexte.texte(quand), styles.section),
    ]
    if autres:
        liste = ", ".join(
            contexte.texte(formats.designation_creneau(c, mots.langue)) for c in autres
        )
        blocs.append(paragraphe(mots.pleniere_ou_pause.format(liste), styles.meta))
    salles = [s.uuid for s in jour.salles if any((c.uuid, s.uuid) in jour.cases for c in colonnes)]
    if not colonnes or not salles:
        blocs.append(paragraphe(mots.aucun_atelier_ce_jour, styles.note))
        return blocs
    for debut in range(0, len(colonnes), CRENEAUX_PAR_TABLEAU):
        groupe = colonnes[debut : debut + CRENEAUX_PAR_TABLEAU]
        if debut:
            blocs.append(Spacer(1, 0.4 * cm))
            blocs.append(paragraphe(mots.suite_de_la_journee, styles.meta))
        blocs.append(_tableau(jour, groupe, salles, contexte))
    return blocs


def agenda(publication: Publication, contexte: Contexte, cle: str) -> list[Flowable]:
    mots = contexte.libelles
    blocs: list[Flowable] = [
        PageBreak(),
        ancre(contexte, cle, mots.agenda),
        paragraphe(mots.agenda, contexte.styles.partie),
        paragraphe(mots.agenda_note, contexte.styles.note),
    ]
    for jour in publication.jours:
        blocs.extend(_journee(jour, contexte))
    return blocs
