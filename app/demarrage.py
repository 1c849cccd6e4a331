"""Quel forum ouvrir au lancement, et créer celui qui manque."""

from __future__ import annotations

import importlib
from pathlib import Path

from app import chemins
from app.document import DocumentForum
from modeles import stockage

# The headless modules the first window uses. Imported before PySide6: once it is imported,
# its import hook inspects every module imported after it (tests/app/test_lanceur.py checks
# that no module of app/ or modeles/ is left to import after Qt at start-up).
MODULES_DE_LA_PREMIERE_FENETRE = (
    "app.formats",
    "app.lectures",
    "app.changements",
    "app.sauvegardes",
    "app.serveur",
    "app.agenda",
    "app.typographie",
    "app.operations.mur",
    "app.operations.sujets",
)


def precharger() -> None:
    """Importe ce dont la première fenêtre a besoin, avant Qt."""
    for module in MODULES_DE_LA_PREMIERE_FENETRE:
        importlib.import_module(module)


def ouvrir_ou_creer(chemin: Path | str) -> DocumentForum:
    """Ouvre le forum ; un fichier absent devient un nouveau forum vide portant son nom.

    On a server (postgresql://...), an empty database likewise receives a new empty forum.
    """
    if stockage.est_url(chemin):
        adresse = str(chemin)
        if stockage.base_vide(adresse):
            nom = adresse.rsplit("/", 1)[-1].split("?", 1)[0]
            return DocumentForum.creer(adresse, titre=nom.replace("-", " ").replace("_", " "))
        return DocumentForum.ouvrir(adresse)
    chemin = Path(chemin)
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
