"""Ce que les bancs d'essai des actes partagent : une mesure dans un processus neuf, les pages.

A book measured in a fresh process starts from the same state each time (no warm caches of a
previous book) and its peak memory is its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def mesure_enfant(script: str, *arguments: str) -> dict[str, float]:
    """Lance `script --mesure ARGUMENTS` et lit le JSON de sa dernière ligne."""
    resultat = subprocess.run(
        [sys.executable, script, "--mesure", *arguments],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    mesure: dict[str, float] = json.loads(resultat.stdout.strip().splitlines()[-1])
    return mesure


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)
