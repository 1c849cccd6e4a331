"""L'affiche de porte de chaque salle : son nom en très grand, puis ses ateliers de la journée."""

from __future__ import annotations

import io
from collections.abc import Iterator

from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app import formats
from app.affiches.commun import Bloc, bloc, nouveau_canevas, taille_papier, texte
from app.affiches.polices import Polices, enregistrer_polices
from app.lectures import SalleLue
from app.libelles import libelles
from app.publication import JourPublie, Publication
from app.site.ecriture import Annulation, verifier_annulation
from modeles.valeurs import FormatPapier, NatureCreneau

MARGE = 0.6 * inch
GRIS = (0.35, 0.35, 0.35)
ACCENT = (0.04, 0.36, 0.54)
TAILLE_NOM_MAX = 120.0
TAILLE_NOM_MIN = 40.0
TAILLE_NOM_REPLI = 72.0


def _taille_du_nom(nom: str, police: str, largeur: float) -> float:
    """La plus grande taille où le nom tient sur deux lignes sans couper un mot."""
    taille = TAILLE_NOM_MAX
    while taille > TAILLE_NOM_MIN:
        mots_entiers = all(stringWidth(m, police, taille) <= largeur for m in nom.split(" "))
        if mots_entiers and len(bloc(nom, police, taille, largeur).lignes) <= 2:
            break
        taille -= 4
    return taille


def _programme(
    publication: Publication,
    jour: JourPublie,
    salle: SalleLue,
    polices: Polices,
    largeur: float,
    echelle: float,
) -> list[tuple[float, Bloc]]:
    """Les blocs de la liste des ateliers, chacun avec l'espace à laisser au-dessus."""
    langue = publication.forum.langue
    mots = libelles(langue)
    ateliers = {a.numero: a for a in publication.ateliers}
    blocs: list[tuple[float, Bloc]] = []
    for creneau in jour.creneaux:
        if creneau.nature is not NatureCreneau.ATELIER:
            continue
        plage = formats.plage(creneau.debut, creneau.fin, langue)
        case = jour.cases.get((creneau.uuid, salle.uuid))
        if case is not None and case[2]:
            plage += f" · {mots.numero.format(case[0])}"
        blocs.append(
            (18 * echelle, bloc(plage, polices.grasse, 26 * echelle, largeur, couleur=ACCENT))
        )
        if case is None:
            blocs.append(
                (0, bloc(mots.libre, polices.italique, 22 * echelle, largeur, couleur=GRIS))
            )
            continue
        numero, titre, commence = case
        if not commence:
            suite = (
                f"{mots.suite_du_numero.format(numero)} — {texte(titre, langue, polices.italique)}"
            )
            blocs.append(
                (0, bloc(suite, polices.italique, 22 * echelle, largeur, maximum=2, couleur=GRIS))
            )
            continue
        titre = texte(titre, langue, polices.normale)
        blocs.append((0, bloc(titre, polices.normale, 24 * echelle, largeur, maximum=4)))
        atelier = ateliers.get(numero)
        if atelier is not None and atelier.porteurs:
            porteurs = texte(", ".join(atelier.porteurs), langue, polices.italique)
            blocs.append(
                (
                    2,
                    bloc(
                        porteurs, polices.italique, 18 * echelle, largeur, maximum=2, couleur=GRIS
                    ),
                )
            )
    return blocs


def _echelle(
    publication: Publication,
    jour: JourPublie,
    salle: SalleLue,
    polices: Polices,
    largeur: float,
    disponible: float,
) -> float:
    """La plus grande échelle (de 1,5 à 0,65) où la liste des ateliers tient dans la page."""
    echelle = 1.5
    while echelle > 0.65:
        blocs = _programme(publication, jour, salle, polices, largeur, echelle)
        if sum(e + b.hauteur for e, b in blocs) <= disponible:
            break
        echelle -= 0.05
    return echelle


def _page(
    canevas: Canvas,
    publication: Publication,
    jour: JourPublie,
    salle: SalleLue,
    polices: Polices,
    taille: tuple[float, float],
) -> None:
    largeur_page, hauteur_page = taille
    largeur = largeur_page - 2 * MARGE
    langue = publication.forum.langue
    y = hauteur_page - MARGE
    forum = bloc(
        texte(publication.forum.titre, langue, polices.normale),
        polices.normale,
        14,
        largeur,
        maximum=1,
        couleur=GRIS,
    )
    y = forum.dessiner(canevas, MARGE, y)
    date = formats.capitale(formats.date_longue(jour.jour, langue))
    y = bloc(date, polices.grasse, 24, largeur).dessiner(canevas, MARGE, y - 4)
    nom = texte(salle.nom, langue, polices.grasse)
    # The sessions' titles keep 24 pt if the room's name can give up some size for them;
    # past that, everything shrinks together (never below two thirds: titles near 16 pt).
    taille_nom = _taille_du_nom(nom, polices.grasse, largeur)
    while True:
        titre = bloc(nom, polices.grasse, taille_nom, largeur, maximum=2, interligne=1.1)
        disponible = y - 12 - titre.hauteur - 10 - MARGE - 20
        echelle = _echelle(publication, jour, salle, polices, largeur, disponible)
        if echelle >= 1 or taille_nom <= TAILLE_NOM_REPLI:
            break
        taille_nom = max(TAILLE_NOM_REPLI, taille_nom - 8)
    y = titre.dessiner(canevas, MARGE, y - 12) - 10
    canevas.setStrokeColorRGB(*ACCENT)
    canevas.setLineWidth(3)
    canevas.line(MARGE, y, largeur_page - MARGE, y)
    blocs = _programme(publication, jour, salle, polices, largeur, echelle)
    for espace, morceau in blocs:
        if y - espace - morceau.hauteur < MARGE + 20:
            break
        y = morceau.dessiner(canevas, MARGE, y - espace)
    canevas.setFont(polices.normale, 9)
    canevas.setFillColorRGB(*GRIS)
    canevas.drawString(MARGE, MARGE * 0.6, f"{nom} — {date}")


def _pages(publication: Publication) -> Iterator[tuple[JourPublie, SalleLue]]:
    for jour in publication.jours:
        if any(c.nature is NatureCreneau.ATELIER for c in jour.creneaux):
            for salle in jour.salles:
                yield jour, salle


def salles_pdf(
    publication: Publication, format_papier: FormatPapier, annule: Annulation | None = None
) -> bytes:
    polices = enregistrer_polices()
    taille = taille_papier(format_papier)
    tampon = io.BytesIO()
    mots = libelles(publication.forum.langue)
    canevas = nouveau_canevas(
        tampon,
        taille,
        f"{mots.affiches_salles} — {publication.forum.titre}",
        mots.affiches_salles,
        mots.langue_html,
    )
    for jour, salle in _pages(publication):
        verifier_annulation(annule)
        _page(canevas, publication, jour, salle, polices, taille)
        canevas.showPage()
    canevas.save()
    return tampon.getvalue()


def nombre_d_affiches(publication: Publication) -> int:
    return sum(1 for _ in _pages(publication))
