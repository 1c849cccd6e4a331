"""La partie « Écosystème » du livre : qui est venu, qui a rencontré qui, quelles voix manquaient.

Only aggregates (app.ecosysteme never reads a name). The charts are reportlab drawings (bars and
the network of actor types on a circle), drawn in the book's embedded font; their labels are
plain text cut to the room they have, through Redaction.simple (printable, French spacing in a
French forum).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.actes.balisage import paragraphe
from app.actes.contexte import Contexte
from app.actes.markdown_pdf import style_en_retrait
from app.actes.parties import ancre
from app.actes.polices import Graisse
from app.actes.styles import ACCENT, GRIS
from app.document import DocumentForum
from app.ecosysteme import Ecosysteme, analyser
from app.libelles import FRANCAIS, Libelles
from modeles.ecosysteme import Reseau, SyntheseAbsences

TAILLE = 8
HAUT_BARRE = 13
ARETE = colors.HexColor("#8fb4c1")
ARETES_LISTEES = 8


def a_du_contenu(ecosysteme: Ecosysteme) -> bool:
    """Vrai si au moins une personne a un type, un niveau ou une région."""
    return any(valeur for lignes in ecosysteme.repartitions.values() for valeur, _ in lignes)


def lire_ecosysteme(document: DocumentForum) -> Ecosysteme | None:
    """La lentille du forum, ou None : pas de partie (ni dans la table des matières)."""
    ecosysteme = analyser(document)
    return ecosysteme if a_du_contenu(ecosysteme) else None


def couper(texte: str, largeur: float, police: str = Graisse.REGULIERE.nom) -> str:
    """Le texte, raccourci d'un « … » s'il dépasse `largeur` points."""
    if stringWidth(texte, police, TAILLE) <= largeur:
        return texte
    while texte and stringWidth(texte + "…", police, TAILLE) > largeur:
        texte = texte[:-1]
    return texte.rstrip() + "…"


def _chaine(x: float, y: float, texte: str, **reglages: object) -> String:
    reglages.setdefault("fontName", Graisse.REGULIERE.nom)
    reglages.setdefault("fontSize", TAILLE)
    reglages.setdefault("fillColor", colors.black)
    return String(x, y, texte, **reglages)


def largeur_libelles(libelles: Sequence[str], largeur: float) -> float:
    """La colonne des libellés : le plus long, sans dépasser 45 % de la largeur."""
    plus_long = max((stringWidth(t, Graisse.REGULIERE.nom, TAILLE) for t in libelles), default=0)
    return min(plus_long + 8, largeur * 0.45)


def diagramme_barres(
    lignes: Sequence[tuple[str, int]],
    largeur: float,
    simple: Callable[[str], str],
    place_libelle: float | None = None,
    mots: Libelles = FRANCAIS,
) -> Drawing:
    """Une barre horizontale par valeur, du plus nombreux au moins nombreux, l'effectif au bout."""
    libelles = [simple(valeur) or mots.non_precise for valeur, _ in lignes]
    if place_libelle is None:
        place_libelle = largeur_libelles(libelles, largeur)
    place_barre = largeur - place_libelle - 30
    maximum = max((n for _, n in lignes), default=0) or 1
    hauteur = HAUT_BARRE * len(lignes) + 2
    dessin = Drawing(largeur, hauteur, initialFontName=Graisse.REGULIERE.nom)
    for rang, ((valeur, effectif), libelle) in enumerate(zip(lignes, libelles, strict=True)):
        bas = hauteur - (rang + 1) * HAUT_BARRE
        couleur = ACCENT if valeur else GRIS
        dessin.add(
            _chaine(
                place_libelle - 6,
                bas + 3,
                couper(libelle, place_libelle - 8),
                textAnchor="end",
                fillColor=colors.black if valeur else GRIS,
            )
        )
        longueur = max(1.0, place_barre * effectif / maximum)
        dessin.add(
            Rect(
                place_libelle,
                bas + 1.5,
                longueur,
                HAUT_BARRE - 4,
                fillColor=couleur,
                strokeColor=None,
            )
        )
        dessin.add(_chaine(place_libelle + longueur + 4, bas + 3, mots.nombre(effectif)))
    return dessin


def diagramme_reseau(
    reseau: Reseau, largeur: float, simple: Callable[[str], str], mots: Libelles = FRANCAIS
) -> Drawing:
    """Les groupes sur un cercle ; un trait par paire qui s'est croisée, épais selon le nombre
    d'ateliers partagés ; la taille d'un disque suit le nombre de personnes."""
    noeuds = reseau.noeuds
    hauteur = 300.0
    dessin = Drawing(largeur, hauteur, initialFontName=Graisse.REGULIERE.nom)
    cx, cy = largeur / 2, hauteur / 2
    rayon = min(90.0, largeur / 2 - 140)
    plus_grand = max((n for _, n in noeuds), default=1) or 1
    plus_lourd = max((p for _, _, p in reseau.aretes), default=1) or 1
    positions: dict[str, tuple[float, float, float]] = {}
    for rang, (nom, effectif) in enumerate(noeuds):
        angle = math.pi / 2 - 2 * math.pi * rang / max(1, len(noeuds))
        r = 3 + 9 * math.sqrt(effectif / plus_grand)
        positions[nom] = (cx + rayon * math.cos(angle), cy + rayon * math.sin(angle), r)
    for a, b, poids in reseau.aretes:
        if a in positions and b in positions:
            xa, ya, _ = positions[a]
            xb, yb, _ = positions[b]
            dessin.add(
                Line(xa, ya, xb, yb, strokeColor=ARETE, strokeWidth=0.6 + 5 * poids / plus_lourd)
            )
    place = largeur / 2 - rayon - 18
    for rang, (nom, effectif) in enumerate(noeuds):
        x, y, r = positions[nom]
        dessin.add(Circle(x, y, r, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=1))
        angle = math.pi / 2 - 2 * math.pi * rang / max(1, len(noeuds))
        dx, dy = math.cos(angle), math.sin(angle)
        ecart = r + 5
        ancrage = "start" if dx > 0.15 else "end" if dx < -0.15 else "middle"
        disponible = place if ancrage != "middle" else largeur / 2
        libelle = f"{simple(nom) or mots.non_precise} ({mots.nombre(effectif)})"
        dessin.add(
            _chaine(
                x + ecart * dx,
                y + ecart * dy - 3 + (4 if dy > 0.9 else -4 if dy < -0.9 else 0),
                couper(libelle, disponible),
                textAnchor=ancrage,
            )
        )
    return dessin


def _liste(valeurs: Sequence[str], contexte: Contexte) -> str:
    return ", ".join(contexte.texte(v) for v in valeurs)


def _souvent(valeurs: Sequence[tuple[str, int]], total: int, contexte: Contexte) -> str:
    sur = contexte.libelles.sur
    return ", ".join(
        f"{contexte.texte(v)} ({sur.format(contexte.nombre(n), contexte.nombre(total))})"
        for v, n in valeurs
    )


def _etiquette(libelle: str, valeur: str, contexte: Contexte) -> str:
    return f"<font color='{ACCENT.hexval()}'><b>{contexte.etiquette(libelle)}</b></font> {valeur}"


def _voix_absentes(ecosysteme: Ecosysteme, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    synthese: SyntheseAbsences = ecosysteme.synthese
    mots = contexte.libelles
    blocs: list[Flowable] = [paragraphe(mots.voix_absentes, styles.section)]
    if not synthese.ateliers:
        blocs.append(paragraphe(mots.aucune_presence, styles.note))
        return blocs
    blocs.append(
        paragraphe(
            mots.sur_ateliers.format(contexte.accord(synthese.ateliers, mots.ateliers_formes)),
            styles.note,
        )
    )
    jamais = [
        (mots.types_jamais, synthese.types_jamais),
        (mots.niveaux_jamais, synthese.niveaux_jamais),
        (mots.regions_jamais, synthese.regions_jamais),
    ]
    souvent = [
        (mots.types_souvent, synthese.types_souvent),
        (mots.niveaux_souvent, synthese.niveaux_souvent),
        (mots.regions_souvent, synthese.regions_souvent),
    ]
    for libelle, valeurs in jamais:
        if valeurs:
            valeur = _liste(valeurs, contexte)
            blocs.append(paragraphe(_etiquette(libelle, valeur, contexte), styles.meta))
    for libelle, paires in souvent:
        if paires:
            valeur = _souvent(paires, synthese.ateliers, contexte)
            blocs.append(paragraphe(_etiquette(libelle, valeur, contexte), styles.meta))
    themes = [t for t in ecosysteme.themes if t.theme.strip() and t.presents]
    if themes:
        blocs.append(paragraphe(mots.par_theme, styles.sous_section))
        for theme in themes:
            morceaux = [contexte.accord(theme.presents, mots.personnes_notees)]
            if theme.types:
                types = _liste(theme.types, contexte)
                morceaux.append(f"{contexte.etiquette(mots.types_absents)} {types}")
            if theme.niveaux:
                niveaux = _liste(theme.niveaux, contexte)
                morceaux.append(f"{contexte.etiquette(mots.niveaux_absents)} {niveaux}")
            if theme.regions:
                morceaux.append(contexte.accord(len(theme.regions), mots.regions_absentes))
            blocs.append(
                paragraphe(
                    f"<b>{contexte.texte(theme.titre)}</b> — {mots.point_virgule.join(morceaux)}.",
                    styles.meta,
                )
            )
    return blocs


def _reseau(ecosysteme: Ecosysteme, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    simple = contexte.redaction.simple
    mots = contexte.libelles
    reseau = ecosysteme.reseaux.get("type_acteur")
    titre = paragraphe(mots.qui_a_rencontre_qui, styles.section)
    if reseau is None or len(reseau.noeuds) < 2 or not reseau.aretes:
        return [titre, paragraphe(mots.aucune_rencontre, styles.note)]
    blocs: list[Flowable] = [
        KeepTogether(
            [
                titre,
                diagramme_reseau(reseau, contexte.geometrie.largeur_texte, simple, mots),
                paragraphe(mots.reseau_legende, styles.legende),
            ]
        ),
        paragraphe(mots.rencontres_frequentes, styles.sous_section),
    ]
    for a, b, poids in reseau.aretes[:ARETES_LISTEES]:
        blocs.append(
            paragraphe(
                contexte.etiquette(f"{contexte.texte(a)} {mots.et} {contexte.texte(b)}")
                + f" {contexte.accord(poids, mots.ateliers_partages)}",
                style_en_retrait(styles.liste, 1),
                puce="•",
            )
        )
    return blocs


def ecosysteme(donnees: Ecosysteme, contexte: Contexte, cle: str) -> list[Flowable]:
    styles = contexte.styles
    simple = contexte.redaction.simple
    largeur = contexte.geometrie.largeur_texte
    mots = contexte.libelles
    blocs: list[Flowable] = [
        PageBreak(),
        ancre(contexte, cle, mots.ecosysteme),
        paragraphe(mots.ecosysteme, styles.partie),
        paragraphe(mots.ecosysteme_note, styles.note),
    ]
    # One label column for the three charts, so that their bars start at the same place.
    place = largeur_libelles(
        [
            simple(v) or mots.non_precise
            for lignes in donnees.repartitions.values()
            for v, _ in lignes
        ],
        largeur,
    )
    for attribut, titre in mots.repartitions():
        lignes = donnees.repartitions.get(attribut, [])
        if not any(valeur for valeur, _ in lignes):
            continue
        blocs.append(
            KeepTogether(
                [
                    paragraphe(titre, styles.section),
                    diagramme_barres(lignes, largeur, simple, place, mots),
                    Spacer(1, 0.2 * cm),
                ]
            )
        )
    blocs.extend(_reseau(donnees, contexte))
    blocs.extend(_voix_absentes(donnees, contexte))
    return blocs
