"""Commandes de la place du marché et du mur de l'agenda, une par geste."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from app.changements import Changements
from app.operations import mur, sujets
from app.operations.mur import Placement
from vues.commandes.generiques import CommandeModifier
from vues.session import CommandeForum, SessionForum


def _court(titre: str, longueur: int = 40) -> str:
    return titre if len(titre) <= longueur else titre[: longueur - 1] + "…"


class AjouterSujet(CommandeForum):
    def __init__(
        self,
        session: SessionForum,
        titre: str,
        porteurs: Sequence[str],
        interet_estime: int | None = None,
        besoins: Sequence[str] = (),
        theme: str = "",
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesSujets", "Ajouter le sujet « %1 »").replace(
                "%1", _court(titre)
            ),
        )
        self._args = (titre, tuple(porteurs))
        self._options: dict[str, Any] = {
            "interet_estime": interet_estime,
            "besoins": tuple(besoins),
            "theme": theme,
        }
        self.ajoute: sujets.SujetAjoute | None = None

    def faire(self) -> Changements:
        changements, self.ajoute = sujets.ajouter_sujet(
            self.session.document, *self._args, refaire=self.ajoute, **self._options
        )
        return changements

    def defaire(self) -> Changements:
        assert self.ajoute is not None
        return sujets.retirer_sujet_ajoute(self.session.document, self.ajoute)


class ModifierSujet(CommandeModifier):
    def __init__(
        self, session: SessionForum, sujet: UUID, titre: str, apres: dict[str, Any]
    ) -> None:
        actuels = sujets.lire_champs(session.document, sujet)
        super().__init__(
            session,
            QCoreApplication.translate("CommandesSujets", "Modifier « %1 »").replace(
                "%1", _court(titre)
            ),
            sujets.modifier_sujet,
            sujet,
            {cle: valeur for cle, valeur in actuels.items() if cle in apres},
            apres,
        )


class Placer(CommandeForum):
    """Placer, déplacer ou retirer du mur ; le texte dit lequel."""

    def __init__(
        self,
        session: SessionForum,
        sujet: UUID,
        titre: str,
        placement: Placement,
        avant: Placement | None = None,
    ) -> None:
        """`avant`, when the caller knows it, saves reading the placement again."""
        self._sujet = sujet
        self._apres = placement
        self._avant = avant if avant is not None else mur.placement_de(session.document, sujet)
        if not placement.sur_le_mur:
            texte = QCoreApplication.translate("CommandesSujets", "Retirer « %1 » du mur")
        elif not self._avant.sur_le_mur:
            texte = QCoreApplication.translate("CommandesSujets", "Placer « %1 »")
        elif (self._avant.salle, self._avant.creneau) == (placement.salle, placement.creneau):
            texte = QCoreApplication.translate("CommandesSujets", "Changer la durée de « %1 »")
        else:
            texte = QCoreApplication.translate("CommandesSujets", "Déplacer « %1 »")
        super().__init__(session, texte.replace("%1", _court(titre)))

    def faire(self) -> Changements:
        return mur.placer(self.session.document, self._sujet, self._apres)

    def defaire(self) -> Changements:
        return mur.placer(self.session.document, self._sujet, self._avant, verifier=False)


class Echanger(CommandeForum):
    def __init__(self, session: SessionForum, a: tuple[UUID, str], b: tuple[UUID, str]) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesSujets", "Échanger « %1 » et « %2 »")
            .replace("%1", _court(a[1], 30))
            .replace("%2", _court(b[1], 30)),
        )
        self._a, self._b = a[0], b[0]

    def faire(self) -> Changements:
        return mur.echanger(self.session.document, self._a, self._b)

    def defaire(self) -> Changements:
        return mur.echanger(self.session.document, self._a, self._b)


class Fusionner(CommandeForum):
    def __init__(
        self, session: SessionForum, cible: tuple[UUID, int], autres: Sequence[tuple[UUID, int]]
    ) -> None:
        numeros = ", ".join(f"n° {n}" for _, n in autres)
        super().__init__(
            session,
            QCoreApplication.translate("CommandesSujets", "Fusionner %1 dans le n° %2")
            .replace("%1", numeros)
            .replace("%2", str(cible[1])),
        )
        self._cible = cible[0]
        self._autres = [u for u, _ in autres]

    def faire(self) -> Changements:
        return mur.fusionner(self.session.document, self._cible, self._autres)

    def defaire(self) -> Changements:
        return mur.defaire_fusion(self.session.document, self._cible, self._autres)


class Defusionner(CommandeForum):
    def __init__(self, session: SessionForum, cible: UUID, titre: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("CommandesSujets", "Défusionner « %1 »").replace(
                "%1", _court(titre)
            ),
        )
        self._cible = cible
        self._autres = mur.fusionnes_dans(session.document, cible)
        self._retires: dict[UUID, Placement] = {}

    def faire(self) -> Changements:
        changements, self._retires = mur.defusionner(self.session.document, self._cible)
        return changements

    def defaire(self) -> Changements:
        return mur.refusionner(self.session.document, self._cible, self._autres, self._retires)
