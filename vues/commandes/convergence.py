"""Commandes de la convergence : points, bulletins, budget, thèmes, plans d'action."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.changements import Changements
from app.operations import convergence, themes
from app.operations.convergence import InstantanePlan
from app.operations.themes import InstantaneTheme
from vues.commandes.generiques import CommandeAjouter, CommandeModifier, CommandeSupprimer
from vues.session import CommandeForum, SessionForum

_ID_BUDGET = 0x4255  # merges successive spin box steps into one undo entry


def _court(titre: str, longueur: int = 40) -> str:
    return titre if len(titre) <= longueur else titre[: longueur - 1] + "…"


# --- le vote ----------------------------------------------------------------------------------


class DefinirPointsMur(CommandeForum):
    def __init__(self, session: SessionForum, sujet: UUID, titre: str, points: int) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesConvergence", "Points au mur de « %1 » : %2")
            .replace("%1", _court(titre))
            .replace("%2", str(points)),
        )
        self._points = {sujet: points}
        self._anciens: dict[UUID, int] = {}

    def faire(self) -> Changements:
        changements, self._anciens = convergence.definir_points_mur(
            self.session.document, self._points
        )
        return changements

    def defaire(self) -> Changements:
        return convergence.definir_points_mur(self.session.document, self._anciens)[0]


class DefinirBulletin(CommandeForum):
    """Le bulletin est vérifié la première fois ; refaire après défaire remet ce qui fut accepté."""

    def __init__(
        self, session: SessionForum, participant: UUID, nom: str, points: Mapping[UUID, int]
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesConvergence", "Bulletin de %1").replace(
                "%1", _court(nom)
            ),
        )
        self._participant = participant
        self._points = dict(points)
        self._anciens: dict[UUID, int] | None = None

    def faire(self) -> Changements:
        changements, anciens = convergence.definir_bulletin(
            self.session.document,
            self._participant,
            self._points,
            verifier=self._anciens is None,
        )
        self._anciens = anciens
        return changements

    def defaire(self) -> Changements:
        assert self._anciens is not None
        return convergence.definir_bulletin(
            self.session.document, self._participant, self._anciens, verifier=False
        )[0]


class DefinirBudget(CommandeForum):
    """Le budget de points ; les pas successifs d'une même boîte ne font qu'une annulation."""

    def __init__(self, session: SessionForum, points: int | None) -> None:
        texte = (
            QCoreApplication.translate("CommandesConvergence", "Budget de points par défaut")
            if points is None
            else QCoreApplication.translate("CommandesConvergence", "Budget de %1 points").replace(
                "%1", str(points)
            )
        )
        super().__init__(session, texte)
        self._points = points
        self._ancien: int | None = None

    def faire(self) -> Changements:
        changements, self._ancien = convergence.definir_budget(self.session.document, self._points)
        return changements

    def defaire(self) -> Changements:
        return convergence.definir_budget(self.session.document, self._ancien)[0]

    def id(self) -> int:
        return _ID_BUDGET

    def mergeWith(self, autre: QUndoCommand) -> bool:
        if not isinstance(autre, DefinirBudget) or autre._points is None or self._points is None:
            return False
        # The earlier setting stays the one undo returns to.
        self._points = autre._points
        self.setText(autre.text())
        return True


# --- les thèmes -------------------------------------------------------------------------------


class AjouterTheme(CommandeAjouter):
    def __init__(self, session: SessionForum, champs: Mapping[str, Any]) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesConvergence", "Créer le thème « %1 »").replace(
                "%1", _court(str(champs.get("titre", "")))
            ),
            themes.ajouter_theme,
            themes.supprimer_theme,
            champs,
        )


class ModifierTheme(CommandeModifier):
    def __init__(
        self, session: SessionForum, theme: UUID, titre: str, apres: Mapping[str, Any]
    ) -> None:
        actuels = themes.lire_champs_theme(session.document, theme)
        super().__init__(
            session,
            QCoreApplication.translate("CommandesConvergence", "Modifier le thème « %1 »").replace(
                "%1", _court(titre)
            ),
            themes.modifier_theme,
            theme,
            {cle: valeur for cle, valeur in actuels.items() if cle in apres},
            apres,
        )


class SupprimerTheme(CommandeSupprimer[InstantaneTheme]):
    def __init__(self, session: SessionForum, theme: UUID, titre: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesConvergence", "Supprimer le thème « %1 »").replace(
                "%1", _court(titre)
            ),
            themes.supprimer_theme,
            themes.restaurer_theme,
            theme,
        )


class ClasserSujets(CommandeForum):
    """Mettre des sujets dans un thème (None : sans thème), en un seul geste."""

    def __init__(
        self, session: SessionForum, sujets: Sequence[UUID], theme: UUID | None, titre: str
    ) -> None:
        texte = (
            QCoreApplication.translate(
                "CommandesConvergence", "Retirer %1 sujet(s) de leur thème"
            ).replace("%1", str(len(sujets)))
            if theme is None
            else QCoreApplication.translate(
                "CommandesConvergence", "Classer %1 sujet(s) dans « %2 »"
            )
            .replace("%1", str(len(sujets)))
            .replace("%2", _court(titre))
        )
        super().__init__(session, texte)
        self._cibles: dict[UUID, UUID | None] = dict.fromkeys(sujets, theme)
        self._anciens: dict[UUID, UUID | None] = {}

    def faire(self) -> Changements:
        changements, self._anciens = themes.classer_sujets(self.session.document, self._cibles)
        return changements

    def defaire(self) -> Changements:
        return themes.classer_sujets(self.session.document, self._anciens)[0]


# --- les plans d'action -----------------------------------------------------------------------


class AjouterPlan(CommandeAjouter):
    def __init__(self, session: SessionForum, champs: Mapping[str, Any]) -> None:
        super().__init__(
            session,
            QCoreApplication.translate(
                "CommandesConvergence", "Ajouter le plan d'action « %1 »"
            ).replace("%1", _court(str(champs.get("action", "")))),
            convergence.ajouter_plan,
            convergence.supprimer_plan,
            champs,
        )


class ModifierPlan(CommandeModifier):
    def __init__(
        self, session: SessionForum, plan: UUID, action: str, apres: Mapping[str, Any]
    ) -> None:
        actuels = convergence.lire_champs_plan(session.document, plan)
        super().__init__(
            session,
            QCoreApplication.translate(
                "CommandesConvergence", "Modifier le plan d'action « %1 »"
            ).replace("%1", _court(action)),
            convergence.modifier_plan,
            plan,
            {cle: valeur for cle, valeur in actuels.items() if cle in apres},
            apres,
        )


class SupprimerPlan(CommandeSupprimer[InstantanePlan]):
    def __init__(self, session: SessionForum, plan: UUID, action: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate(
                "CommandesConvergence", "Supprimer le plan d'action « %1 »"
            ).replace("%1", _court(action)),
            convergence.supprimer_plan,
            convergence.restaurer_plan,
            plan,
        )


class PromouvoirEtapes(CommandeForum):
    """Toutes les prochaines étapes choisies deviennent des plans d'action, en une annulation."""

    def __init__(self, session: SessionForum, etapes: Sequence[UUID]) -> None:
        super().__init__(
            session,
            QCoreApplication.translate(
                "CommandesConvergence", "Promouvoir %1 étape(s) en plans d'action"
            ).replace("%1", str(len(etapes))),
        )
        self._etapes = tuple(etapes)
        self.plans: tuple[UUID, ...] = ()

    def faire(self) -> Changements:
        changements, self.plans = convergence.promouvoir_etapes(
            self.session.document, self._etapes, self.plans or None
        )
        return changements

    def defaire(self) -> Changements:
        return convergence.retirer_plans(self.session.document, self.plans)
