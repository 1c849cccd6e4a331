"""Du texte dans une boîte : réparti en lignes, coupé par « … », typographie française comprise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.typographie import typographie_fr


def couper(
    metriques: QFontMetrics, texte: str, largeur: int, maximum: int, retrait: int = 0
) -> list[str]:
    """Au plus `maximum` lignes (la première raccourcie de `retrait`), « … » au bout si coupé."""
    if maximum <= 0 or largeur <= 0:
        return []
    lignes = [""]
    # Only ordinary spaces break: French no-break spaces (« 14 h 30 », « titre : ») hold.
    for mot in filter(None, typographie_fr(texte).replace("\n", " ").split(" ")):
        essai = f"{lignes[-1]} {mot}" if lignes[-1] else mot
        premiere = len(lignes) == 1
        if metriques.horizontalAdvance(essai) <= largeur - (retrait if premiere else 0):
            lignes[-1] = essai
        elif not lignes[-1] and not (premiere and retrait):
            lignes[-1] = mot  # a word longer than the line: elided below
        else:
            lignes.append(mot)
    if len(lignes) > maximum:
        # The joined rest is wider than the line by construction, so it ends in an ellipsis.
        lignes = [*lignes[: maximum - 1], " ".join(filter(None, lignes[maximum - 1 :]))]
    coupe = Qt.TextElideMode.ElideRight
    return [
        metriques.elidedText(x, coupe, largeur - (0 if k else retrait))
        for k, x in enumerate(lignes)
    ]
