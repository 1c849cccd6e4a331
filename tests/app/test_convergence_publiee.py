"""La convergence publiée : le consentement, appliqué une fois, dans le livre, le site, le CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from uuid import UUID

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import lectures_convergence
from app.actes import LivreDesActes
from app.document import DocumentForum
from app.exports_plans import COLONNES, csv_plans, exporter_plans_csv
from app.lanceur import main
from app.operations.convergence import (
    ajouter_plan,
    definir_bulletin,
    definir_points_mur,
    promouvoir_etapes,
)
from app.operations.themes import ajouter_theme, classer_sujets
from app.publication_convergence import convergence_publiee, texte_porteurs
from app.site import ecrire_site
from modeles.entites import Participant
from tests.app.test_actes import compact, corps, signets
from tests.app.test_site import verifier_site

NOMMEE = "Alix Publiable-Nommée"
SECRETE = "Zoé Secrète-Jamais"
COURRIEL_NOMMEE = "alix.nommee@exemple.org"
COURRIEL_SECRETE = "zoe.secrete@exemple.org"
FORMULE = '=HYPERLINK("https://exemple.org","clic")'


def _personnes(document: DocumentForum) -> tuple[UUID, UUID]:
    """Deux personnes du forum : l'une accepte d'être nommée, l'autre non (coordonnées : oui)."""
    with document.transaction() as session:
        une, autre = session.scalars(select(Participant).order_by(Participant.id).limit(2))
        une.nom, une.courriel = NOMMEE, COURRIEL_NOMMEE
        une.consentement_publication = une.consentement_coordonnees = True
        autre.nom, autre.courriel = SECRETE, COURRIEL_SECRETE
        autre.consentement_publication, autre.consentement_coordonnees = False, True
        return une.uuid, autre.uuid


@pytest.fixture
def forum_converge(document_demo: DocumentForum) -> DocumentForum:
    """Le forum de démonstration après la convergence : points, bulletin, thèmes, plans."""
    nommee, secrete = _personnes(document_demo)
    lignes = lectures_convergence.resultats_vote(document_demo).lignes
    s1, s2, s3, s4 = (ligne.sujet.uuid for ligne in lignes[:4])
    # Two topics tie for first place; the third is third (1, 1, 3, 4).
    definir_points_mur(document_demo, {s1: 5, s2: 5, s3: 3})
    definir_bulletin(document_demo, nommee, {s4: 1})
    _, theme_secret = ajouter_theme(
        document_demo,
        {
            "titre": "Thème proposé en secret",
            "description": "Ce qui réunit.",
            "initiateur": secrete,
        },
    )
    ajouter_theme(document_demo, {"titre": "Thème signé", "initiateur": nommee})
    classer_sujets(document_demo, {s1: theme_secret})
    ajouter_plan(
        document_demo,
        {
            "action": FORMULE,
            "porteurs": [nommee, secrete],
            "partenaires": ["Ville de Rimouski"],
            "prochaine_etape": "Réunir le comité",
            "echeance": dt.date(2026, 9, 15),
            "ressources": "Une salle",
            "sujets": [s1],
            "themes": [theme_secret],
        },
    )
    ajouter_plan(document_demo, {"action": "Un plan porté en silence", "porteurs": [secrete]})
    etapes = lectures_convergence.etapes(document_demo)
    promouvoir_etapes(document_demo, [etapes[0].uuid])
    return document_demo


def test_rien_a_publier_sans_points_ni_plans(tmp_path: Path) -> None:
    document = DocumentForum.creer(tmp_path / "vide.forum", "Forum vide")
    try:
        assert convergence_publiee(document) is None
        assert csv_plans(document) == "\ufeff" + ";".join(COLONNES) + "\r\n"
        dossier = ecrire_site(document, tmp_path / "site")
    finally:
        document.fermer()
    assert not (dossier / "convergence.html").exists()
    assert "convergence.html" not in (dossier / "index.html").read_text(encoding="utf-8")


def test_classement_avec_ex_aequo(forum_converge: DocumentForum) -> None:
    publiee = convergence_publiee(forum_converge)
    assert publiee is not None
    assert [p.rang for p in publiee.priorites] == [1, 1, 3, 4]
    assert [p.libelle_rang for p in publiee.priorites][:3] == ["1 ex\u00a0æquo"] * 2 + ["3"]
    assert [p.points for p in publiee.priorites] == [5, 5, 3, 1]


def test_les_porteurs_se_disent_avec_les_autres_comptes() -> None:
    assert texte_porteurs(["Ana"], 0) == "Ana"
    assert texte_porteurs(["Ana", "Bruno"], 0) == "Ana et Bruno"
    assert texte_porteurs(["Ana"], 2) == "Ana et 2\u00a0autres personnes"
    assert texte_porteurs([], 1) == "1\u00a0personne"
    assert texte_porteurs([], 0) == ""


def test_une_personne_sans_consentement_n_est_que_comptee(
    forum_converge: DocumentForum, tmp_path: Path
) -> None:
    publiee = convergence_publiee(forum_converge)
    assert publiee is not None
    plan = next(p for p in publiee.plans if p.action == FORMULE)
    assert plan.porteurs == (NOMMEE,) and plan.porteurs_non_nommes == 1
    secret = next(t for t in publiee.themes if t.titre == "Thème proposé en secret")
    assert secret.initiateur is None
    assert next(t for t in publiee.themes if t.titre == "Thème signé").initiateur == NOMMEE

    # The book.
    pdf = tmp_path / "actes.pdf"
    LivreDesActes(forum_converge).rendre(pdf)
    lecteur = PdfReader(pdf)
    texte = corps(lecteur)
    assert "Convergence" in [t for t, _ in signets(lecteur)]
    assert compact(NOMMEE) in texte
    assert compact(SECRETE) not in texte
    assert compact(f"{NOMMEE} et 1 autre personne") in texte
    assert compact("Thème proposé en secret") in texte
    assert compact("1 ex æquo") in texte

    # The site.
    dossier = ecrire_site(forum_converge, tmp_path / "site")
    pages = verifier_site(dossier)
    assert dossier / "convergence.html" in pages
    tout = "".join(p.read_text(encoding="utf-8") for p in dossier.rglob("*.html"))
    assert SECRETE not in tout and COURRIEL_SECRETE not in tout
    page = (dossier / "convergence.html").read_text(encoding="utf-8")
    assert NOMMEE in page and "et 1\u00a0autre personne" in page
    assert "ex&nbsp;æquo" in page or "ex\u00a0æquo" in page
    assert 'href="convergence.html"' in (dossier / "index.html").read_text(encoding="utf-8")

    # The CSV, through the command line.
    sortie = tmp_path / "plans.csv"
    chemin = forum_converge.chemin
    assert chemin is not None
    assert main(["plans", "--db", str(chemin), "-o", str(sortie)]) == 0
    brut = sortie.read_bytes()
    assert brut.startswith(b"\xef\xbb\xbf")
    contenu = brut.decode("utf-8")
    assert SECRETE not in contenu and COURRIEL_SECRETE not in contenu
    lignes = list(csv.reader(io.StringIO(contenu.lstrip("\ufeff")), delimiter=";"))
    assert tuple(lignes[0]) == COLONNES
    par_action = {ligne[0]: dict(zip(COLONNES, ligne, strict=True)) for ligne in lignes[1:]}
    ligne = par_action["'" + FORMULE]  # neutralised: a spreadsheet shows it, never runs it
    assert ligne["Porté par"] == f"{NOMMEE} et 1\u00a0autre personne"
    assert ligne["Courriels des porteurs"] == COURRIEL_NOMMEE
    assert ligne["Échéance"] == "2026-09-15"
    assert ligne["Partenaires"] == "Ville de Rimouski"
    assert ligne["Thèmes"] == "Thème proposé en secret"
    assert par_action["Un plan porté en silence"]["Porté par"] == "1\u00a0personne"
    assert len(par_action) == 3  # two plans, and one promoted step


def test_le_csv_s_ecrit_tout_ou_rien(forum_converge: DocumentForum, tmp_path: Path) -> None:
    sortie = exporter_plans_csv(forum_converge, tmp_path / "plans.csv")
    assert sortie.read_bytes().count(b"\r\n") == 4
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partiel")] == []
