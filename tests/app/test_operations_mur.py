"""Place du marché et mur de l'agenda, côté application : sur de vrais fichiers de forum."""

from __future__ import annotations

from uuid import UUID

import pytest

from app import agenda, lectures
from app.document import DocumentForum
from app.echange.exporter import en_texte, exporter_document
from app.echange.format import sans_horodatages
from app.lectures import CreneauLu, SalleLue, SujetLu
from app.operations import mur, sujets
from app.operations.mur import Placement
from modeles.conflits import Gravite, NatureConflit
from modeles.erreurs import ErreurForum
from modeles.valeurs import NatureCreneau


def etat(document: DocumentForum) -> str:
    return en_texte(sans_horodatages(exporter_document(document)))


def un(document: DocumentForum, numero: int) -> SujetLu:
    return next(s for s in lectures.sujets(document) if s.numero == numero)


def atelier(document: DocumentForum, libelle: str) -> CreneauLu:
    return next(
        c
        for c in lectures.creneaux(document)
        if c.libelle == libelle and c.nature is NatureCreneau.ATELIER
    )


def salle(document: DocumentForum, nom: str) -> SalleLue:
    return next(s for s in lectures.salles(document) if s.nom == nom)


def test_ajouter_numerote_et_cree_les_porteurs_inconnus(document_demo: DocumentForum) -> None:
    avant = lectures.sujets(document_demo)
    connu = lectures.participants(document_demo)[0].nom
    _, ajoute = sujets.ajouter_sujet(
        document_demo,
        "  Habiter   le territoire ",
        [connu.upper(), "Zoé Nouvelle", "zoé nouvelle"],
        interet_estime=12,
        besoins=["projecteur", " projecteur "],
    )
    assert ajoute.numero == max(s.numero for s in avant) + 1
    assert len(ajoute.participants_crees) == 1
    nouveau = un(document_demo, ajoute.numero)
    assert nouveau.titre == "Habiter le territoire"
    assert nouveau.porteurs == (connu, "Zoé Nouvelle")
    assert nouveau.besoins == ("projecteur",)
    assert nouveau.interet_estime == 12 and not nouveau.place


def test_defaire_puis_refaire_un_ajout_redonne_le_meme_forum(document_demo: DocumentForum) -> None:
    avant = etat(document_demo)
    _, ajoute = sujets.ajouter_sujet(document_demo, "Un sujet", ["Personne Inconnue"])
    apres = etat(document_demo)
    sujets.retirer_sujet_ajoute(document_demo, ajoute)
    assert etat(document_demo) == avant
    sujets.ajouter_sujet(document_demo, "Un sujet", ["Personne Inconnue"], refaire=ajoute)
    assert etat(document_demo) == apres


def test_un_titre_vide_est_refuse(document_demo: DocumentForum) -> None:
    avant = etat(document_demo)
    with pytest.raises(ErreurForum, match="titre"):
        sujets.ajouter_sujet(document_demo, "   ", ["Quelqu'un"])
    assert etat(document_demo) == avant


def test_placer_dans_une_case_libre_puis_retirer(document_demo: DocumentForum) -> None:
    sujet = un(document_demo, 19)
    cible = Placement(salle(document_demo, "Grenier").uuid, atelier(document_demo, "Ronde 2").uuid)
    mur.placer(document_demo, sujet.uuid, cible)
    place = un(document_demo, 19)
    assert (place.salle, place.creneau) == (cible.salle, cible.creneau)
    mur.placer(document_demo, sujet.uuid, Placement())
    assert not un(document_demo, 19).place


def test_une_case_prise_est_refusee_avec_la_raison(document_demo: DocumentForum) -> None:
    avant = etat(document_demo)
    occupant = un(document_demo, 1)
    with pytest.raises(ErreurForum, match="occupée par n° 1") as erreur:
        mur.placer(
            document_demo, un(document_demo, 19).uuid, Placement(occupant.salle, occupant.creneau)
        )
    # Times in the application's messages follow fr_CA typography.
    assert "10\u00a0h\u00a030" in erreur.value.message
    assert etat(document_demo) == avant


def test_une_pause_n_accueille_pas_d_atelier(document_demo: DocumentForum) -> None:
    pause = next(c for c in lectures.creneaux(document_demo) if c.nature is NatureCreneau.PAUSE)
    with pytest.raises(ErreurForum, match="n'accueille pas"):
        mur.placer(
            document_demo,
            un(document_demo, 19).uuid,
            Placement(salle(document_demo, "Agora").uuid, pause.uuid),
        )


def test_echanger_deux_ateliers(document_demo: DocumentForum) -> None:
    a, b = un(document_demo, 1), un(document_demo, 13)
    mur.echanger(document_demo, a.uuid, b.uuid)
    a2, b2 = un(document_demo, 1), un(document_demo, 13)
    assert (a2.salle, a2.creneau) == (b.salle, b.creneau)
    assert (b2.salle, b2.creneau) == (a.salle, a.creneau)


def test_un_atelier_de_deux_creneaux_bloque_la_case_suivante(
    document_demo: DocumentForum,
) -> None:
    sujet = un(document_demo, 1)
    suivant = un(document_demo, 10)  # Salle du Fleuve, Ronde 2: the slot after n° 1's
    with pytest.raises(ErreurForum, match="occupée par n° 10"):
        mur.placer(document_demo, sujet.uuid, Placement(sujet.salle, sujet.creneau, 2))
    # Forced (as an import may do): the clash is then reported, and blocking.
    mur.placer(document_demo, sujet.uuid, Placement(sujet.salle, sujet.creneau, 2), verifier=False)
    conflits = agenda.document_conflits(document_demo)
    occupees = [c for c in conflits if c.nature is NatureConflit.SALLE_OCCUPEE]
    assert any({sujet.uuid, suivant.uuid} <= set(c.sujets) for c in occupees)
    assert all(c.gravite is Gravite.BLOQUANT for c in occupees)


def test_fusionner_garde_tous_les_porteurs_et_defusionner_restaure(
    document_demo: DocumentForum,
) -> None:
    avant = etat(document_demo)
    cible, autre = un(document_demo, 3), un(document_demo, 19)
    mur.fusionner(document_demo, cible.uuid, [autre.uuid])
    fusion = un(document_demo, 3)
    assert fusion.fusionnes == (19,)
    assert set(cible.porteurs) | set(autre.porteurs) == set(fusion.porteurs)
    assert un(document_demo, 19).fusionne_dans == cible.uuid
    assert not un(document_demo, 19).actif
    _, retires = mur.defusionner(document_demo, cible.uuid)
    assert retires == {}
    assert etat(document_demo) == avant


def test_defusionner_un_sujet_dont_la_case_a_ete_prise(document_demo: DocumentForum) -> None:
    cible, autre = un(document_demo, 3), un(document_demo, 1)
    mur.fusionner(document_demo, cible.uuid, [autre.uuid])
    mur.placer(document_demo, un(document_demo, 19).uuid, Placement(autre.salle, autre.creneau))
    _, retires = mur.defusionner(document_demo, cible.uuid)
    assert retires == {autre.uuid: Placement(autre.salle, autre.creneau, 1)}
    assert not un(document_demo, 1).place
    assert agenda.document_conflits(document_demo) == agenda.document_conflits(document_demo)
    assert not [
        c
        for c in agenda.document_conflits(document_demo)
        if c.nature is NatureConflit.SALLE_OCCUPEE
    ]


def test_pas_de_fusion_en_chaine(document_demo: DocumentForum) -> None:
    a, b, c = un(document_demo, 3), un(document_demo, 19), un(document_demo, 20)
    mur.fusionner(document_demo, a.uuid, [b.uuid])
    with pytest.raises(ErreurForum, match="déjà fusionné"):
        mur.fusionner(document_demo, c.uuid, [b.uuid])
    with pytest.raises(ErreurForum, match="fusionnés dans le n° 3"):
        mur.fusionner(document_demo, c.uuid, [a.uuid])


def test_un_sujet_fusionne_ne_se_place_pas(document_demo: DocumentForum) -> None:
    a, b = un(document_demo, 3), un(document_demo, 19)
    mur.fusionner(document_demo, a.uuid, [b.uuid])
    with pytest.raises(ErreurForum, match="fusionné"):
        mur.placer(
            document_demo,
            b.uuid,
            Placement(salle(document_demo, "Grenier").uuid, atelier(document_demo, "Ronde 2").uuid),
        )


def test_lire_seulement_certains_sujets(document_demo: DocumentForum) -> None:
    tous = {s.uuid: s for s in lectures.sujets(document_demo)}
    mur.fusionner(document_demo, un(document_demo, 3).uuid, [un(document_demo, 19).uuid])
    tous = {s.uuid: s for s in lectures.sujets(document_demo)}
    choisis: set[UUID] = {un(document_demo, 3).uuid, un(document_demo, 7).uuid}
    assert {s.uuid: s for s in lectures.sujets(document_demo, choisis)} == {
        u: tous[u] for u in choisis
    }


def test_refusionner_remet_le_placement_retire(document_demo: DocumentForum) -> None:
    cible, autre = un(document_demo, 3), un(document_demo, 1)
    mur.fusionner(document_demo, cible.uuid, [autre.uuid])
    mur.placer(document_demo, un(document_demo, 19).uuid, Placement(autre.salle, autre.creneau))
    avant = etat(document_demo)
    _, retires = mur.defusionner(document_demo, cible.uuid)
    assert autre.uuid in retires
    mur.refusionner(document_demo, cible.uuid, [autre.uuid], retires)
    assert etat(document_demo) == avant
    mur.placer(document_demo, un(document_demo, 19).uuid, Placement())
    _, retires = mur.defusionner(document_demo, cible.uuid)
    assert retires == {}  # its cell is free again: it comes back on the wall
    assert un(document_demo, 1).place


def test_les_heures_des_creneaux_s_ecrivent_a_la_quebecoise() -> None:
    import datetime as dt

    from app.formats import designation_creneau
    from app.operations.creneaux import raison_refus_creneau
    from modeles.creneaux import ModeleCreneau

    pause = ModeleCreneau(dt.time(10, 15), dt.time(10, 30), NatureCreneau.PAUSE, "Pause")
    repas = ModeleCreneau(dt.time(12), dt.time(13), NatureCreneau.REPAS, "")
    assert designation_creneau(pause) == "Pause (10\u00a0h\u00a015 – 10\u00a0h\u00a030)"
    assert designation_creneau(repas) == "Repas (12\u00a0h – 13\u00a0h)"
    message = raison_refus_creneau(dt.time(10), dt.time(10, 20), [pause])
    assert message is not None and "« Pause (10\u00a0h\u00a015 – 10\u00a0h\u00a030) »" in message


def test_les_conflits_recalcules_par_journee_egalent_le_calcul_complet(
    document_demo: DocumentForum,
) -> None:
    salles, creneaux = lectures.salles(document_demo), lectures.creneaux(document_demo)
    suivi = agenda.ConflitsDuMur(salles, creneaux)
    avant = {s.uuid: s for s in lectures.sujets(document_demo)}
    suivi.calculer(list(avant.values()))
    # Two moves that create conflicts on Friday, seen from Thursday's cache.
    vendredi = next(c for c in creneaux if c.libelle == "Ronde 4")
    premier, autre = un(document_demo, 16), un(document_demo, 14)
    mur.placer(document_demo, premier.uuid, Placement(autre.salle, vendredi.uuid), verifier=False)
    apres = {s.uuid: s for s in lectures.sujets(document_demo)}
    jours = suivi.jours_de([avant[premier.uuid], apres[premier.uuid]])
    incremental = suivi.calculer(list(apres.values()), jours)
    complet = agenda.ConflitsDuMur(salles, creneaux).calculer(list(apres.values()))
    assert incremental == complet
    assert any(c.nature is NatureConflit.SALLE_OCCUPEE for c in complet)
