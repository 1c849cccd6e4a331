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
from vues.session import CommandeForum, SessionForum


def _tr(texte: str, nom: str = "") -> str:
    return QCoreApplication.translate("commandes.salles", texte).replace("%1", nom)


def _texte_modifier(champs: Mapping[str, Any], nom: str) -> str:
    # Literal strings in tr() calls, so that lupdate finds each of them.
    seul = next(iter(champs)) if len(champs) == 1 else ""
    if seul == "nom":
        return _tr("Renommer la salle « %1 »", nom)
    if seul == "capacite":
        return _tr("Changer le nombre de places de « %1 »", nom)
    if seul == "equipements":
        return _tr("Changer l'équipement de « %1 »", nom)
    if seul == "accessible":
        return _tr("Changer l'accessibilité de « %1 »", nom)
    return _tr("Modifier la salle « %1 »", nom)


class AjouterSalle(CommandeForum):
    def __init__(self, session: SessionForum, champs: Mapping[str, Any]) -> None:
        nom = " ".join(str(champs.get("nom", "")).split())
        super().__init__(session, _tr("Ajouter la salle « %1 »", nom))
        self._champs = dict(champs)
        # Chosen on the first redo, reused after an undo so that later commands still find it.
        self.uuid: UUID | None = None

    def faire(self) -> Changements:
        changements, self.uuid = ajouter_salle(self.session.document, self._champs, self.uuid)
        return changements

    def defaire(self) -> Changements:
        assert self.uuid is not None
        return supprimer_salle(self.session.document, self.uuid)[0]


class ModifierSalle(CommandeForum):
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
        return modifier_salle(self.session.document, self._uuid, self._apres)

    def defaire(self) -> Changements:
        return modifier_salle(self.session.document, self._uuid, self._avant)


class SupprimerSalle(CommandeForum):
    """Ses ateliers quittent le mur ; annuler recrée la salle et les y remet."""

    def __init__(self, session: SessionForum, uuid: UUID, nom: str) -> None:
        super().__init__(session, _tr("Supprimer la salle « %1 »", nom))
        self._uuid = uuid
        self.instantane: InstantaneSalle | None = None

    def faire(self) -> Changements:
        changements, self.instantane = supprimer_salle(self.session.document, self._uuid)
        return changements

    def defaire(self) -> Changements:
        assert self.instantane is not None
        return restaurer_salle(self.session.document, self.instantane)


class ReordonnerSalles(CommandeForum):
    def __init__(
        self, session: SessionForum, avant: Mapping[UUID, int], apres: Sequence[UUID]
    ) -> None:
        super().__init__(session, _tr("Réordonner les salles"))
        # The exact former ranks, not just their order: undo gives back the same file.
        self._avant = dict(avant)
        self._apres = list(apres)

    def faire(self) -> Changements:
        return reordonner_salles(self.session.document, self._apres)

    def defaire(self) -> Changements:
        return definir_ordres_salles(self.session.document, self._avant)
