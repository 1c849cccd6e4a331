"""La famille DejaVu Sans incorporée au livre, et ce qu'on imprime à la place d'un glyphe absent.

reportlab draws a character the font lacks as an empty box; a printed book must never show
one, so every user text goes through `lisible()`, which checks the font's own cmap.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont


class Graisse(enum.Enum):
    """Les quatre styles de la famille : nom enregistré auprès de reportlab, fichier livré."""

    REGULIERE = ("ActesSans", "DejaVuSans.ttf")
    GRASSE = ("ActesSans-Gras", "DejaVuSans-Bold.ttf")
    ITALIQUE = ("ActesSans-Italique", "DejaVuSans-Oblique.ttf")
    GRASSE_ITALIQUE = ("ActesSans-GrasItalique", "DejaVuSans-BoldOblique.ttf")

    @property
    def nom(self) -> str:
        return self.value[0]

    @staticmethod
    def de(gras: bool, italique: bool) -> Graisse:
        if gras:
            return Graisse.GRASSE_ITALIQUE if italique else Graisse.GRASSE
        return Graisse.ITALIQUE if italique else Graisse.REGULIERE


FAMILLE = Graisse.REGULIERE.nom
# Invisible in any rendering: dropped rather than named when the font has no glyph for them.
_INVISIBLES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_SELECTEURS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


@functools.cache
def police(graisse: Graisse) -> TTFont:
    """La police d'un style, lue une fois des ressources livrées."""
    fichier = resources.files("ressources").joinpath("polices", graisse.value[1])
    with fichier.open("rb") as flux:
        return TTFont(graisse.nom, flux)


@functools.cache
def enregistrer_polices() -> str:
    """Enregistre la famille une fois par processus ; rend le nom de la police de base."""
    for graisse in Graisse:
        pdfmetrics.registerFont(police(graisse))
    for graisse in Graisse:
        gras = graisse in (Graisse.GRASSE, Graisse.GRASSE_ITALIQUE)
        italique = graisse in (Graisse.ITALIQUE, Graisse.GRASSE_ITALIQUE)
        addMapping(FAMILLE, int(gras), int(italique), graisse.nom)
    return FAMILLE


def _plages(points: set[int]) -> str:
    """Une classe de caractères regex compacte à partir d'un ensemble de points de code."""
    morceaux = []
    ordonnes = sorted(points)
    debut = precedent = ordonnes[0]
    for point in [*ordonnes[1:], -2]:
        if point == precedent + 1:
            precedent = point
            continue
        morceaux.append(
            re.escape(chr(debut))
            if debut == precedent
            else f"{re.escape(chr(debut))}-{re.escape(chr(precedent))}"
        )
        debut = precedent = point
    return "".join(morceaux)


@functools.cache
def _absents(graisse: Graisse) -> re.Pattern[str]:
    """Ce que la police ne sait pas dessiner, en une seule expression (un passage en C)."""
    # Outside the Basic Multilingual Plane (emoji, mostly), reportlab writes a ToUnicode map
    # that readers reject: the glyph would print, but search and copy would lose it. Named.
    couverts = {c for c in police(graisse).face.charToGlyph if c <= 0xFFFF}
    couverts |= {ord("\n"), ord("\t")}
    return re.compile(f"[^{_plages(couverts)}]")


def _remplacer(trouve: re.Match[str]) -> str:
    caractere = trouve.group()
    categorie = unicodedata.category(caractere)
    if categorie.startswith("Z"):
        return " "
    if categorie in _INVISIBLES or _SELECTEURS.match(caractere):
        return ""
    return f"[{unicodedata.name(caractere, f'U+{ord(caractere):04X}')}]"


def lisible(texte: str, graisse: Graisse = Graisse.REGULIERE) -> str:
    """Le texte en forme composée (NFC), chaque caractère sans glyphe remplacé par son nom.

    « 🦜 » has no glyph in DejaVu Sans: it prints « [PARROT] », never a box.
    """
    texte = unicodedata.normalize("NFC", texte)
    return _absents(graisse).sub(_remplacer, texte)


def _couper_mot(mot: str, police: str, taille: float, largeur: float) -> list[str]:
    """Un mot plus large que la ligne, en morceaux qui tiennent (au moins un caractère)."""
    morceaux: list[str] = []
    debut, utilise = 0, 0.0
    for rang, caractere in enumerate(mot):
        mesure = stringWidth(caractere, police, taille)
        if utilise + mesure > largeur and rang > debut:
            morceaux.append(mot[debut:rang])
            debut, utilise = rang, 0.0
        utilise += mesure
    morceaux.append(mot[debut:])
    return morceaux


def couper_lignes(texte: str, police: str, taille: float, largeur: float) -> list[str]:
    """Le texte en lignes d'au plus `largeur` points, coupées aux espaces ; un mot trop long
    (une adresse, un jeton collé) est coupé où il le faut plutôt que de déborder."""
    lignes: list[str] = []
    espace = stringWidth(" ", police, taille)
    for paragraphe in texte.split("\n"):
        courante: list[str] = []
        utilise = 0.0
        # Split on spaces only: a no-break space keeps « quoi » and its guillemet together.
        for mot in paragraphe.replace("\t", " ").split(" "):
            if not mot:
                continue
            mesure = stringWidth(mot, police, taille)
            if mesure > largeur:
                if courante:
                    lignes.append(" ".join(courante))
                *entiers, mot = _couper_mot(mot, police, taille, largeur)
                lignes.extend(entiers)
                courante, utilise = [], 0.0
                mesure = stringWidth(mot, police, taille)
            elif courante and utilise + espace + mesure > largeur:
                lignes.append(" ".join(courante))
                courante, utilise = [], 0.0
            utilise += (espace if courante else 0) + mesure
            courante.append(mot)
        lignes.append(" ".join(courante))
    return lignes


# Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko...) and their presentation forms.
_DROITE_A_GAUCHE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_MIROIRS = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _classe(caractere: str) -> str:
    sens = unicodedata.bidirectional(caractere)
    if sens in ("R", "AL"):
        return "D"  # droite à gauche
    if sens == "L":
        return "G"
    if sens in ("EN", "AN"):
        return "9"
    return " "


def visuel(texte: str) -> str:
    """Les passages de droite à gauche retournés, pour que reportlab (qui pose les glyphes de
    gauche à droite) les imprime dans l'ordre où on les lit ; les chiffres gardent leur sens.

    reportlab has no bidirectional layout without optional native packages: without this, a
    Hebrew or Arabic word prints backwards. A passage longer than a line still wraps in the
    wrong order, and Arabic letters keep their isolated forms (no shaping).
    """
    if not _DROITE_A_GAUCHE.search(texte):
        return texte
    # Clusters: a base character and the combining marks that follow it stay together.
    grappes: list[str] = []
    for caractere in texte:
        if grappes and unicodedata.combining(caractere):
            grappes[-1] += caractere
        else:
            grappes.append(caractere)
    classes = [_classe(g[0]) for g in grappes]
    resultat: list[str] = []
    rang = 0
    while rang < len(grappes):
        if classes[rang] != "D":
            resultat.append(grappes[rang])
            rang += 1
            continue
        # The run goes on through neutrals and numbers, up to its last right-to-left cluster.
        fin = rang
        for suivant in range(rang, len(grappes)):
            if classes[suivant] == "G":
                break
            if classes[suivant] == "D":
                fin = suivant
        unites: list[str] = []
        for position in range(rang, fin + 1):
            if classes[position] == "9" and position > rang and classes[position - 1] == "9":
                unites[-1] += grappes[position]
            elif classes[position] == "D":
                unites.append(grappes[position])
            else:
                unites.append(grappes[position].translate(_MIROIRS))
        resultat.extend(reversed(unites))
        rang = fin + 1
    return "".join(resultat)


def imprimable(texte: str, graisse: Graisse = Graisse.REGULIERE) -> str:
    """Ce que reportlab doit dessiner : lisible(), dans l'ordre visuel."""
    return visuel(lisible(texte, graisse))
