"""Le livre des actes : une classe qui compose le PDF d'un forum, en un seul passage."""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ActionFlowable, BaseDocTemplate, Flowable, Frame, PageTemplate

from app.actes.canevas import CanevasLivre, ExportAnnule, Registre, habillage
from app.actes.contexte import Contexte
from app.actes.convergence import lire_convergence
from app.actes.ecosysteme import lire_ecosysteme
from app.actes.markdown_pdf import Redaction
from app.actes.parties import (
    HAUT_PIED_COUVERTURE,
    couverture,
    dessiner_pied_couverture,
    table_des_matieres,
)
from app.actes.plan import Lot, plan_du_livre
from app.actes.polices import FAMILLE, imprimable, lisible
from app.actes.styles import Geometrie, styles_livre
from app.document import DocumentForum
from app.libelles import libelles
from app.publication import Publication, contenu_publie, donnees_photo
from modeles.erreurs import ErreurForum
from modeles.valeurs import FormatPapier

Progression = Callable[[int, int], None]
ECART_COLONNES = 0.8 * cm
HAUT_BANDEAU = 1.6 * cm  # the title of a part set in two columns (the index)


def _cadre(x: float, y: float, largeur: float, hauteur: float) -> Frame:
    return Frame(x, y, largeur, hauteur, 0, 0, 0, 0)


class _Rien(ActionFlowable):  # type: ignore[misc]
    def apply(self, gabarit: Any) -> None:
        pass


class GabaritLivre(BaseDocTemplate):  # type: ignore[misc]
    """Pages impaires et paires en miroir (reliure à l'intérieur), une ou deux colonnes."""

    def __init__(
        self,
        fichier: IO[bytes],
        geometrie: Geometrie,
        couverture: Callable[[Canvas, Any], None],
        avancer: Callable[[], None],
        langue: str = "fr-CA",
        **metadonnees: Any,
    ) -> None:
        super().__init__(
            fichier,
            pagesize=(geometrie.largeur, geometrie.hauteur),
            leftMargin=geometrie.interieure,
            rightMargin=geometrie.exterieure,
            topMargin=geometrie.haut,
            bottomMargin=geometrie.bas,
            initialFontName=FAMILLE,
            creator="Forum ouvert",
            lang=langue,
            **metadonnees,
        )
        self.colonnes = 1
        self.bandeau = False  # the next page opens a part in columns: its title spans them
        self._avancer = avancer
        g = geometrie
        pied_couverture = g.bas + HAUT_PIED_COUVERTURE
        self._couverture = PageTemplate(
            "couverture",
            [
                _cadre(
                    g.interieure,
                    pied_couverture,
                    g.largeur_texte,
                    g.hauteur - g.haut - pied_couverture,
                )
            ],
            onPage=couverture,
        )
        self._gabarits: dict[tuple[int, bool, bool], PageTemplate] = {}
        for colonnes, bandeau in ((1, False), (2, False), (2, True)):
            for impaire in (True, False):
                gauche = g.interieure if impaire else g.exterieure
                hauteur = g.hauteur_texte - (HAUT_BANDEAU if bandeau else 0)
                largeur = (g.largeur_texte - (colonnes - 1) * ECART_COLONNES) / colonnes
                cadres = [
                    _cadre(gauche + rang * (largeur + ECART_COLONNES), g.bas, largeur, hauteur)
                    for rang in range(colonnes)
                ]
                if bandeau:
                    cadres.insert(0, _cadre(gauche, g.bas + hauteur, g.largeur_texte, HAUT_BANDEAU))
                nom = f"{colonnes}-{int(bandeau)}-{int(impaire)}"
                self._gabarits[colonnes, bandeau, impaire] = PageTemplate(nom, cadres)
        self.addPageTemplates([self._couverture, *self._gabarits.values()])

    def handle_pageBegin(self) -> None:
        numero = self.page + 1
        if numero == 1:
            self.pageTemplate = self._couverture
        else:
            bandeau = self.bandeau and self.colonnes > 1
            self.pageTemplate = self._gabarits[self.colonnes, bandeau, numero % 2 == 1]
            self.bandeau = False
        super().handle_pageBegin()

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        while flowables and isinstance(flowables[0], Lot):
            self._avancer()
            # Never leave the list empty here: reportlab reads flowables[0] right after.
            flowables[0:1] = flowables[0].fabrique() or [_Rien()]


class LivreDesActes:
    """Compose le livre des actes d'un forum en PDF, prêt à imprimer.

    `url_publication` (else the forum's) is the site's address: every session's QR code
    leads to its page there. `format_papier` (else the forum's, letter by default) and
    `par_theme` (reports grouped by theme rather than in agenda order) are the options.
    """

    def __init__(
        self,
        document: DocumentForum,
        *,
        url_publication: str | None = None,
        format_papier: FormatPapier | None = None,
        par_theme: bool = False,
    ) -> None:
        self.document = document
        self.url_publication = url_publication
        self.format_papier = format_papier
        self.par_theme = par_theme

    def rendre(
        self,
        destination: Path,
        progression: Progression | None = None,
        annule: Callable[[], bool] | None = None,
    ) -> Path:
        """Écrit le livre dans `destination`, tout ou rien ; ExportAnnule si `annule()` dit oui."""
        destination = Path(destination).absolute()
        annule = annule or (lambda: False)
        publication = contenu_publie(self.document, par_theme=self.par_theme)
        url_base = _adresse_du_site(self.url_publication or publication.forum.url_publication)
        temporaire = destination.with_name(f".{destination.name}.{os.getpid()}.partiel")
        try:
            with temporaire.open("wb") as fichier:
                self._composer(publication, url_base, fichier, progression, annule)
                fichier.flush()
                os.fsync(fichier.fileno())
            if annule():
                raise ExportAnnule
            os.replace(temporaire, destination)
        finally:
            temporaire.unlink(missing_ok=True)
        return destination

    def _composer(
        self,
        publication: Publication,
        url_base: str,
        fichier: IO[bytes],
        progression: Progression | None,
        annule: Callable[[], bool],
    ) -> None:
        forum = publication.forum
        geometrie = Geometrie.pour(self.format_papier or forum.format_papier)
        registre = Registre()
        mots = libelles(forum.langue)
        contexte = Contexte(
            styles=styles_livre(),
            redaction=Redaction(francais=mots.francais),
            registre=registre,
            geometrie=geometrie,
            url_base=url_base,
            photo=functools.partial(donnees_photo, self.document),
            libelles=mots,
        )
        entrees, lots = plan_du_livre(
            publication,
            contexte,
            self.par_theme,
            convergence_lue=lire_convergence(self.document),
            ecosysteme_lu=lire_ecosysteme(self.document),
        )
        total = len(lots) + 1
        fait = 0

        def avancer() -> None:
            nonlocal fait
            if annule():
                raise ExportAnnule
            if progression is not None:
                progression(fait, total)
            fait += 1

        imprime_le = dt.date.today()
        gabarit = GabaritLivre(
            fichier,
            geometrie,
            couverture=lambda canevas, _: dessiner_pied_couverture(canevas, contexte, imprime_le),
            avancer=avancer,
            langue=mots.langue_html,
            title=lisible(f"{mots.actes} — {forum.titre}"),
            author=lisible(forum.titre),
            subject=lisible(forum.question_appel),
        )
        titre_pied = imprimable(forum.titre)
        canevas = functools.partial(
            CanevasLivre,
            registre=registre,
            habillage=functools.partial(
                habillage, geometrie=geometrie, forum=titre_pied, libelles=mots
            ),
            annule=annule,
        )
        histoire: list[Flowable] = [
            *couverture(publication, contexte),
            Lot(functools.partial(table_des_matieres, entrees, contexte)),
            *lots,
        ]
        gabarit.build(histoire, canvasmaker=canevas)
        if progression is not None:
            progression(total, total)


def _adresse_du_site(adresse: str) -> str:
    adresse = adresse.strip()
    if not adresse:
        raise ErreurForum(
            "Indiquez l'adresse de publication du site (par exemple https://exemple.org/forum) "
            "dans les réglages du forum ou à l'export : chaque code QR du livre y mène."
        )
    if not adresse.lower().startswith(("https://", "http://")):
        raise ErreurForum(
            f"L'adresse de publication « {adresse} » doit commencer par https:// (ou http://) "
            "pour qu'un téléphone ouvre la page en lisant le code QR."
        )
    return adresse
