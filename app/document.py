"""Le forum ouvert par l'application : un fichier ou une base d'un serveur, ses transactions,
sa copie de sauvegarde.

A forum on a PostgreSQL server (`--db postgresql://...`) gets no backup folder: its migrations
run in one transaction that PostgreSQL rolls back whole, and "Save a copy" writes a .forum file
from the exchange document (a logical copy, no pg_dump needed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app import chemins
from modeles import stockage
from modeles.entites import Forum
from modeles.erreurs import ErreurForum, FichierExistant


class DocumentForum:
    """Poignée sur un forum ouvert ; lectures et opérations sont des fonctions qui la prennent."""

    def __init__(self, base: stockage.BaseForum) -> None:
        self._base = base

    @classmethod
    def ouvrir(cls, chemin: Path | str) -> DocumentForum:
        """Ouvre un fichier de forum, ou le forum d'une base PostgreSQL (postgresql://...)."""
        if stockage.est_url(chemin):
            return cls(stockage.ouvrir_url(str(chemin)))
        return cls(stockage.ouvrir(chemin, chemins.dossier_sauvegardes()))

    @classmethod
    def ouvrir_lecture_seule(cls, chemin: Path | str) -> DocumentForum:
        """Ouvre un fichier de forum pour le consulter sans jamais y écrire ; écrire est refusé."""
        return cls(stockage.ouvrir_lecture_seule(chemin))

    @classmethod
    def creer(cls, chemin: Path | str, titre: str) -> DocumentForum:
        """Crée un forum vide ; le fichier n'apparaît sous son nom qu'une fois complet."""
        with creation_atomique(chemin if stockage.est_url(chemin) else Path(chemin)) as temporaire:
            document = cls(stockage.creer(temporaire))
            with document.transaction() as session:
                session.add(Forum(titre=titre.strip() or "Nouveau forum"))
            document.fermer()
        return cls.ouvrir(chemin)

    def __enter__(self) -> DocumentForum:
        return self

    def __exit__(self, *_erreur: object) -> None:
        """`with DocumentForum.ouvrir(f) as document:` ferme le forum en sortant, erreur ou non."""
        self.fermer()

    @property
    def chemin(self) -> Path | None:
        """Le fichier du forum ; None pour un forum sur un serveur."""
        return self._base.chemin

    @property
    def nom(self) -> str:
        """Chemin du fichier, ou adresse du serveur sans mot de passe : pour les messages."""
        return self._base.adresse

    @property
    def sur_serveur(self) -> bool:
        return self._base.serveur

    @property
    def lecture_seule(self) -> bool:
        """Vrai si le forum a été ouvert en lecture seule : transaction() refuse d'écrire."""
        return self._base.lecture_seule

    def observer(self) -> None:
        """Commence à repérer les écritures faites ailleurs (autre portable, autre programme)."""
        self._base.suivre_changements()

    def changements_externes(self) -> bool:
        """Vrai si quelqu'un d'autre a écrit depuis le dernier appel ; une requête légère."""
        return self._base.changements_externes()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._base.transaction() as session:
            yield session

    @contextmanager
    def lecture(self) -> Iterator[Session]:
        with self._base.lecture() as session:
            yield session

    def enregistrer_copie(self, destination: Path | str) -> Path:
        """Copie cohérente du forum tel qu'il est, vers un fichier qui n'existe pas encore."""
        destination = Path(destination).absolute()
        if self.chemin is not None and destination == self.chemin:
            raise ErreurForum("La copie doit porter un autre nom que le forum ouvert.")
        if destination.exists():
            raise FichierExistant(destination)
        if self.chemin is None:
            # A server's forum: the exchange document, read in one snapshot, into a new file.
            from app.echange.exporter import exporter_document
            from app.echange.importer import importer_document

            importer_document(exporter_document(self), destination)
            return destination
        return stockage.sauvegarder(self.chemin, destination, lecture_seule=self.lecture_seule)

    def fermer(self) -> None:
        self._base.fermer()


@contextmanager
def creation_atomique(cible: Path | str) -> Iterator[Any]:
    """Donne un fichier temporaire à remplir, qui prend le nom `cible` seulement en cas de succès.

    An import or a demo either appears whole under its name or not at all; an existing file
    is never replaced. For a server's address, the address itself is given (`stockage.creer`
    refuses a database that is not empty); on failure, a schema left without any data is
    removed, so that the database is empty again.
    """
    if stockage.est_url(cible):
        try:
            yield cible
        except BaseException:
            stockage.effacer_forum_vide(str(cible))
            raise
        return
    cible = Path(cible).absolute()
    if cible.exists():
        raise FichierExistant(cible)
    temporaire = cible.with_name(f".{cible.name}.{os.getpid()}.partiel")
    stockage.supprimer_fichier_forum(temporaire)
    try:
        yield temporaire
        _renommer_sans_ecraser(temporaire, cible)
    finally:
        stockage.supprimer_fichier_forum(temporaire)


def _renommer_sans_ecraser(source: Path, cible: Path) -> None:
    try:
        # A hard link fails if the target exists: no window where another file could be replaced.
        os.link(source, cible)
    except FileExistsError as exc:
        raise FichierExistant(cible) from exc
    except OSError:
        # File systems without hard links (FAT on USB keys): check, then rename.
        if cible.exists():
            raise FichierExistant(cible) from None
        os.replace(source, cible)
