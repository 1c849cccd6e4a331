"""Une prochaine étape écrite sur une ligne, « quoi — qui — quand », en ses trois parts."""

from __future__ import annotations

SEPARATEURS = (" — ", " – ", " - ")


def decouper_etape(ligne: str) -> tuple[str, str, str]:
    """(quoi, qui, quand) d'une ligne ; ce qui manque reste vide, rien n'est perdu.

    With more than three parts, the extra ones stay in « quoi » (a dash inside the action).
    """
    propre = ligne.strip().lstrip("-*•").strip()
    for separateur in SEPARATEURS:
        if separateur in propre:
            morceaux = [m.strip() for m in propre.split(separateur)]
            if len(morceaux) == 2:
                return morceaux[0], morceaux[1], ""
            return separateur.join(morceaux[:-2]), morceaux[-2], morceaux[-1]
    return propre, "", ""


def etapes_du_texte(texte: str) -> list[tuple[str, str, str]]:
    """Une étape par ligne non vide."""
    return [decouper_etape(ligne) for ligne in texte.splitlines() if ligne.strip()]
