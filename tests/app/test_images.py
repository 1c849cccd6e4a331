"""Préparer une photo : redressée par son EXIF, réduite, réencodée ; refus clairs sinon."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from PIL import Image

from app.images import COTE_MAX, preparer_donnees, preparer_image
from modeles.erreurs import ErreurForum

ORIENTATION = 0x0112


def _ecrire(chemin: Path, image: Image.Image, format_: str, **options: object) -> Path:
    image.save(chemin, format_, **options)
    return chemin


def _relire(donnees: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(donnees))
    image.load()
    return image


def _moitie_rouge_moitie_bleue(largeur: int, hauteur: int) -> Image.Image:
    image = Image.new("RGB", (largeur, hauteur), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, largeur // 2, hauteur))
    return image


def test_une_photo_est_redressee_selon_son_exif(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # the camera was turned: rotate 90° clockwise to view
    chemin = _ecrire(
        tmp_path / "tableau.jpg", _moitie_rouge_moitie_bleue(300, 200), "JPEG", exif=exif
    )
    preparee = preparer_image(chemin)
    assert (preparee.largeur, preparee.hauteur) == (200, 300)
    assert preparee.type_mime == "image/jpeg" and preparee.nom_fichier == "tableau.jpg"
    image = _relire(preparee.donnees)
    assert image.size == (200, 300)
    # The left (red) half is now on top; no orientation is left to apply twice.
    haut = image.getpixel((100, 40))
    bas = image.getpixel((100, 260))
    assert isinstance(haut, tuple) and isinstance(bas, tuple)
    assert haut[0] > 200 > haut[2] and bas[2] > 200 > bas[0]
    assert image.getexif().get(ORIENTATION) in (None, 1)


def test_une_photo_de_50_megapixels_est_reduite_vite(tmp_path: Path) -> None:
    # A plain image compresses to under a megabyte, yet decodes as 50 million pixels.
    chemin = _ecrire(
        tmp_path / "grand.jpg", Image.new("RGB", (8660, 5774), (240, 236, 225)), "JPEG"
    )
    debut = time.perf_counter()
    preparee = preparer_image(chemin)
    duree = time.perf_counter() - debut
    assert (preparee.largeur, preparee.hauteur) == (COTE_MAX, 1600)
    assert _relire(preparee.donnees).size == (COTE_MAX, 1600)
    assert duree < 3.0, duree


def test_une_petite_photo_n_est_pas_agrandie() -> None:
    sortie = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(sortie, "JPEG")
    preparee = preparer_donnees(sortie.getvalue(), "petite.jpg")
    assert (preparee.largeur, preparee.hauteur) == (64, 48)


def test_un_png_transparent_reste_png_et_un_png_opaque_devient_jpeg(tmp_path: Path) -> None:
    transparent = Image.new("RGBA", (3000, 1000), (10, 20, 30, 0))
    preparee = preparer_image(_ecrire(tmp_path / "schema.png", transparent, "PNG"))
    assert preparee.type_mime == "image/png" and (preparee.largeur, preparee.hauteur) == (
        2400,
        800,
    )
    assert _relire(preparee.donnees).mode == "RGBA"
    opaque = Image.new("RGBA", (100, 80), (10, 20, 30, 255))
    assert preparer_image(_ecrire(tmp_path / "o.png", opaque, "PNG")).type_mime == "image/jpeg"


def _bruit(largeur: int, hauteur: int) -> Image.Image:
    # A deterministic pattern that does not compress to nothing, so truncation bites.
    return Image.frombytes(
        "RGB", (largeur, hauteur), bytes((i * 7919) % 251 for i in range(largeur * hauteur * 3))
    )


@pytest.mark.parametrize(
    ("nom", "contenu", "motif"),
    [
        ("tronquee.jpg", "jpeg-tronque", "abîmé ou incomplet"),
        ("photo.jpg", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "PDF"),
        ("IMG_0042.HEIC", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64), "HEIC"),
        ("note.txt", b"Ceci n'est pas une image.", "pas une image"),
        ("anim.gif", "gif", "pas une image"),
        ("vide.jpg", b"", "pas une image"),
    ],
)
def test_une_image_illisible_est_refusee_clairement(
    tmp_path: Path, nom: str, contenu: bytes | str, motif: str
) -> None:
    chemin = tmp_path / nom
    if contenu == "jpeg-tronque":
        sortie = io.BytesIO()
        _bruit(400, 300).save(sortie, "JPEG", quality=95)
        chemin.write_bytes(sortie.getvalue()[: len(sortie.getvalue()) // 2])
    elif contenu == "gif":
        Image.new("P", (10, 10)).save(chemin, "GIF")
    else:
        assert isinstance(contenu, bytes)
        chemin.write_bytes(contenu)
    with pytest.raises(ErreurForum) as erreur:
        preparer_image(chemin)
    message = erreur.value.message
    assert f"« {nom} »" in message
    assert motif in message
    assert message.endswith("Formats acceptés : JPEG, PNG.")


def test_un_fichier_absent_est_refuse(tmp_path: Path) -> None:
    with pytest.raises(ErreurForum, match=r"« absente\.jpg » ne peut pas être lu"):
        preparer_image(tmp_path / "absente.jpg")
