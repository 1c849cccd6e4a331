"""Ce que partagent les affiches : papier, texte coupé en lignes, écriture tout ou rien.

Text is drawn with drawString, never through reportlab's paragraph markup: a title typed as
`<font size=90>` prints as typed.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.affiches.polices import imprimable
from app.site.texte import publiable
from modeles.erreurs import ErreurForum
from modeles.valeurs import FormatPapier


def taille_papier(format_papier: FormatPapier, paysage: bool = False) -> tuple[float, float]:
    largeur, hauteur = A4 if format_papier is FormatPapier.A4 else letter
    return (hauteur, largeur) if paysage else (largeur, hauteur)


def texte(valeur: str, langue: str, police: str) -> str:
    """Un texte saisi, prêt à dessiner : nettoyé, typographie du forum, glyphes présents."""
    return imprimable(publiable(valeur, langue), police)


_ESPACES = re.compile(r"[ \t]+")


def _couper_mot(mot: str, police: str, taille: float, largeur: float) -> list[str]:
    """Un mot plus large que la colonne, coupé où il le faut (une adresse, un nom composé)."""
    morceaux, courant = [], ""
    for caractere in mot:
        if courant and stringWidth(courant + caractere, police, taille) > largeur:
            morceaux.append(courant)
            courant = ""
        courant += caractere
    return [*morceaux, courant] if courant else morceaux


def couper(valeur: str, police: str, taille: float, largeur: float) -> list[str]:
    """Les lignes d'un texte dans une colonne de `largeur` points."""
    lignes: list[str] = []
    for paragraphe in valeur.split("\n"):
        courante = ""
        # Only ordinary spaces break a line: « 10 h 30 » and « n° 7 » hold no-break spaces.
        for mot in _ESPACES.split(paragraphe):
            if not mot:
                continue
            essai = f"{courante} {mot}" if courante else mot
            if stringWidth(essai, police, taille) <= largeur:
                courante = essai
                continue
            if courante:
                lignes.append(courante)
            morceaux = _couper_mot(mot, police, taille, largeur)
            lignes.extend(morceaux[:-1])
            courante = morceaux[-1] if morceaux else ""
        lignes.append(courante)
    while len(lignes) > 1 and not lignes[-1]:
        lignes.pop()
    return lignes


def tronquer(
    lignes: list[str], maximum: int, police: str, taille: float, largeur: float
) -> list[str]:
    """Au plus `maximum` lignes ; la dernière finit par « … » si du texte a été laissé."""
    if len(lignes) <= maximum:
        return lignes
    if maximum <= 0:
        return []
    derniere = lignes[maximum - 1]
    while derniere and stringWidth(derniere + " …", police, taille) > largeur:
        derniere = derniere[:-1]
    return [*lignes[: maximum - 1], f"{derniere.rstrip()} …"]


@dataclass(frozen=True)
class Bloc:
    """Des lignes dans une police et une taille, avec leur interligne."""

    lignes: tuple[str, ...]
    police: str
    taille: float
    interligne: float
    couleur: tuple[float, float, float] = (0, 0, 0)

    @property
    def hauteur(self) -> float:
        return len(self.lignes) * self.interligne

    def dessiner(
        self, canevas: Canvas, x: float, haut: float, centre: float | None = None
    ) -> float:
        """Dessine sous `haut` ; rend le bas du bloc. Centré sur `centre` s'il est donné."""
        canevas.setFont(self.police, self.taille)
        canevas.setFillColorRGB(*self.couleur)
        y = haut
        for ligne in self.lignes:
            y -= self.interligne
            # The baseline sits a quarter of the line height above the bottom of the line.
            base = y + (self.interligne - self.taille) / 2 + self.taille * 0.2
            if centre is None:
                canevas.drawString(x, base, ligne)
            else:
                canevas.drawCentredString(centre, base, ligne)
        return y


def bloc(
    valeur: str,
    police: str,
    taille: float,
    largeur: float,
    *,
    maximum: int | None = None,
    interligne: float = 1.2,
    couleur: tuple[float, float, float] = (0, 0, 0),
) -> Bloc:
    lignes = couper(valeur, police, taille, largeur)
    if maximum is not None:
        lignes = tronquer(lignes, maximum, police, taille, largeur)
    return Bloc(tuple(lignes), police, taille, taille * interligne, couleur)


def nouveau_canevas(
    tampon: io.BytesIO, taille: tuple[float, float], titre: str, sujet: str, langue: str = "fr-CA"
) -> Canvas:
    canevas = Canvas(tampon, pagesize=taille, pageCompression=1, lang=langue)
    canevas.setTitle(titre)
    canevas.setSubject(sujet)
    canevas.setCreator("Forum ouvert")
    canevas.setAuthor("Forum ouvert")
    return canevas


def ecrire_pdf_atomique(destination: Path, donnees: bytes) -> Path:
    """Tout ou rien : un fichier temporaire voisin, synchronisé, puis renommé."""
    destination = Path(destination).absolute()
    if destination.is_dir():
        raise ErreurForum(f"« {destination} » est un dossier : indiquez un nom de fichier PDF.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporaire = destination.with_name(f".{destination.name}.{os.getpid()}.partiel")
    try:
        with temporaire.open("wb") as fichier:
            fichier.write(donnees)
            fichier.flush()
            os.fsync(fichier.fileno())
        os.replace(temporaire, destination)
    finally:
        temporaire.unlink(missing_ok=True)
    return destination
