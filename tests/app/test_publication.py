"""Ce qui se publie : consentement appliqué une fois, ordre de l'agenda, chemins du site."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.champs_recolte import champs_du_forum
from app.document import DocumentForum
from app.publication import chemin_page_atelier, contenu_publie, url_publique
from app.typographie import INSECABLE, typographie_fr
from modeles.entites import Participant, Recolte


def test_l_ordre_de_l_agenda_et_les_chemins(document_demo: DocumentForum) -> None:
    publication = contenu_publie(document_demo)
    cles = [(a.jour, a.debut) for a in publication.ateliers]
    assert cles == sorted(cles)
    assert all(a.chemin == chemin_page_atelier(a.numero) for a in publication.ateliers)
    assert len({a.chemin for a in publication.ateliers}) == len(publication.ateliers)
    assert url_publique("https://exemple.org/forum/", "ateliers/7.html") == (
        "https://exemple.org/forum/ateliers/7.html"
    )
    par_theme = contenu_publie(document_demo, par_theme=True).ateliers
    assert [a.theme.casefold() for a in par_theme] == sorted(a.theme.casefold() for a in par_theme)


def test_sans_consentement_une_personne_n_est_qu_un_nombre(document_demo: DocumentForum) -> None:
    avant = {a.numero: a for a in contenu_publie(document_demo).ateliers}
    atelier = avant[1]
    assert atelier.porteurs and atelier.scribe
    with document_demo.transaction() as session:
        session.execute(update(Participant).values(consentement_publication=False))
    apres = {a.numero: a for a in contenu_publie(document_demo).ateliers}[1]
    assert apres.porteurs == () and apres.porteurs_non_nommes == len(atelier.porteurs)
    assert apres.scribe is None and apres.presents == ()
    assert contenu_publie(document_demo).participants == ()


def test_un_champ_desactive_ou_renomme(document_demo: DocumentForum) -> None:
    from app.operations.forum import modifier_forum

    with pytest.raises(ValueError):
        modifier_forum(document_demo, {"inconnu": 1})
    with document_demo.transaction() as session:
        from modeles.entites import Forum

        forum = session.scalars(select(Forum)).one()
        forum.champs_recolte = {
            "propositions": {"actif": False},
            "citations": {"libelle": "Paroles entendues"},
            "points_saillants": {"actif": False},
        }
    champs = champs_du_forum(contenu_publie(document_demo).forum.champs_recolte)
    cles = [c.cle for c in champs]
    assert "propositions" not in cles and "points_saillants" in cles  # the body stays
    assert next(c.libelle for c in champs if c.cle == "citations") == "Paroles entendues"
    ateliers = contenu_publie(document_demo).ateliers
    assert all(s.cle != "propositions" for a in ateliers for s in a.sections)


def test_les_textes_viennent_de_la_recolte(document_demo: DocumentForum) -> None:
    with document_demo.lecture() as session:
        recolte = session.scalars(select(Recolte).limit(1)).one()
        texte, numero = recolte.points_saillants, recolte.sujet.numero
    atelier = next(a for a in contenu_publie(document_demo).ateliers if a.numero == numero)
    assert atelier.sections[0].markdown == texte and atelier.recu


@pytest.mark.parametrize(
    ("avant", "apres"),
    [
        ("Question : pourquoi ?", f"Question{INSECABLE}: pourquoi?"),
        ("Note: ceci ; cela !", f"Note{INSECABLE}: ceci; cela!"),
        (
            "Il a dit «bonjour» puis « salut »",
            f"Il a dit «{INSECABLE}bonjour{INSECABLE}» puis «{INSECABLE}salut{INSECABLE}»",
        ),
        ("à 14:30 et https://exemple.org/a:b ; fin", "à 14:30 et https://exemple.org/a:b; fin"),
        ("écrire à ana@exemple.ca : merci", f"écrire à ana@exemple.ca{INSECABLE}: merci"),
        ("`a : b` reste", "`a : b` reste"),
    ],
)
def test_typographie_du_quebec(avant: str, apres: str) -> None:
    assert typographie_fr(avant) == apres


@given(st.text())
def test_la_typographie_ne_perd_ni_n_invente_rien(texte: str) -> None:
    resultat = typographie_fr(texte)

    def sans_espaces(t: str) -> str:
        return "".join(c for c in t if c not in " \u00a0\u202f")

    assert sans_espaces(resultat) == sans_espaces(texte)
    assert typographie_fr(resultat) == resultat
