"""Fusionner les fichiers de trois portables : chaque texte tapé sur chaque copie est gardé."""

from __future__ import annotations

import dataclasses
import json
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app import fusion, lectures, sauvegardes
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.lanceur import main
from app.operations import mur, recoltes, salles, sujets
from modeles.erreurs import ErreurForum


@contextmanager
def ouvert(chemin: Path) -> Iterator[DocumentForum]:
    document = DocumentForum.ouvrir(chemin)
    try:
        yield document
    finally:
        document.fermer()


def _ecrire(document: DocumentForum, numero: int, texte: str) -> None:
    sujet = next(s for s in lectures.sujets(document) if s.numero == numero)
    fiche = recoltes.lire_recolte(document, sujet.uuid)
    contenu = dataclasses.replace(fiche.contenu, points_saillants=texte)
    recoltes.enregistrer(document, sujet.uuid, contenu, version_attendue=fiche.version)


def _tout_le_texte(chemin: Path) -> str:
    with ouvert(chemin) as document:
        return json.dumps(exporter_document(document), ensure_ascii=False)


def editer_sur_trois_portables(
    a: Path | str, modele: Path, dossier: Path
) -> tuple[Path | str, Path, Path]:
    """B et C partent avec une copie de `modele` ; puis A, B et C sont édités chacun de son côté.

    Overlapping edits: the same report on A and B (B later), a topic added on each of A and
    B, a topic merged on B, a room renamed and another report on C.
    """
    b, c = dossier / "portable-b.forum", dossier / "portable-c.forum"
    shutil.copyfile(modele, b)
    shutil.copyfile(modele, c)
    with ouvert(a) as document:
        _ecrire(document, 1, "Texte tapé sur A pour l'atelier 1.")
        sujets.ajouter_sujet(document, "Sujet proposé sur A", ["Personne de A"])
    time.sleep(1.1)  # timestamps are kept to the second in the exchange format
    with ouvert(b) as document:
        _ecrire(document, 1, "Texte tapé sur B pour l'atelier 1, plus tard.")
        sujets.ajouter_sujet(document, "Sujet proposé sur B", [])
        par_numero = {s.numero: s.uuid for s in lectures.sujets(document)}
        mur.fusionner(document, par_numero[4], [par_numero[3]])
    with ouvert(c) as document:
        salle = lectures.salles(document)[0]
        salles.modifier_salle(document, salle.uuid, {"nom": "Salle renommée sur C"})
        _ecrire(document, 2, "Texte tapé sur C pour l'atelier 2.")
    return a, b, c


@pytest.fixture
def trois_portables(chemin_demo: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Le forum copié sur trois portables, puis édité sur chacun."""
    a, b, c = editer_sur_trois_portables(chemin_demo, chemin_demo, tmp_path)
    assert isinstance(a, Path)
    return a, b, c


def test_trois_portables_se_fusionnent_sans_perdre_un_mot(
    trois_portables: tuple[Path, Path, Path],
) -> None:
    a, b, c = trois_portables
    textes = [
        "Texte tapé sur A pour l'atelier 1.",
        "Texte tapé sur B pour l'atelier 1, plus tard.",
        "Texte tapé sur C pour l'atelier 2.",
        "Sujet proposé sur A",
        "Sujet proposé sur B",
        "Salle renommée sur C",
    ]
    rapport = fusion.fusionner(a, [b, c])
    assert not rapport.vide
    tout = _tout_le_texte(a)
    for texte in textes:
        assert json.dumps(texte, ensure_ascii=False)[1:-1] in tout, texte
    with ouvert(a) as document:
        par_numero = {s.numero: s for s in lectures.sujets(document)}
        # The newest text is the report; the other is in its history, flagged for review.
        fiche = recoltes.lire_recolte(document, par_numero[1].uuid)
        assert fiche.contenu.points_saillants == "Texte tapé sur B pour l'atelier 1, plus tard."
        assert fiche.statut.value == "a_relire"
        historique = recoltes.historique(document, par_numero[1].uuid)
        assert any("Fusion" in v.auteur or "ce forum" in v.auteur for v in historique)
        assert recoltes.lire_recolte(document, par_numero[2].uuid).contenu.points_saillants == (
            "Texte tapé sur C pour l'atelier 2."
        )
        # Topics added on two laptops with the same number get distinct numbers.
        titres = {s.titre: s.numero for s in par_numero.values()}
        assert titres["Sujet proposé sur A"] != titres["Sujet proposé sur B"]
        assert len(par_numero) == 23
        assert par_numero[3].fusionne_dans == par_numero[4].uuid
        assert "Salle renommée sur C" in {s.nom for s in lectures.salles(document)}
    assert rapport.conflits
    assert any(s.raison == "fusion" for s in sauvegardes.lister(a))


def test_fusionner_deux_fois_ne_change_rien_la_seconde(
    trois_portables: tuple[Path, Path, Path],
) -> None:
    a, b, c = trois_portables
    fusion.fusionner(a, [b, c])
    avant = a.read_bytes()
    second = fusion.fusionner(a, [b, c])
    assert second.vide, second.texte()
    assert a.read_bytes() == avant
    # Merging the other way round brings nothing new to A either.
    fusion.fusionner(b, [a])
    assert fusion.apercu(a, [b])[1].vide


def test_les_fichiers_fusionnes_ne_sont_pas_modifies(
    trois_portables: tuple[Path, Path, Path],
) -> None:
    a, b, c = trois_portables
    empreintes = {p: p.read_bytes() for p in (b, c)}
    fusion.fusionner(a, [b, c])
    assert {p: p.read_bytes() for p in (b, c)} == empreintes


def test_un_fichier_illisible_ne_change_rien(chemin_demo: Path, tmp_path: Path) -> None:
    abime = tmp_path / "abime.forum"
    abime.write_bytes(b"pas un forum" * 100)
    avant = chemin_demo.read_bytes()
    with pytest.raises(ErreurForum):
        fusion.fusionner(chemin_demo, [abime])
    assert chemin_demo.read_bytes() == avant
    with pytest.raises(ErreurForum, match="lui-même"):
        fusion.fusionner(chemin_demo, [chemin_demo])


def test_fusionner_en_ligne_de_commande(
    trois_portables: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, c = trois_portables
    assert main(["fusionner", "--db", str(a), str(b), str(c), "--apercu"]) == 0
    sortie = capsys.readouterr().out
    assert "Modifié des deux côtés" in sortie and "Sujet proposé sur B" in sortie
    assert "Sujet proposé sur B" not in _tout_le_texte(a)  # a preview writes nothing
    assert main(["fusionner", "--db", str(a), str(b), str(c)]) == 0
    assert "Sujet proposé sur B" in _tout_le_texte(a)
