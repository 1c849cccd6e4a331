"""Nos paragraphes, lus sans l'analyseur HTML de reportlab.

The book's paragraph markup is written by this package only: escaped text and a handful of
tags (b, i, strike, font color, a href, br). reportlab reads markup with an HTMLParser, a
sizeable share of a large book's time; this module reads our markup with one regular
expression instead, and gives reportlab the text fragments it would have built. Each kind of
fragment is cloned from one that reportlab's own parser made, so the two agree (a test
compares them); any other tag falls back to reportlab's parser.
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

_BALISE = re.compile(r"<(/?)([a-zA-Z]+)((?:\s+[a-zA-Z]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>")
_ATTRIBUT = re.compile(r"""([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CONNUES = {"b", "i", "strike", "font", "a", "br"}
# Where reportlab's whitespace clean-up would change something; elsewhere it is skipped.
_A_NETTOYER = re.compile(
    "[\n\t\r\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]|  |^\\s|\\s$"
)


# (bold, italic, strike, colour, link): what a run of text looks like.
Etat = tuple[bool, bool, bool, str | None, bool]


@functools.lru_cache(maxsize=1024)
def _modele(style: ParagraphStyle, etat: Etat) -> Any:
    """Le fragment que l'analyseur de reportlab produit pour « x » dans cet état."""
    gras, italique, barre, couleur, lien = etat
    ouvertures = [
        "<b>" if gras else "",
        "<i>" if italique else "",
        "<strike>" if barre else "",
        f'<font color="{couleur}">' if couleur else "",
        '<a href="x">' if lien else "",
    ]
    fermetures = ["</b>", "</i>", "</strike>", "</font>", "</a>"]
    balisage = (
        "".join(ouvertures)
        + "x"
        + "".join(f for o, f in reversed(list(zip(ouvertures, fermetures, strict=True))) if o)
    )
    _, fragments, _ = ParaParser().parse(balisage, style)
    return fragments[0]


def fragments(balisage: str, style: ParagraphStyle) -> list[Any] | None:
    """Les fragments de notre balisage ; None s'il contient une balise qu'on ne lit pas."""
    texte = cleanBlockQuotedText(balisage) if _A_NETTOYER.search(balisage) else balisage
    pile: list[tuple[str, dict[str, str]]] = []
    resultat: list[Any] = []
    liens = traits = 0
    lien_courant: tuple[int, str] | None = None
    trait_courant = -1
    position = 0

    def etat() -> Etat:
        couleur = None
        for _, attributs in pile:
            couleur = attributs.get("color", couleur)
        noms = {nom for nom, _ in pile}
        return ("b" in noms, "i" in noms, "strike" in noms, couleur, lien_courant is not None)

    def ecrire(morceau: str) -> bool:
        if not morceau:
            return True
        if "<" in morceau:  # not our markup: let reportlab judge it
            return False
        modele = _modele(style, etat())
        fragment = modele.clone(text=html.unescape(morceau))
        if lien_courant is not None:
            fragment.link = [lien_courant]
        if fragment.us_lines:
            fragment.us_lines = [(trait_courant, *ligne[1:]) for ligne in modele.us_lines]
        resultat.append(fragment)
        return True

    for balise in _BALISE.finditer(texte):
        if not ecrire(texte[position : balise.start()]):
            return None
        position = balise.end()
        fermante, nom, attributs, auto = balise.groups()
        nom = nom.lower()
        if nom not in _CONNUES:
            return None
        if nom == "br":
            resultat.append(_modele(style, etat()).clone(text="", lineBreak=True, __tag__="br"))
            continue
        if fermante:
            if not pile or pile[-1][0] != nom:
                return None
            pile.pop()
            if nom == "a":
                lien_courant = None
            continue
        valeurs = {cle.lower(): html.unescape(a or b) for cle, a, b in _ATTRIBUT.findall(attributs)}
        if auto:
            return None
        pile.append((nom, valeurs))
        if nom == "a":
            if lien_courant is not None or "href" not in valeurs:
                return None
            lien_courant = (liens, valeurs["href"].strip())
            liens += 1
        elif nom == "strike":
            trait_courant = traits
            traits += 1
    if not ecrire(texte[position:]) or pile or not resultat:
        return None
    return resultat


# Beyond this many characters a paragraph is set as several: reportlab wraps again what is
# left of a paragraph at each page break, so one paragraph of many pages costs its length
# times its pages.
LONGUEUR_PAR_MORCEAU = 2500


@functools.lru_cache(maxsize=256)
def _style_suite(style: ParagraphStyle, avant: bool, apres: bool) -> ParagraphStyle:
    """Le style d'un morceau de paragraphe : sans espace là où il touche le morceau voisin."""
    return ParagraphStyle(
        f"{style.name}-suite-{int(avant)}{int(apres)}",
        parent=style,
        spaceBefore=style.spaceBefore if avant else 0,
        spaceAfter=style.spaceAfter if apres else 0,
        firstLineIndent=style.firstLineIndent if avant else 0,
    )


def _couper(morceaux: list[Any], limite: int) -> list[list[Any]]:
    """Les fragments en groupes d'environ `limite` caractères, coupés entre deux mots."""
    groupes: list[list[Any]] = [[]]
    taille = 0
    for fragment in morceaux:
        texte = getattr(fragment, "text", "")
        while taille + len(texte) > limite:
            place = limite - taille
            coupure = max(texte.rfind(" ", 0, place), texte.rfind("\n", 0, place))
            if coupure <= 0:
                coupure = texte.find(" ", place)
                if coupure <= 0:
                    break
            groupes[-1].append(fragment.clone(text=texte[: coupure + 1]))
            groupes.append([])
            taille = 0
            texte = texte[coupure + 1 :]
        if texte or not hasattr(fragment, "text"):
            groupes[-1].append(fragment.clone(text=texte) if texte != fragment.text else fragment)
            taille += len(texte)
    return [g for g in groupes if g]


class ParagrapheLong(Paragraph):  # type: ignore[misc]
    """Un très long paragraphe : coupé en morceaux dès qu'il ne tient pas là où il tombe.

    reportlab splits a paragraph at a page break by wrapping again everything left of it, so
    a paragraph of many pages costs its length times its pages (a 100,000-character note took
    minutes). This one, asked to split, hands over its pieces instead: paragraphs of about
    LONGUEUR_PAR_MORCEAU characters that follow each other without space, each split cheaply.
    """

    def __init__(self, style: ParagraphStyle, puce: str | None, morceaux: list[Any]) -> None:
        super().__init__("", style, bulletText=puce, frags=morceaux)
        self._morceaux, self._puce = morceaux, puce

    def split(self, largeur: float, hauteur: float) -> list[Flowable]:
        groupes = _couper(self._morceaux, LONGUEUR_PAR_MORCEAU)
        if len(groupes) < 2:  # no word boundary to cut at: reportlab's own split
            entier = Paragraph("", self.style, bulletText=self._puce, frags=self._morceaux)
            entier.wrap(largeur, hauteur)
            return entier.split(largeur, hauteur)  # type: ignore[no-any-return]
        dernier = len(groupes) - 1
        morceaux: list[Flowable] = [
            Paragraph(
                "",
                _style_suite(self.style, rang == 0, rang == dernier),
                bulletText=self._puce if rang == 0 else None,
                frags=groupe,
            )
            for rang, groupe in enumerate(groupes)
        ]
        # reportlab places the first part as it is: it must fit the space left.
        _, haut = morceaux[0].wrap(largeur, hauteur)
        if haut <= hauteur:
            return morceaux
        debut: list[Flowable] = morceaux[0].split(largeur, hauteur)
        return [*debut, *morceaux[1:]] if debut else []


def paragraphe(balisage: str, style: ParagraphStyle, puce: str | None = None) -> Paragraph:
    """Un Paragraph de notre balisage, sans passer par l'analyseur HTML de reportlab."""
    morceaux = fragments(balisage, style)
    if morceaux is None:
        return Paragraph(balisage, style, bulletText=puce)
    if len(balisage) > LONGUEUR_PAR_MORCEAU:
        return ParagrapheLong(style, puce, morceaux)
    return Paragraph(balisage, style, bulletText=puce, frags=morceaux)
