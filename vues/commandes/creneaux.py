"""Les gestes sur les créneaux, chacun annulable : ajouter, modifier, supprimer, générer un jour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from babel.dates import format_skeleton
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
from vues.session import CommandeForum, SessionForum


def _tr(texte: str, nom: str = "") -> str:
    return QCoreApplication.translate("commandes.creneaux", texte).replace("%1", nom)


def jour_et_mois(jour: dt.date) -> str:
    """« 14 mai »."""
    return format_skeleton("MMMMd", jour, locale="fr_CA")


class AjouterCreneau(CommandeForum):
    def __init__(self, session: SessionForum, champs: Mapping[str, Any], nom: str) -> None:
        super().__init__(session, _tr("Ajouter le créneau « %1 »", nom))
        self._champs = dict(champs)
        self.uuid: UUID | None = None

    def faire(self) -> Changements:
        changements, self.uuid = ajouter_creneau(self.session.document, self._champs, self.uuid)
        return changements

    def defaire(self) -> Changements:
        assert self.uuid is not None
        return supprimer_creneau(self.session.document, self.uuid)[0]


def _texte_modifier(champs: Mapping[str, Any], nom: str) -> str:
    # Literal strings in tr() calls, so that lupdate finds each of them.
    premier = next(iter(champs), "")
    if premier == "jour":
        return _tr("Changer le jour de « %1 »", nom)
    if premier == "debut":
        return _tr("Déplacer « %1 »", nom)
    if premier == "fin":
        return _tr("Changer l'heure de fin de « %1 »", nom)
    if premier == "nature":
        return _tr("Changer la nature de « %1 »", nom)
    if premier == "libelle":
        return _tr("Renommer le créneau « %1 »", nom)
    return _tr("Modifier le créneau « %1 »", nom)


class ModifierCreneau(CommandeForum):
    def __init__(
        self,
        session: SessionForum,
        uuid: UUID,
        nom: str,
        avant: Mapping[str, Any],
        apres: Mapping[str, Any],
    ) -> None:
        super().__init__(session, _texte_modifier(apres, nom))
        self._uuid = uuid
        self._avant = dict(avant)
        self._apres = dict(apres)

    def faire(self) -> Changements:
        return modifier_creneau(self.session.document, self._uuid, self._apres)

    def defaire(self) -> Changements:
        return modifier_creneau(self.session.document, self._uuid, self._avant)


class SupprimerCreneau(CommandeForum):
    """Ses ateliers quittent le mur ; annuler recrée le créneau et les y remet."""

    def __init__(self, session: SessionForum, uuid: UUID, nom: str) -> None:
        super().__init__(session, _tr("Supprimer le créneau « %1 »", nom))
        self._uuid = uuid
        self.instantane: InstantaneCreneau | None = None

    def faire(self) -> Changements:
        changements, self.instantane = supprimer_creneau(self.session.document, self._uuid)
        return changements

    def defaire(self) -> Changements:
        assert self.instantane is not None
        return restaurer_creneau(self.session.document, self.instantane)


class GenererJournee(CommandeForum):
    def __init__(
        self, session: SessionForum, jour: dt.date, modeles: Sequence[ModeleCreneau]
    ) -> None:
        super().__init__(session, _tr("Générer la journée du %1", jour_et_mois(jour)))
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
