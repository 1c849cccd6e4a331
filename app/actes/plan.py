"""Le plan du livre : ses parties dans l'ordre, la table des matières, et l'index.

Each part is a Lot: a promise of flowables, built only when the layout reaches it. The index
needs the page numbers of what precedes it, and 800 reports need not be in memory at once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from reportlab.platypus import ActionFlowable, Flowable, FrameBreak, PageBreak

from app.actes.atelier import cle_atelier, compte_rendu
from app.actes.balisage import paragraphe
from app.actes.contexte import Contexte
from app.actes.convergence import convergence
from app.actes.ecosysteme import ecosysteme
from app.actes.etapes import prochaines_etapes
from app.actes.mur import agenda
from app.actes.parties import ancre, en_chiffres, invitation
from app.actes.sommaire import EntreeSommaire, abrege, index_alphabetique, lignes_index
from app.ecosysteme import Ecosysteme
from app.publication import AtelierPublie, Publication
from app.publication_convergence import ConvergencePubliee


class Lot(Flowable):  # type: ignore[misc]
    """Une part du livre, fabriquée au moment où la mise en page l'atteint."""

    # Kept out of a keep-with-next group: it must be built before anything can measure it.
    locChanger = 1

    def __init__(self, fabrique: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.fabrique = fabrique


class Colonnes(ActionFlowable):  # type: ignore[misc]
    """À partir de la page suivante, le texte va sur `nombre` colonnes, sous un bandeau de titre."""

    def __init__(self, nombre: int) -> None:
        super().__init__()
        self.nombre = nombre

    def apply(self, gabarit: Any) -> None:
        gabarit.colonnes = self.nombre
        gabarit.bandeau = True


def plan_du_livre(
    publication: Publication,
    contexte: Contexte,
    par_theme: bool,
    *,
    convergence_lue: ConvergencePubliee | None = None,
    ecosysteme_lu: Ecosysteme | None = None,
) -> tuple[list[EntreeSommaire], list[Lot]]:
    """La table des matières et les parts du livre, dans leur ordre ; une partie sans contenu
    (None) n'y est pas."""
    entrees: list[EntreeSommaire] = []
    lots: list[Lot] = []
    mots = contexte.libelles

    def partie(cle: str, titre: str, fabrique: Callable[[], list[Flowable]]) -> None:
        entrees.append(EntreeSommaire(cle, contexte.texte(titre), 0))
        lots.append(Lot(fabrique))

    if publication.forum.invitation.strip():
        partie(
            "invitation",
            mots.invitation,
            functools.partial(invitation, publication, contexte, "invitation"),
        )
    partie(
        "chiffres",
        mots.en_chiffres,
        functools.partial(en_chiffres, publication, contexte, "chiffres"),
    )
    if publication.jours:
        partie("agenda", mots.agenda, functools.partial(agenda, publication, contexte, "agenda"))
    _comptes_rendus(publication, contexte, par_theme, entrees, lots)
    if any(a.etapes for a in publication.ateliers):
        partie(
            "etapes",
            mots.prochaines_etapes,
            functools.partial(prochaines_etapes, publication.ateliers, contexte, "etapes"),
        )
    if convergence_lue is not None:
        partie(
            "convergence",
            mots.convergence,
            functools.partial(convergence, convergence_lue, contexte, "convergence"),
        )
    if ecosysteme_lu is not None:
        partie(
            "ecosysteme",
            mots.ecosysteme,
            functools.partial(ecosysteme, ecosysteme_lu, contexte, "ecosysteme"),
        )
    if any(a.porteurs or a.mots_cles for a in publication.ateliers):
        partie(
            "index", mots.index, functools.partial(_index, publication.ateliers, contexte, "index")
        )
    return entrees, lots


def _comptes_rendus(
    publication: Publication,
    contexte: Contexte,
    par_theme: bool,
    entrees: list[EntreeSommaire],
    lots: list[Lot],
) -> None:
    ateliers = publication.ateliers
    if not ateliers:
        return
    titre = contexte.libelles.comptes_rendus
    entrees.append(EntreeSommaire("comptes-rendus", contexte.texte(titre), 0))
    theme_courant: str | None = None
    for rang, atelier in enumerate(ateliers):
        avant: list[Flowable] = []
        if rang == 0:
            avant.append(ancre(contexte, "comptes-rendus", titre, 0))
        niveau = 1
        if par_theme:
            niveau = 2
            theme = atelier.theme.strip() or contexte.libelles.sans_theme
            if theme != theme_courant:
                theme_courant = theme
                cle = f"theme-{len(entrees)}"
                entrees.append(EntreeSommaire(cle, f"<i>{contexte.texte(abrege(theme))}</i>", 1))
                avant.append(ancre(contexte, cle, theme, 1))
        entrees.append(
            EntreeSommaire(
                cle_atelier(atelier), contexte.texte(abrege(atelier.titre)), niveau, atelier.numero
            )
        )
        lots.append(
            Lot(
                functools.partial(
                    compte_rendu, atelier, contexte, publication.libelles, niveau, avant
                )
            )
        )


def _index(ateliers: tuple[AtelierPublie, ...], contexte: Contexte, cle: str) -> list[Flowable]:
    registre = contexte.registre
    styles = contexte.styles
    libelles = contexte.libelles
    porteurs = index_alphabetique(
        ((p, cle_atelier(a)) for a in ateliers for p in a.porteurs), registre
    )
    mots = index_alphabetique(
        ((m, cle_atelier(a)) for a in ateliers for m in a.mots_cles), registre
    )

    blocs: list[Flowable] = [
        Colonnes(2),
        PageBreak(),
        ancre(contexte, cle, libelles.index),
        paragraphe(libelles.index, styles.partie),
        FrameBreak(),  # from the title band to the first column
    ]
    if porteurs:
        blocs.append(paragraphe(contexte.texte(libelles.index_porteurs), styles.section))
        blocs.extend(lignes_index(porteurs, styles, contexte.redaction))
    if mots:
        blocs.append(paragraphe(libelles.mots_cles, styles.section))
        blocs.extend(lignes_index(mots, styles, contexte.redaction))
    return blocs
