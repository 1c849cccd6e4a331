"""La page Actes : l'avancement, puis les exports hors du fil de l'interface, annulables."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.document import DocumentForum
from vues.fenetre import FenetrePrincipale
from vues.pages.actes import PageActes


def page_actes(fenetre: FenetrePrincipale, qtbot: QtBot) -> PageActes:
    fenetre.aller_a("actes")
    page = fenetre.page("actes")
    assert isinstance(page, PageActes)
    qtbot.waitExposed(page)
    return page


def test_l_avancement_et_l_alerte_des_manquants(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_actes(fenetre, qtbot)
    assert "/ 18 comptes rendus prêts" in page.avancement_texte.text()
    assert "14 comptes rendus manquent encore" in page.alerte.text()
    assert page.url.text() == "https://exemple.org/faire-ecosysteme"


@pytest.mark.parametrize(
    ("genre", "nom"), [("livre", "actes.pdf"), ("fiches", "fiches.pdf"), ("site", "site")]
)
def test_exporter_sans_bloquer_puis_ouvrir(
    fenetre: FenetrePrincipale,
    qtbot: QtBot,
    tmp_path: Path,
    genre: str,
    nom: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_actes(fenetre, qtbot)
    cible = tmp_path / nom
    travail = page.exporter(genre, cible)
    assert travail is not None
    assert not page.boutons["livre"].isEnabled()  # one export at a time
    with qtbot.waitSignal(travail.termine, timeout=120_000):
        pass
    assert cible.exists()
    if genre == "site":
        assert (cible / "index.html").exists()
    else:
        assert cible.read_bytes().startswith(b"%PDF")
    assert str(cible) in page.etat.text()
    ouverts: list[Path] = []
    monkeypatch.setattr("vues.pages.actes.ouvrir", ouverts.append)
    page.bouton_ouvrir.click()
    page.bouton_dossier.click()
    assert ouverts[0] == cible
    assert page.boutons["livre"].isEnabled()


def test_annuler_un_export_ne_laisse_aucun_fichier(
    fenetre: FenetrePrincipale, qtbot: QtBot, tmp_path: Path
) -> None:
    page = page_actes(fenetre, qtbot)
    sortie = tmp_path / "sortie"
    sortie.mkdir()
    travail = page.exporter("livre", sortie / "actes.pdf")
    assert travail is not None
    page.annuler()
    with qtbot.waitSignal(travail.annule, timeout=120_000):
        pass
    assert list(sortie.iterdir()) == []
    assert "annulé" in page.etat.text()


def test_sans_adresse_le_livre_dit_quoi_faire(
    fenetre: FenetrePrincipale, qtbot: QtBot, tmp_path: Path, chemin_demo: Path
) -> None:
    from app.operations.forum import modifier_forum

    page = page_actes(fenetre, qtbot)
    document = DocumentForum.ouvrir(chemin_demo)
    modifier_forum(document, {"url_publication": ""})
    document.fermer()
    page.url.clear()
    travail = page.exporter("livre", tmp_path / "actes.pdf")
    assert travail is not None
    with qtbot.waitSignal(travail.echoue, timeout=60_000) as signal:
        pass
    assert "adresse" in signal.args[0].lower()
    assert not (tmp_path / "actes.pdf").exists()
