"""Du texte hostile dans chaque champ qu'une opération accepte, puis à travers chaque export.

Control characters (NUL, vertical tab, escape), right-to-left text and override marks,
combining marks, emoji, reportlab markup, HTML and `<script>`, spreadsheet formulas (also
after a leading space or tab) and path-like photo names go in through app/operations, then:
the JSON exchange round-trips exactly, the CSV exports never start a cell with a formula, the
site escapes everything and writes only inside its folder, the book and the posters are built
and print the text. Cheap paths get many examples; the PDFs only a few.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from app import exports
from app.actes import ExportAnnule
from app.actes.polices import Graisse
from app.demo.commun import uuid_de
from app.document import DocumentForum
from app.echange.exporter import en_texte, exporter_document, exporter_fichier
from app.echange.importer import importer_document, importer_fichier
from app.exports_plans import exporter_plans_csv
from app.images import preparer_donnees
from app.operations import convergence, participants, recoltes, salles, sujets, themes
from app.operations.forum import modifier_forum
from app.operations.recoltes import ContenuRecolte, LigneEtape
from app.operations.recoltes_photos import ajouter_photo, legender_photo
from app.participants_csv.analyse import sans_prefixe_formule
from app.participants_csv.export import exporter_participants_csv
from app.site.texte import publiable
from modeles.entites import Sujet
from tests.app.test_actes import corps, imprime
from tests.app.test_site import verifier_site

SUJET = UUID(uuid_de("demo:sujet:2"))  # placed on the wall, with a report ready for the book

PIEGES = [
    *("\x00", "\x0b", "\x1b[31m", "\x7f", "\r\n", "\r", "\u2028", "\ufeff", "\ufffe"),
    *("\u202e", "\u200f", "\u2066", "שלום", "مرحبا", "e\u0301", "Z\u0364\u0351\u0313"),
    *("🦜", "👩\u200d👩\u200d👧", "\U0010fffd", "中文", "\u00a0", "\u202f"),
    *("<font color='red'>", "<font name=x size=99>", "<para>", "</para>", "<b>", "</i>", "<i"),
    *("&amp;", "&lt;b&gt;", "&", "&#0;", "&nbsp;", "<br/>", "<seq id=x/>", "<onDraw name=x/>"),
    *("<script>alert(1)</script>", '"><script>alert(1)</script>', "' onmouseover='x"),
    *("<img src=x onerror=alert(1)>", "javascript:alert(1)", "{{ 7*7 }}", "{% raw %}"),
    *("=1+1", "+33 6 00", "-2+3", "@SUM(A1:A9)", " =1+1", "\t=1+1", "  @x", "'=1"),
    *('=HYPERLINK("http://x";"y")', ";", '"', "\n=1"),
    *("../../x", "/etc/passwd", "C:\\x", "..\\..\\x", "x\x00.png", "~/.ssh/id_rsa"),
    *("*gras*", "# titre", "[a](javascript:x)", "`code`", "| a |"),
]
MORCEAU = st.one_of(
    st.sampled_from(PIEGES),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=10),  # no lone surrogate
)
HOSTILE = st.lists(MORCEAU, min_size=1, max_size=5).map("".join)
REGLAGES = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def requis(texte: str, limite: int | None = None) -> str:
    """Un texte qu'un champ obligatoire accepte : pas seulement des blancs, pas trop long."""
    texte = texte[:limite] if limite else texte
    return texte if texte.split() else "=" + texte


@dataclass(frozen=True)
class Saisie:
    """Ce que les opérations ont créé avec le texte hostile."""

    texte: str
    participant: UUID
    sujet_ajoute: UUID
    theme: UUID
    salle: UUID
    photo: UUID
    plan: UUID


def png() -> bytes:
    tampon = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 60)).save(tampon, "PNG")
    return tampon.getvalue()


def saisir_partout(document: DocumentForum, texte: str) -> Saisie:
    """Le même texte hostile dans chaque champ de texte, par les opérations de l'application.

    Fields with a length limit in the exchange schema get the text cut to that limit: what
    happens just past it is test_une_valeur_acceptee_fait_l_aller_retour's business.
    """
    modifier_forum(
        document,
        {
            "titre": requis(texte, 500),
            "question_appel": texte,
            "invitation": texte,
            "lieu": texte[:500],
        },
    )
    _, personne = participants.ajouter_participant(
        document,
        {
            "nom": requis(texte, 300),
            "organisation": texte[:300],
            "territoire": texte[:200],
            "type_acteur": texte[:100],
            "niveau_action": texte[:100],
            "courriel": "=cmd|calc!A0@exemple.org",
            "telephone": "+1 514 555 0000",
            "consentement_publication": True,
            "consentement_coordonnees": True,
        },
    )
    _, ajoute = sujets.ajouter_sujet(
        document,
        requis(texte, 2000),
        [requis(texte, 300), "-" + requis(texte, 200)],
        besoins=[texte],
        theme=requis(texte, 200),
    )
    titre_theme = requis("@" + texte, 200)
    _, theme = themes.ajouter_theme(document, {"titre": titre_theme, "description": texte})
    sujets.modifier_sujet(
        document,
        SUJET,
        {"titre": requis(texte, 2000), "description": texte, "theme": titre_theme},
    )
    with document.lecture() as session:
        salle = session.scalars(select(Sujet).where(Sujet.uuid == SUJET)).one().salle
        assert salle is not None
        salle_uuid = salle.uuid
    salles.modifier_salle(
        document, salle_uuid, {"nom": requis("+" + texte, 200), "equipements": [texte, "=1+1"]}
    )
    fiche = recoltes.lire_recolte(document, SUJET)
    recoltes.enregistrer(
        document,
        SUJET,
        ContenuRecolte(
            points_saillants=texte,
            propositions=texte,
            questions_ouvertes=texte,
            ressources=texte,
            citations=texte,
            mots_cles=(requis(texte),),
            etapes=(LigneEtape(requis(texte), texte[:500], texte[:200]),),
            scribe=personne,
            presents=(personne,),
            nombre_presents=3,
        ),
        auteur=texte[:300],
        version_attendue=fiche.version,
    )
    image = preparer_donnees(png(), texte)  # the file name as a person's disk gave it
    _, photo = ajouter_photo(document, SUJET, image, texte)
    legender_photo(document, photo, texte + " (légende)")
    _, plan = convergence.ajouter_plan(
        document,
        {
            "action": requis(texte),
            "prochaine_etape": texte,
            "ressources": texte,
            "partenaires": [texte, "=2+2"],
            "porteurs": [personne],
            "sujets": [SUJET, ajoute.sujet],
            "themes": [theme],
        },
    )
    return Saisie(texte, personne, ajoute.sujet, theme, salle_uuid, photo, plan)


@pytest.fixture
def copie_demo(_modele_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Une fabrique de copies fraîches de la démo : une par exemple de hypothesis."""

    def fabriquer() -> Path:
        chemin = tmp_path_factory.mktemp("hostile") / "demo.forum"
        shutil.copy2(_modele_demo, chemin)
        return chemin

    return fabriquer


# --- the JSON exchange ----------------------------------------------------------------------


def aller_retour(
    document: DocumentForum, dossier: Path, *, par_fichier: bool = False
) -> dict[str, Any]:
    """Exporte, importe dans un nouveau fichier, exporte de nouveau : les deux sont égaux."""
    premier = exporter_document(document)
    assert json.loads(en_texte(premier)) == premier
    importer_document(premier, dossier / "relu.forum")
    relu = DocumentForum.ouvrir(dossier / "relu.forum")
    try:
        second = exporter_document(relu)
    finally:
        relu.fermer()
    assert second == premier
    if not par_fichier:
        return premier
    # The same through the file: written, read back, imported, exported.
    exporter_fichier(document, dossier / "forum.json")
    importer_fichier(dossier / "forum.json", dossier / "relu-du-fichier.forum")
    relu = DocumentForum.ouvrir(dossier / "relu-du-fichier.forum")
    try:
        assert exporter_document(relu) == premier
    finally:
        relu.fermer()
    return premier


@settings(REGLAGES, max_examples=10)
@given(texte=HOSTILE)
def test_l_echange_json_fait_l_aller_retour_exact(copie_demo: Any, texte: str) -> None:
    chemin = copie_demo()
    document = DocumentForum.ouvrir(chemin)
    try:
        saisie = saisir_partout(document, texte)
        echange = aller_retour(document, chemin.parent)
    finally:
        document.fermer()
    recolte = next(r for r in echange["recoltes"] if r["sujet"] == str(SUJET))
    # The report's texts are kept exactly as typed, control characters included.
    for champ in ("points_saillants", "propositions", "questions_ouvertes", "ressources"):
        assert recolte[champ] == texte, champ
    photo = next(p for p in recolte["photos"] if p["uuid"] == str(saisie.photo))
    assert photo["nom_fichier"] == texte
    sujet = next(s for s in echange["sujets"] if s["uuid"] == str(SUJET))
    assert sujet["description"] == texte


# --- CSV: no cell a spreadsheet would run as a formula --------------------------------------

FORMULES = ("=", "+", "-", "@")


def cellules(chemin: Path) -> list[list[str]]:
    contenu = chemin.read_bytes()
    assert contenu.startswith("\ufeff".encode())
    texte = contenu.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(texte, newline=""), delimiter=";"))


def formules(chemin: Path) -> list[tuple[str, str, str]]:
    """(fichier, colonne, cellule) de chaque cellule qu'un tableur pourrait calculer."""
    lignes = cellules(chemin)
    trouvees = []
    for ligne in lignes[1:]:
        for colonne, cellule in zip(lignes[0], ligne, strict=True):
            if cellule.startswith("'"):
                continue
            # A spreadsheet may trim leading blanks before it looks at the first character.
            if cellule.lstrip(" \t").startswith(FORMULES) or cellule.startswith(("\t", "\r")):
                trouvees.append((chemin.name, colonne, cellule))
    return trouvees


def exporter_les_csv(document: DocumentForum, dossier: Path) -> dict[str, list[list[str]]]:
    exporter_participants_csv(document, dossier / "sans.csv", avec_coordonnees=False)
    exporter_participants_csv(document, dossier / "avec.csv", avec_coordonnees=True)
    exporter_plans_csv(document, dossier / "plans.csv")
    noms = ("sans", "avec", "plans")
    assert [f for n in noms for f in formules(dossier / f"{n}.csv")] == []
    return {n: cellules(dossier / f"{n}.csv") for n in noms}


@settings(REGLAGES, max_examples=20)
@given(texte=HOSTILE)
def test_les_csv_ne_commencent_jamais_par_une_formule(copie_demo: Any, texte: str) -> None:
    chemin = copie_demo()
    document = DocumentForum.ouvrir(chemin)
    try:
        saisie = saisir_partout(document, texte)
        champs = participants.lire_champs(document, saisie.participant)
        plan = convergence.lire_champs_plan(document, saisie.plan)
        tableaux = exporter_les_csv(document, chemin.parent)
    finally:
        document.fermer()
    # Each value is there, as stored, once the guard's apostrophe is taken off (as the import does).
    noms = {sans_prefixe_formule(ligne[0]) for ligne in tableaux["avec"][1:]}
    assert champs["nom"] in noms
    rangee = next(
        ligne for ligne in tableaux["avec"][1:] if sans_prefixe_formule(ligne[0]) == champs["nom"]
    )
    assert sans_prefixe_formule(rangee[1]) == champs["organisation"]
    assert sans_prefixe_formule(rangee[2]) == champs["courriel"]
    actions = [sans_prefixe_formule(ligne[0]) for ligne in tableaux["plans"][1:]]
    assert plan["action"] in actions


@pytest.mark.parametrize(
    "debut",
    ["=1+1", " =1+1", "  +1", "\t=1", " \t@SUM(A1)", "\r=1", "\n=1", " -2", "'=1", " '=1"],
)
def test_une_formule_importee_avec_des_blancs_devant(
    debut: str, chemin_demo: Path, tmp_path: Path
) -> None:
    """Le format d'échange garde les textes tels quels : des blancs peuvent précéder le « = »."""
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        _, personne = participants.ajouter_participant(document, {"nom": "Porteuse"})
        convergence.ajouter_plan(document, {"action": "Agir", "porteurs": [personne]})
        echange = exporter_document(document)
    finally:
        document.fermer()
    for participant in echange["participants"]:
        if participant["uuid"] == str(personne):
            participant.update(organisation=debut, territoire=debut, type_acteur=debut)
            participant.update(consentement_publication=True, consentement_coordonnees=True)
    (plan,) = echange["plans"]
    plan.update(ressources=debut, prochaine_etape=debut, partenaires=[debut])
    importer_document(echange, tmp_path / "importe.forum")
    document = DocumentForum.ouvrir(tmp_path / "importe.forum")
    try:
        exporter_les_csv(document, tmp_path)
    finally:
        document.fermer()


# --- the site: escaped, and nothing written outside its folder ------------------------------


@settings(REGLAGES, max_examples=8)
@given(texte=HOSTILE)
@example(texte='"><script>alert(1)</script>\x00../../x <img src=x onerror=alert(1)> \u202e')
def test_le_site_echappe_tout_et_reste_dans_son_dossier(copie_demo: Any, texte: str) -> None:
    chemin = copie_demo()
    parent = chemin.parent / "sortie"
    parent.mkdir()
    document = DocumentForum.ouvrir(chemin)
    try:
        saisir_partout(document, texte)
        titre = sujets.lire_champs(document, SUJET)["titre"]
    finally:
        document.fermer()
    avant = set(chemin.parent.rglob("*"))
    dossier = exports.exporter_site(chemin, parent / "site")
    apres = set(chemin.parent.rglob("*"))
    # Every new file or folder is the site or inside it, and nothing else moved next to it.
    nouveaux = apres - avant
    assert all(p == dossier or p.resolve().is_relative_to(dossier.resolve()) for p in nouveaux)
    assert [p.name for p in parent.iterdir()] == ["site"]
    assert all(not p.is_symlink() for p in dossier.rglob("*"))
    pages = verifier_site(dossier)
    for fichier in dossier.rglob("*"):
        if fichier.suffix in (".html", ".css", ".svg", ".txt", ".xml"):
            contenu = fichier.read_text(encoding="utf-8").lower()
            assert "<script" not in contenu, fichier
            # « javascript: » may be shown as text; never as a link (verifier_site checks).
    page = pages[dossier / "ateliers" / "2.html"]
    assert page.textes["h1"] == [publiable(titre)]
    tout = "".join(t for p in pages.values() for ts in p.textes.values() for t in ts)
    assert "\x00" not in tout and "\x0b" not in tout


# --- the book and the posters: built, and the text printed ---------------------------------


IMPRIMABLE = st.lists(
    st.sampled_from(
        [p for p in PIEGES if p.isprintable() and not set(p) & set("*`#|[]\\")]
        + ["Ordre", "du", "jour", "🦜", "AT&T"]
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(
    REGLAGES,
    max_examples=4,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # a book a second: no shrinking
)
@given(texte=st.one_of(IMPRIMABLE, HOSTILE))
@example(texte="<font color='red'> <para> </para> &amp; <b> <i <seq id=x/> 🦜 שלום e\u0301")
def test_le_livre_et_les_affiches_impriment_le_texte(copie_demo: Any, texte: str) -> None:
    chemin = copie_demo()
    document = DocumentForum.ouvrir(chemin)
    try:
        saisir_partout(document, texte)
        titre = sujets.lire_champs(document, SUJET)["titre"]
    finally:
        document.fermer()
    livre = exports.exporter_livre(chemin, chemin.parent / "actes.pdf")
    lu = corps(PdfReader(livre))
    if texte.isprintable():
        assert imprime(titre, lu) or imprime(titre, lu, Graisse.GRASSE), titre
        # Plain fields print as typed (the notes are Markdown, read as Markdown).
        for champ in (requis(texte), requis("+" + texte, 200)):  # keyword, step; room
            assert imprime(champ, lu), champ
    for genre in ("agenda", "salles", "fiches"):
        affiche = exports.exporter_affiches(chemin, chemin.parent / f"{genre}.pdf", genre)
        assert PdfReader(affiche).pages


# --- very long texts ------------------------------------------------------------------------


def test_cent_mille_caracteres_partout(chemin_demo: Path, tmp_path: Path) -> None:
    """100 000 caractères hostiles dans chaque champ sans limite : tout passe, rien ne casse."""
    long = ("<b>=1+1 🦜 שלום &amp; \x00\x0b e\u0301 ../../x " * 3000)[:100_000]
    assert len(long) == 100_000
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        saisie = saisir_partout(document, long)
        echange = aller_retour(document, tmp_path, par_fichier=True)
        exporter_les_csv(document, tmp_path)
    finally:
        document.fermer()
    recolte = next(r for r in echange["recoltes"] if r["sujet"] == str(SUJET))
    assert recolte["points_saillants"] == long
    assert any(p["legende"] == long + " (légende)" for p in recolte["photos"])
    assert saisie.texte == long
    sortie = tmp_path / "sortie"
    site = exports.exporter_site(chemin_demo, sortie / "site")
    assert [p.name for p in sortie.iterdir()] == ["site"]
    for fichier in site.rglob("*.html"):
        contenu = fichier.read_text(encoding="utf-8")
        assert "<script" not in contenu.lower() and "<b>" not in contenu, fichier
    page = (site / "ateliers" / "2.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;=1+1" in page


@pytest.mark.lent
def test_un_livre_de_cent_mille_caracteres_se_fait_en_temps_raisonnable(
    chemin_demo: Path, tmp_path: Path
) -> None:
    """Une note de 100 000 caractères (collée d'un document) ne fige pas l'export du livre.

    The book runs in a worker, but a person waits for it: a minute and a half for one long
    note is a hang to them. The budget is generous (about 20 times the demo's book).
    """
    long = ("<b>=1+1 🦜 שלום &amp; \x00\x0b e\u0301 ../../x " * 3000)[:100_000]
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        saisir_partout(document, long)
    finally:
        document.fermer()
    budget = 20.0  # seconds
    debut = time.perf_counter()

    def trop_long() -> bool:
        return time.perf_counter() - debut > budget

    try:
        livre = exports.exporter_livre(chemin_demo, tmp_path / "actes.pdf", annule=trop_long)
    except ExportAnnule:
        pytest.fail(f"le livre n'est toujours pas fini après {budget:.0f} s")
    assert PdfReader(livre).pages


# --- what an operation accepts, the exchange format must take back ------------------------


def _forum(document: DocumentForum, n: int) -> None:
    modifier_forum(document, {"titre": "T" * n})


def _lieu(document: DocumentForum, n: int) -> None:
    modifier_forum(document, {"lieu": "L" * n})


def _salle(document: DocumentForum, n: int) -> None:
    salles.ajouter_salle(document, {"nom": "S" * n})


def _sujet(document: DocumentForum, n: int) -> None:
    sujets.modifier_sujet(document, SUJET, {"titre": "T" * n})


def _creneau(document: DocumentForum, n: int) -> None:
    from app.operations import creneaux
    from modeles.entites import Creneau

    with document.lecture() as session:
        creneau = session.scalars(select(Creneau).limit(1)).one()
    creneaux.modifier_creneau(document, creneau.uuid, {"libelle": "C" * n})


def _auteur(document: DocumentForum, n: int) -> None:
    fiche = recoltes.lire_recolte(document, SUJET)
    recoltes.enregistrer(
        document,
        SUJET,
        ContenuRecolte(points_saillants="Autre texte " * (n % 7 + 1)),
        auteur="A" * n,
        version_attendue=fiche.version,
    )


def _theme(document: DocumentForum, n: int) -> None:
    themes.ajouter_theme(document, {"titre": "T" * n})


def _participant(document: DocumentForum, n: int) -> None:
    participants.ajouter_participant(document, {"nom": "N" * n, "territoire": "t" * (n // 2)})


@pytest.mark.parametrize(
    ("operation", "limite"),
    [
        (_forum, 500),
        (_lieu, 500),
        (_salle, 200),
        (_sujet, 2000),
        (_creneau, 200),
        (_auteur, 300),
        (_theme, 200),
        (_participant, 300),
    ],
    ids=lambda v: getattr(v, "__name__", str(v)),
)
def test_une_valeur_acceptee_fait_l_aller_retour(
    operation: Any, limite: int, chemin_demo: Path, tmp_path: Path
) -> None:
    """Une opération refuse (en français) ce que le format d'échange et la base refuseraient.

    The exchange schema (ressources/schemas) and the columns (modeles/entites.py) cap these
    lengths: an operation that accepts one character more makes a forum whose JSON export
    cannot be imported again, and whose data PostgreSQL would refuse.
    """
    from modeles.erreurs import ErreurForum

    document = DocumentForum.ouvrir(chemin_demo)
    try:
        operation(document, limite)  # exactly at the limit: accepted
        with contextlib.suppress(ErreurForum):  # refused, with a message: fine
            operation(document, limite + 1)
        aller_retour(document, tmp_path)
    finally:
        document.fermer()
