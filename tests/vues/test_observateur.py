"""Les modifications faites ailleurs apparaissent sans redémarrer ; les siennes, sans effet."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.changements import Changements
from app.document import DocumentForum
from app.operations import salles
from vues.session import SessionForum


def _recus(session: SessionForum) -> list[Changements]:
    recus: list[Changements] = []
    session.forum_change.connect(recus.append)
    return recus


def test_une_modification_d_un_autre_programme_rafraichit_tout(
    qtbot: QtBot, chemin_demo: Path
) -> None:
    session = SessionForum(DocumentForum.ouvrir(chemin_demo))
    ailleurs = DocumentForum.ouvrir(chemin_demo)
    recus = _recus(session)
    assert not session.observateur.verifier()
    salles.ajouter_salle(ailleurs, {"nom": "Salle ajoutée ailleurs"})
    # Within a few seconds, by the timer alone.
    qtbot.waitUntil(lambda: any(c.tout for c in recus), timeout=5000)
    ailleurs.fermer()
    session.fermer()


def test_ses_propres_modifications_ne_declenchent_rien(chemin_demo: Path) -> None:
    session = SessionForum(DocumentForum.ouvrir(chemin_demo))
    session.observateur.arreter()
    recus = _recus(session)
    salles.ajouter_salle(session.document, {"nom": "Salle d'ici"})
    assert not session.observateur.verifier()
    assert recus == []
    session.fermer()


def test_l_observateur_s_arrete_avec_la_session(chemin_demo: Path) -> None:
    session = SessionForum(DocumentForum.ouvrir(chemin_demo))
    assert session.observateur.actif
    session.fermer()
    assert not session.observateur.actif
