"""Le matériel publié parle la langue du forum : livre, affiches, site et CSV d'un forum en anglais.

The demo forum, imported with `langue = "en"`: its typed content stays French (people wrote
it), but every heading, label, date and time the program adds is English, and no French
spacing rule is applied. The French demo is covered by the other publication tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import string
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import formats
from app.actes import LivreDesActes
from app.affiches import GenreAffiche, ecrire_affiches
from app.champs_recolte import CHAMPS_RECOLTE, champs_du_forum
from app.demo import document_demo
from app.document import DocumentForum
from app.echange.importer import importer_document
from app.ecosysteme import analyser
from app.exports_plans import csv_plans
from app.libelles import ANGLAIS, FRANCAIS, LANGUES, Libelles, code_langue, libelles
from app.publication import contenu_publie
from app.publication_convergence import convergence_publiee, texte_porteurs
from app.site.generateur import pages_du_site
from modeles.valeurs import NatureCreneau

# Headings the program writes, whose French form must not appear in an English book.
TITRES_DU_LIVRE = (
    "actes_du_forum",
    "table_des_matieres",
    "en_chiffres",
    "agenda",
    "comptes_rendus",
    "prochaines_etapes",
    "index_porteurs",
    "site_du_forum",
    "agenda_note",
    "etapes_note",
    "priorites",
    "plans_action",
    "voix_absentes",
    "qui_a_rencontre_qui",
)


def _champs(formes: object) -> list[str]:
    """Les noms des champs `{}` d'un libellé (ou de chacune de ses formes)."""
    if isinstance(formes, str):
        return [nom for _, nom, _, _ in string.Formatter().parse(formes) if nom is not None]
    if isinstance(formes, tuple):
        return [c for forme in formes for c in _champs(forme)]
    return []


# --- The label table ---------------------------------------------------------------------


def test_chaque_libelle_existe_dans_les_deux_langues() -> None:
    assert set(LANGUES) == {"fr", "en"}
    for champ in fields(Libelles):
        francais, anglais = getattr(FRANCAIS, champ.name), getattr(ANGLAIS, champ.name)
        assert type(francais) is type(anglais), champ.name
        if isinstance(francais, str):
            assert francais.strip() and anglais.strip(), champ.name
        elif isinstance(francais, tuple):
            assert len(francais) == len(anglais) == 2, champ.name
            assert all(f.strip() for f in (*francais, *anglais)), champ.name
        else:  # a mapping: the same keys, a word for each
            assert set(francais) == set(anglais), champ.name
            assert all(v.strip() for v in (*francais.values(), *anglais.values())), champ.name
        # The same fields to fill, so that one call serves both languages.
        assert _champs(francais) == _champs(anglais), champ.name
    assert set(FRANCAIS.natures) == {n.value for n in NatureCreneau}
    assert set(FRANCAIS.champs) == {c.cle for c in CHAMPS_RECOLTE}


def test_les_libelles_anglais_n_ont_aucune_espace_francaise() -> None:
    for champ in fields(Libelles):
        valeur = getattr(ANGLAIS, champ.name)
        textes = (
            [valeur]
            if isinstance(valeur, str)
            else list(valeur)
            if isinstance(valeur, tuple)
            else list(valeur.values())
        )
        for texte in textes:
            assert not re.search(r"[\s\u00a0\u202f][:;!?]", texte), (champ.name, texte)
            assert "«" not in texte and "»" not in texte, champ.name
            assert "n°" not in texte, champ.name


def test_la_langue_choisit_sa_colonne() -> None:
    assert libelles("en") is ANGLAIS and libelles("en-CA") is ANGLAIS
    assert libelles("fr") is FRANCAIS and libelles("") is FRANCAIS and libelles("de") is FRANCAIS
    assert code_langue("EN_ca") == "en"
    assert ANGLAIS.accord(1, ANGLAIS.personnes) == "1\u00a0person"
    assert ANGLAIS.accord(0, ANGLAIS.personnes) == "0\u00a0people"
    assert FRANCAIS.accord(0, FRANCAIS.personnes) == "0\u00a0personne"
    assert ANGLAIS.nombre(12345) == "12,345"
    assert FRANCAIS.nombre(12345) == "12\u00a0345"
    assert texte_porteurs(["Ana", "Bruno"], 2, ANGLAIS) == "Ana, Bruno and 2\u00a0other people"
    assert texte_porteurs(["Ana", "Bruno"], 0) == "Ana et Bruno"
    assert ANGLAIS.rang_ex_aequo(2, 3) == "2 (tied)"


def test_dates_et_heures_en_anglais() -> None:
    jour, moment = dt.date(2026, 5, 14), dt.time(14, 30)
    assert formats.date_longue(jour, "en") == "Thursday, May 14, 2026"
    assert formats.date_longue(jour, "fr") == "jeudi 14 mai 2026"
    assert formats.heure(moment, "fr") == "14\u00a0h\u00a030"
    # Babel's en_CA: "2:30 p.m." (a narrow no-break space before "p.m." in recent CLDR).
    assert re.fullmatch(r"2:30[\s\u202f\u00a0]p\.m\.", formats.heure(moment, "en"))
    assert re.fullmatch(r"9:00[\s\u202f\u00a0]a\.m\.", formats.heure(dt.time(9), "en"))


def test_les_champs_non_renommes_suivent_la_langue() -> None:
    anglais = {c.cle: c.libelle for c in champs_du_forum({}, "en")}
    assert anglais["points_saillants"] == "Key points"
    assert anglais["etapes"] == "Next steps"
    renommes = {
        "points_saillants": {"libelle": "Ce qui ressort"},
        "etapes": {"libelle": FRANCAIS.champs["etapes"]},  # the French default: not renamed
        "citations": {"actif": False},
    }
    anglais = {c.cle: c.libelle for c in champs_du_forum(renommes, "en")}
    assert anglais["points_saillants"] == "Ce qui ressort"  # the forum's own word, kept
    assert anglais["etapes"] == "Next steps"
    assert "citations" not in anglais
    francais = {c.cle: c.libelle for c in champs_du_forum({}, "fr")}
    assert francais == {c.cle: c.libelle for c in CHAMPS_RECOLTE}


# --- An English forum ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def forum_anglais(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentForum]:
    donnees = document_demo()
    donnees["forum"]["langue"] = "en"
    chemin = tmp_path_factory.mktemp("anglais") / "demo-en.forum"
    importer_document(donnees, chemin)
    document = DocumentForum.ouvrir(chemin)
    yield document
    document.fermer()


def _texte(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def _langue_pdf(lecteur: PdfReader) -> str:
    """La langue du document déclarée dans son catalogue (/Lang)."""
    return str(lecteur.root_object.get("/Lang", ""))


def _sans_francais(texte: str, *noms: str) -> None:
    for nom in noms:
        francais, anglais = getattr(FRANCAIS, nom), getattr(ANGLAIS, nom)
        morceau = francais.split("{}")[0].strip()
        if francais != anglais and morceau:
            assert morceau not in texte, nom


def _sans_espace_francaise(texte: str) -> None:
    """Ni espace insécable avant « : », ni « n° » : rien de la typographie française."""
    assert not re.search("[\u00a0\u202f][:;!?]", texte)
    assert "n°" not in texte


@pytest.fixture(scope="module")
def livre_anglais(
    forum_anglais: DocumentForum, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, PdfReader]:
    destination = tmp_path_factory.mktemp("livre") / "proceedings.pdf"
    LivreDesActes(forum_anglais).rendre(destination)
    return destination, PdfReader(destination)


def test_le_livre_en_anglais(livre_anglais: tuple[Path, PdfReader]) -> None:
    chemin, lecteur = livre_anglais
    texte = _texte(chemin)
    for titre in (
        "OPEN SPACE PROCEEDINGS",
        "Contents",
        "The forum in numbers",
        "Agenda",
        "Session reports",
        "Next steps",
        "Ecosystem",
        "Index",
        "Session conveners",
        "participants",
        "Convened by:",
        "When:",
        "Room:",
        "SESSION 1",
        "Key points",
    ):
        assert titre in texte, titre
    assert "Thursday, May 14, 2026" in texte
    assert re.search(r"\d{1,2}:\d\d[\s\u202f\u00a0][ap]\.m\.", texte)
    assert re.search(r"Proceedings — .+ — page 2 of \d+", texte)
    _sans_francais(texte, *TITRES_DU_LIVRE)
    for francais in ("jeudi", "Porté par", "Prochaines étapes", "Points saillants"):
        assert francais not in texte, francais
    _sans_espace_francaise(texte)
    titres_signets = [entree.title for entree in lecteur.outline if not isinstance(entree, list)]
    assert "Contents" in titres_signets and "Table des matières" not in titres_signets
    assert _langue_pdf(lecteur) == "en-CA"
    assert lecteur.metadata is not None
    assert str(lecteur.metadata.title).startswith("Proceedings — ")


def test_le_site_en_anglais(forum_anglais: DocumentForum) -> None:
    publication = contenu_publie(forum_anglais)
    pages = dict(
        pages_du_site(
            publication,
            convergence=convergence_publiee(forum_anglais),
            ecosysteme=analyser(forum_anglais),
        )
    )
    assert len(pages) > 3
    for chemin, html in pages.items():
        assert '<html lang="en-CA">' in html, chemin
        assert "Skip to content" in html and "Aller au contenu" not in html, chemin
        assert '#ateliers">Sessions</a>' in html, chemin
        for francais in ("← Accueil", "Tous les ateliers", "Porté par", "Notes du forum ouvert"):
            assert francais not in html, (chemin, francais)
        _sans_espace_francaise(html)
    accueil = pages["index.html"]
    assert "Thursday, May 14, 2026" in accueil
    assert "Sessions and their reports" in accueil and "The forum in numbers" in accueil
    assert re.search(r"\d{1,2}:\d\d[\s\u202f\u00a0][ap]\.m\.", accueil)
    atelier = pages[publication.ateliers[0].chemin]
    assert "<dt>When</dt>" in atelier and "← All sessions" in atelier
    assert "Key points" in atelier and "Points saillants" not in atelier
    assert "Priorities" in pages["convergence.html"] or "Themes" in pages["convergence.html"]
    assert "Who met whom" in pages["ecosysteme.html"]
    assert "The people who took part" in pages["participants.html"]


@pytest.mark.parametrize("genre", ["agenda", "salles", "fiches"])
def test_les_affiches_en_anglais(
    forum_anglais: DocumentForum, tmp_path: Path, genre: GenreAffiche
) -> None:
    chemin = ecrire_affiches(forum_anglais, tmp_path / f"{genre}.pdf", genre)
    lecteur = PdfReader(chemin)
    texte = _texte(chemin)
    assert "Thursday, May 14, 2026" in texte
    assert re.search(r"\d{1,2}:\d\d[\s\u202f\u00a0][ap]\.m\.", texte)
    assert _langue_pdf(lecteur) == "en-CA"
    attendus = {
        "agenda": ("Time", "sheet 1 /", "column A, row 1"),
        "salles": ("#1",),
        "fiches": ("Convened by:", "Note-taker:", "hand in to the newsroom", "What", "Who"),
    }[genre]
    for mot in attendus:
        assert mot in texte, mot
    for francais in ("Heure", "feuille", "suite du", "Porté par", "à remettre", "Libre"):
        assert francais not in texte, francais
    _sans_espace_francaise(texte)


def test_le_csv_des_plans_en_anglais(forum_anglais: DocumentForum) -> None:
    contenu = csv_plans(forum_anglais)
    lignes = list(csv.reader(io.StringIO(contenu.removeprefix("\ufeff")), delimiter=";"))
    assert lignes[0][:3] == ["Action", "Convened by", "Conveners' e-mails"]
    assert "Deadline" in lignes[0] and "Échéance" not in lignes[0]
    assert not any("n°" in cellule for ligne in lignes for cellule in ligne)
