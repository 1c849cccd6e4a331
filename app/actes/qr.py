"""Codes QR vectoriels : la matrice vient de qr_encodage, reportlab dessine les modules.

Adjacent dark modules of a row are drawn as one rectangle, in whole-number coordinates, so a
book of 800 codes stays small and quick to write.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.actes.polices import Graisse, imprimable
from app.actes.qr_encodage import matrice_qr

COTE = 2.8 * cm  # the symbol itself, quiet zone excluded; 2.5 cm is the floor for a phone
MARGE_MODULES = 4  # the quiet zone the standard asks for, in modules
TAILLE_ADRESSE = 6.5


def chemin_pdf(matrice: list[list[bool]]) -> str:
    """Les modules sombres en opérateurs PDF, un module valant une unité : « x y l 1 re »."""
    rectangles = []
    taille = len(matrice)
    for rang, ligne in enumerate(matrice):
        y = taille - rang - 1
        colonne = 0
        while colonne < taille:
            if not ligne[colonne]:
                colonne += 1
                continue
            debut = colonne
            while colonne < taille and ligne[colonne]:
                colonne += 1
            rectangles.append(f"{debut} {y} {colonne - debut} 1 re")
    return "\n".join(rectangles) + "\nf"


def dessiner_qr(
    canevas: Canvas, matrice: list[list[bool]], x: float, y: float, cote: float
) -> None:
    """Dessine la matrice dans un carré de côté `cote` dont le coin bas-gauche est (x, y)."""
    canevas.saveState()
    canevas.translate(x, y)
    # Whole-number coordinates in a scaled space: a 33 x 33 code is a few hundred short operators.
    canevas.scale(cote / len(matrice), cote / len(matrice))
    canevas.setFillColor(colors.black)
    canevas.addLiteral(chemin_pdf(matrice))
    canevas.restoreState()


def couper_adresse(adresse: str, largeur: float, police: str, taille: float) -> list[str]:
    """L'adresse en lignes d'au plus `largeur`, coupées après « / », « . » ou « - » si possible."""
    lignes: list[str] = []
    reste = adresse
    while reste:
        if stringWidth(reste, police, taille) <= largeur:
            lignes.append(reste)
            break
        coupe, total = 1, 0.0
        for rang, caractere in enumerate(reste):
            total += stringWidth(caractere, police, taille)
            if total > largeur:
                break
            coupe = max(1, rang + 1)
        souple = max(reste.rfind(signe, 0, coupe) for signe in "/.-?&=")
        if souple > 0:
            coupe = souple + 1
        lignes.append(reste[:coupe])
        reste = reste[coupe:]
    return lignes


class CodeQR(Flowable):  # type: ignore[misc]
    """Un code QR et, sous lui, l'adresse en toutes lettres pour qui n'a pas de téléphone."""

    def __init__(
        self, adresse: str, largeur: float = 4.2 * cm, cote: float = COTE, sous_titre: bool = True
    ) -> None:
        super().__init__()
        self.adresse = adresse
        self.cote = cote
        self.matrice = matrice_qr(adresse)
        self.marge = cote / len(self.matrice) * MARGE_MODULES
        self.largeur = max(largeur, cote + 2 * self.marge)
        self.police = Graisse.REGULIERE.nom
        self.lignes = (
            couper_adresse(imprimable(adresse), self.largeur, self.police, TAILLE_ADRESSE)
            if sous_titre
            else []
        )
        self.interligne = TAILLE_ADRESSE * 1.25

    def wrap(self, largeur_dispo: float, hauteur_dispo: float) -> tuple[float, float]:
        self.width = self.largeur
        self.height = self.cote + 2 * self.marge + len(self.lignes) * self.interligne
        return self.width, self.height

    # ImageAndFlowables asks these of its picture; a code is never shrunk (it must stay 2.5 cm).
    def _restrictSize(self, largeur: float, hauteur: float) -> tuple[float, float]:
        return self.wrap(largeur, hauteur)

    def _unRestrictSize(self) -> None:
        pass

    def draw(self) -> None:
        canevas = self.canv
        bas_symbole = len(self.lignes) * self.interligne + self.marge
        dessiner_qr(canevas, self.matrice, (self.largeur - self.cote) / 2, bas_symbole, self.cote)
        canevas.saveState()
        canevas.setFont(self.police, TAILLE_ADRESSE)
        canevas.setFillColor(colors.black)
        for rang, ligne in enumerate(self.lignes):
            canevas.drawCentredString(
                self.largeur / 2, (len(self.lignes) - rang - 1) * self.interligne + 1.5, ligne
            )
        canevas.restoreState()
