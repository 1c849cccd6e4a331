"""Les longueurs que le fichier accepte : lues dans les colonnes, dites en français.

The exchange schema and the columns (String(n)) cap some texts; an operation that let one
character more through would make a forum whose export cannot be imported again, and whose
data a PostgreSQL server would refuse. Each operation checks with the column itself, so the
limit is written once, in modeles/entites.py.
"""

from __future__ import annotations

from typing import Any

from modeles.erreurs import ErreurForum


def longueur_max(colonne: Any) -> int | None:
    """La longueur d'une colonne String(n) (attribut d'entité ou colonne), None sans limite."""
    return getattr(getattr(colonne, "type", None), "length", None)


def verifier_longueur(texte: str, colonne: Any, libelle: str) -> str:
    """Le texte s'il tient dans la colonne ; sinon ErreurForum, qui dit de combien raccourcir."""
    maximum = longueur_max(colonne)
    if maximum is not None and len(texte) > maximum:
        raise ErreurForum(
            f"{libelle} tient en {maximum} caractères au plus ; celui-ci en a {len(texte)} : "
            "raccourcissez-le."
        )
    return texte
