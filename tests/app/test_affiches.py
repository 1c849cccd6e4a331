"""Le matériel imprimé du mur : relu dans le PDF, codes QR décodés d'une page rendue en image."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from app.affiches import ecrire_affiches
from app.affiches.agenda import colonnes_de_feuilles, lettre_colonne
from app.affiches.commun import couper
from app.affiches.polices import NORMALE, enregistrer_polices
from app.demo import document_synthetique
from app.document import DocumentForum
from app.echange.importer import importer_document
from app.publication import contenu_publie, url_publique
from app.site import OperationAnnulee
from modeles.entites import Forum, Sujet
from modeles.erreurs import ErreurForum
from modeles.valeurs import FormatPapier

BASE = "https://notes.exemple.org/forum-2026"


def pages_texte(chemin: Path) -> list[str]:
    """Le texte de chaque page, espaces (insécables compris) ramenées à une seule."""
    lecteur = PdfReader(chemin)
    return [" ".join(page.extract_text().split()) for page in lecteur.pages]


def polices_du_pdf(chemin: Path) -> set[str]:
    noms = set()
    for page in PdfReader(chemin).pages:
        for police in page["/Resources"]["/Font"].values():
            noms.add(str(police.get_object()["/BaseFont"]))
    return noms


def un_espace(texte: str) -> str:
    return " ".join(texte.split())


def modifier_forum(document: DocumentForum, **valeurs: object) -> None:
    with document.transaction() as session:
        forum = session.scalars(select(Forum)).one()
        for cle, valeur in valeurs.items():
            setattr(forum, cle, valeur)


def test_l_affiche_de_l_agenda(document_demo: DocumentForum, tmp_path: Path) -> None:
    publication = contenu_publie(document_demo)
    pdf = ecrire_affiches(document_demo, tmp_path / "agenda.pdf", "agenda")
    pages = pages_texte(pdf)
    tout = " ".join(pages)
    assert "Jeudi 14 mai 2026" in tout and "Vendredi 15 mai 2026" in tout
    for salle in publication.jours[0].salles:
        assert un_espace(salle.nom) in tout
    for atelier in publication.ateliers:
        assert f"n° {atelier.numero}" in tout
    for numero, page in enumerate(pages, start=1):
        assert re.search(r"feuille \d+ / \d+ — colonne [A-Z]+, rangée \d+", page), numero
    largeur, hauteur = PdfReader(pdf).pages[0].mediabox.upper_right
    assert float(largeur) > float(hauteur)  # landscape
    assert (round(float(largeur)), round(float(hauteur))) == (792, 612)  # Letter by default
    # DejaVu Sans (or its ancestor Vera) embedded as a subset: « AAAAAA+DejaVuSans ».
    assert any(re.fullmatch(r"/[A-Z]{6}\+(DejaVuSans|Vera)", nom) for nom in polices_du_pdf(pdf))
    assert [p.name for p in tmp_path.iterdir() if ".partiel" in p.name] == []


def test_les_affiches_des_salles(document_demo: DocumentForum, tmp_path: Path) -> None:
    publication = contenu_publie(document_demo)
    pdf = ecrire_affiches(
        document_demo, tmp_path / "salles.pdf", "salles", format_papier=FormatPapier.A4
    )
    pages = pages_texte(pdf)
    salles = publication.jours[0].salles
    assert len(pages) == len(salles) * len(publication.jours)
    for page, salle in zip(pages, salles, strict=False):
        assert un_espace(salle.nom) in page
    # Each session's number is on the door of its room, for the day it is held.
    for atelier in publication.ateliers:
        rang = [s.nom for s in salles].index(atelier.salle)
        jour = [j.jour for j in publication.jours].index(atelier.jour)
        assert f"n° {atelier.numero}" in pages[jour * len(salles) + rang]
    largeur, hauteur = PdfReader(pdf).pages[0].mediabox.upper_right
    assert (round(float(largeur)), round(float(hauteur))) == (595, 842)  # A4 portrait


def lire_qr(pdf: Path, page: int, dossier: Path) -> list[str]:
    prefixe = dossier / f"page{page}"
    options = ["-r", "150", "-png", "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(["pdftoppm", *options, str(pdf), str(prefixe)], check=True)
    with Image.open(f"{prefixe}.png") as image:
        return [code.text for code in zxingcpp.read_barcodes(image)]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) absent")
def test_les_fiches_et_leur_code_qr(document_demo: DocumentForum, tmp_path: Path) -> None:
    publication = contenu_publie(document_demo)
    pdf = ecrire_affiches(document_demo, tmp_path / "fiches.pdf", "fiches", url_publication=BASE)
    pages = pages_texte(pdf)
    premieres = [i for i, page in enumerate(pages, start=1) if "FICHE DE COMPTE RENDU" in page]
    assert len(premieres) == len(publication.ateliers)
    for atelier, page in zip(publication.ateliers, premieres, strict=True):
        texte = pages[page - 1]
        assert f"n° {atelier.numero} —" in texte
        assert "Points saillants" in texte and "Scribe" in texte
    tout = " ".join(pages)
    for libelle in ("Propositions et recommandations", "Prochaines étapes", "Citations"):
        assert libelle in tout
    assert "Mots-clés" not in tout  # text fields and steps only
    for atelier, page in list(zip(publication.ateliers, premieres, strict=True))[:3]:
        assert lire_qr(pdf, page, tmp_path) == [url_publique(BASE, atelier.chemin)]


def test_les_fiches_suivent_le_formulaire_du_forum(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    modifier_forum(
        document_demo,
        champs_recolte={
            "citations": {"libelle": "Paroles entendues"},
            "propositions": {"actif": False},
        },
    )
    pdf = ecrire_affiches(document_demo, tmp_path / "fiches.pdf", "fiches")
    tout = " ".join(pages_texte(pdf))
    assert "Paroles entendues" in tout and "Propositions" not in tout
    assert "https://exemple.org/faire-ecosysteme/ateliers/" in tout  # the forum's own address


def test_sans_adresse_publique_pas_de_fiches(document_demo: DocumentForum, tmp_path: Path) -> None:
    modifier_forum(document_demo, url_publication="")
    with pytest.raises(ErreurForum, match="adresse"):
        ecrire_affiches(document_demo, tmp_path / "fiches.pdf", "fiches")
    with pytest.raises(ErreurForum, match="https://"):
        ecrire_affiches(document_demo, tmp_path / "fiches.pdf", "fiches", url_publication="ftp://x")
    assert not (tmp_path / "fiches.pdf").exists()
    # The other genres need no address.
    assert ecrire_affiches(document_demo, tmp_path / "agenda.pdf", "agenda").is_file()


def test_tout_ou_rien(document_demo: DocumentForum, tmp_path: Path) -> None:
    ancien = tmp_path / "agenda.pdf"
    ancien.write_bytes(b"%PDF ancien")
    with pytest.raises(OperationAnnulee):
        ecrire_affiches(document_demo, ancien, "agenda", annule=lambda: True)
    assert ancien.read_bytes() == b"%PDF ancien"
    dossier = tmp_path / "un-dossier"
    dossier.mkdir()
    with pytest.raises(ErreurForum, match="dossier"):
        ecrire_affiches(document_demo, dossier, "salles")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["agenda.pdf", "un-dossier", "demo.forum", "donnees", *_wal(tmp_path)]
    )


def _wal(dossier: Path) -> list[str]:
    return [p.name for p in dossier.iterdir() if p.name.startswith("demo.forum-")]


def test_un_texte_hostile_s_imprime_tel_quel(document_demo: DocumentForum, tmp_path: Path) -> None:
    hostile = "<font size=90>Énorme</font> & <b>gras</b> 🦜"
    with document_demo.transaction() as session:
        sujet = session.scalars(select(Sujet).where(Sujet.numero == 2)).one()
        sujet.titre = hostile
        sujet.salle.nom = "<para>Salle & cie</para>"  # type: ignore[union-attr]
    for genre in ("agenda", "salles", "fiches"):
        pdf = ecrire_affiches(document_demo, tmp_path / f"{genre}.pdf", genre)  # type: ignore[arg-type]
        # A long word may be cut across lines of a narrow cell: compared without spaces.
        tout = "".join("".join(pages_texte(pdf)).split())
        assert "<fontsize=90>Énorme</font>&<b>gras</b>\ufffd" in tout, genre
        assert "<para>Salle&cie</para>" in tout, genre


def test_un_grand_forum_se_decoupe_en_feuilles(tmp_path: Path) -> None:
    importer_document(
        document_synthetique(120, graine=1, nombre_jours=1, nombre_salles=30),
        tmp_path / "grand.forum",
    )
    document = DocumentForum.ouvrir(tmp_path / "grand.forum")
    try:
        publication = contenu_publie(document)
        pdf = ecrire_affiches(document, tmp_path / "agenda.pdf", "agenda")
    finally:
        document.fermer()
    pages = pages_texte(pdf)
    assert len(pages) > 6
    etiquettes = [
        re.search(r"feuille (\d+) / (\d+) — colonne ([A-Z]+), rangée (\d+)", p) for p in pages
    ]
    assert all(etiquettes)
    assert [int(e[1]) for e in etiquettes if e] == list(range(1, len(pages) + 1))
    assert {int(e[2]) for e in etiquettes if e} == {len(pages)}
    colonnes = {e[3] for e in etiquettes if e}
    rangees = {int(e[4]) for e in etiquettes if e}
    assert len(colonnes) * len(rangees) == len(pages) and "B" in colonnes
    tout = " ".join(pages)
    for salle in publication.jours[0].salles:
        assert un_espace(salle.nom) in tout
    for atelier in publication.ateliers:
        assert f"n° {atelier.numero}" in tout


def test_le_decoupage_des_colonnes() -> None:
    assert [lettre_colonne(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    largeur, paquets = colonnes_de_feuilles(6, 720)
    assert paquets == [[0, 1, 2], [3, 4], [5, 6]] and largeur >= 240
    for salles in range(0, 40):
        largeur, paquets = colonnes_de_feuilles(salles, 720)
        assert [c for p in paquets for c in p] == list(range(salles + 1))
        assert all(140 * (0 in p) + largeur * len([c for c in p if c]) <= 720 for p in paquets)
    enregistrer_polices()
    # No-break spaces hold « 11 h 45 » together; only the ordinary space may break.
    assert couper("10\u00a0h\u00a030 11\u00a0h\u00a045", NORMALE, 26, 120) == [
        "10\u00a0h\u00a030",
        "11\u00a0h\u00a045",
    ]
    assert all(len(ligne) > 0 for ligne in couper("x" * 200, NORMALE, 24, 100))
