"""La partie « Écosystème » du livre : qui est venu, qui a rencontré qui, quelles voix manquaient.

Only aggregates (app.ecosysteme never reads a name). The charts are reportlab drawings (bars and
the network of actor types on a circle), drawn in the book's embedded font; their labels are
plain text cut to the room they have, through Redaction.simple (printable, French spacing).
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
from app.actes.contexte import Contexte, accord, nombre
from app.actes.markdown_pdf import style_en_retrait
from app.actes.parties import ancre
from app.actes.polices import Graisse
from app.actes.styles import ACCENT, GRIS
from app.document import DocumentForum
from app.ecosysteme import Ecosysteme, analyser
from modeles.ecosysteme import Reseau, SyntheseAbsences

TITRE = "Écosystème"
NON_PRECISE = "non précisé"
TAILLE = 8
HAUT_BARRE = 13
ARETE = colors.HexColor("#8fb4c1")
TITRES_REPARTITIONS = {
    "type_acteur": "Types d'acteurs",
    "niveau_action": "Niveaux d'action",
    "region": "Régions",
}
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
) -> Drawing:
    """Une barre horizontale par valeur, du plus nombreux au moins nombreux, l'effectif au bout."""
    libelles = [simple(valeur) or NON_PRECISE for valeur, _ in lignes]
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
        dessin.add(_chaine(place_libelle + longueur + 4, bas + 3, nombre(effectif)))
    return dessin


def diagramme_reseau(reseau: Reseau, largeur: float, simple: Callable[[str], str]) -> Drawing:
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
        libelle = f"{simple(nom) or NON_PRECISE} ({nombre(effectif)})"
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
    return ", ".join(f"{contexte.texte(v)} ({nombre(n)} sur {nombre(total)})" for v, n in valeurs)


def _etiquette(libelle: str, valeur: str) -> str:
    return f"<font color='{ACCENT.hexval()}'><b>{libelle}\u00a0:</b></font> {valeur}"


def _voix_absentes(ecosysteme: Ecosysteme, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    synthese: SyntheseAbsences = ecosysteme.synthese
    blocs: list[Flowable] = [paragraphe("Les voix absentes", styles.section)]
    if not synthese.ateliers:
        blocs.append(
            paragraphe(
                "Aucune présence n'a été notée aux ateliers : rien ne peut être dit des voix "
                "qui manquaient.",
                styles.note,
            )
        )
        return blocs
    blocs.append(
        paragraphe(
            f"Sur {accord(synthese.ateliers, 'atelier', 'ateliers')} où des présences ont été "
            "notées (porteurs, prise de notes, liste des présences).",
            styles.note,
        )
    )
    jamais = [
        ("Types d'acteurs jamais présents", synthese.types_jamais),
        ("Niveaux d'action jamais présents", synthese.niveaux_jamais),
        ("Régions jamais présentes", synthese.regions_jamais),
    ]
    souvent = [
        ("Types d'acteurs absents de plus de la moitié des ateliers", synthese.types_souvent),
        ("Niveaux d'action absents de plus de la moitié des ateliers", synthese.niveaux_souvent),
        ("Régions absentes de plus de la moitié des ateliers", synthese.regions_souvent),
    ]
    for libelle, valeurs in jamais:
        if valeurs:
            blocs.append(paragraphe(_etiquette(libelle, _liste(valeurs, contexte)), styles.meta))
    for libelle, paires in souvent:
        if paires:
            blocs.append(
                paragraphe(
                    _etiquette(libelle, _souvent(paires, synthese.ateliers, contexte)), styles.meta
                )
            )
    themes = [t for t in ecosysteme.themes if t.theme.strip() and t.presents]
    if themes:
        blocs.append(paragraphe("Par thème", styles.sous_section))
        for theme in themes:
            morceaux = [accord(theme.presents, "personne notée", "personnes notées")]
            if theme.types:
                morceaux.append(f"types absents\u00a0: {_liste(theme.types, contexte)}")
            if theme.niveaux:
                morceaux.append(f"niveaux absents\u00a0: {_liste(theme.niveaux, contexte)}")
            if theme.regions:
                morceaux.append(accord(len(theme.regions), "région absente", "régions absentes"))
            blocs.append(
                paragraphe(
                    f"<b>{contexte.texte(theme.titre)}</b> — {' ; '.join(morceaux)}.", styles.meta
                )
            )
    return blocs


def _reseau(ecosysteme: Ecosysteme, contexte: Contexte) -> list[Flowable]:
    styles = contexte.styles
    simple = contexte.redaction.simple
    reseau = ecosysteme.reseaux.get("type_acteur")
    titre = paragraphe("Qui a rencontré qui", styles.section)
    if reseau is None or len(reseau.noeuds) < 2 or not reseau.aretes:
        return [
            titre,
            paragraphe(
                "Aucun atelier n'a réuni deux types d'acteurs différents parmi les présences "
                "notées.",
                styles.note,
            ),
        ]
    blocs: list[Flowable] = [
        KeepTogether(
            [
                titre,
                diagramme_reseau(reseau, contexte.geometrie.largeur_texte, simple),
                paragraphe(
                    "Chaque disque est un type d'acteurs (sa taille suit le nombre de personnes) ; "
                    "un trait relie deux types présents ensemble à un même atelier, d'autant plus "
                    "épais qu'ils se sont croisés souvent.",
                    styles.legende,
                ),
            ]
        ),
        paragraphe("Les rencontres les plus fréquentes", styles.sous_section),
    ]
    for a, b, poids in reseau.aretes[:ARETES_LISTEES]:
        blocs.append(
            paragraphe(
                f"{contexte.texte(a)} et {contexte.texte(b)}\u00a0: "
                f"{accord(poids, 'atelier partagé', 'ateliers partagés')}",
                style_en_retrait(styles.liste, 1),
                puce="•",
            )
        )
    return blocs


def ecosysteme(donnees: Ecosysteme, contexte: Contexte, cle: str) -> list[Flowable]:
    styles = contexte.styles
    simple = contexte.redaction.simple
    largeur = contexte.geometrie.largeur_texte
    blocs: list[Flowable] = [
        PageBreak(),
        ancre(contexte, cle, TITRE),
        paragraphe(TITRE, styles.partie),
        paragraphe(
            "Qui est venu, qui a rencontré qui, quelles voix manquaient\u00a0: des comptes, "
            "jamais des noms.",
            styles.note,
        ),
    ]
    # One label column for the three charts, so that their bars start at the same place.
    place = largeur_libelles(
        [simple(v) or NON_PRECISE for lignes in donnees.repartitions.values() for v, _ in lignes],
        largeur,
    )
    for attribut, titre in TITRES_REPARTITIONS.items():
        lignes = donnees.repartitions.get(attribut, [])
        if not any(valeur for valeur, _ in lignes):
            continue
        blocs.append(
            KeepTogether(
                [
                    paragraphe(titre, styles.section),
                    diagramme_barres(lignes, largeur, simple, place),
                    Spacer(1, 0.2 * cm),
                ]
            )
        )
    blocs.extend(_reseau(donnees, contexte))
    blocs.extend(_voix_absentes(donnees, contexte))
    return blocs
