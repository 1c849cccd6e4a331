"""Commandes annulables de la récolte : statut, photos, champs du formulaire.

The typing itself is not on the undo stack: each field has its own undo while one types, and
every autosaved state is in the report's history, which can restore any of them.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication

from app.changements import Changements
from app.images import ImagePreparee
from app.operations import recoltes
from app.operations.recoltes import ChampFormulaire, PhotoRetiree
from modeles.valeurs import StatutRecolte
from vues.commandes.generiques import CommandeSupprimer
from vues.session import CommandeForum, SessionForum


def _court(titre: str, longueur: int = 40) -> str:
    return titre if len(titre) <= longueur else titre[: longueur - 1] + "…"


class MarquerStatut(CommandeForum):
    """« Marquer prête » ou « Marquer à relire » : un geste voulu, qu'on peut défaire."""

    def __init__(
        self,
        session: SessionForum,
        sujet: UUID,
        titre: str,
        statut: StatutRecolte,
        avant: StatutRecolte,
    ) -> None:
        texte = (
            QCoreApplication.translate("CommandesRecoltes", "Marquer « %1 » prête")
            if statut is StatutRecolte.PRETE
            else QCoreApplication.translate("CommandesRecoltes", "Marquer « %1 » à relire")
        )
        super().__init__(session, texte.replace("%1", _court(titre)))
        self._sujet, self._statut, self._avant = sujet, statut, avant

    def faire(self) -> Changements:
        return recoltes.changer_statut(self.session.document, self._sujet, self._statut)

    def defaire(self) -> Changements:
        return recoltes.changer_statut(self.session.document, self._sujet, self._avant)


class AjouterPhoto(CommandeForum):
    def __init__(
        self, session: SessionForum, sujet: UUID, image: ImagePreparee, legende: str = ""
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesRecoltes", "Ajouter la photo « %1 »").replace(
                "%1", _court(image.nom_fichier)
            ),
        )
        self._sujet, self._image, self._legende = sujet, image, legende
        # Chosen on the first redo and kept: a later caption edit still finds the photo.
        self.uuid: UUID | None = None

    def faire(self) -> Changements:
        changements, self.uuid = recoltes.ajouter_photo(
            self.session.document, self._sujet, self._image, self._legende, uuid=self.uuid
        )
        return changements

    def defaire(self) -> Changements:
        assert self.uuid is not None
        return recoltes.supprimer_photo(self.session.document, self.uuid)[0]


class RetirerPhoto(CommandeSupprimer[PhotoRetiree]):
    def __init__(self, session: SessionForum, photo: UUID, nom: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesRecoltes", "Retirer la photo « %1 »").replace(
                "%1", _court(nom)
            ),
            recoltes.supprimer_photo,
            recoltes.retablir_photo,
            photo,
        )


class LegenderPhoto(CommandeForum):
    def __init__(self, session: SessionForum, photo: UUID, avant: str, apres: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesRecoltes", "Changer la légende d'une photo"),
        )
        self._photo, self._avant, self._apres = photo, avant, apres

    def faire(self) -> Changements:
        return recoltes.legender_photo(self.session.document, self._photo, self._apres)

    def defaire(self) -> Changements:
        return recoltes.legender_photo(self.session.document, self._photo, self._avant)


class ModifierChampsRecolte(CommandeForum):
    def __init__(
        self,
        session: SessionForum,
        avant: tuple[ChampFormulaire, ...],
        apres: tuple[ChampFormulaire, ...],
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate(
                "CommandesRecoltes", "Modifier les champs du formulaire de récolte"
            ),
        )
        self._avant, self._apres = avant, apres

    def faire(self) -> Changements:
        return recoltes.definir_champs_formulaire(self.session.document, self._apres)

    def defaire(self) -> Changements:
        return recoltes.definir_champs_formulaire(self.session.document, self._avant)
