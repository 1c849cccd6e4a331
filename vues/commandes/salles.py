"""Les gestes sur les salles, chacun annulable : ajouter, modifier, supprimer, réordonner."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from app.changements import Changements
from app.operations.salles import (
    InstantaneSalle,
    ajouter_salle,
    definir_ordres_salles,
    modifier_salle,
    reordonner_salles,
    restaurer_salle,
    supprimer_salle,
)
from vues.commandes.generiques import (
    CommandeAjouter,
    CommandeModifier,
    CommandeSupprimer,
    nomme,
)
from vues.session import CommandeForum, SessionForum


def _texte_modifier(champs: Mapping[str, Any], nom: str) -> str:
    # Literal strings in tr() calls, so that lupdate finds each of them.
    seul = next(iter(champs)) if len(champs) == 1 else ""
    if seul == "nom":
        return nomme(
            QCoreApplication.translate("commandes.salles", "Renommer la salle « %1 »"), nom
        )
    if seul == "capacite":
        return nomme(
            QCoreApplication.translate("commandes.salles", "Changer le nombre de places de « %1 »"),
            nom,
        )
    if seul == "equipements":
        return nomme(
            QCoreApplication.translate("commandes.salles", "Changer l'équipement de « %1 »"), nom
        )
    if seul == "accessible":
        return nomme(
            QCoreApplication.translate("commandes.salles", "Changer l'accessibilité de « %1 »"), nom
        )
    return nomme(QCoreApplication.translate("commandes.salles", "Modifier la salle « %1 »"), nom)


class AjouterSalle(CommandeAjouter):
    def __init__(self, session: SessionForum, champs: Mapping[str, Any]) -> None:
        nom = " ".join(str(champs.get("nom", "")).split())
        super().__init__(
            session,
            nomme(QCoreApplication.translate("commandes.salles", "Ajouter la salle « %1 »"), nom),
            ajouter_salle,
            supprimer_salle,
            champs,
        )


class ModifierSalle(CommandeModifier):
    def __init__(
        self,
        session: SessionForum,
        uuid: UUID,
        nom: str,
        avant: Mapping[str, Any],
        apres: Mapping[str, Any],
    ) -> None:
        super().__init__(session, _texte_modifier(apres, nom), modifier_salle, uuid, avant, apres)


class SupprimerSalle(CommandeSupprimer[InstantaneSalle]):
    """Ses ateliers quittent le mur ; annuler recrée la salle et les y remet."""

    def __init__(self, session: SessionForum, uuid: UUID, nom: str) -> None:
        super().__init__(
            session,
            nomme(QCoreApplication.translate("commandes.salles", "Supprimer la salle « %1 »"), nom),
            supprimer_salle,
            restaurer_salle,
            uuid,
        )


class ReordonnerSalles(CommandeForum):
    def __init__(
        self, session: SessionForum, avant: Mapping[UUID, int], apres: Sequence[UUID]
    ) -> None:
        super().__init__(
            session, QCoreApplication.translate("commandes.salles", "Réordonner les salles")
        )
        # The exact former ranks, not just their order: undo gives back the same file.
        self._avant = dict(avant)
        self._apres = list(apres)

    def faire(self) -> Changements:
        return reordonner_salles(self.session.document, self._apres)

    def defaire(self) -> Changements:
        return definir_ordres_salles(self.session.document, self._avant)
