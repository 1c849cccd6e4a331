"""Les notes en Markdown vers des blocs reportlab, sans qu'un texte saisi devienne du balisage.

Every piece of typed text is escaped (xml.sax.saxutils.escape) before it reaches reportlab's
paragraph markup; the only tags in the result are the ones written here from the Markdown
tokens. A note containing `<b>`, `&` or an unclosed `<font>` therefore prints literally.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from app.actes.balisage import paragraphe
from app.actes.polices import Graisse, imprimable, lisible
from app.actes.styles import ACCENT, FOND, GRIS_CLAIR, LIEN, Styles
from app.typographie import typographie_fr

# Addresses typed without Markdown link syntax; the final punctuation belongs to the sentence.
_URL = re.compile(r"""https?://[^\s<>"'«»]*[^\s<>"'«».,;:!?)\]]""")
_SCHEMAS_SURS = ("http://", "https://", "mailto:")
_FINS_DE_LIGNE = re.compile(r"\r\n?")
_SIGNES = re.compile("[:;!?«»]")
_BLANCS = re.compile(r"[ \t\n\r\f\v]+")  # not the no-break spaces French typography adds
_PUCES = ("•", "–", "◦")
RETRAIT = 16  # points per list level


@functools.cache
def style_en_retrait(style: ParagraphStyle, profondeur: int) -> ParagraphStyle:
    """Le style d'un élément de liste de niveau `profondeur`, sa puce dans la marge."""
    return ParagraphStyle(
        f"{style.name}-{profondeur}",
        parent=style,
        leftIndent=style.leftIndent + RETRAIT * profondeur,
        bulletIndent=style.leftIndent + RETRAIT * (profondeur - 1) + 2,
        bulletFontName=Graisse.REGULIERE.nom,
        bulletFontSize=style.fontSize,
        bulletColor=ACCENT,
    )


@functools.cache
def _analyseur() -> MarkdownIt:
    # The same dialect as the site (app/site/markdown_html.py): a note reads the same in both.
    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    md.enable(["table", "strikethrough"])
    md.disable("image")
    return md


@dataclass(frozen=True)
class Redaction:
    """Comment un texte saisi devient du balisage : police de repli et typographie."""

    francais: bool = True

    def texte(self, texte: str, graisse: Graisse = Graisse.REGULIERE) -> str:
        """Un texte saisi, sans Markdown, prêt pour un Paragraph (échappé, typographié)."""
        sur = escape(imprimable(_FINS_DE_LIGNE.sub("\n", texte), graisse))
        return self._typographie(sur)

    def _typographie(self, texte: str) -> str:
        # Most runs of text hold none of the signs French spacing is about: skip the work.
        return typographie_fr(texte) if self.francais and _SIGNES.search(texte) else texte

    def simple(self, texte: str) -> str:
        """Un texte saisi dessiné tel quel sur le canevas (tête de page, case de tableau)."""
        return self._typographie(_BLANCS.sub(" ", imprimable(texte)).strip())

    def signet(self, texte: str) -> str:
        """Un titre de signet : le lecteur PDF le dessine lui-même, dans l'ordre logique."""
        return self._typographie(_BLANCS.sub(" ", lisible(texte)).strip())

    def texte_et_liens(self, texte: str, graisse: Graisse = Graisse.REGULIERE) -> str:
        """Comme texte(), les adresses nues devenant des liens (jamais typographiées)."""
        morceaux = []
        position = 0
        for adresse in _URL.finditer(texte):
            morceaux.append(self.texte(texte[position : adresse.start()], graisse))
            morceaux.append(lien(adresse.group(), escape(imprimable(adresse.group(), graisse))))
            position = adresse.end()
        morceaux.append(self.texte(texte[position:], graisse))
        return "".join(morceaux)


def lien(adresse: str, balisage: str) -> str:
    """Un lien cliquable autour d'un balisage déjà sûr ; une adresse douteuse reste du texte."""
    if not adresse.lower().startswith(_SCHEMAS_SURS):
        return balisage
    cible = escape(lisible(adresse), {'"': "&quot;"})
    return f'<a href="{cible}" color="{LIEN.hexval()}">{balisage}</a>'


class _Ligne:
    """Le balisage d'une suite de jetons en ligne (gras, italique, liens, code)."""

    def __init__(self, redaction: Redaction, gras: bool, italique: bool) -> None:
        self.redaction = redaction
        self.gras = int(gras)
        self.italique = int(italique)
        self.liens: list[tuple[str, list[str]]] = []
        self.morceaux: list[str] = []

    @property
    def graisse(self) -> Graisse:
        return Graisse.de(self.gras > 0, self.italique > 0)

    def ajouter(self, jeton: Token) -> None:
        genre = jeton.type
        if genre == "text":
            self._texte(jeton.content)
        elif genre == "code_inline":
            self._ecrire(self.redaction.texte(jeton.content, self.graisse))
        elif genre == "softbreak" or genre == "hardbreak":
            self._ecrire("<br/>")
        elif genre in ("strong_open", "strong_close"):
            self.gras += 1 if jeton.nesting > 0 else -1
            self._ecrire("<b>" if jeton.nesting > 0 else "</b>")
        elif genre in ("em_open", "em_close"):
            self.italique += 1 if jeton.nesting > 0 else -1
            self._ecrire("<i>" if jeton.nesting > 0 else "</i>")
        elif genre in ("s_open", "s_close"):
            self._ecrire("<strike>" if jeton.nesting > 0 else "</strike>")
        elif genre == "link_open":
            self.liens.append((str(jeton.attrs.get("href", "")), []))
        elif genre == "link_close" and self.liens:
            self._fermer_lien(auto=jeton.markup == "autolink")
        else:
            self._texte(jeton.content)

    def _ecrire(self, balisage: str) -> None:
        (self.liens[-1][1] if self.liens else self.morceaux).append(balisage)

    def _texte(self, texte: str) -> None:
        if self.liens:
            self._ecrire(self.redaction.texte(texte, self.graisse))
        else:
            self._ecrire(self.redaction.texte_et_liens(texte, self.graisse))

    def _fermer_lien(self, auto: bool) -> None:
        adresse, contenu = self.liens.pop()
        balisage = lien(adresse, "".join(contenu))
        visible = adresse.removeprefix("mailto:")
        # On paper a link's text hides where it leads: the address is printed after it.
        if not auto and adresse and visible not in "".join(contenu):
            balisage += f" ({lien(adresse, escape(imprimable(visible)))})"
        self._ecrire(balisage)

    def balisage(self) -> str:
        while self.liens:
            self._fermer_lien(auto=True)
        return "".join(self.morceaux)


def en_ligne(
    enfants: Sequence[Token] | None,
    redaction: Redaction,
    gras: bool = False,
    italique: bool = False,
) -> str:
    ligne = _Ligne(redaction, gras, italique)
    for jeton in enfants or ():
        ligne.ajouter(jeton)
    return ligne.balisage()


class _Lecteur:
    """Parcourt les jetons de bloc ; chaque méthode consomme un bloc et rend ses flowables.

    List items are plain paragraphs with a bullet and an indent rather than ListFlowables:
    they lay out as fast as any paragraph, which matters in a book of 800 reports.
    """

    def __init__(self, jetons: list[Token], styles: Styles, redaction: Redaction) -> None:
        self.jetons = jetons
        self.position = 0
        self.styles = styles
        self.redaction = redaction
        self.puce: str | None = None  # the bullet waiting for its item's first paragraph

    def blocs(self, profondeur: int = 0, citation: bool = False) -> list[Flowable]:
        resultat: list[Flowable] = []
        while self.position < len(self.jetons):
            jeton = self.jetons[self.position]
            if jeton.nesting < 0:
                self.position += 1
                return resultat
            resultat.extend(self.bloc(jeton, profondeur, citation))
        return resultat

    def paragraphe(self, balisage: str, style: ParagraphStyle, profondeur: int) -> Paragraph:
        puce, self.puce = self.puce, None
        if profondeur:
            style = style_en_retrait(style, profondeur)
        return paragraphe(balisage, style, puce)

    def bloc(self, jeton: Token, profondeur: int, citation: bool) -> list[Flowable]:
        genre = jeton.type
        self.position += 1
        if genre in ("paragraph_open", "heading_open"):
            titre = genre == "heading_open"
            enfants = self.jetons[self.position].children
            self.position += 2  # inline, then the closing token
            if titre:
                style = self.styles.sous_section
            elif citation:
                style = self.styles.citation
            elif profondeur:
                style = self.styles.liste
            else:
                style = self.styles.corps
            balisage = en_ligne(enfants, self.redaction, gras=titre, italique=citation)
            if not balisage.strip() and self.puce is None:
                return []
            return [self.paragraphe(balisage, style, profondeur)]
        if genre in ("bullet_list_open", "ordered_list_open"):
            return self.liste(jeton, profondeur, citation)
        if genre == "blockquote_open":
            return self.blocs(profondeur, citation=True)
        if genre == "table_open":
            return [*self.puce_seule(profondeur), self.tableau()]
        if genre in ("fence", "code_block"):
            texte = self.redaction.texte(jeton.content.rstrip("\n")).replace("\n", "<br/>")
            return [self.paragraphe(texte, self.styles.code, profondeur)]
        if genre == "hr":
            regle = HRFlowable(
                width="100%", thickness=0.5, color=GRIS_CLAIR, spaceBefore=4, spaceAfter=6
            )
            return [*self.puce_seule(profondeur), regle]
        if jeton.nesting > 0:
            return self.blocs(profondeur, citation)
        texte = self.redaction.texte(jeton.content)
        return [self.paragraphe(texte, self.styles.corps, profondeur)] if texte.strip() else []

    def puce_seule(self, profondeur: int) -> list[Flowable]:
        """Une puce restée sans paragraphe (l'élément commence par une liste ou un tableau)."""
        if self.puce is None:
            return []
        return [self.paragraphe("", self.styles.liste, profondeur)]

    def liste(self, ouverture: Token, profondeur: int, citation: bool) -> list[Flowable]:
        resultat = self.puce_seule(profondeur)
        ordonnee = ouverture.type == "ordered_list_open"
        debut = ouverture.attrGet("start") if ordonnee else None
        numero = int(debut) if debut is not None else 1
        while self.position < len(self.jetons):
            jeton = self.jetons[self.position]
            self.position += 1
            if jeton.type != "list_item_open":  # the list's closing token
                break
            self.puce = f"{numero}." if ordonnee else _PUCES[profondeur % len(_PUCES)]
            numero += 1
            resultat.extend(self.blocs(profondeur + 1, citation))
            resultat.extend(self.puce_seule(profondeur + 1))
        if profondeur == 0 and resultat:
            resultat.append(Spacer(1, 3))
        return resultat

    def tableau(self) -> Flowable:
        lignes: list[list[Paragraph]] = []
        while self.position < len(self.jetons):
            jeton = self.jetons[self.position]
            self.position += 1
            if jeton.type == "table_close":
                break
            if jeton.type == "tr_open":
                lignes.append([])
            elif jeton.type in ("th_open", "td_open") and lignes:
                enfants = self.jetons[self.position].children
                entete = jeton.type == "th_open"
                style = self.styles.cellule_entete if entete else self.styles.cellule
                lignes[-1].append(paragraphe(en_ligne(enfants, self.redaction, gras=entete), style))
        colonnes = max((len(ligne) for ligne in lignes), default=1)
        for ligne in lignes:
            ligne.extend(paragraphe("", self.styles.cellule) for _ in range(colonnes - len(ligne)))
        tableau = Table(
            lignes, repeatRows=1, splitInRow=1, hAlign="LEFT", colWidths=[None] * colonnes
        )
        tableau.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), Graisse.REGULIERE.nom),  # not Helvetica
                    ("GRID", (0, 0), (-1, -1), 0.4, GRIS_CLAIR),
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, FOND]),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        tableau.spaceAfter = 0.2 * cm
        return tableau


def blocs_markdown(source: str, styles: Styles, redaction: Redaction) -> list[Flowable]:
    """Les paragraphes, listes, citations et tableaux d'un texte de récolte."""
    if not source.strip():
        return []
    jetons = _analyseur().parse(_FINS_DE_LIGNE.sub("\n", source))
    return _Lecteur(jetons, styles, redaction).blocs()
