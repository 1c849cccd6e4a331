"""Le matériel imprimé du mur : l'affiche de l'agenda, les affiches des salles, les fiches."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from app.affiches.agenda import agenda_pdf
from app.affiches.commun import ecrire_pdf_atomique
from app.affiches.fiches import fiches_pdf
from app.affiches.salles import salles_pdf
from app.document import DocumentForum
from app.publication import contenu_publie
from app.site.ecriture import Annulation, verifier_annulation
from modeles.erreurs import ErreurForum
from modeles.valeurs import FormatPapier

GenreAffiche = Literal["agenda", "salles", "fiches"]
GENRES: tuple[GenreAffiche, ...] = ("agenda", "salles", "fiches")


def adresse_de_publication(url: str | None, du_forum: str) -> str:
    """L'adresse publique du site, obligatoire pour les codes QR des fiches."""
    base = (url if url is not None else du_forum).strip()
    if not base:
        raise ErreurForum(
            "Les fiches portent le code QR de la page de chaque atelier : indiquez d'abord "
            "l'adresse où le site des notes sera publié (réglages du forum, ou "
            "--url-publication https://…)."
        )
    if not base.lower().startswith(("https://", "http://")):
        raise ErreurForum(
            f"« {base} » n'est pas une adresse web : elle doit commencer par https:// "
            "(ou http://) pour qu'un téléphone ouvre la page du code QR."
        )
    return base


def ecrire_affiches(
    document: DocumentForum,
    destination: Path,
    genre: GenreAffiche,
    *,
    format_papier: FormatPapier | None = None,
    url_publication: str | None = None,
    annule: Annulation | None = None,
) -> Path:
    """Écrit le PDF du genre demandé, tout ou rien ; rend son chemin."""
    if genre not in GENRES:
        raise ErreurForum(f"Genre d'affiche inconnu : « {genre} » (agenda, salles ou fiches).")
    publication = contenu_publie(document)
    papier = format_papier or publication.forum.format_papier
    verifier_annulation(annule)
    if genre == "fiches":
        base = adresse_de_publication(url_publication, publication.forum.url_publication)
        if not publication.ateliers:
            raise ErreurForum(
                "Aucun atelier n'est placé à l'agenda : il n'y a pas de fiche à imprimer."
            )
        donnees = fiches_pdf(publication, base, papier, annule)
    elif not any(jour.creneaux for jour in publication.jours):
        raise ErreurForum("L'agenda n'a pas encore de créneaux : il n'y a rien à imprimer.")
    elif genre == "agenda":
        donnees = agenda_pdf(publication, papier, annule)
    else:
        if not any(jour.salles for jour in publication.jours):
            raise ErreurForum(
                "Le forum n'a pas encore de salles : il n'y a pas d'affiche de salle."
            )
        donnees = salles_pdf(publication, papier, annule)
    verifier_annulation(annule)
    return ecrire_pdf_atomique(destination, donnees)
