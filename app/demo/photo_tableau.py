"""Une photo de tableau à feuilles, dessinée par programme pour la démo (Pillow, pas de fichier).

Off-white paper on a wall, marker words set slightly askew, wobbly underlines, a circled
word, an arrow and a few voting dots; the same bytes on every call (fixed seed), cached.
"""

from __future__ import annotations

import io
import math
import random
from functools import cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

LARGEUR, HAUTEUR = 1200, 900
NOIR = (38, 42, 54)
BLEU = (28, 72, 160)
ROUGE = (190, 40, 40)
VERT = (32, 120, 70)
Point = tuple[float, float]


def _trait(hasard: random.Random, debut: Point, fin: Point, ecart: float = 3.0) -> list[Point]:
    """Une ligne tirée à main levée : de petites ondulations, jamais droite."""
    longueur = math.dist(debut, fin)
    pas = max(2, int(longueur // 18))
    phase = hasard.uniform(0, math.tau)
    points = []
    for i in range(pas + 1):
        t = i / pas
        x = debut[0] + (fin[0] - debut[0]) * t
        y = debut[1] + (fin[1] - debut[1]) * t
        decalage = math.sin(phase + t * 5) * ecart + hasard.uniform(-0.8, 0.8)
        nx, ny = -(fin[1] - debut[1]) / longueur, (fin[0] - debut[0]) / longueur
        points.append((x + nx * decalage, y + ny * decalage))
    return points


def _ellipse(
    hasard: random.Random, centre: Point, rx: float, ry: float, ecart: float = 5.0
) -> list[Point]:
    """Un cercle de feutre : il ne se referme pas tout à fait sur lui-même."""
    depart = hasard.uniform(0, math.tau)
    return [
        (
            centre[0] + (rx + math.sin(a * 3) * ecart) * math.cos(depart + a),
            centre[1] + (ry + math.cos(a * 2) * ecart) * math.sin(depart + a),
        )
        for a in (i * 0.08 for i in range(int(math.tau / 0.08) + 6))
    ]


@cache
def _police(taille: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=taille)


def _mot(
    papier: Image.Image,
    hasard: random.Random,
    texte: str,
    position: tuple[int, int],
    taille: int,
    couleur: tuple[int, int, int],
) -> int:
    """Écrit un mot lettre par lettre, chacune un peu penchée et décalée, comme au feutre."""
    x: float = position[0]
    y = position[1]
    inclinaison = hasard.uniform(-3, 3)
    for lettre in texte:
        police = _police(int(taille * hasard.uniform(0.94, 1.06)))
        boite = police.getbbox(lettre, stroke_width=1)
        calque = Image.new("RGBA", (int(boite[2]) + 12, taille + 24), (0, 0, 0, 0))
        ImageDraw.Draw(calque).text(
            (6, 6),
            lettre,
            font=police,
            fill=(*couleur, 230),
            stroke_width=1,
            stroke_fill=(*couleur, 230),
        )
        angle = inclinaison + hasard.uniform(-6, 6)
        calque = calque.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        papier.alpha_composite(calque, (int(x), y + hasard.randint(-2, 2)))
        x += police.getlength(lettre) * hasard.uniform(0.96, 1.04)
    return int(x)


def _ligne(
    papier: Image.Image,
    hasard: random.Random,
    texte: str,
    position: tuple[int, int],
    taille: int,
    couleur: tuple[int, int, int],
) -> int:
    # The built-in font has no accents: the words are chosen without any, as on many charts.
    x = position[0]
    for mot in texte.split():
        x = _mot(papier, hasard, mot, (x, position[1]), taille, couleur) + taille // 3
    return x


def _papier(hasard: random.Random) -> Image.Image:
    papier = Image.new("RGBA", (860, 1000), (247, 245, 237, 255))
    dessin = ImageDraw.Draw(papier)
    # The pad's binding at the top, and the faint shadow of the sheet folded over it.
    dessin.rectangle((0, 0, 860, 34), fill=(70, 70, 74, 255))
    for x in range(40, 860, 90):
        dessin.ellipse((x, 10, x + 14, 24), fill=(200, 200, 196, 255))
    dessin.line((0, 52, 860, 50), fill=(232, 229, 219, 255), width=3)
    trait = ImageDraw.Draw(papier)

    _ligne(papier, hasard, "Financer la mission", (70, 80), 64, BLEU)
    trait.line(_trait(hasard, (64, 168), (640, 176)), fill=ROUGE, width=7, joint="curve")
    lignes = [
        "coordination = budget de base",
        "ententes sur 3 - 5 ans",
        "calendrier commun des appels",
        "un seul formulaire ?",
    ]
    y = 230
    for texte in lignes:
        trait.ellipse((78, y + 24, 94, y + 40), fill=(*BLEU, 255))
        fin = _ligne(papier, hasard, texte, (118, y), 40, NOIR)
        if texte.startswith("ententes"):
            trait.line(_ellipse(hasard, (fin - 66, y + 30), 112, 40), fill=ROUGE, width=5)
        y += 105
    # Dot voting: the stickers people put next to what matters most to them.
    for rangee, nombre in ((0, 7), (2, 4), (3, 2)):
        for i in range(nombre):
            x = 770 + (i % 3) * 26 + hasard.randint(-3, 3)
            yy = 240 + rangee * 105 + (i // 3) * 26 + hasard.randint(-3, 3)
            teinte = (46, 160, 90, 255) if i % 2 else (235, 140, 40, 255)
            trait.ellipse((x, yy, x + 20, yy + 20), fill=teinte)
    fin = _ligne(papier, hasard, "Qui paie en premier ?", (110, 700), 46, VERT)
    # The open question, boxed by four strokes that overshoot their corners.
    gauche, haut, droite, bas = 86, 684, fin + 10, 772
    for debut, arrivee in (
        ((gauche - 8, haut), (droite + 6, haut + 3)),
        ((droite, haut - 8), (droite + 3, bas + 6)),
        ((droite + 8, bas), (gauche - 4, bas - 2)),
        ((gauche, bas + 6), (gauche + 2, haut - 6)),
    ):
        trait.line(_trait(hasard, debut, arrivee, 2.0), fill=VERT, width=5, joint="curve")
    return papier


@cache
def photo_tableau() -> bytes:
    """La photo en JPEG (1 200 × 900, moins de 150 Ko)."""
    hasard = random.Random(14052026)
    fond = Image.new("RGB", (LARGEUR, HAUTEUR), (160, 150, 134))
    # The wall: lighter towards the window on the left.
    degrade = Image.linear_gradient("L").rotate(90).resize((LARGEUR, HAUTEUR))
    fond = Image.composite(fond, Image.new("RGB", fond.size, (128, 118, 104)), degrade)
    papier = _papier(hasard)
    # The sheet was photographed from a little to the left and below: a slight perspective.
    coins = (0, -6, -14, 986, 874, 1004, 862, 4)
    taille = (900, 1000)
    penche = papier.transform(taille, Image.Transform.QUAD, coins, Image.Resampling.BICUBIC)
    penche = penche.resize((int(900 * 0.86), int(1000 * 0.86)), Image.Resampling.LANCZOS)
    # Its shadow: the sheet's outline, darkened and blurred (at a quarter size: same look).
    masque = penche.getchannel("A").point(lambda a: a * 110 // 255).reduce(4)
    masque = masque.filter(ImageFilter.GaussianBlur(2.5)).resize(penche.size)
    ombre = Image.new("RGBA", penche.size, (40, 34, 28, 0))
    ombre.putalpha(masque)
    x, y = (LARGEUR - penche.width) // 2, (HAUTEUR - penche.height) // 2 + 6
    fond.paste(ombre, (x + 12, y + 14), ombre)
    fond.paste(penche, (x, y), penche)
    fond = fond.filter(ImageFilter.GaussianBlur(0.6))
    sortie = io.BytesIO()
    fond.save(sortie, "JPEG", quality=80, optimize=True)
    return sortie.getvalue()
