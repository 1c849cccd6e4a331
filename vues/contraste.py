"""Contrastes : un texte lisible sur ce que l'on peint, et les thèmes à fort contraste suivis.

Where a view paints its own background (the wall's paper notes, the projector, the charts), the
text colour is derived from that background with the WCAG 2 contrast ratio, never assumed from
the palette. When the system asks for high contrast (on Linux it arrives as the palette), the
decorative fills are dropped: palette colours only, with thick outlines.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette

# WCAG 2: 4.5:1 for text, 3:1 for the parts of a graphic one must see (outlines, bars), and the
# 7:1 of level AAA.
TEXTE_MIN = 4.5
GRAPHIQUE_MIN = 3.0
RENFORCE = 7.0

NOIR = QColor(0, 0, 0)
BLANC = QColor(255, 255, 255)


def _lineaire(composante: float) -> float:
    if composante <= 0.04045:
        return composante / 12.92
    return float(((composante + 0.055) / 1.055) ** 2.4)


def luminance(couleur: QColor) -> float:
    """La luminance relative de WCAG 2, de 0 (noir) à 1 (blanc)."""
    rouge, vert, bleu = (_lineaire(c) for c in (couleur.redF(), couleur.greenF(), couleur.blueF()))
    return 0.2126 * rouge + 0.7152 * vert + 0.0722 * bleu


def contraste(a: QColor, b: QColor) -> float:
    """Le rapport de contraste de WCAG 2, de 1 (identiques) à 21 (noir sur blanc)."""
    claire, sombre = sorted((luminance(a), luminance(b)), reverse=True)
    return (claire + 0.05) / (sombre + 0.05)


def lisible_sur(fond: QColor, *candidates: QColor, minimum: float = TEXTE_MIN) -> QColor:
    """La première candidate assez contrastée sur `fond`, sinon le noir ou le blanc."""
    for couleur in candidates:
        if contraste(couleur, fond) >= minimum:
            return QColor(couleur)
    return QColor(NOIR if contraste(NOIR, fond) >= contraste(BLANC, fond) else BLANC)


def haut_contraste(palette: QPalette | None = None) -> bool:
    """Vrai quand le système demande un fort contraste.

    Qt 6.10 and later say it directly (QAccessibilityHints); elsewhere a high-contrast theme is
    recognised by its palette: text at 7:1 or more on one single background shared by windows and
    fields. Ordinary themes (light grey windows, white fields) keep their two backgrounds.
    """
    if _prefere_contraste():
        return True
    if palette is None:
        palette = QGuiApplication.palette()
    fenetre = palette.color(QPalette.ColorRole.Window)
    champ = palette.color(QPalette.ColorRole.Base)
    return (
        contraste(fenetre, palette.color(QPalette.ColorRole.WindowText)) >= RENFORCE
        and contraste(champ, palette.color(QPalette.ColorRole.Text)) >= RENFORCE
        and contraste(fenetre, champ) < 1.1
    )


def _prefere_contraste() -> bool:
    """Ce que dit le système, là où Qt sait le demander (Qt 6.10 et après)."""
    if QGuiApplication.instance() is None:
        return False
    acces = getattr(QGuiApplication.styleHints(), "accessibility", None)
    preference = getattr(acces(), "contrastPreference", None) if acces is not None else None
    return preference is not None and preference() == Qt.ContrastPreference.HighContrast


def trait(police: QFont, fort: bool = False) -> float:
    """L'épaisseur d'un contour à l'échelle du texte : plus épais pour le fort contraste."""
    ligne = QFontMetricsF(police).lineSpacing()
    return max(3.0, ligne / 6) if fort else max(1.0, ligne / 16)


ROUGE_ERREUR = QColor("#b71c1c")


def couleur_erreur(palette: QPalette | None = None) -> QColor:
    """Le rouge des messages d'erreur, ou ce qui se lit sur le fond de la fenêtre (thème sombre)."""
    palette = palette or QGuiApplication.palette()
    return lisible_sur(palette.color(QPalette.ColorRole.Window), ROUGE_ERREUR)


def style_erreur(palette: QPalette | None = None) -> str:
    """La feuille de style d'un message d'erreur : la couleur lisible, et en gras (pas la seule)."""
    return f"color: {couleur_erreur(palette).name()}; font-weight: bold;"


VERT_SUCCES = QColor("#1b5e20")


def style_succes(palette: QPalette | None = None) -> str:
    """Un message de réussite : un vert qui se lit sur le fond de la fenêtre, en gras."""
    palette = palette or QGuiApplication.palette()
    couleur = lisible_sur(palette.color(QPalette.ColorRole.Window), VERT_SUCCES)
    return f"color: {couleur.name()}; font-weight: bold;"


def style_invalide(palette: QPalette | None = None) -> str:
    """Le cadre d'un champ refusé : épais (on le voit sans distinguer les couleurs)."""
    return f"border: 2px solid {couleur_erreur(palette).name()};"
