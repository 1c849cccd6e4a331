"""Le consentement, vérifié sur chaque export du forum.

Two consents: to be named in published material (book, site, wall material, action plans),
and to share contact details. A person without the first appears only in counts; a person
without the second has no e-mail or phone in any file an export writes. The exchange JSON is
the whole forum (a copy of the file, for the organisers' laptops): it is written readable by
its owner only.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import exports, lectures
from app import lectures_convergence as lc
from app.document import DocumentForum
from app.echange.exporter import exporter_fichier
from app.exports_plans import exporter_plans_csv
from app.operations import convergence as oc
from app.operations import themes as ot
from app.participants_csv import exporter_participants_csv
from modeles.entites import Participant, Recolte, Sujet

DISCRETE = "Zéphirine Discrète"
RESERVE = "Octave Réservé"
COURRIEL_RESERVE = "octave.reserve@exemple.qc.ca"
TELEPHONE_RESERVE = "418 555-0199"
COURRIEL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def _normal(texte: str) -> str:
    """Sans espaces ni coupures : un nom coupé en fin de ligne se retrouve quand même."""
    return re.sub(r"[\s\u00ad\u2010-]+", "", texte)


def _preparer(document: DocumentForum) -> None:
    """Une personne discrète partout où paraît un nom ; une autre qui garde ses coordonnées."""
    with document.transaction() as session:
        recolte = session.scalars(
            select(Recolte).join(Recolte.sujet).order_by(Sujet.numero).limit(1)
        ).one()
        discrete = recolte.sujet.porteurs[0]
        discrete.nom, discrete.consentement_publication = DISCRETE, False
        discrete.consentement_coordonnees = True
        recolte.scribe = discrete
        recolte.presents.append(discrete)
        reserve = session.scalars(
            select(Participant).where(Participant.id != discrete.id).limit(1)
        ).one()
        reserve.nom, reserve.consentement_publication = RESERVE, True
        reserve.courriel, reserve.telephone = COURRIEL_RESERVE, TELEPHONE_RESERVE
        reserve.consentement_coordonnees = False
        recolte.presents.append(reserve)
        discrete_uuid, reserve_uuid = discrete.uuid, reserve.uuid
    theme = lc.themes(document)[0].uuid
    ot.modifier_theme(document, theme, {"initiateur": discrete_uuid})
    oc.promouvoir_etapes(document, [e.uuid for e in lc.etapes(document)])
    sujets = [s.uuid for s in lectures.sujets(document) if s.actif]
    oc.ajouter_plan(
        document,
        {"action": "Plan partagé", "porteurs": [discrete_uuid, reserve_uuid], "themes": [theme]},
    )
    oc.definir_bulletin(document, discrete_uuid, {sujets[0]: 2})
    oc.definir_points_mur(document, {sujets[1]: 4})


@pytest.fixture
def forum_prepare(chemin_demo: Path) -> Path:
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        _preparer(document)
    finally:
        document.fermer()
    return chemin_demo


def _texte_pdf(chemin: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(chemin).pages)


def _sans_nom_ni_coordonnees(texte: str, ou: str) -> None:
    assert _normal(DISCRETE) not in _normal(texte), ou
    assert "Zéphirine" not in texte, ou
    assert COURRIEL_RESERVE not in texte and TELEPHONE_RESERVE not in texte, ou


def test_les_publications_ne_nomment_que_qui_l_accepte(forum_prepare: Path, tmp_path: Path) -> None:
    publies: dict[str, str] = {}
    livre = exports.exporter_livre(forum_prepare, tmp_path / "actes.pdf")
    publies["livre"] = _texte_pdf(livre)
    for genre in ("agenda", "salles", "fiches"):
        chemin = exports.exporter_affiches(forum_prepare, tmp_path / f"{genre}.pdf", genre)
        publies[genre] = _texte_pdf(chemin)
    site = exports.exporter_site(forum_prepare, tmp_path / "site")
    for fichier in site.rglob("*"):
        if fichier.suffix in {".html", ".css", ".txt", ".svg"}:
            publies[str(fichier)] = fichier.read_text(encoding="utf-8")
    exporter_plans_csv_dans = tmp_path / "plans.csv"
    document = DocumentForum.ouvrir(forum_prepare)
    try:
        exporter_plans_csv(document, exporter_plans_csv_dans)
    finally:
        document.fermer()
    publies["plans"] = exporter_plans_csv_dans.read_text(encoding="utf-8-sig")
    for ou, texte in publies.items():
        _sans_nom_ni_coordonnees(texte, ou)
    # Published material carries no contact details at all.
    for ou in ("livre", "agenda", "salles", "fiches"):
        assert not COURRIEL.search(publies[ou]), ou
    # The consenting person is named, and the other one is counted, not forgotten.
    assert _normal(RESERVE) in _normal(publies["livre"])
    assert RESERVE in publies["plans"]
    assert "Octave Réservé et 1\u00a0autre personne" in publies["plans"]


def test_les_coordonnees_ne_sortent_qu_avec_leur_consentement(
    forum_prepare: Path, tmp_path: Path
) -> None:
    document = DocumentForum.ouvrir(forum_prepare)
    try:
        exporter_participants_csv(document, tmp_path / "p.csv", avec_coordonnees=True)
        exporter_plans_csv(document, tmp_path / "plans.csv")
        with document.lecture() as session:
            courriels = set(
                session.scalars(
                    select(Participant.courriel).where(
                        Participant.consentement_coordonnees, Participant.courriel != ""
                    )
                )
            )
    finally:
        document.fermer()
    participants = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert COURRIEL_RESERVE not in participants and TELEPHONE_RESERVE not in participants
    assert RESERVE in participants  # the organisers' list names everyone
    assert courriels and courriels <= set(COURRIEL.findall(participants))
    assert set(COURRIEL.findall(participants)) <= courriels
    plans = (tmp_path / "plans.csv").read_text(encoding="utf-8-sig")
    assert set(COURRIEL.findall(plans)) <= courriels


def test_l_echange_complet_n_est_lisible_que_par_son_proprietaire(
    forum_prepare: Path, tmp_path: Path
) -> None:
    document = DocumentForum.ouvrir(forum_prepare)
    try:
        exporter_fichier(document, tmp_path / "forum.json")
    finally:
        document.fermer()
    assert stat.S_IMODE((tmp_path / "forum.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(forum_prepare.stat().st_mode) & 0o077 == 0
