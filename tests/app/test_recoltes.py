"""Le compte rendu d'un atelier : enregistrer, règles de statut, historique, photos, champs."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any
from uuid import UUID, uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import Engine, event

from app import lectures
from app.changements import Genre
from app.demo.commun import uuid_de
from app.document import DocumentForum
from app.images import preparer_donnees
from app.operations import recoltes
from app.operations.recoltes import (
    LIMITE_TEXTE,
    ChampFormulaire,
    ContenuRecolte,
    LigneEtape,
    VersionPerimee,
)
from modeles.erreurs import ErreurForum
from modeles.valeurs import StatutRecolte

SANS_RECOLTE = UUID(uuid_de("demo:sujet:7"))  # held in round 1, notes not in yet
PRETE = UUID(uuid_de("demo:sujet:2"))  # « Financer la mission », ready
EN_SAISIE = UUID(uuid_de("demo:sujet:11"))


@pytest.fixture
def document(document_demo: DocumentForum) -> DocumentForum:
    return document_demo


@contextmanager
def requetes() -> Iterator[list[str]]:
    """Les instructions SQL envoyées pendant le bloc, par n'importe quel moteur."""
    vues: list[str] = []

    def noter(_cnx: Any, _curseur: Any, instruction: str, *_: Any) -> None:
        vues.append(" ".join(instruction.split()))

    event.listen(Engine, "before_cursor_execute", noter)
    try:
        yield vues
    finally:
        event.remove(Engine, "before_cursor_execute", noter)


def test_un_atelier_sans_compte_rendu_se_lit_vide_avec_son_en_tete(
    document: DocumentForum,
) -> None:
    fiche = recoltes.lire_recolte(document, SANS_RECOLTE)
    assert not fiche.existe and fiche.version == 0 and fiche.nombre_versions == 0
    assert fiche.statut is StatutRecolte.A_RECEVOIR
    assert fiche.contenu == ContenuRecolte()
    assert fiche.numero == 7 and fiche.titre and fiche.porteurs
    assert fiche.salle and fiche.jour is not None and fiche.debut is not None
    assert fiche.libelle_creneau == "Ronde 1"


def test_un_compte_rendu_de_la_demo_se_lit_en_entier(document: DocumentForum) -> None:
    fiche = recoltes.lire_recolte(document, PRETE)
    assert fiche.statut is StatutRecolte.PRETE and fiche.version >= 1
    assert fiche.scribe is not None and fiche.scribe.nom == "Annie Gauthier"
    assert "**" in fiche.texte("points_saillants")
    assert len(fiche.etapes) == 3 and all(e.quoi and e.qui and e.quand for e in fiche.etapes)
    assert fiche.contenu.nombre_presents == 41


def test_le_premier_enregistrement_cree_la_recolte_en_saisie(document: DocumentForum) -> None:
    contenu = ContenuRecolte(points_saillants="Premier mot.")
    resultat = recoltes.enregistrer(document, SANS_RECOLTE, contenu, version_attendue=0)
    assert resultat.ecrit and resultat.version == 1
    assert resultat.statut is StatutRecolte.EN_SAISIE
    assert resultat.changements.uuids(Genre.RECOLTE) == {SANS_RECOLTE}
    assert resultat.changements.touche(Genre.SUJET)
    fiche = recoltes.lire_recolte(document, SANS_RECOLTE)
    assert fiche.texte("points_saillants") == "Premier mot." and fiche.nombre_versions == 1
    assert lectures.sujets(document, [SANS_RECOLTE])[0].statut_recolte is StatutRecolte.EN_SAISIE


def test_un_contenu_vide_ne_cree_rien(document: DocumentForum) -> None:
    resultat = recoltes.enregistrer(document, SANS_RECOLTE, ContenuRecolte())
    assert not resultat.ecrit and resultat.version == 0
    assert not recoltes.lire_recolte(document, SANS_RECOLTE).existe


def test_le_meme_contenu_n_ajoute_pas_de_version(document: DocumentForum) -> None:
    contenu = ContenuRecolte(points_saillants="Texte", mots_cles=("a",))
    premier = recoltes.enregistrer(document, SANS_RECOLTE, contenu)
    second = recoltes.enregistrer(document, SANS_RECOLTE, contenu, version_attendue=1)
    assert not second.ecrit and second.version == premier.version == 1
    assert second.changements.entites == frozenset()
    assert len(recoltes.historique(document, SANS_RECOLTE)) == 1


def test_l_autosauvegarde_n_ecrit_que_la_recolte_et_une_version(
    document: DocumentForum,
) -> None:
    fiche = recoltes.lire_recolte(document, PRETE)
    assert recoltes.donnees_photo  # the report's photos must stay untouched
    contenu = replace(fiche.contenu, points_saillants=fiche.texte("points_saillants") + " Ajout.")
    with requetes() as vues:
        recoltes.enregistrer(document, PRETE, contenu, version_attendue=fiche.version)
    ecritures = [r for r in vues if r.startswith(("INSERT", "UPDATE", "DELETE"))]
    assert [e.split(" (")[0].split(" SET")[0] for e in ecritures] == [
        "UPDATE recolte",
        "INSERT INTO version_recolte",
    ]
    assert not any("photo" in r.lower() for r in vues)


def test_modifier_un_compte_rendu_pret_le_remet_a_relire(document: DocumentForum) -> None:
    fiche = recoltes.lire_recolte(document, PRETE)
    contenu = replace(fiche.contenu, citations="« Relier est un travail en soi. »")
    resultat = recoltes.enregistrer(document, PRETE, contenu, version_attendue=fiche.version)
    assert resultat.statut is StatutRecolte.A_RELIRE
    assert resultat.version == fiche.version + 1


def test_marquer_pret_est_un_geste_et_une_version(document: DocumentForum) -> None:
    avant = recoltes.lire_recolte(document, EN_SAISIE)
    changements = recoltes.changer_statut(document, EN_SAISIE, StatutRecolte.PRETE)
    assert changements.uuids(Genre.RECOLTE) == {EN_SAISIE}
    apres = recoltes.lire_recolte(document, EN_SAISIE)
    assert apres.statut is StatutRecolte.PRETE and apres.version == avant.version + 1
    dernier = recoltes.historique(document, EN_SAISIE)[0]
    assert dernier.statut is StatutRecolte.PRETE and dernier.auteur == "Samuel Kanapé"
    # Marking it again changes nothing, so no version is added.
    recoltes.changer_statut(document, EN_SAISIE, StatutRecolte.PRETE)
    assert recoltes.lire_recolte(document, EN_SAISIE).version == apres.version
    recoltes.changer_statut(document, EN_SAISIE, StatutRecolte.A_RELIRE)
    assert recoltes.lire_recolte(document, EN_SAISIE).statut is StatutRecolte.A_RELIRE


def test_une_version_perimee_est_refusee_sans_rien_ecrire(document: DocumentForum) -> None:
    fiche = recoltes.lire_recolte(document, PRETE)
    ailleurs = replace(fiche.contenu, propositions="Écrit sur l'autre portable.")
    recoltes.enregistrer(document, PRETE, ailleurs, version_attendue=fiche.version)
    ici = replace(fiche.contenu, propositions="Écrit ici.")
    with pytest.raises(VersionPerimee, match="modifié ailleurs"):
        recoltes.enregistrer(document, PRETE, ici, version_attendue=fiche.version)
    assert recoltes.lire_recolte(document, PRETE).texte("propositions") == ailleurs.propositions


def test_un_champ_de_plus_d_un_mo_est_refuse(document: DocumentForum) -> None:
    fiche = recoltes.lire_recolte(document, PRETE)
    enorme = replace(fiche.contenu, ressources="x" * (LIMITE_TEXTE + 1))
    with pytest.raises(ErreurForum, match=r"Ressources et liens.*1 Mo"):
        recoltes.enregistrer(document, PRETE, enorme)
    assert recoltes.lire_recolte(document, PRETE) == fiche
    juste = replace(fiche.contenu, ressources="x" * LIMITE_TEXTE)
    assert recoltes.enregistrer(document, PRETE, juste).ecrit


def test_les_etapes_gardent_leur_ligne_et_les_vides_disparaissent(
    document: DocumentForum,
) -> None:
    from sqlalchemy import select

    from modeles.entites import Etape

    def uuids_etapes() -> list[UUID]:
        with document.lecture() as session:
            return list(
                session.scalars(
                    select(Etape.uuid)
                    .where(Etape.recolte_id == select_recolte_id(session, PRETE))
                    .order_by(Etape.rang)
                )
            )

    avant = uuids_etapes()
    fiche = recoltes.lire_recolte(document, PRETE)
    etapes = list(fiche.etapes)
    etapes[0] = replace(etapes[0], quand="d'ici le 30 juin")
    etapes.pop(1)
    etapes.append(LigneEtape())
    etapes.append(LigneEtape("  Écrire au ministère ", "Claire Desjardins", ""))
    recoltes.enregistrer(document, PRETE, replace(fiche.contenu, etapes=tuple(etapes)))
    relu = recoltes.lire_recolte(document, PRETE).etapes
    assert relu == (
        replace(fiche.etapes[0], quand="d'ici le 30 juin"),
        fiche.etapes[2],
        LigneEtape("Écrire au ministère", "Claire Desjardins", ""),
    )
    apres = uuids_etapes()
    assert apres[0] == avant[0] and len(apres) == 3


def select_recolte_id(session: Any, sujet: UUID) -> Any:
    from sqlalchemy import select

    from modeles.entites import Recolte, Sujet

    return select(Recolte.id).join(Sujet).where(Sujet.uuid == sujet).scalar_subquery()


def test_scribe_et_presents(document: DocumentForum) -> None:
    changements, nouvelle = recoltes.participant_pour_nom(document, "  Rose   Latulippe ")
    assert changements.uuids(Genre.PARTICIPANT) == {nouvelle}
    pas_de_doublon, meme = recoltes.participant_pour_nom(document, "rose latulippe")
    assert meme == nouvelle and not pas_de_doublon.entites
    _, annie = recoltes.participant_pour_nom(document, "Annie Gauthier")
    contenu = ContenuRecolte(
        points_saillants="Notes",
        scribe=nouvelle,
        presents=(annie, nouvelle, uuid4()),
        nombre_presents=12,
    )
    recoltes.enregistrer(document, SANS_RECOLTE, contenu)
    fiche = recoltes.lire_recolte(document, SANS_RECOLTE)
    assert fiche.scribe is not None and fiche.scribe.nom == "Rose Latulippe"
    assert [p.nom for p in fiche.presents] == ["Annie Gauthier", "Rose Latulippe"]
    assert fiche.contenu.nombre_presents == 12
    assert recoltes.historique(document, SANS_RECOLTE)[0].auteur == "Rose Latulippe"
    with pytest.raises(ErreurForum, match="nom"):
        recoltes.participant_pour_nom(document, "   ")


def test_l_historique_et_la_restauration(document: DocumentForum) -> None:
    for mot in ("un", "deux", "trois"):
        recoltes.enregistrer(
            document, SANS_RECOLTE, ContenuRecolte(points_saillants=mot), auteur="Scribe"
        )
    versions = recoltes.historique(document, SANS_RECOLTE)
    assert [v.contenu.points_saillants for v in versions] == ["trois", "deux", "un"]
    assert all(v.auteur == "Scribe" for v in versions)
    assert versions[0].horodatage >= versions[-1].horodatage
    resultat = recoltes.restaurer_version(
        document, SANS_RECOLTE, versions[-1].uuid, auteur="Relectrice"
    )
    assert resultat.ecrit and resultat.version == 4
    assert recoltes.lire_recolte(document, SANS_RECOLTE).texte("points_saillants") == "un"
    nouvelles = recoltes.historique(document, SANS_RECOLTE)
    assert len(nouvelles) == 4 and nouvelles[0].auteur == "Relectrice"
    with pytest.raises(ErreurForum, match="n'existe plus"):
        recoltes.restaurer_version(document, PRETE, versions[0].uuid, auteur="x")


def test_restaurer_dans_un_compte_rendu_pret_le_remet_a_relire(
    document: DocumentForum,
) -> None:
    fiche = recoltes.lire_recolte(document, PRETE)
    assert recoltes.historique(document, PRETE) == []
    recoltes.enregistrer(document, PRETE, replace(fiche.contenu, propositions="Autre"))
    # The state imported without history becomes its first version, so it can come back.
    premiere, origine = recoltes.historique(document, PRETE)
    assert origine.contenu == fiche.contenu and origine.statut is StatutRecolte.PRETE
    assert origine.auteur == "Annie Gauthier" and origine.horodatage == fiche.modifie_le
    assert premiere.contenu.propositions == "Autre"
    recoltes.changer_statut(document, PRETE, StatutRecolte.PRETE)
    ancienne = recoltes.historique(document, PRETE)[-1]
    resultat = recoltes.restaurer_version(document, PRETE, ancienne.uuid, auteur="")
    assert resultat.statut is StatutRecolte.A_RELIRE


def _jpeg(largeur: int = 40, hauteur: int = 30) -> bytes:
    sortie = io.BytesIO()
    Image.new("RGB", (largeur, hauteur), (200, 190, 180)).save(sortie, "JPEG")
    return sortie.getvalue()


def test_photos_ajouter_legender_retirer_retablir(document: DocumentForum) -> None:
    image = preparer_donnees(_jpeg(), "tableau.jpg")
    changements, premiere = recoltes.ajouter_photo(document, SANS_RECOLTE, image, " Le tableau ")
    assert changements.uuids(Genre.RECOLTE) == {SANS_RECOLTE}
    _, seconde = recoltes.ajouter_photo(document, SANS_RECOLTE, image)
    fiche = recoltes.lire_recolte(document, SANS_RECOLTE)
    assert fiche.statut is StatutRecolte.EN_SAISIE
    assert [p.uuid for p in fiche.photos] == [premiere, seconde]
    assert fiche.photos[0].legende == "Le tableau" and fiche.photos[0].largeur == 40
    assert recoltes.donnees_photo(document, premiere) == image.donnees
    recoltes.legender_photo(document, seconde, "La fiche")
    assert recoltes.legende_photo(document, seconde) == "La fiche"
    _, retiree = recoltes.supprimer_photo(document, premiere)
    assert [p.uuid for p in recoltes.lire_recolte(document, SANS_RECOLTE).photos] == [seconde]
    recoltes.retablir_photo(document, retiree)
    assert [p.uuid for p in recoltes.lire_recolte(document, SANS_RECOLTE).photos] == [
        premiere,
        seconde,
    ]
    with pytest.raises(ErreurForum, match="photo"):
        recoltes.donnees_photo(document, uuid4())


def test_une_photo_ajoutee_a_un_compte_rendu_pret_le_remet_a_relire(
    document: DocumentForum,
) -> None:
    version = recoltes.lire_recolte(document, PRETE).version
    recoltes.ajouter_photo(document, PRETE, preparer_donnees(_jpeg(), "p.jpg"))
    fiche = recoltes.lire_recolte(document, PRETE)
    assert fiche.statut is StatutRecolte.A_RELIRE
    # Photos are not in the texts' history: the version number is the texts'.
    assert fiche.version == version


def test_les_champs_du_formulaire(document: DocumentForum) -> None:
    champs = recoltes.champs_formulaire(document)
    assert [c.cle for c in champs] == list(recoltes.CLES_CHAMPS)
    assert all(c.actif and not c.libelle_personnalise for c in champs)
    assert {c.cle: c for c in champs}["points_saillants"].libelle == "Points saillants"
    modifies = [
        replace(c, actif=False)
        if c.cle == "propositions"
        else replace(c, libelle_personnalise="Paroles entendues")
        if c.cle == "citations"
        else c
        for c in champs
    ]
    changements = recoltes.definir_champs_formulaire(document, modifies)
    assert changements.touche(Genre.FORUM)
    relus = {c.cle: c for c in recoltes.champs_formulaire(document)}
    assert not relus["propositions"].actif
    assert relus["citations"].libelle == "Paroles entendues"
    with document.lecture() as session:
        from sqlalchemy import select

        from modeles.entites import Forum

        assert session.scalar(select(Forum.champs_recolte)) == {
            "propositions": {"actif": False},
            "citations": {"libelle": "Paroles entendues"},
        }
    with pytest.raises(ErreurForum, match="cœur"):
        recoltes.definir_champs_formulaire(
            document, [ChampFormulaire("points_saillants", actif=False)]
        )


def test_les_mots_cles_connus(document: DocumentForum) -> None:
    mots = recoltes.mots_cles_connus(document)
    assert "coordination" in mots and "Ubuntu" in mots
    assert mots == sorted(mots, key=str.casefold)


def test_un_atelier_disparu(document: DocumentForum) -> None:
    with pytest.raises(ErreurForum, match="n'existe plus"):
        recoltes.lire_recolte(document, uuid4())
    with pytest.raises(ErreurForum, match="n'existe plus"):
        recoltes.enregistrer(document, uuid4(), ContenuRecolte(points_saillants="x"))


texte = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    textes=st.lists(texte, min_size=5, max_size=5),
    mots=st.lists(texte, max_size=4),
    etapes=st.lists(st.tuples(texte, texte, texte), max_size=4),
)
def test_ce_qui_est_enregistre_se_relit_a_l_identique(
    document: DocumentForum,
    textes: list[str],
    mots: list[str],
    etapes: list[tuple[str, str, str]],
) -> None:
    contenu = ContenuRecolte(
        *textes, mots_cles=tuple(mots), etapes=tuple(LigneEtape(*e) for e in etapes)
    )
    attendu = recoltes.valider(contenu)
    recoltes.enregistrer(document, SANS_RECOLTE, contenu)
    fiche = recoltes.lire_recolte(document, SANS_RECOLTE)
    assert fiche.contenu == attendu
    # And the version keeps the same state.
    if fiche.existe and fiche.nombre_versions:
        assert recoltes.historique(document, SANS_RECOLTE)[0].contenu == attendu


# --- versions compactes ------------------------------------------------------------------------


def _lignes_de_version(document: DocumentForum, sujet: UUID) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from modeles.entites import Recolte, Sujet, VersionRecolte

    with document.lecture() as session:
        return list(
            session.scalars(
                select(VersionRecolte.contenu)
                .join(Recolte, VersionRecolte.recolte_id == Recolte.id)
                .join(Sujet, Recolte.sujet_id == Sujet.id)
                .where(Sujet.uuid == sujet)
                .order_by(VersionRecolte.id)
            )
        )


def test_une_frappe_dans_un_long_texte_ne_garde_que_la_retouche(
    document: DocumentForum,
) -> None:
    long = " ".join(f"mot{i}" for i in range(5000))
    etats = []
    for rang in range(45):
        milieu = len(long) // 2
        long = long[:milieu] + f" ajout{rang}" + long[milieu:]
        etats.append(long)
        recoltes.enregistrer(document, SANS_RECOLTE, ContenuRecolte(points_saillants=long))
    lignes = _lignes_de_version(document, SANS_RECOLTE)
    tailles = [len(json.dumps(ligne)) for ligne in lignes]
    complets = [rang for rang, ligne in enumerate(lignes) if "retouches" not in ligne]
    assert complets == [0, 20, 40]
    assert max(t for rang, t in enumerate(tailles) if rang not in complets) < 600
    assert sum(tailles) < 5 * len(long)
    versions = recoltes.historique(document, SANS_RECOLTE)
    assert [v.contenu.points_saillants for v in versions] == list(reversed(etats))
    ancienne = versions[-7]
    recoltes.restaurer_version(document, SANS_RECOLTE, ancienne.uuid, auteur="x")
    assert recoltes.lire_recolte(document, SANS_RECOLTE).texte("points_saillants") == etats[6]


def test_un_texte_change_hors_de_l_historique_donne_un_etat_complet(
    document: DocumentForum,
) -> None:
    from sqlalchemy import update

    from modeles.entites import Recolte

    recoltes.enregistrer(document, SANS_RECOLTE, ContenuRecolte(points_saillants="un"))
    recoltes.enregistrer(document, SANS_RECOLTE, ContenuRecolte(points_saillants="un deux"))
    with document.transaction() as session:
        # As an older version of the application, or a hand-edited import, could leave it.
        session.execute(
            update(Recolte)
            .where(Recolte.uuid == recoltes.lire_recolte(document, SANS_RECOLTE).uuid)
            .values(points_saillants="écrit ailleurs")
        )
    recoltes.enregistrer(document, SANS_RECOLTE, ContenuRecolte(points_saillants="trois"))
    assert "retouches" not in _lignes_de_version(document, SANS_RECOLTE)[-1]
    assert [v.contenu.points_saillants for v in recoltes.historique(document, SANS_RECOLTE)] == [
        "trois",
        "un deux",
        "un",
    ]


@pytest.mark.parametrize(
    ("avant", "apres"),
    [
        ("", "abc"),
        ("abc", ""),
        ("aaaa", "aaaaa"),
        ("abcabc", "abc"),
        ("début fin", "début milieu fin"),
        ("é😀x", "😀é😀x"),
        ("même", "même"),
    ],
)
def test_une_retouche_redonne_le_texte_exact(avant: str, apres: str) -> None:
    from app.operations.recoltes_contenu import appliquer_retouche, retouche

    etat_avant = ContenuRecolte(points_saillants=avant).vers_json()
    etat_apres = ContenuRecolte(points_saillants=apres, citations="c").vers_json()
    ligne = retouche(etat_avant, etat_apres, "precedente", 1)
    assert appliquer_retouche(ligne, etat_avant)["points_saillants"] == apres
    assert appliquer_retouche(ligne, etat_avant)["citations"] == "c"


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    modifications=st.lists(
        st.tuples(
            st.sampled_from(recoltes.CHAMPS_TEXTE),
            st.integers(0, 10_000),
            st.integers(0, 30),
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_l_historique_redonne_chaque_etat_enregistre(
    document: DocumentForum, modifications: list[tuple[str, int, int, str]]
) -> None:
    """Des retouches au hasard, parfois vides ou identiques : chaque état revient exactement."""
    depart = recoltes.lire_recolte(document, PRETE).contenu
    textes = {c: getattr(depart, c) for c in recoltes.CHAMPS_TEXTE}
    vus = [recoltes.valider(depart)]
    for champ, position, longueur, insere in modifications:
        texte = textes[champ]
        position %= len(texte) + 1
        textes[champ] = texte[:position] + insere + texte[position + longueur :]
        contenu = replace(depart, **textes)
        if recoltes.enregistrer(document, PRETE, contenu).ecrit:
            vus.append(recoltes.valider(contenu))
    relus = [v.contenu for v in reversed(recoltes.historique(document, PRETE))]
    if len(vus) > 1:  # otherwise nothing was written (every change cancelled out)
        assert relus[-len(vus) :] == vus
