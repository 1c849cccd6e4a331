"""Le tableau de la salle de presse : une ligne par atelier, mise à jour en place."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from app.presse import LignePresse
from modeles.valeurs import StatutRecolte
from vues.formats import date_courte, heure, nombre, plage
from vues.libelles import statut_recolte, symbole_statut
from vues.modeles_qt.tableau import Colonne, Index, ModeleTableau

_DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_AFFICHAGE = int(Qt.ItemDataRole.DisplayRole)
_POLICE = int(Qt.ItemDataRole.FontRole)
# Positions of the columns: the table stretches the title, sorts by time by default.
COLONNE_ATELIER = 1
COLONNE_QUAND = 2
COLONNE_ETAT = 4
_RANG_STATUT = {statut: rang for rang, statut in enumerate(StatutRecolte)}


@functools.lru_cache(maxsize=256)
def _quand(jour: dt.date, debut: dt.time, fin: dt.time) -> str:
    # A few dozen distinct slots: Babel is asked once for each, not once per painted cell.
    return f"{date_courte(jour)}, {plage(debut, fin)}"


@functools.lru_cache(maxsize=4096)
def _moment(utc: dt.datetime) -> str:
    local = utc.astimezone()
    return f"{date_courte(local.date())}, {heure(local.time())}"


@functools.lru_cache(maxsize=4096)
def _nombre(valeur: int) -> str:
    return nombre(valeur)


class ModelePresse(ModeleTableau):
    """Le tableau des comptes rendus ; une mise à jour touche les lignes changées, sans reset.

    A reset would drop the selection and the scroll position under the organiser's eyes each
    time a report arrives; dataChanged keeps both, and the proxy re-filters the row alone.
    The state of a missing report is written in bold, besides its symbol and its word.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Colonne(
                    self.tr("N°"),
                    lambda s: str(s.numero),
                    tri=lambda s: s.numero,
                    alignement=_DROITE,
                ),
                Colonne(self.tr("Atelier"), lambda s: s.titre),
                Colonne(
                    self.tr("Jour/Heure"),
                    self._quand,
                    infobulle=self._quand_detaille,
                    # The agenda's order (day, time, room order, number), as a rank.
                    tri=lambda s: self._rangs.get(s.sujet, 0),
                ),
                Colonne(self.tr("Salle"), lambda s: s.salle),
                Colonne(
                    self.tr("État"),
                    lambda s: f"{symbole_statut(s.statut)} {statut_recolte(s.statut)}",
                    tri=lambda s: _RANG_STATUT[s.statut],
                ),
                Colonne(self.tr("Scribe"), lambda s: s.scribe),
                Colonne(
                    self.tr("Mots"),
                    lambda s: _nombre(s.mots),
                    tri=lambda s: s.mots,
                    alignement=_DROITE,
                ),
                Colonne(
                    self.tr("Photos"),
                    lambda s: _nombre(s.photos),
                    tri=lambda s: s.photos,
                    alignement=_DROITE,
                ),
                Colonne(
                    self.tr("Dernière modification"),
                    lambda s: "" if s.modifie_le is None else _moment(s.modifie_le),
                    tri=lambda s: "" if s.modifie_le is None else s.modifie_le.isoformat(),
                ),
            ],
            parent,
        )
        self._gras = QFont()
        self._gras.setBold(True)
        self._rangs: dict[UUID, int] = {}

    def definir_lignes(self, lignes: Sequence[Any]) -> None:
        ordre = sorted(lignes, key=lambda ligne: ligne.cle_agenda)
        self._rangs = {ligne.sujet: rang for rang, ligne in enumerate(ordre)}
        super().definir_lignes(lignes)

    def largeur_etat(self, police: QFont | None = None) -> int:
        """La largeur du plus long état, en gras comme les lignes manquantes, dans `police`.

        Measured in the view's font when given: a larger system font widens the column.
        """
        gras = QFont(self._gras) if police is None else QFont(police)
        gras.setBold(True)
        mesure = QFontMetrics(gras)
        return max(
            mesure.horizontalAdvance(f"{symbole_statut(s)} {statut_recolte(s)}")
            for s in StatutRecolte
        )

    def _quand(self, ligne: LignePresse) -> str:
        texte = _quand(ligne.jour, ligne.debut, ligne.fin)
        if len(ligne.creneaux) > 1:
            # Only ever two or more: the plural is always right.
            texte += " " + self.tr("(%1 créneaux)").replace("%1", str(len(ligne.creneaux)))
        return texte

    def _quand_detaille(self, ligne: LignePresse) -> str:
        texte = _quand(ligne.jour, ligne.debut, ligne.fin)
        if len(ligne.creneaux) > 1:
            texte += "\n" + self.tr(
                "L'atelier dure %1 créneaux ; l'heure est celle du premier."
            ).replace("%1", str(len(ligne.creneaux)))
        return texte

    def data(self, index: Index, role: int = _AFFICHAGE) -> Any:
        if (
            role == _POLICE
            and index.isValid()
            and index.column() == COLONNE_ETAT
            and self.ligne(index.row()).manquante
        ):
            return self._gras
        return super().data(index, role)

    def actualiser(self, lignes: Sequence[LignePresse]) -> None:
        """Toutes les lignes ; les mêmes ateliers dans le même ordre sont mis à jour en place."""
        if [ligne.sujet for ligne in self.lignes()] == [ligne.sujet for ligne in lignes]:
            self._remplacer(lignes)
        else:
            self.definir_lignes(lignes)

    def remplacer(self, lignes: Sequence[LignePresse], touches: Collection[UUID]) -> bool:
        """Met à jour, en place, les ateliers relus parmi `touches` ; faux s'il faut tout relire.

        Everything must be re-read when a touched session left the wall, joined it, or moved
        in the agenda's order (its row would be out of place).
        """
        actuelles = {ligne.sujet: ligne for ligne in self.lignes()}
        relues = {ligne.sujet: ligne for ligne in lignes}
        for sujet, ligne in relues.items():
            avant = actuelles.get(sujet)
            if avant is None or avant.cle_agenda != ligne.cle_agenda:
                return False
        if any(sujet in actuelles and sujet not in relues for sujet in touches):
            return False
        self._remplacer(lignes)
        return True

    def _remplacer(self, lignes: Sequence[LignePresse]) -> None:
        relues = {ligne.sujet: ligne for ligne in lignes}
        for rangee, avant in enumerate(self.lignes()):
            apres = relues.get(avant.sujet)
            if apres is not None and apres != avant:
                self.remplacer_ligne(rangee, apres)

    def rangee_de(self, sujet: UUID) -> int | None:
        return next((r for r, ligne in enumerate(self.lignes()) if ligne.sujet == sujet), None)
