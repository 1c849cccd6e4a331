"""Les gestes sur les créneaux, chacun annulable : ajouter, modifier, supprimer, générer un jour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from app.changements import Changements
from app.operations.creneaux import (
    InstantaneCreneau,
    ajouter_creneau,
    ajouter_journee,
    modifier_creneau,
    restaurer_creneau,
    retirer_journee,
    supprimer_creneau,
)
from modeles.creneaux import ModeleCreneau
from vues.commandes.generiques import (
    CommandeAjouter,
    CommandeModifier,
    CommandeSupprimer,
    nomme,
)
from vues.formats import jour_et_mois
from vues.session import CommandeForum, SessionForum


def _texte_modifier(champs: Mapping[str, Any], nom: str) -> str:
    # Literal strings in tr() calls, so that lupdate finds each of them.
    premier = next(iter(champs), "")
    if premier == "jour":
        return nomme(
            QCoreApplication.translate("commandes.creneaux", "Changer le jour de « %1 »"), nom
        )
    if premier == "debut":
        return nomme(QCoreApplication.translate("commandes.creneaux", "Déplacer « %1 »"), nom)
    if premier == "fin":
        return nomme(
            QCoreApplication.translate("commandes.creneaux", "Changer l'heure de fin de « %1 »"),
            nom,
        )
    if premier == "nature":
        return nomme(
            QCoreApplication.translate("commandes.creneaux", "Changer la nature de « %1 »"), nom
        )
    if premier == "libelle":
        return nomme(
            QCoreApplication.translate("commandes.creneaux", "Renommer le créneau « %1 »"), nom
        )
    return nomme(
        QCoreApplication.translate("commandes.creneaux", "Modifier le créneau « %1 »"), nom
    )


class AjouterCreneau(CommandeAjouter):
    def __init__(self, session: SessionForum, champs: Mapping[str, Any], nom: str) -> None:
        super().__init__(
            session,
            nomme(
                QCoreApplication.translate("commandes.creneaux", "Ajouter le créneau « %1 »"), nom
            ),
            ajouter_creneau,
            supprimer_creneau,
            champs,
        )


class ModifierCreneau(CommandeModifier):
    def __init__(
        self,
        session: SessionForum,
        uuid: UUID,
        nom: str,
        avant: Mapping[str, Any],
        apres: Mapping[str, Any],
    ) -> None:
        super().__init__(session, _texte_modifier(apres, nom), modifier_creneau, uuid, avant, apres)


class SupprimerCreneau(CommandeSupprimer[InstantaneCreneau]):
    """Ses ateliers quittent le mur ; annuler recrée le créneau et les y remet."""

    def __init__(self, session: SessionForum, uuid: UUID, nom: str) -> None:
        super().__init__(
            session,
            nomme(
                QCoreApplication.translate("commandes.creneaux", "Supprimer le créneau « %1 »"), nom
            ),
            supprimer_creneau,
            restaurer_creneau,
            uuid,
        )


class GenererJournee(CommandeForum):
    def __init__(
        self, session: SessionForum, jour: dt.date, modeles: Sequence[ModeleCreneau]
    ) -> None:
        super().__init__(
            session,
            nomme(
                QCoreApplication.translate("commandes.creneaux", "Générer la journée du %1"),
                jour_et_mois(jour),
            ),
        )
        self._jour = jour
        self._modeles = list(modeles)
        self.uuids: list[UUID] | None = None

    def faire(self) -> Changements:
        changements, self.uuids = ajouter_journee(
            self.session.document, self._jour, self._modeles, self.uuids
        )
        return changements

    def defaire(self) -> Changements:
        assert self.uuids is not None
        return retirer_journee(self.session.document, self.uuids)
