"""Les gestes sur les participants, chacun annulable : ajouter, modifier, supprimer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from app.operations.participants import (
    InstantaneParticipant,
    ajouter_participant,
    modifier_participant,
    restaurer_participant,
    supprimer_participant,
)
from vues.commandes.generiques import (
    CommandeAjouter,
    CommandeModifier,
    CommandeSupprimer,
    nomme,
)
from vues.session import SessionForum


def _texte_modifier(champs: Mapping[str, Any], nom: str) -> str:
    # Literal strings in tr() calls, so that lupdate finds each of them.
    seul = next(iter(champs)) if len(champs) == 1 else ""
    if seul == "nom":
        return nomme(QCoreApplication.translate("commandes.participants", "Renommer « %1 »"), nom)
    if seul == "organisation":
        return nomme(
            QCoreApplication.translate(
                "commandes.participants", "Changer l'organisation de « %1 »"
            ),
            nom,
        )
    if seul == "courriel":
        return nomme(
            QCoreApplication.translate("commandes.participants", "Changer le courriel de « %1 »"),
            nom,
        )
    if seul == "telephone":
        return nomme(
            QCoreApplication.translate("commandes.participants", "Changer le téléphone de « %1 »"),
            nom,
        )
    if seul == "type_acteur":
        return nomme(
            QCoreApplication.translate(
                "commandes.participants", "Changer le type d'acteur de « %1 »"
            ),
            nom,
        )
    if seul == "niveau_action":
        return nomme(
            QCoreApplication.translate(
                "commandes.participants", "Changer le niveau d'action de « %1 »"
            ),
            nom,
        )
    if seul == "territoire":
        return nomme(
            QCoreApplication.translate("commandes.participants", "Changer le territoire de « %1 »"),
            nom,
        )
    if seul in ("consentement_publication", "consentement_coordonnees"):
        return nomme(
            QCoreApplication.translate(
                "commandes.participants", "Changer un consentement de « %1 »"
            ),
            nom,
        )
    return nomme(QCoreApplication.translate("commandes.participants", "Modifier « %1 »"), nom)


class AjouterParticipant(CommandeAjouter):
    def __init__(self, session: SessionForum, champs: Mapping[str, Any]) -> None:
        nom = " ".join(str(champs.get("nom", "")).split())
        super().__init__(
            session,
            nomme(
                QCoreApplication.translate(
                    "commandes.participants", "Ajouter le participant « %1 »"
                ),
                nom,
            ),
            ajouter_participant,
            supprimer_participant,
            champs,
        )


class ModifierParticipant(CommandeModifier):
    def __init__(
        self,
        session: SessionForum,
        uuid: UUID,
        nom: str,
        avant: Mapping[str, Any],
        apres: Mapping[str, Any],
    ) -> None:
        super().__init__(
            session, _texte_modifier(apres, nom), modifier_participant, uuid, avant, apres
        )


class SupprimerParticipant(CommandeSupprimer[InstantaneParticipant]):
    """Ses liens (porteur, présent, scribe) partent avec lui ; annuler remet tout."""

    def __init__(self, session: SessionForum, uuid: UUID, nom: str) -> None:
        super().__init__(
            session,
            nomme(
                QCoreApplication.translate(
                    "commandes.participants", "Supprimer le participant « %1 »"
                ),
                nom,
            ),
            supprimer_participant,
            restaurer_participant,
            uuid,
        )
