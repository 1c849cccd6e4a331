"""Les exports longs (livre, site, matériel du mur), chacun sur sa propre connexion au forum.

A background thread must not use the GUI thread's SQLite connection: each export opens the
forum again for itself (the file, or the server's address: `app.serveur.source`), reads,
writes its output atomically, and closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.document import DocumentForum
from modeles.valeurs import FormatPapier

Progression = Callable[[int, int], None]
Annulation = Callable[[], bool]


def exporter_livre(
    forum: Path | str,
    destination: Path,
    *,
    url_publication: str | None = None,
    format_papier: FormatPapier | None = None,
    par_theme: bool = False,
    progression: Progression | None = None,
    annule: Annulation | None = None,
) -> Path:
    from app.actes import LivreDesActes

    with DocumentForum.ouvrir(forum) as document:
        livre = LivreDesActes(
            document,
            url_publication=url_publication,
            format_papier=format_papier,
            par_theme=par_theme,
        )
        return livre.rendre(destination, progression, annule)


def exporter_site(
    forum: Path | str,
    dossier: Path,
    *,
    url_publication: str | None = None,
    progression: Progression | None = None,
    annule: Annulation | None = None,
) -> Path:
    from app.site import ecrire_site

    with DocumentForum.ouvrir(forum) as document:
        return ecrire_site(
            document,
            dossier,
            url_publication=url_publication,
            progression=progression,
            annule=annule,
        )


def exporter_affiches(
    forum: Path | str,
    destination: Path,
    genre: str,
    *,
    url_publication: str | None = None,
    format_papier: FormatPapier | None = None,
    annule: Annulation | None = None,
) -> Path:
    from app.affiches import ecrire_affiches

    with DocumentForum.ouvrir(forum) as document:
        return ecrire_affiches(
            document,
            destination,
            genre,  # type: ignore[arg-type]
            format_papier=format_papier,
            url_publication=url_publication,
            annule=annule,
        )
