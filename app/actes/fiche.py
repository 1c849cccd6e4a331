"""La fiche d'un atelier : ses renseignements à gauche, son code QR à droite.

reportlab's ImageAndFlowables does this too, but measures its text several times (and deep
copies it) for each report; this one measures each paragraph once per width, which counts
in a book of 800 reports. What does not fit beside the code on the page flows on below it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

ECART = 12.0


class Fiche(Flowable):  # type: ignore[misc]
    def __init__(self, paragraphes: Sequence[Paragraph], code: Flowable) -> None:
        super().__init__()
        self.paragraphes = list(paragraphes)
        self.code = code
        self._mesures: tuple[float, list[float]] | None = None

    def _mesurer(self, largeur: float) -> list[float]:
        if self._mesures is None or self._mesures[0] != largeur:
            texte = largeur - self.code.wrap(largeur, 0)[0] - ECART
            self._mesures = (largeur, [p.wrap(texte, 1e6)[1] for p in self.paragraphes])
        return self._mesures[1]

    def _hauteur_texte(self, hauteurs: Sequence[float]) -> float:
        total = 0.0
        for rang, (paragraphe, hauteur) in enumerate(zip(self.paragraphes, hauteurs, strict=True)):
            total += hauteur + (paragraphe.getSpaceAfter() if rang < len(hauteurs) - 1 else 0)
        return total

    def wrap(self, largeur: float, hauteur: float) -> tuple[float, float]:
        hauteurs = self._mesurer(largeur)
        self.width = largeur
        self.height = max(self._hauteur_texte(hauteurs), self.code.wrap(largeur, hauteur)[1])
        return self.width, self.height

    def split(self, largeur: float, hauteur: float) -> list[Flowable]:
        """Ce qui tient à côté du code sur cette page ; le reste suit, sur toute la largeur."""
        hauteurs = self._mesurer(largeur)
        if self.code.wrap(largeur, hauteur)[1] > hauteur:
            return []
        texte = largeur - self.code.wrap(largeur, 0)[0] - ECART
        gardes: list[Paragraph] = []
        utilise = 0.0
        for rang, (paragraphe, haut) in enumerate(zip(self.paragraphes, hauteurs, strict=True)):
            if utilise + haut <= hauteur:
                gardes.append(paragraphe)
                utilise += haut + paragraphe.getSpaceAfter()
                continue
            morceaux = paragraphe.split(texte, hauteur - utilise)
            if morceaux:
                gardes.append(morceaux[0])
                return [Fiche(gardes, self.code), *morceaux[1:], *self.paragraphes[rang + 1 :]]
            return [Fiche(gardes, self.code), *self.paragraphes[rang:]]
        return [self]

    def draw(self) -> None:
        largeur_code, hauteur_code = self.code.wrap(self.width, self.height)
        self.code.drawOn(self.canv, self.width - largeur_code, self.height - hauteur_code)
        y = self.height
        for paragraphe, haut in zip(self.paragraphes, self._mesurer(self.width), strict=True):
            y -= haut
            paragraphe.drawOn(self.canv, 0, y)
            y -= paragraphe.getSpaceAfter()
