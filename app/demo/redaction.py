"""Rédaction synthétique : titres de sujets et récoltes d'une page, à partir des fragments."""

from __future__ import annotations

import random
from collections.abc import Sequence

from app.demo import fragments as f
from app.demo import vocabulaire as v

PHRASES_PAR_PARAGRAPHE = 4


def titre_sujet(rng: random.Random) -> str:
    """« Mutualiser les ressources humaines en milieu rural »."""
    titre = f"{rng.choice(v.ACTIONS)} {rng.choice(v.OBJETS)}"
    precision = rng.choice(v.PRECISIONS)
    return f"{titre} {precision}" if precision else titre


def phrase(rng: random.Random) -> str:
    """Une phrase de compte rendu : un constat tout fait ou une phrase composée."""
    tirage = rng.random()
    if tirage < 0.25:
        return rng.choice(f.CONSTATS)
    corps = f"{rng.choice(f.SUJETS)} {rng.choice(f.PREDICATS)}"
    circonstance = rng.choice(f.CIRCONSTANCES)
    if circonstance:
        corps = f"{corps} {circonstance}"
    if tirage < 0.65:
        return f"{rng.choice(f.OUVERTURES)} {corps}."
    if tirage < 0.8:
        return f"{rng.choice(f.LIAISONS)} {corps}."
    return f"{corps[0].upper()}{corps[1:]}."


def _nombre_de_mots(textes: Sequence[str]) -> int:
    return sum(len(t.split()) for t in textes)


def points_saillants(rng: random.Random, porteur: str, presents: int) -> str:
    """Une page de notes en Markdown : ouverture, liste à puces, suite et consensus."""
    cible = rng.randint(310, 440)
    intro = " ".join(
        (
            f"{presents} personnes présentes, {rng.choice(f.COMPOSITIONS)}.",
            rng.choice(f.AMORCES).format(porteur=porteur),
            phrase(rng),
        )
    )
    puces = "\n".join(
        f"- **{gras}.** {phrase(rng)}" for gras in rng.sample(f.GRAS, rng.randint(4, 6))
    )
    conclusion = f"Ce qui a fait consensus : **{rng.choice(f.CONSENSUS)}**."
    blocs = [intro, "Ce qui ressort des échanges :", puces]
    compte = _nombre_de_mots([*blocs, conclusion])
    suite: list[str] = []
    while compte < cible:
        nouvelle = phrase(rng)
        # A repeated sentence reads as a copy-paste error, which real notes rarely have.
        if nouvelle in suite:
            continue
        suite.append(nouvelle)
        compte += len(nouvelle.split())
    paragraphes = [
        " ".join(suite[i : i + PHRASES_PAR_PARAGRAPHE])
        for i in range(0, len(suite), PHRASES_PAR_PARAGRAPHE)
    ]
    return "\n\n".join([*blocs, *paragraphes, conclusion]) + "\n"


def liste_a_puces(elements: Sequence[str]) -> str:
    return "".join(f"- {e}\n" for e in elements)


def propositions(rng: random.Random) -> str:
    return liste_a_puces(rng.sample(f.PROPOSITIONS, rng.randint(2, 4)))


def prochaines_etapes(rng: random.Random, personnes: Sequence[str]) -> str:
    """Des lignes « quoi — qui — quand »."""
    quoi = rng.sample(f.ETAPES, rng.randint(1, 3))
    return "".join(f"{q} — {rng.choice(personnes)} — {rng.choice(f.QUAND)}\n" for q in quoi)


def questions_ouvertes(rng: random.Random) -> str:
    return liste_a_puces(rng.sample(f.QUESTIONS, rng.randint(1, 3)))


def mots_cles(rng: random.Random) -> list[str]:
    return rng.sample(f.MOTS_CLES, rng.randint(2, 4))
