"""Comment le domaine écrit une heure dans ses messages : c'est l'appelant qui choisit.

The rules stay free of locale data; the application passes app.formats.heure (fr_CA, Babel),
so the Québec typography of times is written once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

FormatHeure = Callable[[dt.time], str]


def heure_iso(moment: dt.time) -> str:
    """Le format par défaut, neutre : « 10:30 »."""
    return moment.strftime("%H:%M")
