"""La typographie française du Québec (OQLF) pour les textes publiés : actes et site.

Before a colon and inside « », a no-break space; before ; ! ? none. Addresses (URLs, e-mail)
and Markdown code spans are left exactly as typed.
"""

from __future__ import annotations

import re

INSECABLE = "\u00a0"

# What must never be touched: URLs, e-mail addresses, `code`.
_PROTEGE = re.compile(r"`[^`\n]*`|<?https?://[^\s>]+>?|\bwww\.[^\s>]+|[\w.+-]+@[\w-]+\.[\w.-]+")
_AVANT_DEUX_POINTS = re.compile(r"[ \u00a0\u202f]*:(?=\s|$)")
_COLLE_AVANT_DEUX_POINTS = re.compile(r"(?<=[^\s\u00a0\u202f]):(?=\s|$)")
_AVANT_PONCTUATION = re.compile(r"[ \u00a0\u202f]+([;!?])")
_APRES_OUVRANT = re.compile(r"«[ \u00a0\u202f]*")
_AVANT_FERMANT = re.compile(r"[ \u00a0\u202f]*»")


def _corriger(morceau: str) -> str:
    morceau = _AVANT_DEUX_POINTS.sub(INSECABLE + ":", morceau)
    morceau = _COLLE_AVANT_DEUX_POINTS.sub(INSECABLE + ":", morceau)
    morceau = _AVANT_PONCTUATION.sub(r"\1", morceau)
    morceau = _APRES_OUVRANT.sub("«" + INSECABLE, morceau)
    return _AVANT_FERMANT.sub(INSECABLE + "»", morceau)


def typographie_fr(texte: str) -> str:
    """Le texte avec les espaces de la ponctuation française ; rien d'autre ne change."""
    morceaux: list[str] = []
    position = 0
    for protege in _PROTEGE.finditer(texte):
        morceaux.append(_corriger(texte[position : protege.start()]))
        morceaux.append(protege.group())
        position = protege.end()
    morceaux.append(_corriger(texte[position:]))
    return "".join(morceaux)
