"""Le site des notes : chemins des codes QR, liens relatifs, HTML sûr et valide, tout ou rien."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.document import DocumentForum
from app.publication import PAGE_ACCUEIL, PAGE_PARTICIPANTS, contenu_publie, url_publique
from app.site import MARQUEUR_SITE, OperationAnnulee, ecrire_site
from app.site.markdown_html import markdown_en_html
from app.site.texte import nettoyer, publiable
from modeles.entites import Etape, Forum, Participant, Photo, Recolte, Sujet
from modeles.erreurs import ErreurForum

HOSTILE = "<script>alert(1)</script>"
# Every element the templates and the Markdown renderer may produce; anything else came from
# a note, a title or a caption that was not escaped.
BALISES = {
    *("html", "head", "meta", "title", "link", "body", "header", "nav", "main", "footer"),
    *("article", "section", "div", "span", "p", "a", "ul", "ol", "li", "dl", "dt", "dd"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"),
    *("em", "strong", "s", "code", "pre", "blockquote", "hr", "br", "figure", "figcaption", "img"),
    # The ecosystem page's charts: inline SVG, drawn by app/site/ecosysteme_svg.py.
    *("svg", "g", "title", "rect", "text", "line", "circle"),
}
VIDES = {"meta", "link", "img", "br", "hr"}


class Page(HTMLParser):
    """Ce qu'un test veut savoir d'une page : balises, liens, identifiants, textes par balise."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.balises: list[tuple[str, dict[str, str]]] = []
        self.ouvertes: list[str] = []
        self.ids: set[str] = set()
        self.textes: dict[str, list[str]] = {}
        self._en_cours: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributs = {k: v or "" for k, v in attrs}
        self.balises.append((tag, attributs))
        if "id" in attributs:
            self.ids.add(attributs["id"])
        if tag not in VIDES:
            self.ouvertes.append(tag)
            self._en_cours.append((tag, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in VIDES, tag  # `<div/>` does not close a div in HTML5
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        assert self.ouvertes and self.ouvertes[-1] == tag, (tag, self.ouvertes[-5:])
        self.ouvertes.pop()
        nom, morceaux = self._en_cours.pop()
        texte = "".join(morceaux)
        self.textes.setdefault(nom, []).append(texte)
        if self._en_cours:
            self._en_cours[-1][1].append(texte)

    def handle_data(self, data: str) -> None:
        if self._en_cours:
            self._en_cours[-1][1].append(data)


def lire_page(chemin: Path) -> Page:
    texte = chemin.read_text(encoding="utf-8")
    assert texte.startswith("<!DOCTYPE html>\n")
    # html5lib in strict mode raises on any HTML5 parse error.
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(texte)
    page = Page()
    page.feed(texte)
    page.close()
    assert page.ouvertes == []
    return page


def verifier_site(dossier: Path) -> dict[Path, Page]:
    """Chaque page est valide, sans balise étrangère, et ses liens internes mènent quelque part."""
    pages = {p: lire_page(p) for p in sorted(dossier.rglob("*.html"))}
    assert pages
    for chemin, page in pages.items():
        assert {tag for tag, _ in page.balises} <= BALISES, chemin
        assert page.balises[0] == ("html", page.balises[0][1]) and page.balises[0][1]["lang"]
        assert ("meta", {"charset": "utf-8"}) in page.balises
        assert any(t == "meta" and a.get("name") == "viewport" for t, a in page.balises)
        for tag, attributs in page.balises:
            assert not any(nom.startswith("on") for nom in attributs), (chemin, tag, attributs)
            cible = attributs.get("href") if tag in ("a", "link") else attributs.get("src")
            if cible is None:
                continue
            assert not cible.strip().lower().startswith(("javascript:", "data:", "vbscript:"))
            rel = attributs.get("rel", "")
            if rel == "canonical" or "nofollow" in rel:
                continue  # the public address, or a link typed in a note
            morceaux = urlsplit(cible)
            assert not morceaux.scheme and not morceaux.netloc and not cible.startswith("/")
            vise = (chemin.parent / unquote(morceaux.path)).resolve() if morceaux.path else chemin
            assert vise.is_file() and vise.is_relative_to(dossier.resolve()), (chemin, cible)
            if morceaux.fragment and vise.suffix == ".html":
                assert morceaux.fragment in pages[vise].ids, (chemin, cible)
    return pages


def empreinte(dossier: Path) -> dict[str, str]:
    return {
        str(p.relative_to(dossier)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(dossier.rglob("*"))
        if p.is_file()
    }


def modifier(document: DocumentForum, changement: Callable[[Session], None]) -> None:
    with document.transaction() as session:
        changement(session)


def recolte_de(session: Session, numero: int) -> Recolte:
    return session.scalars(select(Recolte).join(Recolte.sujet).where(Sujet.numero == numero)).one()


def image_png(largeur: int = 60, hauteur: int = 40) -> bytes:
    sortie = io.BytesIO()
    Image.new("RGB", (largeur, hauteur), (30, 120, 200)).save(sortie, "PNG")
    return sortie.getvalue()


def test_chaque_atelier_a_sa_page_au_chemin_du_code_qr(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    publication = contenu_publie(document_demo)
    dossier = ecrire_site(document_demo, tmp_path / "site")
    pages = verifier_site(dossier)
    assert (dossier / PAGE_ACCUEIL).is_file() and (dossier / PAGE_PARTICIPANTS).is_file()
    assert (dossier / MARQUEUR_SITE).is_file()
    accueil = pages[dossier / PAGE_ACCUEIL]
    liens = {a.get("href") for tag, a in accueil.balises if tag == "a"}
    for atelier in publication.ateliers:
        page = pages[dossier / atelier.chemin]
        assert page.textes["h1"] == [publiable(atelier.titre)]
        assert atelier.chemin in liens  # listed on the home page
        for section in atelier.sections:
            assert publiable(section.titre) in page.textes["h2"]
    retour = pages[dossier / publication.ateliers[0].chemin]
    assert any(a.get("href") == f"../{PAGE_ACCUEIL}" for tag, a in retour.balises if tag == "a")
    assert accueil.textes["h1"] == [publiable(publication.forum.titre)]


def test_l_adresse_publique_n_est_pas_requise(document_demo: DocumentForum, tmp_path: Path) -> None:
    def sans_adresse(session: Session) -> None:
        session.scalars(select(Forum)).one().url_publication = ""

    modifier(document_demo, sans_adresse)
    dossier = ecrire_site(document_demo, tmp_path / "site")
    assert 'rel="canonical"' not in (dossier / PAGE_ACCUEIL).read_text(encoding="utf-8")
    verifier_site(dossier)

    base = "https://notes.exemple.org/forum/"
    dossier = ecrire_site(document_demo, tmp_path / "site", url_publication=base)
    atelier = contenu_publie(document_demo).ateliers[0]
    page = lire_page(dossier / atelier.chemin)
    canoniques = [a["href"] for tag, a in page.balises if a.get("rel") == "canonical"]
    assert canoniques == [url_publique(base, atelier.chemin)]


def test_aucun_script_meme_si_une_note_en_contient(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    def hostile(session: Session) -> None:
        forum = session.scalars(select(Forum)).one()
        forum.titre = f"Forum {HOSTILE}"
        forum.invitation = f"{HOSTILE}\n\n[clic](javascript:alert(1)) <b onclick=x>gras</b>"
        recolte = recolte_de(session, 2)
        recolte.sujet.titre = f"Titre {HOSTILE}"
        recolte.points_saillants = f"{HOSTILE}\n\n[lien](https://exemple.org/a) <iframe src=x>"
        recolte.mots_cles = [HOSTILE]
        recolte.etapes[0].quoi = HOSTILE
        session.scalars(
            select(Participant).where(Participant.consentement_publication).limit(1)
        ).one().nom = HOSTILE

    modifier(document_demo, hostile)
    dossier = ecrire_site(document_demo, tmp_path / "site")
    pages = verifier_site(dossier)
    for page in pages.values():
        assert all(tag not in ("script", "iframe", "b") for tag, _ in page.balises)
    for fichier in dossier.rglob("*.html"):
        assert "<script" not in fichier.read_text(encoding="utf-8").lower()
    page = pages[dossier / "ateliers" / "2.html"]
    assert page.textes["h1"] == [f"Titre {HOSTILE}"]
    assert HOSTILE in page.textes["p"]  # shown as text, where it was typed
    lien = next(
        a for tag, a in page.balises if tag == "a" and a.get("href") == "https://exemple.org/a"
    )
    assert lien["rel"] == "nofollow noopener"
    assert HOSTILE in pages[dossier / PAGE_PARTICIPANTS].textes["td"]


def test_les_personnes_sans_consentement_n_apparaissent_nulle_part(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    def discrete(session: Session) -> None:
        recolte = recolte_de(session, 2)
        for personne in (recolte.scribe, recolte.sujet.porteurs[0]):
            assert personne is not None
            personne.consentement_publication = False
            personne.nom = f"Zéphirine Discrète {personne.id}"
            personne.organisation = "Organisme Confidentiel"
        recolte.presents.append(recolte.sujet.porteurs[0])

    modifier(document_demo, discrete)
    dossier = ecrire_site(document_demo, tmp_path / "site")
    pages = verifier_site(dossier)
    for chemin, page in pages.items():
        tout = "".join(t for textes in page.textes.values() for t in textes)
        assert "Zéphirine" not in tout and "Confidentiel" not in tout, chemin
        assert "Zéphirine" not in chemin.read_text(encoding="utf-8")
    assert "1\u00a0personne" in "".join(pages[dossier / "ateliers" / "2.html"].textes["dd"])


def test_une_photo_hostile_reste_dans_le_dossier(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    legende = '"><script>alert(1)</script> ../../legende'
    donnees = image_png()

    def photos(session: Session) -> None:
        recolte = recolte_de(session, 2)
        recolte.photos.append(
            Photo(
                legende=legende,
                nom_fichier="../../../evasion.png",
                type_mime="image/png",
                largeur=60,
                hauteur=40,
                donnees=donnees,
            )
        )
        # A type nobody knows gives no file at all, rather than a name made up from it.
        recolte.photos.append(
            Photo(
                legende="bizarre",
                nom_fichier="../x.sh",
                type_mime="image/../../../x",
                largeur=1,
                hauteur=1,
                donnees=b"#!/bin/sh\n",
            )
        )

    modifier(document_demo, photos)
    parent = tmp_path / "sortie"
    parent.mkdir()
    dossier = ecrire_site(document_demo, parent / "site")
    assert [p.name for p in parent.iterdir()] == ["site"]
    assert not list(tmp_path.rglob("evasion*")) and not list(tmp_path.rglob("x.sh"))
    pages = verifier_site(dossier)
    atelier = next(a for a in contenu_publie(document_demo).ateliers if a.numero == 2)
    photo = next(p for p in atelier.photos if p.legende == legende)
    fichier = dossier / "ateliers" / "photos" / f"{photo.uuid}.png"
    assert fichier.read_bytes() == donnees
    # The photo of unknown type is left out; every other one is a file named by its uuid.
    ecrites = sorted(p.name for p in (dossier / "ateliers" / "photos").iterdir())
    assert fichier.name in ecrites and len(ecrites) == len(atelier.photos) - 1
    assert all(re.fullmatch(r"[0-9a-f-]{36}\.(jpg|png)", nom) for nom in ecrites)
    images = [a for tag, a in pages[dossier / "ateliers" / "2.html"].balises if tag == "img"]
    assert [i for i in images if i["src"].endswith(fichier.name)] == [
        {
            "src": f"../ateliers/photos/{fichier.name}",
            "alt": publiable(legende),
            "width": "60",
            "height": "40",
            "loading": "lazy",
        }
    ]


def test_annuler_laisse_l_ancien_site_intact(document_demo: DocumentForum, tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    dossier = ecrire_site(document_demo, sortie / "site")
    avant = empreinte(dossier)

    def titre(session: Session) -> None:
        recolte_de(session, 2).sujet.titre = "Un tout autre titre"

    modifier(document_demo, titre)
    appels = []

    def annule() -> bool:
        appels.append(1)
        return len(appels) > 5

    etapes: list[tuple[int, int]] = []
    with pytest.raises(OperationAnnulee):
        ecrire_site(
            document_demo,
            dossier,
            progression=lambda fait, total: etapes.append((fait, total)),
            annule=annule,
        )
    assert empreinte(dossier) == avant
    assert [p.name for p in sortie.iterdir()] == ["site"]
    assert etapes and all(total == etapes[0][1] for _, total in etapes)

    def panne(*_: object) -> None:
        raise OSError("disque plein")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("app.site.generateur.donnees_photo", panne)
        patch.setattr("app.site.generateur._feuille_de_style", panne)
        with pytest.raises(OSError):
            ecrire_site(document_demo, dossier)
    assert empreinte(dossier) == avant
    assert [p.name for p in sortie.iterdir()] == ["site"]

    faits: list[int] = []
    ecrire_site(document_demo, dossier, progression=lambda fait, total: faits.append(fait))
    assert faits == list(range(1, len(faits) + 1))
    assert empreinte(dossier) != avant
    assert [p.name for p in sortie.iterdir()] == ["site"]
    assert "Un tout autre titre" in (dossier / "ateliers" / "2.html").read_text(encoding="utf-8")


def test_un_dossier_qui_n_est_pas_un_site_est_refuse_intact(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    sortie = tmp_path / "sortie"
    dossier = sortie / "Documents"
    dossier.mkdir(parents=True)
    (dossier / "these.odt").write_bytes(b"quatre ans de travail")
    with pytest.raises(ErreurForum, match="n'est pas un site"):
        ecrire_site(document_demo, dossier)
    assert [p.name for p in dossier.iterdir()] == ["these.odt"]
    assert [p.name for p in sortie.iterdir()] == ["Documents"]

    fichier = sortie / "notes.txt"
    fichier.write_text("garder")
    with pytest.raises(ErreurForum):
        ecrire_site(document_demo, fichier)
    assert fichier.read_text() == "garder"

    # An empty folder, as a folder chooser creates, is fine.
    vide = sortie / "vide"
    vide.mkdir()
    assert (ecrire_site(document_demo, vide) / PAGE_ACCUEIL).is_file()


def test_markdown_sur() -> None:
    html = markdown_en_html(
        "# Titre\n\n"
        "Un [lien](https://exemple.org/a:b) et `code : intact` ; une ligne\nsuivante\n\n"
        "<div>brut</div> [x](javascript:alert(1)) ![img](https://pisteur.exemple/p.png)"
    )
    assert "<h3>Titre</h3>" in html
    assert '<a href="https://exemple.org/a:b" rel="nofollow noopener">lien</a>' in html
    assert "<code>code : intact</code>; une ligne<br>" in html
    assert "&lt;div&gt;brut&lt;/div&gt;" in html
    assert 'href="javascript' not in html and "<img" not in html
    assert markdown_en_html("Note : ceci", "en") == "<p>Note : ceci</p>\n"
    assert nettoyer("a\x00b\r\nc\x1b\ufffe") == "ab\nc"


_ARBITRAIRE = st.text(st.characters(codec="utf-8"), max_size=80)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(titre=_ARBITRAIRE.filter(str.strip), note=_ARBITRAIRE, etape=_ARBITRAIRE)
def test_tout_texte_se_publie_tel_quel(
    document_demo: DocumentForum,
    tmp_path_factory: pytest.TempPathFactory,
    titre: str,
    note: str,
    etape: str,
) -> None:
    def saisir(session: Session) -> None:
        recolte = recolte_de(session, 2)
        recolte.sujet.titre = titre
        recolte.points_saillants = note
        recolte.etapes.clear()
        recolte.etapes.append(Etape(rang=0, quoi=etape, qui=titre, quand=note))
        recolte.mots_cles = [titre]

    modifier(document_demo, saisir)
    dossier = ecrire_site(document_demo, tmp_path_factory.mktemp("site") / "site")
    pages = verifier_site(dossier)
    page = pages[dossier / "ateliers" / "2.html"]
    assert page.textes["h1"] == [publiable(titre)]
    assert publiable(etape) in page.textes["td"] and publiable(note) in page.textes["td"]
    assert publiable(titre) in page.textes["li"]
    accueil = "".join(pages[dossier / PAGE_ACCUEIL].textes["a"])
    assert publiable(titre) in accueil


def test_les_liens_de_la_page_restent_relatifs_au_dossier(tmp_path: Path) -> None:
    """La vérification elle-même refuse un lien qui sort du site (elle ne laisse rien passer)."""
    dossier = tmp_path / "s"
    (dossier / "ateliers").mkdir(parents=True)
    gabarit = (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"><title>t</title></head>'
        '<body><a href="{}">x</a></body></html>'
    )
    (dossier / "index.html").write_text(gabarit.format("../dehors.html"), encoding="utf-8")
    (tmp_path / "dehors.html").write_text("x")
    with pytest.raises(AssertionError):
        verifier_site(dossier)
