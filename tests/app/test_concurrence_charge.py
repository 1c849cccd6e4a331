"""Charge : 4 portables × 500 modifications du même forum sur PostgreSQL, rien de perdu.

Each writer has its own DocumentForum (its own connections) and alternates two edits through
app/operations: one more person counted in a report (read, then saved with the version it
read; a refused stale save is read again and retried), one time in five on the report every
writer edits, and a new title for its own topic.
At the end the count is the number of acknowledged saves and each topic has its writer's last
title: no lost update, and no transaction left waiting.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import replace
from uuid import UUID

import pytest

from app.demo import document_demo
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.echange.importer import importer_document
from app.operations import recoltes, sujets
from app.operations.recoltes import VersionPerimee
from app.operations.recoltes_ecriture import lire_etat

ECRIVAINS = 4
MODIFICATIONS = 500


@pytest.mark.lent
@pytest.mark.parametrize("cible_forum", ["postgresql"], indirect=True)
def test_quatre_ecrivains_sans_mise_a_jour_perdue(cible_forum: str) -> None:
    importer_document(document_demo(), cible_forum)  # type: ignore[arg-type]
    documents = [DocumentForum.ouvrir(cible_forum) for _ in range(ECRIVAINS)]
    uuids = [UUID(s["uuid"]) for s in exporter_document(documents[0])["sujets"]]
    partage, propres = uuids[0], uuids[1 : 1 + ECRIVAINS]
    comptes = uuids[1 + ECRIVAINS : 1 + 2 * ECRIVAINS]
    for compte in [partage, *comptes]:
        depart = recoltes.lire_recolte(documents[0], compte)
        recoltes.enregistrer(documents[0], compte, replace(depart.contenu, nombre_presents=0))
    acquittees = [0] * ECRIVAINS
    titres: list[str] = [""] * ECRIVAINS
    erreurs: list[BaseException] = []
    refus = [0]

    def ecrire(n: int) -> None:
        document = documents[n]
        hasard = random.Random(n)
        try:
            for k in range(MODIFICATIONS):
                if k % 2 == 0:
                    # One count in five on the report everybody edits, the others on its own.
                    cible = partage if k % 10 == 0 else comptes[n]
                    while True:
                        # What the form holds: the saved content and its version.
                        with document.lecture() as session:
                            fiche = lire_etat(session, cible)
                        assert fiche is not None
                        nombre = (fiche.contenu.nombre_presents or 0) + 1
                        try:
                            recoltes.enregistrer(
                                document,
                                cible,
                                replace(fiche.contenu, nombre_presents=nombre),
                                auteur=f"écrivain {n}",
                                version_attendue=fiche.version,
                            )
                        except VersionPerimee:
                            refus[0] += 1
                            time.sleep(hasard.uniform(0, 0.004))
                            continue
                        break
                    if cible == partage:
                        acquittees[n] += 1
                else:
                    titre = f"Sujet de l'écrivain {n}, modification {k}"
                    sujets.modifier_sujet(document, propres[n], {"titre": titre})
                    titres[n] = titre
        except BaseException as exc:
            erreurs.append(exc)

    debut = time.monotonic()
    fils = [threading.Thread(target=ecrire, args=(n,)) for n in range(ECRIVAINS)]
    for fil in fils:
        fil.start()
    for fil in fils:
        fil.join(timeout=120)
    duree = time.monotonic() - debut
    assert not any(f.is_alive() for f in fils), "un écrivain est resté bloqué"
    assert erreurs == []
    assert acquittees == [MODIFICATIONS // 10] * ECRIVAINS
    fiche = recoltes.lire_recolte(documents[0], partage)
    assert fiche.contenu.nombre_presents == sum(acquittees)
    for n in range(ECRIVAINS):
        propre = recoltes.lire_recolte(documents[0], comptes[n]).contenu.nombre_presents
        assert propre == MODIFICATIONS // 2 - MODIFICATIONS // 10
        assert sujets.lire_champs(documents[0], propres[n])["titre"] == titres[n]
    for document in documents:
        document.fermer()
    print(f"charge : {ECRIVAINS * MODIFICATIONS} modifications en {duree:.1f} s, {refus[0]} refus")
    assert duree < 40
