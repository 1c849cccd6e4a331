"""Le site des notes : l'accueil, une page par atelier, les participants, les photos.

Every path comes from app.publication, so the QR codes of the book open these very pages.
Links between pages are relative: the site works from a USB key as from any static host.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from uuid import UUID

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from markupsafe import Markup

from app import formats
from app.document import DocumentForum
from app.ecosysteme import Ecosysteme, analyser
from app.libelles import Libelles, libelles
from app.publication import (
    DOSSIER_ATELIERS,
    PAGE_ACCUEIL,
    PAGE_PARTICIPANTS,
    AtelierPublie,
    Publication,
    contenu_publie,
    donnees_photo,
    url_publique,
)
from app.publication_convergence import ConvergencePubliee, convergence_publiee
from app.site.ecosysteme_svg import a_du_contenu, barres_svg, reseau_svg
from app.site.ecriture import (
    Annulation,
    Progression,
    dossier_atomique,
    verifier_annulation,
    verifier_destination,
)
from app.site.markdown_html import markdown_en_html
from app.site.programme import grille, programme
from app.site.texte import publiable

DOSSIER_PHOTOS = f"{DOSSIER_ATELIERS}/photos"
FEUILLE_DE_STYLE = "site.css"
PAGE_CONVERGENCE = "convergence.html"
PAGE_ECOSYSTEME = "ecosysteme.html"
# Only these become files; any other type is left out rather than given a guessed name.
EXTENSIONS_PHOTOS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "gif",
}


@dataclass(frozen=True)
class PhotoDuSite:
    uuid: UUID
    chemin: str
    legende: str
    largeur: int
    hauteur: int


def chemin_photo(uuid: UUID, type_mime: str) -> str | None:
    """« ateliers/photos/<uuid>.jpg » : le nom vient de l'uuid, jamais d'un nom de fichier saisi."""
    extension = EXTENSIONS_PHOTOS.get(type_mime.strip().lower())
    return f"{DOSSIER_PHOTOS}/{UUID(str(uuid))}.{extension}" if extension else None


def _racine(chemin: str) -> str:
    """Le chemin relatif qui remonte d'une page à la racine du site (« ../ »)."""
    return "../" * chemin.count("/")


@pass_context
def _typo(contexte: Any, texte: str) -> str:
    return publiable(texte, contexte["langue"])


@pass_context
def _markdown(contexte: Any, texte: str) -> Markup:
    # Safe by construction: markdown-it escapes all text and raw HTML is disabled.
    return Markup(markdown_en_html(texte, contexte["langue"]))


@pass_context
def _date(contexte: Any, jour: Any) -> str:
    return formats.date_longue(jour, contexte["langue"])


@pass_context
def _heure(contexte: Any, moment: Any) -> str:
    return formats.heure(moment, contexte["langue"])


@pass_context
def _plage(contexte: Any, debut: Any, fin: Any) -> str:
    return formats.plage(debut, fin, contexte["langue"])


@pass_context
def _accord(contexte: Any, valeur: int, formes: tuple[str, str]) -> str:
    """« 3 ateliers », "3 sessions" : le nombre et le mot accordé, dans la langue du forum."""
    mots: Libelles = contexte["libelles"]
    return mots.accord(valeur, formes)


@pass_context
def _forme(contexte: Any, valeur: int, formes: tuple[str, str]) -> str:
    mots: Libelles = contexte["libelles"]
    return mots.forme(valeur, formes)


@cache
def _environnement() -> Environment:
    environnement = Environment(
        loader=PackageLoader("ressources", "gabarits"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environnement.filters.update(
        typo=_typo,
        markdown=_markdown,
        date=_date,
        heure=_heure,
        plage=_plage,
        accord=_accord,
        forme=_forme,
    )
    return environnement


def _base_publique(url: str) -> str | None:
    url = url.strip()
    return url if url.lower().startswith(("https://", "http://")) else None


def photos_du_site(atelier: AtelierPublie) -> tuple[PhotoDuSite, ...]:
    photos = []
    for photo in atelier.photos:
        chemin = chemin_photo(photo.uuid, photo.type_mime)
        if chemin is not None:
            photos.append(
                PhotoDuSite(photo.uuid, chemin, photo.legende, photo.largeur, photo.hauteur)
            )
    return tuple(photos)


def _page_ecosysteme(ecosysteme: Ecosysteme, mots: Libelles) -> dict[str, Any]:
    langue = mots.langue
    graphiques = []
    for cle, titre in mots.repartitions():
        lignes = ecosysteme.repartitions.get(cle, [])
        if any(valeur for valeur, _ in lignes):
            graphiques.append(
                {"cle": cle, "titre": titre, "svg": barres_svg(lignes, titre, langue)}
            )
    reseau = ecosysteme.reseaux.get("type_acteur")
    visible = reseau is not None and len(reseau.noeuds) > 1 and bool(reseau.aretes)
    return {
        "ecosysteme": ecosysteme,
        "graphiques": graphiques,
        "reseau": (
            reseau_svg(reseau, mots.qui_a_rencontre_qui, langue) if visible and reseau else None
        ),
        "aretes": reseau.aretes[:8] if visible and reseau else (),
    }


def pages_du_site(
    publication: Publication,
    url_publication: str | None = None,
    *,
    convergence: ConvergencePubliee | None = None,
    ecosysteme: Ecosysteme | None = None,
) -> Iterator[tuple[str, str]]:
    """Chaque page du site : (chemin relatif à la racine, HTML). Sans écrire ni lire de fichier.

    The convergence and ecosystem pages exist (and are linked) only when given with content.
    """
    if ecosysteme is not None and not a_du_contenu(ecosysteme):
        ecosysteme = None
    forum = publication.forum
    base = _base_publique(url_publication if url_publication is not None else forum.url_publication)
    environnement = _environnement()
    mots = libelles(forum.langue)
    commun = {
        "forum": forum,
        "langue": mots.langue,
        "langue_html": mots.langue_html,
        "libelles": mots,  # the words of the site, in the forum's language
        "champs": publication.libelles,  # the harvest fields' labels, as the forum names them
        "page_accueil": PAGE_ACCUEIL,
        "page_participants": PAGE_PARTICIPANTS,
        "feuille_de_style": FEUILLE_DE_STYLE,
        "page_convergence": PAGE_CONVERGENCE if convergence is not None else None,
        "page_ecosysteme": PAGE_ECOSYSTEME if ecosysteme is not None else None,
    }

    def rendre(gabarit: str, chemin: str, canonique: str, **contexte: Any) -> tuple[str, str]:
        html = environnement.get_template(gabarit).render(
            **commun,
            **contexte,
            racine=_racine(chemin),
            canonique=url_publique(base, canonique) if base else None,
        )
        return chemin, html

    chemins = {a.numero: a.chemin for a in publication.ateliers}
    yield rendre(
        "accueil.html",
        PAGE_ACCUEIL,
        "",
        grilles=[grille(jour, chemins) for jour in publication.jours],
        programme=programme(publication),
        ateliers=publication.ateliers,
        chiffres=publication.chiffres,
    )
    yield rendre(
        "participants.html",
        PAGE_PARTICIPANTS,
        PAGE_PARTICIPANTS,
        participants=sorted(publication.participants, key=lambda p: p[0].casefold()),
        total=publication.chiffres.participants,
    )
    if convergence is not None:
        yield rendre(
            "convergence.html",
            PAGE_CONVERGENCE,
            PAGE_CONVERGENCE,
            convergence=convergence,
            chemins=chemins,
        )
    if ecosysteme is not None:
        yield rendre(
            "ecosysteme.html",
            PAGE_ECOSYSTEME,
            PAGE_ECOSYSTEME,
            **_page_ecosysteme(ecosysteme, mots),
        )
    ateliers = publication.ateliers
    for rang, atelier in enumerate(ateliers):
        yield rendre(
            "atelier.html",
            atelier.chemin,
            atelier.chemin,
            atelier=atelier,
            photos=photos_du_site(atelier),
            precedent=ateliers[rang - 1] if rang > 0 else None,
            suivant=ateliers[rang + 1] if rang + 1 < len(ateliers) else None,
        )


def _feuille_de_style() -> bytes:
    from importlib import resources

    return resources.files("ressources").joinpath("gabarits", FEUILLE_DE_STYLE).read_bytes()


def _ecrire(racine: Path, chemin: str, contenu: bytes) -> None:
    # Paths are ours (constants, numbers, uuids); checked anyway, nothing lands outside.
    normal = posixpath.normpath(chemin)
    if normal.startswith(("/", "..")) or posixpath.isabs(normal):
        raise ValueError(chemin)
    cible = racine.joinpath(*normal.split("/"))
    if not cible.resolve().is_relative_to(racine.resolve()):
        raise ValueError(chemin)
    cible.parent.mkdir(parents=True, exist_ok=True)
    with cible.open("xb") as fichier:
        fichier.write(contenu)


def ecrire_site(
    document: DocumentForum,
    dossier: Path,
    *,
    url_publication: str | None = None,
    progression: Progression | None = None,
    annule: Annulation | None = None,
) -> Path:
    """Écrit le site entier dans `dossier` (créé, ou remplacé s'il contient un ancien site).

    All or nothing: built in a neighbouring folder and renamed into place; a folder that is
    not a previous site is refused untouched (ErreurForum), as is a cancelled build.
    """
    dossier = Path(dossier).absolute()
    verifier_destination(dossier)
    publication = contenu_publie(document)
    convergence = convergence_publiee(document)
    ecosysteme: Ecosysteme | None = analyser(document)
    if ecosysteme is not None and not a_du_contenu(ecosysteme):
        ecosysteme = None
    photos = [p for a in publication.ateliers for p in photos_du_site(a)]
    total = 3 + len(publication.ateliers) + len(photos)
    total += (convergence is not None) + (ecosysteme is not None)
    fait = 0

    def avancer() -> None:
        nonlocal fait
        fait += 1
        if progression is not None:
            progression(fait, total)
        verifier_annulation(annule)

    verifier_annulation(annule)
    with dossier_atomique(dossier, f"{publication.forum.uuid}\n") as temporaire:
        _ecrire(temporaire, FEUILLE_DE_STYLE, _feuille_de_style())
        avancer()
        pages = pages_du_site(
            publication, url_publication, convergence=convergence, ecosysteme=ecosysteme
        )
        for chemin, html in pages:
            _ecrire(temporaire, chemin, html.encode("utf-8"))
            avancer()
        for photo in photos:
            _ecrire(temporaire, photo.chemin, donnees_photo(document, photo.uuid))
            avancer()
    return dossier
