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


class FichierEndommage(FichierInvalide):
    """Le fichier est un forum, mais des pages en sont illisibles : on peut tenter d'en lire."""


class FichierLectureSeule(FichierInvalide):
    """Le fichier (ou son support) ne peut pas être modifié : il peut encore être consulté."""


class ForumEnLectureSeule(ErreurForum):
    """Une écriture demandée à un forum ouvert en lecture seule ; rien n'a été écrit."""

    def __init__(self, nom: str) -> None:
        super().__init__(
            f"Le forum « {nom} » est ouvert en lecture seule : cette modification n'a pas été "
            "faite. Pour le modifier, enregistrez-en une copie (Fichier > Enregistrer une "
            "copie…) ou récupérez-le dans un nouveau fichier, puis ouvrez la copie."
        )


class DisquePlein(ErreurForum):
    """Le disque (ou la clé USB) est plein : la dernière écriture a été annulée en entier."""

    def __init__(self, nom: str) -> None:
        super().__init__(
            f"Le disque qui contient « {nom} » est plein : la dernière modification n'a pas été "
            "enregistrée, et le forum est resté tel qu'il était avant elle. Libérez de la place "
            "sur ce disque (ou enregistrez une copie du forum sur un autre disque), puis "
            "réessayez."
        )
