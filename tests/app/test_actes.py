"""Le livre des actes relu comme un lecteur le ferait : texte, table, signets, polices, codes QR."""

from __future__ import annotations

import base64
import copy
import io
import os
import re
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from PIL import Image
from pypdf import PdfReader
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from app.actes import ExportAnnule, LivreDesActes
from app.actes.balisage import fragments
from app.actes.markdown_pdf import Redaction, en_ligne
from app.actes.polices import Graisse, lisible
from app.actes.qr_encodage import MASQUE, matrice_qr
from app.actes.styles import styles_livre
from app.demo import document_demo
from app.document import DocumentForum
from app.echange.importer import importer_document
from app.publication import AtelierPublie, contenu_publie, url_publique
from app.typographie import typographie_fr
from modeles.erreurs import ErreurForum
from modeles.valeurs import FormatPapier

STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}
_BLANCS = re.compile(r"\s+", re.UNICODE)


# --- Reading a book back -------------------------------------------------------------------


def compact(texte: str) -> str:
    """Sans aucun blanc (espaces insécables compris), en forme composée : ce que l'on compare."""
    return _BLANCS.sub("", unicodedata.normalize("NFC", texte))


def elements(page: Any) -> list[tuple[str, float, float]]:
    """Les textes d'une page avec leur position (x, y) sur la page."""
    trouves: list[tuple[str, float, float]] = []

    def visiteur(texte: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if texte.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            trouves.append((texte, x, y))

    page.extract_text(visitor_text=visiteur)
    return trouves


def corps(lecteur: PdfReader) -> str:
    """Le texte de toutes les pages sans têtes ni pieds de page, mis bout à bout et compacté."""
    morceaux: list[str] = []
    for page in lecteur.pages:
        hauteur = float(page.mediabox.height)
        morceaux.extend(t for t, _, y in elements(page) if 55 < y < hauteur - 50)
    return compact("".join(morceaux))


def signets(lecteur: PdfReader) -> list[tuple[str, int]]:
    """(titre, page) de chaque signet, en ordre, les niveaux mis à plat ; pages comptées de 1."""
    resultat: list[tuple[str, int]] = []

    def parcourir(entrees: list[Any]) -> None:
        for entree in entrees:
            if isinstance(entree, list):
                parcourir(entree)
            else:
                page = lecteur.get_destination_page_number(entree)
                assert page is not None
                resultat.append((entree.title, page + 1))

    parcourir(lecteur.outline)
    return resultat


def placements_d_images(page: Any) -> list[tuple[float, float, float, float]]:
    """(largeur, hauteur, x, y) de chaque image dessinée sur la page, d'après la matrice."""
    from pypdf.generic import ContentStream

    matrice = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    pile: list[list[float]] = []
    trouves = []
    for operandes, operateur in ContentStream(page.get_contents(), page.pdf).operations:
        if operateur == b"q":
            pile.append(matrice)
        elif operateur == b"Q":
            matrice = pile.pop()
        elif operateur == b"cm":
            a, b, c, d, e, f = (float(v) for v in operandes)
            m = matrice
            matrice = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            ]
        elif operateur == b"Do":
            trouves.append((matrice[0], matrice[3], matrice[4], matrice[5]))
    return trouves


def texte_markdown(source: str) -> list[str]:
    """Les morceaux de texte d'une note Markdown, tels qu'ils doivent s'imprimer."""
    md = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable(
        ["table", "strikethrough"]
    )
    md.disable("image")
    return [
        enfant.content
        for jeton in md.parse(source)
        if jeton.type == "inline"
        for enfant in jeton.children or ()
        if enfant.type in ("text", "code_inline") and enfant.content.strip()
    ]


def signet_de(atelier: AtelierPublie) -> str:
    """Le titre du signet d'un compte rendu : « 12. Titre », à la française."""
    return typographie_fr(f"{atelier.numero}. {atelier.titre}")


def rendre(document: DocumentForum, dossier: Path, **options: Any) -> tuple[Path, PdfReader]:
    destination = dossier / "actes.pdf"
    LivreDesActes(document, **options).rendre(destination)
    return destination, PdfReader(destination)


@pytest.fixture
def livre_demo(document_demo: DocumentForum, tmp_path: Path) -> tuple[Path, PdfReader]:
    return rendre(document_demo, tmp_path)


# --- The demonstration forum's book ---------------------------------------------------------


def test_chaque_titre_et_chaque_note_sont_imprimes(
    document_demo: DocumentForum, livre_demo: tuple[Path, PdfReader]
) -> None:
    _, lecteur = livre_demo
    publication = contenu_publie(document_demo)
    texte = corps(lecteur)
    assert publication.ateliers
    for atelier in publication.ateliers:
        assert compact(atelier.titre) in texte, atelier.titre
        for section in atelier.sections:
            for morceau in texte_markdown(section.markdown):
                assert compact(morceau) in texte, (atelier.numero, section.cle, morceau)
        for etape in atelier.etapes:
            assert compact(etape.quoi) in texte
    for morceau in texte_markdown(publication.forum.invitation):
        assert compact(morceau) in texte


def _pages_de_la_table(lecteur: PdfReader) -> list[int]:
    """Les numéros de page imprimés dans la table des matières, dans l'ordre de lecture."""
    marques = signets(lecteur)
    debut = next(page for titre, page in marques if titre == "Table des matières")
    fin = next(page for titre, page in marques if page > debut) - 1
    numeros: list[int] = []
    for index in range(debut - 1, fin):
        page = lecteur.pages[index]
        droite = float(page.mediabox.width) - 60
        # Page numbers are right-aligned on the text's right edge, drawn last on each page.
        lignes = [
            (y, t)
            for t, x, y in elements(page)
            if re.fullmatch(r"\d+", t.strip()) and x > droite - 80
        ]
        numeros.extend(int(t) for _, t in sorted(lignes, key=lambda e: -e[0]))
    return numeros


def _page_du_titre(lecteur: PdfReader, etiquette: str, apres: int) -> int:
    for index in range(apres, len(lecteur.pages)):
        textes = [t for t, _, _ in elements(lecteur.pages[index])]
        if textes and compact(textes[0]).startswith(compact(etiquette)):
            return index + 1
    raise AssertionError(f"« {etiquette} » n'ouvre aucune page")


def test_la_table_des_matieres_et_les_signets_menent_aux_bonnes_pages(
    document_demo: DocumentForum, livre_demo: tuple[Path, PdfReader]
) -> None:
    _, lecteur = livre_demo
    publication = contenu_publie(document_demo)
    marques = signets(lecteur)
    par_titre = dict(marques)
    fin_table = min(page for titre, page in marques if titre != "Table des matières")
    attendues = {}
    for atelier in publication.ateliers:
        page = _page_du_titre(lecteur, f"ATELIER {atelier.numero}", fin_table)
        attendues[atelier.numero] = page
        assert par_titre[signet_de(atelier)] == page
    # One outline entry per report, and the parts around them.
    rapports = [t for t, _ in marques if re.match(r"\d+\. ", t)]
    assert len(rapports) == len(publication.ateliers)
    for partie in ("Table des matières", "Invitation", "Le forum en chiffres", "L'agenda", "Index"):
        assert partie in par_titre
    # The table lists the parts and every report, in book order, with the pages they start on.
    imprimees = _pages_de_la_table(lecteur)
    ordre = [p for t, p in marques if t != "Table des matières"]
    assert imprimees == ordre
    assert [attendues[a.numero] for a in publication.ateliers] == sorted(attendues.values())


def test_polices_incorporees_et_aucune_police_standard(livre_demo: tuple[Path, PdfReader]) -> None:
    _, lecteur = livre_demo
    polices: dict[str, Any] = {}
    for page in lecteur.pages:
        ressources: Any = page["/Resources"]
        for reference in ressources["/Font"].values():
            police = reference.get_object()
            polices[str(police["/BaseFont"])] = police
    assert polices
    for nom, police in polices.items():
        assert nom.lstrip("/").split("+")[-1] not in STANDARD_14
        assert "/FontFile2" in police["/FontDescriptor"], nom


def test_en_tetes_pieds_et_format(
    document_demo: DocumentForum, livre_demo: tuple[Path, PdfReader]
) -> None:
    _, lecteur = livre_demo
    total = len(lecteur.pages)
    titre = contenu_publie(document_demo).forum.titre
    for numero in (2, total):
        texte = lecteur.pages[numero - 1].extract_text()
        assert f"Actes — {titre} — page {numero} de {total}" in texte
    assert "page 1 de" not in lecteur.pages[0].extract_text()  # the cover stays bare
    largeur, hauteur = (float(v) for v in lecteur.pages[0].mediabox.upper_right)
    assert (round(largeur), round(hauteur)) == (612, 792)  # letter, the fr_CA default


def test_a4_sur_demande(document_demo: DocumentForum, tmp_path: Path) -> None:
    _, lecteur = rendre(document_demo, tmp_path, format_papier=FormatPapier.A4)
    assert [round(float(v)) for v in lecteur.pages[3].mediabox.upper_right] == [595, 842]


def _codes_qr(pdf: Path, pages: list[int], dossier: Path) -> dict[int, list[str]]:
    trouves = {}
    for page in pages:
        prefixe = dossier / f"p{page}"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "150",
                "-png",
                "-f",
                str(page),
                "-l",
                str(page),
                str(pdf),
                str(prefixe),
            ],
            check=True,
        )
        image = Image.open(next(dossier.glob(f"p{page}-*.png")))
        trouves[page] = [code.text for code in zxingcpp.read_barcodes(image)]
    return trouves


def test_chaque_code_qr_se_lit_et_mene_a_sa_page(
    document_demo: DocumentForum, livre_demo: tuple[Path, PdfReader], tmp_path: Path
) -> None:
    pdf, lecteur = livre_demo
    publication = contenu_publie(document_demo)
    base = publication.forum.url_publication
    par_titre = dict(signets(lecteur))
    pages = {par_titre[signet_de(a)]: a for a in publication.ateliers}
    images = tmp_path / "images"
    images.mkdir()
    lus = _codes_qr(pdf, [1, *pages], images)
    assert lus[1] == [url_publique(base, "")]
    for page, atelier in pages.items():
        assert lus[page] == [url_publique(base, atelier.chemin)], atelier.numero


def test_le_meme_code_pour_la_meme_adresse_et_comme_la_bibliotheque() -> None:
    import qrcode
    from qrcode import util
    from qrcode.constants import ERROR_CORRECT_M

    adresses = [f"https://exemple.org/{'x' * n}/ateliers/{n}.html" for n in range(0, 200, 7)]
    adresses += ["https://exemple.org/forum-é/", "h", "https://" + "a" * 300]
    for adresse in adresses:
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASQUE)
        code.add_data(util.QRData(adresse.encode(), mode=util.MODE_8BIT_BYTE))
        code.make(fit=True)
        attendue = [[bool(m) for m in ligne] for ligne in code.get_matrix()]
        assert matrice_qr(adresse) == attendue == matrice_qr(adresse)


# --- What the book refuses, and how it stops ------------------------------------------------


def test_sans_adresse_de_publication(document_demo: DocumentForum, tmp_path: Path) -> None:
    from app.operations.forum import modifier_forum

    modifier_forum(document_demo, {"url_publication": ""})
    with pytest.raises(ErreurForum, match="Indiquez l'adresse de publication"):
        LivreDesActes(document_demo).rendre(tmp_path / "actes.pdf")
    with pytest.raises(ErreurForum, match="https://"):
        LivreDesActes(document_demo, url_publication="exemple.org").rendre(tmp_path / "a.pdf")
    assert list(tmp_path.glob("*.pdf")) == []
    LivreDesActes(document_demo, url_publication="https://ailleurs.org").rendre(tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").exists()


def test_un_export_annule_ne_laisse_aucun_fichier(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    sortie = tmp_path / "sortie"
    sortie.mkdir()
    ancien = sortie / "actes.pdf"
    ancien.write_bytes(b"ancienne version")
    etapes: list[tuple[int, int]] = []

    def annule() -> bool:
        return len(etapes) >= 5

    with pytest.raises(ExportAnnule):
        LivreDesActes(document_demo).rendre(
            ancien, progression=lambda f, t: etapes.append((f, t)), annule=annule
        )
    assert ancien.read_bytes() == b"ancienne version"  # the previous book is untouched
    assert [p.name for p in sortie.iterdir()] == ["actes.pdf"]  # no half-written file


def test_la_progression_avance_jusqu_au_bout(document_demo: DocumentForum, tmp_path: Path) -> None:
    etapes: list[tuple[int, int]] = []
    LivreDesActes(document_demo).rendre(
        tmp_path / "actes.pdf", progression=lambda f, t: etapes.append((f, t))
    )
    faits = [f for f, _ in etapes]
    assert faits == sorted(faits) and etapes[-1][0] == etapes[-1][1] > 20


def test_un_forum_vide_donne_un_livre_valide(tmp_path: Path) -> None:
    document = DocumentForum.creer(tmp_path / "vide.forum", "Forum vide")
    try:
        pdf, lecteur = rendre(document, tmp_path, url_publication="https://exemple.org/vide")
    finally:
        document.fermer()
    assert len(lecteur.pages) >= 3
    titres = [t for t, _ in signets(lecteur)]
    assert titres == ["Table des matières", "Le forum en chiffres"]
    assert "Forum vide" in lecteur.pages[0].extract_text()
    assert pdf.read_bytes().startswith(b"%PDF")


def test_par_theme(document_demo: DocumentForum, tmp_path: Path) -> None:
    _, lecteur = rendre(document_demo, tmp_path, par_theme=True)
    themes = [a.theme for a in contenu_publie(document_demo, par_theme=True).ateliers]
    titres = [t for t, _ in signets(lecteur)]
    for theme in dict.fromkeys(themes):
        assert typographie_fr(theme) in titres
    assert len([t for t in titres if re.match(r"\d+\. ", t)]) == len(themes)


# --- Hostile text and photos, on a one-session forum ----------------------------------------


def forum_d_un_atelier(
    dossier: Path, modifier: Callable[[dict[str, Any]], None] | None = None
) -> DocumentForum:
    """La démo réduite à son premier compte rendu, modifiée par `modifier`."""
    echange = copy.deepcopy(document_demo())
    recolte = echange["recoltes"][0]
    echange["recoltes"] = [recolte]
    sujet = next(s for s in echange["sujets"] if s["uuid"] == recolte["sujet"])
    echange["sujets"] = [sujet]
    if modifier is not None:
        modifier(echange)
    chemin = dossier / "un.forum"
    importer_document(echange, chemin)
    return DocumentForum.ouvrir(chemin)


def _png(largeur: int, hauteur: int) -> bytes:
    tampon = io.BytesIO()
    Image.new("RGB", (largeur, hauteur), (200, 60, 40)).save(tampon, "PNG")
    return tampon.getvalue()


def test_une_photo_a_l_echelle_de_la_page(tmp_path: Path) -> None:
    def ajouter_photos(echange: dict[str, Any]) -> None:
        gabarit = {"nom_fichier": "tableau.png", "type_mime": "image/png"}
        echange["recoltes"][0]["photos"] = [
            {
                **gabarit,
                "uuid": "7d0c7a44-5d1a-4d6b-9d61-000000000001",
                "legende": "Le tableau <b> & co",
                "largeur": 1600,
                "hauteur": 1200,
                "donnees": base64.b64encode(_png(1600, 1200)).decode(),
            },
            {
                **gabarit,
                "uuid": "7d0c7a44-5d1a-4d6b-9d61-000000000002",
                "legende": "Abîmée",
                "largeur": 400,
                "hauteur": 300,
                "donnees": base64.b64encode(b"pas une image").decode(),
            },
        ]

    document = forum_d_un_atelier(tmp_path, ajouter_photos)
    try:
        _, lecteur = rendre(document, tmp_path)
    finally:
        document.fermer()
    images = [
        (page_no, image) for page_no, page in enumerate(lecteur.pages) for image in page.images
    ]
    assert len(images) == 1
    page = lecteur.pages[images[0][0]]
    image = images[0][1].image
    assert image is not None and image.size == (1600, 1200)
    texte = corps(lecteur)
    assert compact("Le tableau <b> & co") in texte
    assert compact("[photo illisible]") in texte
    # Drawn inside the text block, at its width, with the picture's proportions.
    ((largeur, hauteur, x, y),) = placements_d_images(page)
    gauche = 2.5 * 72 / 2.54 if images[0][0] % 2 == 0 else 1.8 * 72 / 2.54  # recto: binding left
    assert x == pytest.approx(gauche, abs=1)
    assert largeur == pytest.approx(float(page.mediabox.width) - 4.3 * 72 / 2.54, abs=1)
    assert hauteur == pytest.approx(largeur * 3 / 4, rel=0.01)
    assert y > 2.2 * 72 / 2.54 - 1


_MARKDOWN = set("*_`[]<>!#~|\\&-+=.)(:;?{}\"'")
_HOSTILES = [
    "<b>",
    "</b>",
    "&",
    "<font>",
    "<i",
    "</para>",
    "🦜",
    "😀",
    "שלום",
    "مرحبا",
    "é",
    "中文",
]
_HOSTILES += ["\u200f", "e\u0301", "AT&T"]


def _textes(*hostiles: str) -> st.SearchStrategy[str]:
    mots = st.one_of(
        st.sampled_from(_HOSTILES + list(hostiles)),
        st.text(
            alphabet=st.characters(
                codec="utf-8",
                exclude_categories=("Cs", "Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp"),
                exclude_characters="".join(_MARKDOWN),
            ),
            min_size=1,
            max_size=6,
        ),
    )
    return st.lists(mots, min_size=1, max_size=5).map(lambda liste: "Note " + " ".join(liste))


# Markdown decodes entities (« &amp; » is « & »), as on the site; plain fields print them as typed.
NOTES = _textes()
TEXTES = _textes("&amp;", "&lt;b&gt;", "*pas*", "# pas un titre", "[a](b)")


_DROITE_A_GAUCHE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+")


def _fort(caractere: str) -> bool:
    return unicodedata.bidirectional(caractere) in ("L", "EN")


def imprime(champ: str, texte: str, graisse: Graisse = Graisse.REGULIERE) -> bool:
    """Le champ se lit dans le texte du livre, tel que tapé (caractères sans glyphe nommés).

    pypdf rebuilds the reading order of right-to-left words itself and may move or reverse the
    punctuation next to them (`</` becomes `/<`), and the combining marks inside them (a dagesh
    comes before its letter): when a field holds such words, they are checked on their own,
    without their marks, and the rest by its letters and digits only.
    """
    attendu = compact(lisible(champ, graisse))
    mots = _DROITE_A_GAUCHE.findall(attendu)
    if not mots:
        return attendu in texte
    lettres = "".join(c for c in attendu if _fort(c))
    sans_marques = _sans_marques(texte)
    return lettres in "".join(c for c in texte if _fort(c)) and all(
        _sans_marques(m) in sans_marques for m in mots
    )


def _sans_marques(texte: str) -> str:
    return "".join(c for c in texte if unicodedata.category(c) != "Mn")


@settings(
    max_examples=int(os.environ.get("ACTES_EXEMPLES", "12")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # Each example renders a book (about a second): shrinking a failure would take minutes.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(titre=TEXTES, note=NOTES, mot_cle=TEXTES, etape=TEXTES, theme=TEXTES, salle=TEXTES)
def test_tout_texte_s_imprime_tel_quel(
    titre: str, note: str, mot_cle: str, etape: str, theme: str, salle: str
) -> None:
    def hostile(echange: dict[str, Any]) -> None:
        sujet, recolte = echange["sujets"][0], echange["recoltes"][0]
        sujet["titre"] = titre
        next(t for t in echange["themes"] if t["uuid"] == sujet["theme"])["titre"] = theme
        recolte["points_saillants"] = note + "\n\n- " + note
        recolte["mots_cles"] = [mot_cle]
        recolte["etapes"][0]["quoi"] = etape
        next(s for s in echange["salles"] if s["uuid"] == sujet["salle"])["nom"] = salle
        echange["forum"]["titre"] = titre

    with tempfile.TemporaryDirectory() as dossier:
        document = forum_d_un_atelier(Path(dossier), hostile)
        try:
            _, lecteur = rendre(document, Path(dossier))
        finally:
            document.fermer()
        texte = corps(lecteur)
    assert imprime(titre, texte, Graisse.GRASSE) or imprime(titre, texte), titre
    for champ in (note, mot_cle, etape, salle):
        assert imprime(champ, texte), champ


# --- The two fast paths, checked against the slow ones -------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "Un **gras** et *italique* [lien](https://x.org/a?b=1&c=2) <https://b.org> ~~barré~~",
        "<b>pas du gras</b> & <font color='red'> <i non fermée « guillemets » : fin ?",
        "Ligne 1\nligne 2\n\n`code <x>` et ***les deux***",
        "🦜 שלום e\u0301 \u202f ; ! ? AT&T &amp; &lt;",
    ],
)
def test_le_balisage_se_lit_comme_reportlab_le_lit(source: str) -> None:
    styles = styles_livre()
    md = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable(["strikethrough"])
    for jeton in md.parse(source):
        if jeton.type != "inline":
            continue
        balisage = en_ligne(jeton.children, Redaction())
        for style in (styles.corps, styles.citation, styles.titre_atelier):
            rapides = fragments(balisage, style)
            _, lents, _ = ParaParser().parse(cleanBlockQuotedText(balisage), style)
            assert rapides is not None
            assert _fusion(rapides) == _fusion(lents)


def _fusion(morceaux: list[Any]) -> list[tuple[Any, str]]:
    """Les fragments de même apparence mis bout à bout (reportlab coupe aux entités)."""
    resultat: list[tuple[Any, str]] = []
    for m in morceaux:
        cle = (
            m.fontName,
            m.fontSize,
            str(m.textColor),
            tuple(m.link),
            tuple(m.us_lines),
            getattr(m, "lineBreak", False),
        )
        if resultat and resultat[-1][0] == cle and not cle[-1]:
            resultat[-1] = (cle, resultat[-1][1] + m.text)
        else:
            resultat.append((cle, m.text))
    return resultat


def test_un_caractere_sans_glyphe_devient_son_nom() -> None:
    assert lisible("Bravo 🦜 !") == "Bravo [PARROT] !"
    assert lisible("e\u0301") == "é"  # composed, then drawn with the font's own glyph
    assert lisible("a\u2066b") == "ab"  # an invisible format character without glyph goes
    assert lisible("😀") == "[GRINNING FACE]"  # beyond the BMP, always named
    assert lisible("中") == "[CJK UNIFIED IDEOGRAPH-4E2D]"


def test_des_textes_demesures_tiennent_dans_les_pages(tmp_path: Path) -> None:
    """Aucune erreur de mise en page, quelle que soit la longueur de ce qu'on a tapé.

    The exchange format caps some lengths; the database does not, so the texts go there.
    """
    from sqlalchemy import select, update

    from modeles.entites import Etape, Forum, Participant, Recolte, Salle, Sujet

    mot = "x" * 12_000
    phrase = " ".join(["interminable"] * 1_500)
    noms = " ".join(["Nom-de-famille"] * 30)
    document = forum_d_un_atelier(tmp_path)
    try:
        with document.transaction() as session:
            session.execute(update(Forum).values(titre=phrase))
            session.execute(update(Salle).values(nom=phrase))
            session.execute(
                update(Sujet).values(titre="Titre " + " ".join(["long"] * 600), description=mot)
            )
            session.execute(
                update(Recolte).values(
                    points_saillants=f"{mot}\n\n{phrase}\n\n| a | b |\n|---|---|\n| {phrase} | b |",
                    mots_cles=[mot],
                )
            )
            session.execute(update(Etape).values(quoi=phrase, qui=mot, quand=phrase))
            session.execute(update(Participant).values(nom=Participant.nom + " " + noms))
            recolte = session.scalars(select(Recolte)).one()
            recolte.presents = list(session.scalars(select(Participant)))
        _, lecteur = rendre(document, tmp_path)
    finally:
        document.fermer()
    assert len(lecteur.pages) > 10
    assert compact("Titre long long") in corps(lecteur)
