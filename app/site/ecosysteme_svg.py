"""Les graphiques de la page « Écosystème » en SVG dans la page : barres et réseau, sans script.

Built as text here, every label escaped (markupsafe) after the site's typography. Elements are
closed explicitly (`<rect ...></rect>`), as the site's checks read HTML, not XML. Colours come
from the style sheet (classes), with presentation attributes as a fallback.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

from app.ecosysteme import Ecosysteme
from app.libelles import libelles as libelles_de
from app.site.texte import publiable
from modeles.ecosysteme import Reseau

ACCENT = "#0b5c8a"
TRAIT = "#8fb4c1"
LARGEUR = 720
HAUT_BARRE = 22
TAILLE = 13
LARGEUR_CARACTERE = 6.6  # a 13 px sans-serif letter, on average: enough to size a column


def a_du_contenu(ecosysteme: Ecosysteme) -> bool:
    """Vrai si au moins une personne a un type, un niveau ou une région (comme le livre)."""
    return any(valeur for lignes in ecosysteme.repartitions.values() for valeur, _ in lignes)


def _court(texte: str, caracteres: int) -> str:
    return texte if len(texte) <= caracteres else texte[: max(1, caracteres - 1)].rstrip() + "…"


def _n(valeur: float) -> str:
    return f"{valeur:.1f}".rstrip("0").rstrip(".")


def barres_svg(lignes: Sequence[tuple[str, int]], titre: str, langue: str = "fr") -> Markup:
    """Une barre horizontale par valeur, l'effectif au bout ; le libellé entier en infobulle."""
    non_precise = libelles_de(langue).non_precise
    libelles = [publiable(valeur, langue) or non_precise for valeur, _ in lignes]
    caracteres = min(max((len(t) for t in libelles), default=0), 34)
    colonne = caracteres * LARGEUR_CARACTERE + 12
    place = LARGEUR - colonne - 48
    maximum = max((n for _, n in lignes), default=0) or 1
    hauteur = HAUT_BARRE * len(lignes) + 4
    morceaux = [
        f'<svg class="graphique barres" viewBox="0 0 {LARGEUR} {hauteur}" '
        f'width="{LARGEUR}" height="{hauteur}" role="img" '
        f'aria-label="{escape(publiable(titre, langue))}">'
    ]
    for rang, ((valeur, effectif), libelle) in enumerate(zip(lignes, libelles, strict=True)):
        haut = rang * HAUT_BARRE + 2
        longueur = max(1.0, place * effectif / maximum)
        classe = "barre" if valeur else "barre non-precise"
        morceaux.append(
            f"<g><title>{escape(libelle)} : {effectif}</title>"
            f'<text x="{_n(colonne - 8)}" y="{haut + 15}" text-anchor="end" '
            f'font-size="{TAILLE}">{escape(_court(libelle, caracteres))}</text>'
            f'<rect class="{classe}" x="{_n(colonne)}" y="{haut + 3}" width="{_n(longueur)}" '
            f'height="{HAUT_BARRE - 7}" fill="{ACCENT}"></rect>'
            f'<text x="{_n(colonne + longueur + 6)}" y="{haut + 15}" '
            f'font-size="{TAILLE}">{effectif}</text></g>'
        )
    morceaux.append("</svg>")
    return Markup("".join(morceaux))


def reseau_svg(reseau: Reseau, titre: str, langue: str = "fr") -> Markup:
    """Les groupes sur un cercle, un trait par paire qui s'est croisée (épais selon le poids)."""
    largeur, hauteur = LARGEUR, 440
    cx, cy, rayon = largeur / 2, hauteur / 2, 130.0
    noeuds = reseau.noeuds
    plus_grand = max((n for _, n in noeuds), default=1) or 1
    plus_lourd = max((p for _, _, p in reseau.aretes), default=1) or 1
    positions: dict[str, tuple[float, float, float, float]] = {}
    for rang, (nom, effectif) in enumerate(noeuds):
        angle = math.pi / 2 - 2 * math.pi * rang / max(1, len(noeuds))
        r = 4 + 12 * math.sqrt(effectif / plus_grand)
        # SVG's y axis points down.
        positions[nom] = (cx + rayon * math.cos(angle), cy - rayon * math.sin(angle), r, angle)
    morceaux = [
        f'<svg class="graphique reseau" viewBox="0 0 {largeur} {hauteur}" '
        f'width="{largeur}" height="{hauteur}" role="img" '
        f'aria-label="{escape(publiable(titre, langue))}">'
    ]
    for a, b, poids in reseau.aretes:
        if a in positions and b in positions:
            xa, ya, _, _ = positions[a]
            xb, yb, _, _ = positions[b]
            epaisseur = 1 + 7 * poids / plus_lourd
            morceaux.append(
                f'<line class="arete" x1="{_n(xa)}" y1="{_n(ya)}" x2="{_n(xb)}" '
                f'y2="{_n(yb)}" stroke="{TRAIT}" stroke-width="{_n(epaisseur)}">'
                f"<title>{escape(publiable(a, langue))} et {escape(publiable(b, langue))} : "
                f"{poids} {'atelier partagé' if poids < 2 else 'ateliers partagés'}</title></line>"
            )
    cote = int((largeur / 2 - rayon - 24) / LARGEUR_CARACTERE)
    for nom, effectif in noeuds:
        x, y, r, angle = positions[nom]
        dx, dy = math.cos(angle), math.sin(angle)
        ancrage = "start" if dx > 0.15 else "end" if dx < -0.15 else "middle"
        libelle = f"{publiable(nom, langue) or libelles_de(langue).non_precise} ({effectif})"
        court = _court(libelle, cote if ancrage != "middle" else 60)
        tx = x + (r + 6) * dx
        ty = y - (r + 6) * dy + 4 + (-6 if dy > 0.9 else 10 if dy < -0.9 else 0)
        morceaux.append(
            f"<g><title>{escape(libelle)}</title>"
            f'<circle class="noeud" cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{ACCENT}">'
            f"</circle>"
            f'<text x="{_n(tx)}" y="{_n(ty)}" text-anchor="{ancrage}" '
            f'font-size="{TAILLE}">{escape(court)}</text></g>'
        )
    morceaux.append("</svg>")
    return Markup("".join(morceaux))
