"""« Ouvrir une base partagée… » : le dialogue de connexion, contre un serveur PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app import lectures, sauvegardes
from vues.application import reglages
from vues.dialogues.connexion import DialogueConnexion, serveurs_recents
from vues.fenetre import FenetrePrincipale

# Every character that breaks a hand-built address: @ : / ? # % + & space, and an accent.
MOT_DE_PASSE = "p@ss:w/rd?#%+& é"


@dataclass(frozen=True)
class BaseDeTest:
    hote: str
    port: int
    base: str
    utilisateur: str
    mot_de_passe: str


@pytest.fixture
def base_vide() -> Iterator[BaseDeTest]:
    """Une base neuve et vide, à un rôle dont le mot de passe est plein de caractères spéciaux."""
    serveur = os.environ.get("FORUM_OUVERT_PG", "")
    if not serveur:
        if os.environ.get("FORUM_OUVERT_SANS_PG") == "1":
            pytest.skip("FORUM_OUVERT_SANS_PG=1 : variante PostgreSQL sautée")
        pytest.fail("FORUM_OUVERT_PG n'est pas défini (bash packaging/avec-postgres.sh --serveur)")
    adresse = make_url(serveur)
    suffixe = uuid.uuid4().hex[:12]
    base, role = f"forum_connexion_{suffixe}", f"scribe_{suffixe}"
    admin = create_engine(adresse, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as cnx:
        litteral = MOT_DE_PASSE.replace("'", "''")
        cnx.execute(text(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{litteral}'"))
        cnx.execute(text(f'CREATE DATABASE "{base}" OWNER "{role}"'))
    try:
        yield BaseDeTest(adresse.host or "", adresse.port or 5432, base, role, MOT_DE_PASSE)
    finally:
        with admin.connect() as cnx:
            cnx.execute(text(f'DROP DATABASE IF EXISTS "{base}" WITH (FORCE)'))
            cnx.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def _remplir(dialogue: DialogueConnexion, base: BaseDeTest, mot_de_passe: str) -> None:
    dialogue.serveur.setText(base.hote)
    dialogue.port.setValue(base.port)
    dialogue.base.setText(base.base)
    dialogue.utilisateur.setText(base.utilisateur)
    dialogue.mot_de_passe.setText(mot_de_passe)


def _tous_les_reglages() -> str:
    parametres = reglages()
    parametres.sync()
    valeurs = [f"{cle}={parametres.value(cle)!r}" for cle in parametres.allKeys()]
    return "\n".join(valeurs) + "\n" + Path(parametres.fileName()).read_text(encoding="utf-8")


def test_l_adresse_echappe_le_mot_de_passe(qtbot: QtBot) -> None:
    dialogue = DialogueConnexion(reglages())
    qtbot.addWidget(dialogue)
    dialogue.serveur.setText(" serveur.local ")
    dialogue.base.setText("forum")
    dialogue.utilisateur.setText("équipe@lieu")
    dialogue.mot_de_passe.setText(MOT_DE_PASSE)
    assert dialogue.port.value() == 5432
    assert dialogue.mot_de_passe.echoMode() == dialogue.mot_de_passe.EchoMode.Password
    adresse = dialogue.adresse()
    assert MOT_DE_PASSE not in adresse  # escaped, not pasted
    lue = make_url(adresse)
    assert (lue.drivername, lue.host, lue.port, lue.database) == (
        "postgresql+psycopg",
        "serveur.local",
        5432,
        "forum",
    )
    assert (lue.username, lue.password) == ("équipe@lieu", MOT_DE_PASSE)
    # Percent-escaped (RFC 3986), so that any PostgreSQL client reads it back the same way.
    brut = adresse.split("://", 1)[1].rsplit("@", 1)[0].split(":", 1)[1]
    assert unquote(brut) == MOT_DE_PASSE


def test_tester_un_mot_de_passe_refuse(qtbot: QtBot, base_vide: BaseDeTest) -> None:
    dialogue = DialogueConnexion(reglages())
    qtbot.addWidget(dialogue)
    _remplir(dialogue, base_vide, "pas le bon")
    with qtbot.waitSignal(dialogue.diagnostic_pret, timeout=15_000) as attente:
        assert dialogue.tester() is not None
        # The GUI thread is free while the server answers: the button waits for the result.
        assert not dialogue.bouton_tester.isEnabled()
    ok, message = attente.args
    assert not ok
    assert "mot de passe incorrect" in message and message == dialogue.etat.text()
    assert "pas le bon" not in message
    assert dialogue.bouton_tester.isEnabled()


def test_tester_une_base_absente_puis_une_base_vide(qtbot: QtBot, base_vide: BaseDeTest) -> None:
    dialogue = DialogueConnexion(reglages())
    qtbot.addWidget(dialogue)
    _remplir(dialogue, base_vide, base_vide.mot_de_passe)
    dialogue.base.setText("base_qui_n_existe_pas")
    with qtbot.waitSignal(dialogue.diagnostic_pret, timeout=15_000) as attente:
        dialogue.tester()
    assert attente.args[0] is False and "n'existe pas" in attente.args[1]
    dialogue.base.setText(base_vide.base)
    with qtbot.waitSignal(dialogue.diagnostic_pret, timeout=15_000) as attente:
        dialogue.tester()
    assert attente.args[0] is True
    assert "vide" in attente.args[1] and "nouveau forum" in attente.args[1]
    assert MOT_DE_PASSE not in dialogue.etat.text()
    # A database already used by another application is refused, and said so.
    autre = create_engine(dialogue.adresse(), poolclass=NullPool)
    with autre.begin() as cnx:
        cnx.execute(text("CREATE TABLE clients (id integer)"))
    autre.dispose()
    with qtbot.waitSignal(dialogue.diagnostic_pret, timeout=15_000) as attente:
        dialogue.tester()
    assert attente.args[0] is False and "autre application" in attente.args[1]


def test_ouvrir_une_base_vide_cree_un_forum_et_le_montre(
    fenetre: FenetrePrincipale, qtbot: QtBot, base_vide: BaseDeTest, tmp_path: Path
) -> None:
    fenetre.ouvrir_serveur()
    dialogue = fenetre.dialogue_connexion
    _remplir(dialogue, base_vide, base_vide.mot_de_passe)
    dialogue.bouton_ouvrir.click()
    assert fenetre.session is not None
    document = fenetre.session.document
    assert document.sur_serveur and document.chemin is None
    assert lectures.infos_forum(document).titre == base_vide.base.replace("_", " ")
    titre = fenetre.windowTitle()
    assert base_vide.hote in titre and base_vide.base in titre
    assert MOT_DE_PASSE not in titre and "p%40ss" not in titre
    # Remembered: every field but the password, which is nowhere in the settings.
    (recent,) = serveurs_recents(reglages())
    assert make_url(recent).password is None and make_url(recent).database == base_vide.base
    tout = _tous_les_reglages()
    assert base_vide.utilisateur in tout
    for forme in (MOT_DE_PASSE, "p@ss", "p%40ss", "rd?#"):
        assert forme not in tout, forme

    # The Actes page exports the book from the server, on its own connection.
    page = fenetre.aller_a("actes")
    assert page is not None
    page.url.setText("https://exemple.org/forum")  # type: ignore[attr-defined]
    travail = page.exporter("livre", tmp_path / "actes.pdf")  # type: ignore[attr-defined]
    assert travail is not None
    qtbot.waitUntil(lambda: not travail.en_cours, timeout=60_000)
    assert "Écrit" in page.etat.text(), page.etat.text()  # type: ignore[attr-defined]
    assert (tmp_path / "actes.pdf").stat().st_size > 1000

    # The automatic backup of a server forum is a private JSON snapshot.
    with qtbot.waitSignal(fenetre.sauvegardes_auto.faite, timeout=20_000) as faite:
        fenetre.sauvegardes_auto.sauvegarder("manuelle")
    instantane = Path(faite.args[0])
    assert instantane.suffix == ".json" and (instantane.stat().st_mode & 0o777) == 0o600
    assert MOT_DE_PASSE not in str(instantane)
    url = dialogue.adresse()
    assert any(s.chemin == instantane for s in sauvegardes.lister(url))


def test_un_forum_partage_recent_rouvre_le_dialogue_prerempli(
    fenetre: FenetrePrincipale, qtbot: QtBot, base_vide: BaseDeTest
) -> None:
    fenetre.ouvrir_serveur()
    _remplir(fenetre.dialogue_connexion, base_vide, base_vide.mot_de_passe)
    fenetre.dialogue_connexion.bouton_ouvrir.click()
    assert fenetre.session is not None and fenetre.session.document.sur_serveur
    fenetre.fermer_forum()
    fenetre.menu_recents.aboutToShow.emit()
    (action,) = [a for a in fenetre.menu_recents.actions() if base_vide.base in a.text()]
    assert "***" not in action.text() and MOT_DE_PASSE not in action.text()
    action.trigger()
    dialogue = fenetre.dialogue_connexion
    assert (dialogue.serveur.text(), dialogue.port.value()) == (base_vide.hote, base_vide.port)
    assert (dialogue.base.text(), dialogue.utilisateur.text()) == (
        base_vide.base,
        base_vide.utilisateur,
    )
    assert dialogue.mot_de_passe.text() == ""
    # Typing the password again opens the forum created the first time.
    dialogue.mot_de_passe.setText(base_vide.mot_de_passe)
    dialogue.bouton_ouvrir.click()
    assert fenetre.session is not None
    assert lectures.infos_forum(fenetre.session.document).titre == base_vide.base.replace("_", " ")


def test_un_mot_de_passe_refuse_a_l_ouverture_le_dit_sans_le_montrer(
    fenetre: FenetrePrincipale, qtbot: QtBot, base_vide: BaseDeTest
) -> None:
    avant = fenetre.session
    fenetre.ouvrir_serveur()
    _remplir(fenetre.dialogue_connexion, base_vide, "mauvais:mot@de/passe")
    fenetre.dialogue_connexion.bouton_ouvrir.click()
    assert fenetre.session is avant  # the forum already open stays open
    assert fenetre.dialogue is not None
    message = fenetre.dialogue.text()
    assert "mot de passe incorrect" in message and base_vide.base in message
    assert "mauvais" not in message and "mot@de" not in message
    assert not serveurs_recents(reglages())
