"""Plusieurs portables sur le même forum (fichier partagé ou serveur PostgreSQL).

Each test runs on both back ends (`cible_forum`): two DocumentForum on the same target stand
for two laptops of the newsroom.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from uuid import UUID

import pytest

from app import lanceur
from app.demo import document_demo
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.echange.format import sans_horodatages
from app.echange.importer import importer_document
from app.operations import recoltes
from app.operations.recoltes import VersionPerimee
from modeles import stockage


@pytest.fixture
def deux_portables(cible_forum: Path | str) -> Iterator[tuple[DocumentForum, DocumentForum]]:
    importer_document(document_demo(), cible_forum)  # type: ignore[arg-type]
    a, b = DocumentForum.ouvrir(cible_forum), DocumentForum.ouvrir(cible_forum)
    yield a, b
    a.fermer()
    b.fermer()


def _un_sujet(document: DocumentForum) -> UUID:
    donnees = exporter_document(document)
    return UUID(donnees["sujets"][0]["uuid"])


def test_une_sauvegarde_perimee_est_refusee_et_le_texte_garde(
    deux_portables: tuple[DocumentForum, DocumentForum],
) -> None:
    a, b = deux_portables
    sujet = _un_sujet(a)
    lue_par_a = recoltes.lire_recolte(a, sujet)
    lue_par_b = recoltes.lire_recolte(b, sujet)
    assert lue_par_a.version == lue_par_b.version
    texte_b = replace(lue_par_b.contenu, propositions="Écrit sur le portable B.")
    recoltes.enregistrer(b, sujet, texte_b, auteur="B", version_attendue=lue_par_b.version)
    texte_a = replace(lue_par_a.contenu, propositions="Écrit sur le portable A.")
    with pytest.raises(VersionPerimee, match="modifié ailleurs") as refus:
        recoltes.enregistrer(a, sujet, texte_a, auteur="A", version_attendue=lue_par_a.version)
    assert "Les deux états restent dans l'historique" in refus.value.message
    assert recoltes.lire_recolte(a, sujet).texte("propositions") == "Écrit sur le portable B."
    # What the form then does (RecolteFormulaire): the user's text becomes the newest version.
    recoltes.enregistrer(a, sujet, texte_a, auteur="A")
    assert recoltes.lire_recolte(b, sujet).texte("propositions") == "Écrit sur le portable A."
    propositions = [v.contenu.propositions for v in recoltes.historique(b, sujet)]
    assert propositions[:2] == ["Écrit sur le portable A.", "Écrit sur le portable B."]


def test_les_modifications_des_autres_sont_vues(
    deux_portables: tuple[DocumentForum, DocumentForum],
) -> None:
    a, b = deux_portables
    sujet = _un_sujet(a)
    a.observer()
    fiche = recoltes.lire_recolte(a, sujet)
    recoltes.enregistrer(a, sujet, replace(fiche.contenu, citations="« Ici »"))
    assert not a.changements_externes()
    fiche = recoltes.lire_recolte(b, sujet)
    recoltes.enregistrer(b, sujet, replace(fiche.contenu, citations="« Ailleurs »"))
    assert a.changements_externes()
    assert not a.changements_externes()


def test_une_copie_du_forum_partage_est_un_fichier_complet(
    deux_portables: tuple[DocumentForum, DocumentForum], tmp_path: Path
) -> None:
    a, _ = deux_portables
    copie = a.enregistrer_copie(tmp_path / "copie.forum")
    document = DocumentForum.ouvrir(copie)
    try:
        assert sans_horodatages(exporter_document(document)) == sans_horodatages(
            exporter_document(a)
        )
    finally:
        document.fermer()


def test_les_verbes_de_la_ligne_de_commande(
    cible_forum: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(cible_forum)
    assert lanceur.main(["demo", "--db", db]) == lanceur.SUCCES
    assert lanceur.main(["verifier", "--db", db]) == lanceur.SUCCES
    export = tmp_path / "forum.json"
    assert lanceur.main(["exporter", "--db", db, "-o", str(export)]) == lanceur.SUCCES
    assert lanceur.main(["site", "--db", db, "-o", str(tmp_path / "site")]) == lanceur.SUCCES
    # Never into a forum that already holds one.
    assert lanceur.main(["importer", "--db", db, str(export)]) == lanceur.ERREUR
    sortie = capsys.readouterr()
    assert "existe déjà" in sortie.err or "contient déjà un forum" in sortie.err
    if stockage.est_url(db):
        mot_de_passe = stockage._adresse(db).password
        assert not mot_de_passe or mot_de_passe not in sortie.out + sortie.err
    assert json.loads(export.read_text(encoding="utf-8"))["forum"]["titre"]
