"""Un canevas qui garde ses pages jusqu'à la fin, pour écrire « page X de Y » sans second passage.

The body is laid out once. Each finished page is kept as the canvas state it left (the
classic "NumberedCanvas" of the reportlab recipes); at save time the total is known, so every
page gets its running head and footer, the table of contents its page numbers, and the
outline its destinations, before the page is really written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from app.actes.polices import FAMILLE, Graisse
from app.actes.styles import GRIS, GRIS_CLAIR, Geometrie
from app.libelles import FRANCAIS, Libelles
from modeles.erreurs import OperationAnnulee


class ExportAnnule(OperationAnnulee):
    """La personne a interrompu l'export des actes ; aucun fichier n'a été écrit."""

    def __init__(self) -> None:
        super().__init__("Export des actes interrompu : aucun fichier n'a été écrit.")


@dataclass(frozen=True)
class Repere:
    """Un endroit du livre où l'on peut sauter : début d'une partie ou d'un compte rendu."""

    cle: str
    titre: str
    niveau: int | None  # outline level; None: a destination only
    haut: float  # from the bottom of the page, in points


Dessin = Callable[[Canvas], None]


@dataclass
class Registre:
    """Ce que la mise en page apprend en passant : où chaque chose commence."""

    pages: dict[str, int] = field(default_factory=dict)
    reperes: dict[int, list[Repere]] = field(default_factory=dict)
    rubriques: dict[int, str] = field(default_factory=dict)  # running head from that page on
    ouvertures: set[int] = field(default_factory=set)  # a part starts here: no running head
    differes: dict[int, list[Dessin]] = field(default_factory=dict)

    def ancrer(self, page: int, repere: Repere, rubrique: str | None, ouverture: bool) -> None:
        self.pages.setdefault(repere.cle, page)
        self.reperes.setdefault(page, []).append(repere)
        if rubrique is not None:
            self.rubriques[page] = rubrique
        if ouverture:
            self.ouvertures.add(page)

    def differer(self, page: int, dessin: Dessin) -> None:
        """Un dessin qui attend la fin de la mise en page (un numéro de page à venir)."""
        self.differes.setdefault(page, []).append(dessin)


Habillage = Callable[[Canvas, int, int, str | None, bool], None]


class CanevasLivre(Canvas):  # type: ignore[misc]
    """Canevas à pages différées ; `habillage(canevas, page, total, rubrique, ouverture)`."""

    def __init__(
        self,
        *args: Any,
        registre: Registre,
        habillage: Habillage,
        annule: Callable[[], bool],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._registre = registre
        self._habillage = habillage
        self._annule = annule
        self._pages_gardees: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages_gardees.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages_gardees)
        registre = self._registre
        rubrique: str | None = None
        gardees, self._pages_gardees = self._pages_gardees, []
        for numero, etat in enumerate(gardees, start=1):
            if numero % 64 == 0 and self._annule():
                raise ExportAnnule
            self.__dict__.update(etat)
            rubrique = registre.rubriques.get(numero, rubrique)
            self._habillage(self, numero, total, rubrique, numero in registre.ouvertures)
            for dessin in registre.differes.get(numero, ()):
                dessin(self)
            for repere in registre.reperes.get(numero, ()):
                self.bookmarkHorizontalAbsolute(repere.cle, repere.haut)
                if repere.niveau is not None:
                    self.addOutlineEntry(repere.titre, repere.cle, level=repere.niveau)
            # Each state is dropped once written: the page's drawing code is not kept twice.
            gardees[numero - 1] = {}
            super().showPage()
        self.showOutline()
        # Binary page streams: ASCII85 (a 7-bit transport relic) makes them a quarter larger
        # and costs a quarter of the save time. reportlab only has a global switch for it.
        ascii85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            super().save()
        finally:
            rl_config.useA85 = ascii85


def habillage(
    canevas: Canvas,
    numero: int,
    total: int,
    rubrique: str | None,
    ouverture: bool,
    *,
    geometrie: Geometrie,
    forum: str,
    libelles: Libelles = FRANCAIS,
) -> None:
    """Tête et pied de page, côté extérieur : « Actes — <forum> — page X de Y »."""
    if numero == 1:
        return
    gauche = geometrie.gauche(numero)
    droite = gauche + geometrie.largeur_texte
    exterieur_a_droite = numero % 2 == 1
    canevas.saveState()
    canevas.setFillColor(GRIS)
    canevas.setFont(FAMILLE, 8)
    fin = f" — {libelles.page_sur.format(numero, total)}"
    actes = libelles.actes
    place = geometrie.largeur_texte * 0.75 - canevas.stringWidth(f"{actes} — {fin}", FAMILLE, 8)
    pied = f"{actes} — {ajuste(forum, place, canevas, FAMILLE, 8)}{fin}"
    if exterieur_a_droite:
        canevas.drawRightString(droite, geometrie.pied, pied)
    else:
        canevas.drawString(gauche, geometrie.pied, pied)
    if rubrique and not ouverture:
        haut = geometrie.hauteur - geometrie.entete
        police = Graisse.ITALIQUE.nom
        canevas.setFont(police, 8)
        texte = ajuste(rubrique, geometrie.largeur_texte, canevas, police, 8)
        if exterieur_a_droite:
            canevas.drawRightString(droite, haut, texte)
        else:
            canevas.drawString(gauche, haut, texte)
        canevas.setStrokeColor(GRIS_CLAIR)
        canevas.setLineWidth(0.5)
        canevas.line(gauche, haut - 4, droite, haut - 4)
    canevas.restoreState()


def ajuste(texte: str, largeur: float, canevas: Canvas, police: str, taille: float) -> str:
    """Le texte raccourci avec « … » pour tenir dans `largeur`."""
    texte = " ".join(texte.split())
    if canevas.stringWidth(texte, police, taille) <= largeur:
        return texte
    while texte and canevas.stringWidth(texte + "…", police, taille) > largeur:
        texte = texte[: max(0, min(len(texte) - 1, int(len(texte) * 0.9)))]
    return texte.rstrip() + "…"
