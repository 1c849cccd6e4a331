"""La salle de presse côté application : sur de vrais fichiers de forum (la démo)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, select
from sqlalchemy.engine import Engine

from app import lectures, presse
from app.document import DocumentForum
from app.operations import mur
from app.presse import LignePresse, compter_mots, prochaine_manquante
from modeles.entites import Etape, Photo, Recolte, Sujet
from modeles.valeurs import StatutRecolte

R, S, L, P = (
    StatutRecolte.A_RECEVOIR,
    StatutRecolte.EN_SAISIE,
    StatutRecolte.A_RELIRE,
    StatutRecolte.PRETE,
)


def par_numero(document: DocumentForum) -> dict[int, LignePresse]:
    return {ligne.numero: ligne for ligne in presse.lignes_presse(document)}


def ajouter_photos(document: DocumentForum, numero: int, nombre: int) -> None:
    with document.transaction() as session:
        recolte = session.scalars(
            select(Recolte).join(Recolte.sujet).where(Sujet.numero == numero)
        ).one()
        for rang in range(nombre):
            session.add(
                Photo(
                    recolte=recolte,
                    rang=rang,
                    type_mime="image/jpeg",
                    largeur=2400,
                    hauteur=1800,
                    donnees=b"\xff\xd8" + bytes(200_000),
                )
            )


@pytest.fixture
def requetes() -> Iterator[list[str]]:
    """Le SQL envoyé à toute base pendant le test."""
    vues: list[str] = []

    def noter(_conn: object, _curseur: object, instruction: str, *_args: object) -> None:
        vues.append(instruction)

    event.listen(Engine, "before_cursor_execute", noter)
    yield vues
    event.remove(Engine, "before_cursor_execute", noter)


# Counting words


@pytest.mark.parametrize(
    ("texte", "mots"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("Un deux trois", 3),
        ("**Une fonction invisible.** Les CDC", 5),
        ("- premier point\n- second point", 4),
        ("Ce qui ressort :\n\n> « Une citation » — dit-elle", 6),
        ("** - > ### --- *** ___ — « » … 1.", 1),
        ("l'atelier, aujourd'hui : 2026", 3),
        ("[Rapport](https://exemple.org/rapport) et `code`", 3),
        ("Écosystème\u00a0territorial", 2),
    ],
)
def test_compter_mots_comme_un_traitement_de_texte(texte: str, mots: int) -> None:
    assert compter_mots(texte) == mots


@given(st.lists(st.sampled_from(["mot", "Été", "42", "**", "-", "—", "«", "»", "#", "a.b"])))
def test_compter_mots_ignore_la_ponctuation_seule(jetons: list[str]) -> None:
    attendus = sum(1 for j in jetons if any(c.isalnum() for c in j))
    assert compter_mots(" ".join(jetons)) == attendus
    assert compter_mots("\n\n".join(jetons)) == attendus


# Rows


def test_une_ligne_par_atelier_du_mur_dans_l_ordre_de_l_agenda(
    document_demo: DocumentForum,
) -> None:
    sujets = lectures.sujets(document_demo)
    lignes = presse.lignes_presse(document_demo)
    assert {ligne.sujet for ligne in lignes} == {s.uuid for s in sujets if s.place and s.actif}
    assert len(lignes) == 18
    # The unplaced topics of the demo have no row.
    assert not {ligne.sujet for ligne in lignes} & {s.uuid for s in sujets if not s.place}
    salles = {s.uuid: s for s in lectures.salles(document_demo)}
    creneaux = {c.uuid: c for c in lectures.creneaux(document_demo)}
    cles = [
        (
            creneaux[ligne.creneau].jour,
            creneaux[ligne.creneau].debut,
            salles[ligne.salle_uuid].ordre,
        )
        for ligne in lignes
    ]
    assert cles == sorted(cles)
    for ligne in lignes:
        creneau = creneaux[ligne.creneau]
        assert (ligne.jour, ligne.debut, ligne.fin) == (creneau.jour, creneau.debut, creneau.fin)
        assert ligne.salle == salles[ligne.salle_uuid].nom


def test_une_ligne_dit_l_etat_le_scribe_et_les_mots_du_compte_rendu(
    document_demo: DocumentForum,
) -> None:
    lignes = par_numero(document_demo)
    deux = lignes[2]
    assert (deux.titre, deux.salle, deux.statut, deux.scribe) == (
        "En finir avec le financement par projets ?",
        "Agora",
        P,
        "Annie Gauthier",
    )
    assert deux.modifie_le == dt.datetime(2026, 5, 14, 16, 12, tzinfo=dt.UTC)
    # The count covers every text field and every step, as read back through the ORM.
    with document_demo.lecture() as session:
        for numero, ligne in lignes.items():
            recolte = session.scalars(
                select(Recolte).join(Recolte.sujet).where(Sujet.numero == numero)
            ).one_or_none()
            if recolte is None:
                assert (ligne.statut, ligne.mots, ligne.scribe, ligne.modifie_le) == (
                    R,
                    0,
                    "",
                    None,
                )
                continue
            textes = [
                recolte.points_saillants,
                recolte.propositions,
                recolte.questions_ouvertes,
                recolte.ressources,
                recolte.citations,
                *(f"{e.quoi} {e.qui} {e.quand}" for e in recolte.etapes),
            ]
            assert ligne.mots == sum(compter_mots(t) for t in textes) > 0
    assert Counter(ligne.statut for ligne in lignes.values()) == {R: 13, S: 1, L: 2, P: 2}


def test_les_mots_des_etapes_et_des_champs_ajoutes_comptent(document_demo: DocumentForum) -> None:
    avant = par_numero(document_demo)[11].mots
    with document_demo.transaction() as session:
        recolte = session.scalars(
            select(Recolte).join(Recolte.sujet).where(Sujet.numero == 11)
        ).one()
        recolte.citations = "« Une parole forte » — anonyme"
        recolte.ressources = "- [Guide](https://exemple.org)"
        session.add(Etape(recolte=recolte, rang=99, quoi="Écrire la suite", qui="Le comité"))
    assert par_numero(document_demo)[11].mots == avant + 4 + 1 + 5


def test_photos_comptees_sans_lire_leurs_octets(
    document_demo: DocumentForum, requetes: list[str]
) -> None:
    avant = {n: x.photos for n, x in par_numero(document_demo).items()}
    ajouter_photos(document_demo, 2, 3)
    ajouter_photos(document_demo, 11, 1)
    requetes.clear()
    lignes = par_numero(document_demo)
    assert {n: x.photos - avant[n] for n, x in lignes.items() if x.photos != avant[n]} == {
        2: 3,
        11: 1,
    }
    assert lignes[7].photos == 0  # never received
    assert requetes and not any("donnees" in instruction for instruction in requetes)


def test_un_sujet_fusionne_quitte_la_salle_de_presse(document_demo: DocumentForum) -> None:
    lignes = par_numero(document_demo)
    mur.fusionner(document_demo, lignes[13].sujet, [lignes[10].sujet])
    apres = par_numero(document_demo)
    # The merged topic keeps its (hidden) placement, but its session is the target's.
    assert 13 in apres and 10 not in apres
    assert len(apres) == len(lignes) - 1


def test_un_atelier_de_deux_creneaux_les_nomme_tous(document_demo: DocumentForum) -> None:
    lignes = par_numero(document_demo)
    long = lignes[12]
    assert len(long.creneaux) == 2 and long.creneau == long.creneaux[0]
    ateliers = [c for c in lectures.creneaux(document_demo) if c.jour == long.jour]
    suivant = next(c for c in ateliers if c.debut > long.debut and c.uuid in long.creneaux)
    assert suivant.debut >= long.fin
    assert all(len(ligne.creneaux) == 1 for n, ligne in lignes.items() if n != 12)


def test_seulement_relit_les_ateliers_nommes_par_sujet_ou_par_recolte(
    document_demo: DocumentForum,
) -> None:
    lignes = par_numero(document_demo)
    with document_demo.lecture() as session:
        recolte_5 = session.scalars(
            select(Recolte.uuid).join(Recolte.sujet).where(Sujet.numero == 5)
        ).one()
    relues = presse.lignes_presse(document_demo, {lignes[2].sujet, recolte_5, uuid.uuid4()})
    assert relues == [lignes[2], lignes[5]]
    assert presse.lignes_presse(document_demo, set()) == []


# Progress


def test_avancement_compte_les_prets_sur_les_ateliers_du_mur(document_demo: DocumentForum) -> None:
    avancement = presse.avancement(document_demo)
    assert (avancement.pretes, avancement.total) == (2, 18)
    assert avancement.par_statut == {R: 13, S: 1, L: 2, P: 2}
    assert list(avancement.par_statut) == list(StatutRecolte)
    assert avancement.manquantes == 14
    assert presse.avancement_des(presse.lignes_presse(document_demo)) == avancement


def test_avancement_suit_les_changements_d_etat(document_demo: DocumentForum) -> None:
    with document_demo.transaction() as session:
        for recolte in session.scalars(select(Recolte)):
            recolte.statut = P
    avancement = presse.avancement(document_demo)
    # Reports never received stay « à recevoir »: they have no row to change.
    assert (avancement.pretes, avancement.total, avancement.manquantes) == (5, 18, 13)


# The next missing report


def ligne(numero: int, statut: StatutRecolte, heure: int = 9, ordre_salle: int = 0) -> LignePresse:
    return LignePresse(
        sujet=uuid.UUID(int=numero),
        numero=numero,
        titre=f"Atelier {numero}",
        jour=dt.date(2026, 5, 14),
        debut=dt.time(heure),
        fin=dt.time(heure + 1),
        salle=f"Salle {ordre_salle}",
        statut=statut,
        scribe="",
        mots=0,
        photos=0,
        modifie_le=None,
        salle_uuid=uuid.UUID(int=1000 + ordre_salle),
        ordre_salle=ordre_salle,
        creneaux=(uuid.UUID(int=2000 + heure),),
    )


AGENDA = [
    ligne(1, P, 9, 0),
    ligne(2, R, 9, 1),
    ligne(3, L, 10, 0),
    ligne(4, S, 10, 1),
    ligne(5, P, 11, 0),
]


def test_prochaine_manquante_suit_l_agenda_et_reprend_au_debut() -> None:
    assert prochaine_manquante(AGENDA, None) == AGENDA[1]
    assert prochaine_manquante(AGENDA, AGENDA[1].sujet) == AGENDA[3]
    assert prochaine_manquante(AGENDA, AGENDA[3].sujet) == AGENDA[1]  # wraps around
    assert prochaine_manquante(AGENDA, AGENDA[4].sujet) == AGENDA[1]
    assert prochaine_manquante(AGENDA, uuid.uuid4()) == AGENDA[1]
    # The order is the agenda's, whatever the order of the rows given.
    assert prochaine_manquante(list(reversed(AGENDA)), AGENDA[0].sujet) == AGENDA[1]


def test_prochaine_manquante_seule_ou_absente() -> None:
    seule = [ligne(1, P), ligne(2, S, 10), ligne(3, L, 11)]
    assert prochaine_manquante(seule, seule[1].sujet) == seule[1]
    assert prochaine_manquante([ligne(1, P), ligne(2, L, 10)], None) is None
    assert prochaine_manquante([], None) is None


@given(
    st.lists(st.sampled_from(list(StatutRecolte)), min_size=1, max_size=12),
    st.integers(min_value=0, max_value=11),
)
def test_prochaine_manquante_ne_saute_aucun_manquant(
    statuts: list[StatutRecolte], depart: int
) -> None:
    lignes = [ligne(n, s, 8 + n % 8, n // 8) for n, s in enumerate(statuts)]
    ordre = sorted(lignes, key=lambda x: x.cle_agenda)
    apres = ordre[depart % len(ordre)]
    trouvee = prochaine_manquante(lignes, apres.sujet)
    if not any(x.manquante for x in lignes):
        assert trouvee is None
        return
    assert trouvee is not None and trouvee.manquante
    rang = ordre.index(apres)
    entre = ordre[rang + 1 :] + ordre[: rang + 1]
    assert entre.index(trouvee) == min(i for i, x in enumerate(entre) if x.manquante)


def test_avec_la_demo_le_premier_manquant_est_le_premier_atelier_sans_compte_rendu(
    document_demo: DocumentForum,
) -> None:
    lignes = presse.lignes_presse(document_demo)
    premiere = prochaine_manquante(lignes)
    assert premiere is not None and premiere == next(x for x in lignes if x.manquante)
    vues = {premiere.sujet}
    courante = premiere
    for _ in range(len(lignes)):
        suivante = prochaine_manquante(lignes, courante.sujet)
        assert suivante is not None
        vues.add(suivante.sujet)
        courante = suivante
    assert vues == {x.sujet for x in lignes if x.manquante}
