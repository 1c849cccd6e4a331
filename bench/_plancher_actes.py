"""Le plancher du banc des actes : reportlab seul, les mêmes paragraphes, un seul passage.

Every text of the book's body (invitation, figures, agenda cells, each report's title, details,
notes, steps and keywords, the steps table's cells) is taken from the real renderer, then laid
out again as plain paragraphs with a SimpleDocTemplate: same fonts, page size and margins, but
no QR code, no table of contents, no index, no tables, no running heads, no page states kept
for "page X of Y". Only the Paragraph construction and the layout are timed: that is what
reportlab alone costs for this text. Reading the forum and converting Markdown are not.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
)

from app.actes.atelier import compte_rendu
from app.actes.canevas import Registre
from app.actes.contexte import Contexte
from app.actes.etapes import prochaines_etapes
from app.actes.fiche import Fiche
from app.actes.markdown_pdf import Redaction
from app.actes.mur import agenda
from app.actes.parties import en_chiffres, invitation
from app.actes.styles import Geometrie, styles_livre
from app.document import DocumentForum
from app.publication import contenu_publie, donnees_photo


def _paragraphes(blocs: Iterable[Any], style_cellule: Any) -> Iterable[tuple[str, Any, Any]]:
    for bloc in blocs:
        if isinstance(bloc, Paragraph):
            yield bloc.text, bloc.style, bloc.bulletText
        elif isinstance(bloc, Fiche):
            yield from _paragraphes(bloc.paragraphes, style_cellule)
        elif isinstance(bloc, KeepTogether):
            yield from _paragraphes(bloc._content, style_cellule)
        elif isinstance(bloc, Table):
            for ligne in bloc._cellvalues:
                textes = [escape(" ".join(c.split())) for c in ligne if isinstance(c, str)]
                if textes:  # a row of plain text (the steps table): one paragraph, as it reads
                    yield " — ".join(textes), style_cellule, None
                yield from _paragraphes([c for c in ligne if not isinstance(c, str)], style_cellule)


def paragraphes_du_livre(
    document: DocumentForum,
) -> tuple[Geometrie, list[list[tuple[str, Any, Any]]]]:
    """Le texte du livre par partie, sans table des matières ni index : (balisage, style, puce)."""
    publication = contenu_publie(document)
    geometrie = Geometrie.pour(publication.forum.format_papier)
    contexte = Contexte(
        styles=styles_livre(),
        redaction=Redaction(),
        registre=Registre(),
        geometrie=geometrie,
        url_base=publication.forum.url_publication or "https://exemple.org",
        photo=functools.partial(donnees_photo, document),
    )
    parties = [
        invitation(publication, contexte, "invitation"),
        en_chiffres(publication, contexte, "chiffres"),
        agenda(publication, contexte, "agenda"),
        *(compte_rendu(a, contexte, publication.libelles, 1) for a in publication.ateliers),
        prochaines_etapes(publication.ateliers, contexte, "etapes"),
    ]
    return geometrie, [list(_paragraphes(p, contexte.styles.cellule)) for p in parties]


def plancher(document: DocumentForum, destination: Path) -> tuple[float, float]:
    """(secondes, secondes CPU) que prend reportlab seul pour composer le texte du livre."""
    geometrie, parties = paragraphes_du_livre(document)
    debut, debut_cpu = time.perf_counter(), time.process_time()
    histoire: list[Any] = []
    for partie in parties:
        histoire.append(PageBreak())
        histoire.extend(Paragraph(texte, style, bulletText=puce) for texte, style, puce in partie)
    SimpleDocTemplate(
        str(destination),
        pagesize=(geometrie.largeur, geometrie.hauteur),
        leftMargin=geometrie.interieure,
        rightMargin=geometrie.exterieure,
        topMargin=geometrie.haut,
        bottomMargin=geometrie.bas,
    ).build(histoire)
    return time.perf_counter() - debut, time.process_time() - debut_cpu
