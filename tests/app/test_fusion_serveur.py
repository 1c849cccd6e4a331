"""Fusionner sur un serveur PostgreSQL : la base partagée reçoit les fichiers des portables."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from app import exports, fusion, lectures, sauvegardes
from app.echange import importer
from app.echange.exporter import exporter_document
from app.operations import recoltes
from modeles.erreurs import ErreurForum
from tests.app.test_fusion import editer_sur_trois_portables, ouvert

# The file variant is tests/app/test_fusion.py: here, the PostgreSQL database only.
pytestmark = pytest.mark.parametrize("cible_forum", ["postgresql"], indirect=True)


@pytest.fixture
def serveur(cible_forum: Path | str, chemin_demo: Path) -> str:
    """Le forum de démonstration dans une base neuve du serveur de test."""
    assert isinstance(cible_forum, str)
    with ouvert(chemin_demo) as document:
        importer.importer_document(exporter_document(document), cible_forum)
    return cible_forum


def _texte(cible: Path | str) -> str:
    with ouvert(cible) as document:
        # Sorted keys: a JSON column on PostgreSQL may give its keys back in another order.
        return json.dumps(exporter_document(document), ensure_ascii=False, sort_keys=True)


@pytest.fixture
def trois_portables(serveur: str, chemin_demo: Path, tmp_path: Path) -> tuple[str, Path, Path]:
    """A est la base partagée ; B et C, deux portables partis avec une copie du fichier."""
    _, b, c = editer_sur_trois_portables(serveur, chemin_demo, tmp_path)
    return serveur, b, c


def test_trois_portables_se_fusionnent_dans_la_base_partagee(
    trois_portables: tuple[str, Path, Path],
) -> None:
    a, b, c = trois_portables
    empreintes = {p: p.read_bytes() for p in (b, c)}
    rapport = fusion.fusionner(a, [b, c])
    assert not rapport.vide and rapport.conflits
    tout = _texte(a)
    for texte in (
        "Texte tapé sur A pour l'atelier 1.",
        "Texte tapé sur B pour l'atelier 1, plus tard.",
        "Texte tapé sur C pour l'atelier 2.",
        "Sujet proposé sur A",
        "Sujet proposé sur B",
        "Salle renommée sur C",
    ):
        assert json.dumps(texte, ensure_ascii=False)[1:-1] in tout, texte
    with ouvert(a) as document:
        par_numero = {s.numero: s for s in lectures.sujets(document)}
        fiche = recoltes.lire_recolte(document, par_numero[1].uuid)
        assert fiche.contenu.points_saillants == "Texte tapé sur B pour l'atelier 1, plus tard."
        assert fiche.statut.value == "a_relire"
        titres = {s.titre: s.numero for s in par_numero.values()}
        assert titres["Sujet proposé sur A"] != titres["Sujet proposé sur B"]
        assert len(par_numero) == 23
        assert par_numero[3].fusionne_dans == par_numero[4].uuid
    # The other laptops' files are only read.
    assert {p: p.read_bytes() for p in (b, c)} == empreintes
    # The state before the merge is kept as a private JSON snapshot, without the password.
    (avant,) = [s for s in sauvegardes.lister(a) if s.raison == "fusion"]
    assert avant.chemin.suffix == ".json" and avant.sujets == 22
    assert stat.S_IMODE(avant.chemin.stat().st_mode) == 0o600
    motdepasse = a.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert motdepasse not in str(avant.chemin)


def test_fusionner_deux_fois_ne_change_rien_la_seconde(
    trois_portables: tuple[str, Path, Path],
) -> None:
    a, b, c = trois_portables
    fusion.fusionner(a, [b, c])
    avant = _texte(a)
    second = fusion.fusionner(a, [b, c])
    assert second.vide, second.texte()
    assert _texte(a) == avant
    # The server as a source: B receives everything, and A then has nothing new to take.
    fusion.fusionner(b, [a])
    assert fusion.apercu(a, [b])[1].vide
    with pytest.raises(ErreurForum, match="lui-même"):
        fusion.fusionner(a, [a])


def test_une_erreur_pendant_l_ecriture_laisse_la_base_intacte(
    trois_portables: tuple[str, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = trois_portables
    avant = _texte(a)

    def panne(session: object, donnees: object) -> None:
        raise RuntimeError("panne au milieu de l'écriture")

    # The rows are already deleted when this fails: the transaction must bring them back.
    monkeypatch.setattr(importer, "_inserer_dans", panne)
    with pytest.raises(RuntimeError):
        fusion.fusionner(a, [b, c])
    assert _texte(a) == avant


def test_restaurer_un_instantane_du_serveur(trois_portables: tuple[str, Path, Path]) -> None:
    a, b, c = trois_portables
    avant = _texte(a)
    fusion.fusionner(a, [b, c])
    instantane = next(s for s in sauvegardes.lister(a) if s.raison == "fusion")
    etat_fusionne = sauvegardes.restaurer(a, instantane.chemin)
    assert _texte(a) == avant
    assert etat_fusionne.suffix == ".json"
    assert "Sujet proposé sur B" in etat_fusionne.read_text(encoding="utf-8")


def test_le_livre_des_actes_s_exporte_depuis_le_serveur(serveur: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    livre = exports.exporter_livre(serveur, tmp_path / "actes.pdf")
    texte = "".join(page.extract_text() or "" for page in PdfReader(livre).pages[:3])
    with ouvert(serveur) as document:
        titre = lectures.infos_forum(document).titre
    assert titre.split()[0] in texte
