"""Erreurs du fichier de forum, avec un message en français qui dit quoi faire."""

from __future__ import annotations

from pathlib import Path


class ErreurForum(Exception):
    """Erreur connue, montrée telle quelle à la personne (boîte de dialogue ou stderr)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FichierInvalide(ErreurForum):
    """Le fichier n'est pas un forum que cette version sait ouvrir ; il n'a pas été modifié."""

    def __init__(self, chemin: Path | str, raison: str, conseil: str) -> None:
        super().__init__(f"Impossible d'ouvrir « {chemin} » : {raison} {conseil}")
        self.chemin = Path(chemin)
        self.raison = raison
        self.conseil = conseil


class SchemaPlusRecent(FichierInvalide):
    pass


class FichierOccupe(FichierInvalide):
    pass


class FichierExistant(ErreurForum):
    def __init__(self, chemin: Path | str) -> None:
        super().__init__(
            f"« {chemin} » existe déjà et ne sera pas écrasé. "
            "Choisissez un autre nom de fichier ou déplacez l'ancien."
        )
        self.chemin = Path(chemin)


class OperationAnnulee(ErreurForum):
    """La personne a annulé une opération longue ; rien n'a été écrit à la destination."""

    def __init__(self, message: str = "Opération annulée : rien n'a été modifié.") -> None:
        super().__init__(message)
