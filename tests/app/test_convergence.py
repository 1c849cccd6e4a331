"""Convergence, côté application : thèmes, points, bulletins, plans d'action, aller-retour JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from app import lectures
from app import lectures_convergence as lc
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.echange.importer import importer_document
from app.operations import convergence as oc
from app.operations import sujets as os_
from app.operations import themes as ot
from modeles.erreurs import ErreurForum


def _uuids(document: DocumentForum) -> tuple[list[Any], list[Any]]:
    sujets = [s.uuid for s in lectures.sujets(document) if s.actif]
    personnes = [p.uuid for p in lectures.participants(document)]
    return sujets, personnes


def test_les_themes_de_la_demo_sont_des_entites_avec_leurs_sujets(document_demo: Any) -> None:
    themes = lc.themes(document_demo)
    assert len(themes) == 6
    par_sujet = {s.uuid: s.theme for s in lectures.sujets(document_demo)}
    for theme in themes:
        assert theme.sujets
        assert all(par_sujet[s.uuid] == theme.titre for s in theme.sujets)


def test_un_theme_tape_au_marche_est_cree_une_fois(document_demo: Any) -> None:
    avant = len(lc.themes(document_demo))
    _, premier = os_.ajouter_sujet(document_demo, "Sujet A", theme="Nouveaux  liens")
    _, second = os_.ajouter_sujet(document_demo, "Sujet B", theme="nouveaux liens")
    themes = lc.themes(document_demo)
    assert len(themes) == avant + 1
    nouveau = next(t for t in themes if t.titre == "Nouveaux liens")
    assert [s.uuid for s in nouveau.sujets] == [premier.sujet, second.sujet]
    os_.modifier_sujet(document_demo, premier.sujet, {"theme": ""})
    assert os_.lire_champs(document_demo, premier.sujet)["theme"] == ""


def test_classer_puis_defaire_remet_les_themes(document_demo: Any) -> None:
    sujets, _ = _uuids(document_demo)
    _, cible = ot.ajouter_theme(document_demo, {"titre": "Priorité 1"})
    _, anciens = ot.classer_sujets(document_demo, {sujets[0]: cible, sujets[1]: None})
    lus = {s.uuid: s for s in lectures.sujets(document_demo)}
    assert lus[sujets[0]].theme == "Priorité 1" and lus[sujets[1]].theme == ""
    ot.classer_sujets(document_demo, anciens)
    relus = {s.uuid: s for s in lectures.sujets(document_demo)}
    assert relus[sujets[0]].theme_uuid == anciens[sujets[0]]
    assert relus[sujets[1]].theme_uuid == anciens[sujets[1]]


def test_un_titre_de_theme_est_unique_sans_egard_a_la_casse(document_demo: Any) -> None:
    titre = lc.themes(document_demo)[0].titre
    with pytest.raises(ErreurForum, match="existe déjà"):
        ot.ajouter_theme(document_demo, {"titre": titre.upper()})
    with pytest.raises(ErreurForum, match="besoin d'un titre"):
        ot.ajouter_theme(document_demo, {"titre": "   "})


def test_supprimer_un_theme_garde_ses_sujets_et_se_restaure(document_demo: Any) -> None:
    theme = lc.themes(document_demo)[1]
    _, personnes = _uuids(document_demo)
    ot.modifier_theme(document_demo, theme.uuid, {"initiateur": personnes[0]})
    _, plan = oc.ajouter_plan(document_demo, {"action": "Agir", "themes": [theme.uuid]})
    _, instantane = ot.supprimer_theme(document_demo, theme.uuid)
    assert all(t.uuid != theme.uuid for t in lc.themes(document_demo))
    assert oc.lire_champs_plan(document_demo, plan)["themes"] == []
    assert len(lectures.sujets(document_demo)) == 21  # no topic lost
    ot.restaurer_theme(document_demo, instantane)
    restaure = next(t for t in lc.themes(document_demo) if t.uuid == theme.uuid)
    assert restaure.sujets == theme.sujets
    assert restaure.initiateur is not None and restaure.initiateur.uuid == personnes[0]
    assert oc.lire_champs_plan(document_demo, plan)["themes"] == [theme.uuid]


def test_points_au_mur_et_bulletins_font_le_classement(document_demo: Any) -> None:
    sujets, personnes = _uuids(document_demo)
    resultats = lc.resultats_vote(document_demo)
    assert resultats.budget == 7 and not resultats.budget_choisi  # 21 topics / 3
    _, anciens = oc.definir_points_mur(document_demo, {sujets[0]: 4, sujets[1]: 6})
    assert anciens == {sujets[0]: 0, sujets[1]: 0}
    oc.definir_bulletin(document_demo, personnes[0], {sujets[0]: 2, sujets[2]: 3})
    lignes = {ligne.sujet.uuid: ligne for ligne in lc.resultats_vote(document_demo).lignes}
    assert (lignes[sujets[0]].total, lignes[sujets[0]].rang, lignes[sujets[0]].ex_aequo) == (
        6,
        1,
        2,
    )
    assert (lignes[sujets[1]].total, lignes[sujets[1]].rang) == (6, 1)
    assert (lignes[sujets[2]].total, lignes[sujets[2]].rang) == (3, 3)
    assert lc.resultats_vote(document_demo).votants == 1
    assert lc.bulletin(document_demo, personnes[0]) == {sujets[0]: 2, sujets[2]: 3}


def test_un_bulletin_hors_budget_est_refuse_et_ne_change_rien(document_demo: Any) -> None:
    sujets, personnes = _uuids(document_demo)
    oc.definir_bulletin(document_demo, personnes[0], {sujets[0]: 1})
    with pytest.raises(ErreurForum, match="retirez-en 2"):
        oc.definir_bulletin(document_demo, personnes[0], {s: 1 for s in sujets[:9]})
    with pytest.raises(ErreurForum, match="Pas plus de 3 points"):
        oc.definir_bulletin(document_demo, personnes[0], {sujets[0]: 4})
    assert lc.bulletin(document_demo, personnes[0]) == {sujets[0]: 1}
    # A smaller budget chosen by the organisers applies to the next ballots.
    oc.definir_budget(document_demo, 2)
    with pytest.raises(ErreurForum, match="Pas plus de 1 point "):
        oc.definir_bulletin(document_demo, personnes[1], {sujets[0]: 2})
    _, ancien = oc.definir_bulletin(document_demo, personnes[1], {sujets[0]: 1, sujets[1]: 1})
    assert ancien == {}


def test_un_plan_d_action_se_modifie_se_supprime_et_se_restaure(document_demo: Any) -> None:
    sujets, personnes = _uuids(document_demo)
    theme = lc.themes(document_demo)[0].uuid
    champs = {
        "action": "  Créer un fonds de transition  ",
        "prochaine_etape": "Réunir les bailleurs",
        "echeance": dt.date(2027, 3, 31),
        "ressources": "Une chargée de projet",
        "partenaires": ["Fondation X", "fondation x", "Ville Y"],
        "porteurs": [personnes[2], personnes[0]],
        "sujets": [sujets[3]],
        "themes": [theme],
    }
    _, plan = oc.ajouter_plan(document_demo, champs)
    lu = oc.lire_champs_plan(document_demo, plan)
    assert lu["action"] == "Créer un fonds de transition"
    assert lu["partenaires"] == ["Fondation X", "Ville Y"]
    assert lu["porteurs"] == [personnes[2], personnes[0]]  # the order is kept
    with pytest.raises(ErreurForum, match="intitulé"):
        oc.modifier_plan(document_demo, plan, {"action": " "})
    _, instantane = oc.supprimer_plan(document_demo, plan)
    assert lc.plans(document_demo) == []
    oc.restaurer_plan(document_demo, instantane)
    assert oc.lire_champs_plan(document_demo, plan) == lu


def test_les_prochaines_etapes_deviennent_des_plans_en_un_geste(document_demo: Any) -> None:
    etapes = lc.etapes(document_demo)
    assert etapes and not any(e.promue for e in etapes)
    _, crees = oc.promouvoir_etapes(document_demo, [e.uuid for e in etapes])
    plans = lc.plans(document_demo)
    assert len(crees) == len(plans) == len(etapes)
    noms = {p.nom for p in lectures.participants(document_demo)}
    for etape, plan in zip(etapes, plans, strict=True):
        assert plan.action == etape.quoi.strip()
        assert plan.sujets[0].uuid == etape.sujet.uuid
        assert plan.etape == etape.uuid
        # Who is a participant carries the action; other names become partners.
        for personne in plan.porteurs:
            assert personne.nom in etape.qui and personne.nom in noms
        assert all(p not in noms for p in plan.partenaires)
    assert all(e.promue for e in lc.etapes(document_demo))
    # Promoting again creates nothing; undo removes them all.
    assert oc.promouvoir_etapes(document_demo, [e.uuid for e in etapes])[1] == ()
    oc.retirer_plans(document_demo, crees)
    assert lc.plans(document_demo) == []


def test_une_date_ecrite_dans_quand_devient_l_echeance() -> None:
    assert oc.date_dans("d'ici le 15 janvier 2027") == dt.date(2027, 1, 15)
    assert oc.date_dans("1er mars 2027") == dt.date(2027, 3, 1)
    assert oc.date_dans("avant le 31/12/2026") == dt.date(2026, 12, 31)
    assert oc.date_dans("2027-02-28") == dt.date(2027, 2, 28)
    assert oc.date_dans("31/02/2027") is None
    assert oc.date_dans("à l'automne") is None


def test_la_convergence_fait_l_aller_retour_json(document_demo: Any, tmp_path: Path) -> None:
    sujets, personnes = _uuids(document_demo)
    theme = lc.themes(document_demo)[2].uuid
    ot.modifier_theme(document_demo, theme, {"initiateur": personnes[1], "description": "Prio"})
    oc.definir_budget(document_demo, 5)
    oc.definir_points_mur(document_demo, {sujets[4]: 9})
    oc.definir_bulletin(document_demo, personnes[3], {sujets[4]: 2, sujets[5]: 1})
    oc.promouvoir_etapes(document_demo, [e.uuid for e in lc.etapes(document_demo)[:2]])
    oc.ajouter_plan(
        document_demo,
        {"action": "Suivre", "echeance": dt.date(2027, 6, 1), "themes": [theme]},
    )
    export = exporter_document(document_demo)
    assert export["version"] == 4
    assert len(export["plans"]) == 3 and len(export["votes"]) == 2
    importer_document(export, tmp_path / "copie.forum")
    copie = DocumentForum.ouvrir(tmp_path / "copie.forum")
    try:
        assert exporter_document(copie) == export
        assert lc.plans(copie) == lc.plans(document_demo)
        assert lc.resultats_vote(copie) == lc.resultats_vote(document_demo)
    finally:
        copie.fermer()


def test_un_plan_qui_renvoie_a_un_inconnu_est_refuse(document_demo: Any, tmp_path: Path) -> None:
    from app.echange.validation import DocumentInvalide

    export = exporter_document(document_demo)
    export["plans"] = [
        {
            "uuid": "00000000-0000-4000-8000-000000000001",
            "action": "Agir",
            "prochaine_etape": "",
            "echeance": None,
            "ressources": "",
            "partenaires": [],
            "porteurs": ["00000000-0000-4000-8000-0000000000ff"],
            "sujets": [],
            "themes": [],
            "etape": None,
            "modifie_le": None,
        }
    ]
    with pytest.raises(DocumentInvalide, match=r"plans\[0\]\.porteurs\[0\]"):
        importer_document(export, tmp_path / "x.forum")
    assert not (tmp_path / "x.forum").exists()
