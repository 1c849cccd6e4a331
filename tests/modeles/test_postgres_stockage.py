"""Le forum sur un serveur PostgreSQL : création, migrations, refus sans rien modifier.

The tests that hold for both back ends take `cible_forum` as it comes (SQLite, PostgreSQL); the
refusals that only a server has are parametrised on PostgreSQL alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from modeles import stockage
from modeles.erreurs import FichierInvalide, SchemaPlusRecent
from modeles.migrations import REVISION_TETE

SERVEUR = pytest.mark.parametrize("cible_forum", ["postgresql"], indirect=True)


def _ouvrir(cible: Path | str, tmp_path: Path) -> stockage.BaseForum:
    return stockage.ouvrir(cible, tmp_path / "sauvegardes")


@pytest.fixture
def sql(cible_forum: str) -> Iterator[Any]:
    """Une connexion directe à la base du test, en autocommit, pour préparer et constater."""
    moteur = create_engine(cible_forum, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with moteur.connect() as cnx:
        yield cnx
    moteur.dispose()


def _tables(cnx: Any) -> set[str]:
    lignes = cnx.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    )
    return {nom for (nom,) in lignes}


def test_un_forum_cree_s_ouvre_au_schema_courant(cible_forum: Path | str, tmp_path: Path) -> None:
    from modeles.entites import Forum, Salle

    base = stockage.creer(cible_forum)
    with base.transaction() as session:
        session.add(Forum(titre="Partagé"))
        session.add(Salle(nom="Agora", equipements=["projecteur"]))
    base.fermer()
    base = _ouvrir(cible_forum, tmp_path)
    assert base.serveur == stockage.est_url(cible_forum)
    assert (base.chemin is None) == base.serveur
    with base.lecture() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            REVISION_TETE
        )
        assert session.query(Salle.equipements).scalar() == ["projecteur"]
    base.fermer()
    assert stockage.verifier(cible_forum) == []


def test_une_transaction_en_erreur_ne_laisse_rien(cible_forum: Path | str) -> None:
    from modeles.entites import Salle

    base = stockage.creer(cible_forum)
    with pytest.raises(RuntimeError), base.transaction() as session:
        session.add(Salle(nom="Agora"))
        session.flush()
        raise RuntimeError("panne")
    with base.lecture() as session:
        assert session.execute(text("SELECT count(*) FROM salle")).scalar() == 0
    base.fermer()


def test_les_ecritures_d_ailleurs_sont_reperees(cible_forum: Path | str, tmp_path: Path) -> None:
    from modeles.entites import Forum, Salle

    ici = stockage.creer(cible_forum)
    with ici.transaction() as session:
        session.add(Forum(titre="Partagé"))
    ailleurs = _ouvrir(cible_forum, tmp_path)
    ici.suivre_changements()
    assert not ici.changements_externes()
    with ici.transaction() as session:
        session.add(Salle(nom="Écrite ici"))
    assert not ici.changements_externes(), "ses propres écritures ne comptent pas"
    with ailleurs.transaction() as session:
        session.add(Salle(nom="Écrite ailleurs"))
    # Seen even when this program writes before its next look.
    with ici.transaction() as session:
        session.add(Salle(nom="Encore ici"))
    assert ici.changements_externes()
    assert not ici.changements_externes()
    with ailleurs.transaction() as session:
        salle = session.query(Salle).filter_by(nom="Écrite ici").one()
        salle.nom = "Renommée ailleurs"
    assert ici.changements_externes()
    ici.fermer()
    ailleurs.fermer()


@SERVEUR
def test_la_base_vide_est_refusee_a_l_ouverture_et_acceptee_a_la_creation(
    cible_forum: str, sql: Any
) -> None:
    assert stockage.base_vide(cible_forum)
    with pytest.raises(FichierInvalide, match="la base est vide"):
        stockage.ouvrir_url(cible_forum)
    assert _tables(sql) == set()
    stockage.creer_url(cible_forum).fermer()
    with pytest.raises(FichierInvalide, match="contient déjà un forum"):
        stockage.creer_url(cible_forum)


@SERVEUR
def test_la_base_d_une_autre_application_reste_intacte(cible_forum: str, sql: Any) -> None:
    sql.execute(text("CREATE TABLE clients (id int PRIMARY KEY, nom text)"))
    sql.execute(text("INSERT INTO clients VALUES (1, 'Intact')"))
    for action in (stockage.ouvrir_url, stockage.creer_url):
        with pytest.raises(FichierInvalide, match="appartient à une autre application"):
            action(cible_forum)
    assert _tables(sql) == {"clients"}
    assert sql.execute(text("SELECT nom FROM clients")).scalar() == "Intact"
    assert "autre application" in stockage.verifier(cible_forum)[0]


@SERVEUR
def test_un_schema_plus_recent_est_refuse_intact(cible_forum: str, sql: Any) -> None:
    stockage.creer_url(cible_forum).fermer()
    sql.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    avant = _tables(sql)
    with pytest.raises(SchemaPlusRecent, match=r"plus récente.*schéma 0999"):
        stockage.ouvrir_url(cible_forum)
    assert _tables(sql) == avant
    assert sql.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0999"


@SERVEUR
def test_identification_refusee_base_absente_serveur_injoignable(cible_forum: str) -> None:
    adresse = make_url(cible_forum)
    cas = {
        "refusé l'identification": adresse.set(password="pas-le-bon"),
        "n'existe pas sur ce serveur": adresse.set(database="forum_qui_n_existe_pas"),
        "le serveur ne répond pas": adresse.set(host="127.0.0.1", port=1),
    }
    for message, url in cas.items():
        texte = url.render_as_string(hide_password=False)
        with pytest.raises(FichierInvalide, match=message) as refus:
            stockage.ouvrir_url(texte)
        if url.password:
            assert url.password not in refus.value.message, "le mot de passe n'est jamais montré"
    with pytest.raises(FichierInvalide, match="seuls les serveurs PostgreSQL"):
        stockage.ouvrir_url("mysql://u:p@h/b")


@SERVEUR
def test_les_migrations_de_0003_passent_sur_postgresql(cible_forum: str, sql: Any) -> None:
    """The data migration of 0004 (free-text themes become rows) on a server's database."""
    from alembic import command

    from modeles.migrations import executer

    moteur = create_engine(cible_forum, poolclass=NullPool)
    with moteur.begin() as cnx:
        config = executer.configuration()
        config.attributes["connection"] = cnx
        command.upgrade(config, "0003")
    moteur.dispose()
    for numero, theme in enumerate(["Mobilité", " mobilité ", "Culture", ""], start=1):
        sql.execute(
            text(
                "INSERT INTO sujet (uuid, numero, titre, description, theme, besoins, duree) "
                "VALUES (gen_random_uuid(), :n, :t, '', :theme, '[]', 1)"
            ),
            {"n": numero, "t": f"Sujet {numero}", "theme": theme},
        )
    base = stockage.ouvrir_url(cible_forum)
    base.fermer()
    assert sql.execute(text("SELECT version_num FROM alembic_version")).scalar() == REVISION_TETE
    themes = sql.execute(text("SELECT titre FROM theme ORDER BY rang")).scalars().all()
    assert themes == ["Mobilité", "Culture"]
    sans = sql.execute(text("SELECT count(*) FROM sujet WHERE theme_id IS NULL")).scalar()
    assert sans == 1
