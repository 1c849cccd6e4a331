"""Les conflits du mur se disent dans la langue de l'interface."""

from __future__ import annotations

import dataclasses
import re

from app import agenda, lectures
from app.document import DocumentForum
from modeles.conflits import MOTS_FRANCAIS

_FRANCAIS = re.compile(r"[éèêàçù]|\b(attend|manque|salle|créneau|porte|même)\b", re.IGNORECASE)


def _conflits(document: DocumentForum, langue: str) -> list[str]:
    mur = agenda.ConflitsDuMur(lectures.salles(document), lectures.creneaux(document), langue)
    return [c.message for c in mur.calculer(lectures.sujets(document))]


def test_en_anglais_les_conflits_de_la_demo_sont_en_anglais(document_demo: DocumentForum) -> None:
    francais = _conflits(document_demo, "fr")
    anglais = _conflits(document_demo, "en")
    assert len(anglais) == len(francais) >= 3
    assert any("expects about" in m for m in anglais)
    assert any("wheelchair access" in m for m in anglais)
    # Room names, people's names and titles are the forum's data: only the words around them
    # are checked.
    donnees = [s.nom for s in lectures.salles(document_demo)]
    donnees += [p.nom for p in lectures.participants(document_demo)]
    for message in anglais:
        mots = re.sub(r"“[^”]*”", "", message)
        for nom in donnees:
            mots = mots.replace(nom, "")
        assert not _FRANCAIS.search(mots), message
    assert any("attend environ" in m for m in francais)


def test_chaque_phrase_a_sa_version_anglaise() -> None:
    for champ in dataclasses.fields(MOTS_FRANCAIS):
        valeur = getattr(agenda.MOTS_ANGLAIS, champ.name)
        if isinstance(valeur, str) and champ.name not in ("lieu",):
            assert valeur != getattr(MOTS_FRANCAIS, champ.name), champ.name
    assert agenda.mots_conflits("en_CA") is agenda.MOTS_ANGLAIS
    assert agenda.mots_conflits("fr") is MOTS_FRANCAIS
    assert agenda.MOTS_ANGLAIS.compte(0, ("seat", "seats")) == "0 seats"
    assert MOTS_FRANCAIS.compte(0, ("place", "places")) == "0 place"
