"""Une séance complète dans la fenêtre principale, sans aucun accès au réseau.

Every page is visited, the projector is opened, a report is typed and the book is exported from
the Actes page, while Internet sockets and name lookups are refused (see
tests/app/test_sans_reseau.py). Qt may use local Unix sockets: they are allowed.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from app.demo.commun import uuid_de
from app.operations import recoltes
from tests.app.test_sans_reseau import GARDE, sans_reseau  # noqa: F401
from vues.fenetre import FenetrePrincipale
from vues.pages.actes import PageActes
from vues.pages.recolte import PageRecolte


@pytest.mark.usefixtures("sans_reseau")
def test_une_seance_complete_sans_reseau(
    fenetre: FenetrePrincipale, qtbot: QtBot, tmp_path: Path
) -> None:
    for module in [m for _, m, _ in fenetre._fabriques]:
        page = fenetre.aller_a(module)
        assert page is not None, module
        qtbot.waitExposed(page)
        qtbot.wait(20)

    fenetre.action_projeter.trigger()
    assert fenetre.projecteur is not None
    qtbot.waitExposed(fenetre.projecteur)
    fenetre.projecteur.page_suivante()  # type: ignore[attr-defined]
    qtbot.wait(50)
    fenetre._fermer_projecteur()

    recolte = fenetre.aller_a("recolte")
    assert isinstance(recolte, PageRecolte)
    sujet = UUID(uuid_de("demo:sujet:7"))
    assert recolte.choisir(sujet)
    editeur = recolte.formulaire.saisie.editeurs["points_saillants"]
    editeur.setFocus()
    qtbot.keyClicks(editeur, "Note sans Internet : https://exemple.org et <b>rien</b>")
    assert recolte.enregistrer_maintenant()
    assert fenetre.session is not None
    assert "sans Internet" in recoltes.lire_recolte(fenetre.session.document, sujet).texte(
        "points_saillants"
    )

    actes = fenetre.aller_a("actes")
    assert isinstance(actes, PageActes)
    for genre, nom in (("livre", "actes.pdf"), ("site", "site"), ("fiches", "fiches.pdf")):
        travail = actes.exporter(genre, tmp_path / nom)
        assert travail is not None, genre
        with qtbot.waitSignal(travail.termine, timeout=120_000):
            pass
        assert (tmp_path / nom).exists()
    assert GARDE.tentatives == []
