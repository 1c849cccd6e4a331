"""La partie « Écosystème » du livre et sa page du site : des comptes, des graphiques, aucun nom."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app import lectures
from app.actes import LivreDesActes
from app.document import DocumentForum
from app.ecosysteme import analyser
from app.site import ecrire_site
from app.site.ecosysteme_svg import barres_svg
from tests.app.test_actes import compact, elements, signets
from tests.app.test_site import lire_page, verifier_site

NON_PRECISE = "non précisé"


def _texte_des_pages(lecteur: PdfReader, debut: int, fin: int) -> str:
    """Le texte compacté des pages debut..fin-1 (comptées de 1), têtes et pieds compris."""
    return compact(
        "".join(t for i in range(debut - 1, fin - 1) for t, _, _ in elements(lecteur.pages[i]))
    )


def test_le_livre_a_ses_parties_convergence_et_ecosysteme(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    pdf = tmp_path / "actes.pdf"
    LivreDesActes(document_demo).rendre(pdf)
    lecteur = PdfReader(pdf)
    marques = signets(lecteur)
    titres = [t for t, _ in marques]
    # After the reports and the next steps, before the index.
    assert titres.index("Les prochaines étapes") < titres.index("Convergence")
    assert titres.index("Convergence") < titres.index("Écosystème") < titres.index("Index")
    # Listed in the table of contents too.
    debut_table = dict(marques)["Table des matières"]
    table = compact(lecteur.pages[debut_table - 1].extract_text())
    assert compact("Convergence") in table and compact("Écosystème") in table

    page_eco = dict(marques)["Écosystème"]
    page_index = dict(marques)["Index"]
    texte = _texte_des_pages(lecteur, page_eco, page_index)
    ecosysteme = analyser(document_demo)
    # Every bar's label and the network's labels are printed (as drawn text).
    for lignes in ecosysteme.repartitions.values():
        for valeur, _ in lignes:
            assert compact(valeur or NON_PRECISE) in texte, valeur
    for nom, effectif in ecosysteme.reseaux["type_acteur"].noeuds:
        assert compact(f"{nom} ({effectif})") in texte or compact(nom[:12]) in texte
    assert compact("Qui a rencontré qui") in texte and compact("Les voix absentes") in texte
    # No person's name in the ecosystem part.
    for personne in lectures.participants(document_demo):
        assert compact(personne.nom) not in texte, personne.nom


def test_la_page_ecosysteme_est_valide_et_sans_nom(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    dossier = ecrire_site(document_demo, tmp_path / "site")
    pages = verifier_site(dossier)
    page = pages[dossier / "ecosysteme.html"]
    assert sum(1 for tag, _ in page.balises if tag == "svg") == 4  # three bar charts, one network
    assert all(tag != "script" for tag, _ in page.balises)
    texte = (dossier / "ecosysteme.html").read_text(encoding="utf-8")
    for personne in lectures.participants(document_demo):
        assert personne.nom not in texte
    accueil = pages[dossier / "index.html"]
    liens = {a.get("href") for tag, a in accueil.balises if tag == "a"}
    assert "ecosysteme.html" in liens


def test_un_libelle_hostile_reste_du_texte_dans_le_svg(tmp_path: Path) -> None:
    svg = str(barres_svg([("<script>alert(1)</script>", 3), ("", 1)], "Types <b>"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert NON_PRECISE in svg
    fichier = tmp_path / "page.html"
    fichier.write_text(
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>x</title></head>'
        f"<body>{svg}</body></html>",
        encoding="utf-8",
    )
    lire_page(fichier)  # strict HTML5, every element closed


def test_un_forum_vide_n_a_pas_de_page_ecosysteme(tmp_path: Path) -> None:
    document = DocumentForum.creer(tmp_path / "vide.forum", "Forum vide")
    try:
        dossier = ecrire_site(document, tmp_path / "site")
    finally:
        document.fermer()
    assert not (dossier / "ecosysteme.html").exists()
    assert "ecosysteme.html" not in (dossier / "index.html").read_text(encoding="utf-8")
