"""Quel forum ouvrir au lancement, et créer celui qui manque."""

from __future__ import annotations

from pathlib import Path

from app import chemins
from app.document import DocumentForum


def ouvrir_ou_creer(chemin: Path) -> DocumentForum:
    """Ouvre le forum ; un fichier absent devient un nouveau forum vide portant son nom."""
    if chemin.exists() or chemin.is_symlink():
        return DocumentForum.ouvrir(chemin)
    return DocumentForum.creer(chemin, titre=chemin.stem.replace("-", " ").replace("_", " "))


def forum_demo() -> Path:
    """Le forum de démonstration, écrit dans le dossier des données s'il n'y est pas encore."""
    chemin = chemins.forum_demo()
    if not chemin.exists():
        from app.demo import document_demo
        from app.echange.importer import importer_document

        importer_document(document_demo(), chemin)
    return chemin
