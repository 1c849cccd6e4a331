"""Préparer une photo de tableau pour le forum : redressée, réduite, réencodée.

Runs off the GUI thread (a worker calls it): pure Pillow, no Qt, no database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from modeles.erreurs import ErreurForum

COTE_MAX = 2400
QUALITE_JPEG = 85
FORMATS_ACCEPTES = "Formats acceptés : JPEG, PNG."
EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".png")
_LONGUEUR_NOM = 500


@dataclass(frozen=True)
class ImagePreparee:
    """Une image prête à ranger dans le forum (côté long ≤ 2 400 px, sans métadonnées EXIF)."""

    donnees: bytes
    type_mime: str
    largeur: int
    hauteur: int
    nom_fichier: str


def preparer_image(chemin: Path) -> ImagePreparee:
    """Lit une photo JPEG ou PNG ; ErreurForum en français si elle ne peut pas servir."""
    chemin = Path(chemin)
    try:
        with chemin.open("rb") as fichier:
            return _preparer(fichier, chemin.name)
    except OSError as exc:
        raise ErreurForum(
            f"« {chemin.name} » ne peut pas être lu ({exc.strerror or exc}). {FORMATS_ACCEPTES}"
        ) from exc


def preparer_donnees(donnees: bytes, nom_fichier: str) -> ImagePreparee:
    """Comme preparer_image, pour une image déjà en mémoire."""
    return _preparer(io.BytesIO(donnees), nom_fichier)


def _refus(nom: str, raison: str) -> ErreurForum:
    return ErreurForum(f"« {nom} » ne peut pas être ajoutée : {raison} {FORMATS_ACCEPTES}")


def _raison_du_contenu(entete: bytes) -> str:
    """Ce que le fichier semble être, pour un message qui aide vraiment."""
    if entete[4:8] == b"ftyp" and entete[8:12] in {b"heic", b"heix", b"mif1", b"msf1", b"hevc"}:
        return (
            "c'est une photo HEIC (format des iPhone), que Forum ouvert ne lit pas. "
            "Exportez-la en JPEG, ou réglez l'appareil sur « Le plus compatible »."
        )
    if entete.startswith(b"%PDF"):
        return "c'est un document PDF, pas une photo."
    if entete.startswith((b"\xff\xd8", b"\x89PNG")):
        return "le fichier est abîmé ou incomplet (copie interrompue ?)."
    return "ce n'est pas une image dans un format pris en charge."


def _preparer(source: BinaryIO, nom: str) -> ImagePreparee:
    entete = source.read(16)
    source.seek(0)
    try:
        fichier = Image.open(source, formats=["JPEG", "PNG"])
        format_source = fichier.format
        image: Image.Image = fichier
        if format_source == "JPEG":
            # Decode at 1/2, 1/4 or 1/8 scale when the photo is much larger than we keep:
            # a 50-megapixel photo is then read in a fraction of the time and memory.
            fichier.draft("RGB", (COTE_MAX, COTE_MAX))
        image.load()
        image = ImageOps.exif_transpose(image)
        image.thumbnail((COTE_MAX, COTE_MAX), Image.Resampling.LANCZOS)
    except Image.DecompressionBombError as exc:
        raise _refus(nom, "l'image est beaucoup trop grande (plus de 179 mégapixels).") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise _refus(nom, _raison_du_contenu(entete)) from exc
    return _encoder(image, format_source == "PNG", nom[:_LONGUEUR_NOM])


def _transparente(image: Image.Image) -> bool:
    if image.mode not in {"RGBA", "LA", "PA"} and not (
        image.mode in {"P", "L", "RGB"} and "transparency" in image.info
    ):
        return False
    alpha = image.convert("RGBA").getchannel("A")
    # Fully opaque alpha inverts to all zeros, which has no bounding box.
    return ImageOps.invert(alpha).getbbox() is not None


def _encoder(image: Image.Image, png: bool, nom: str) -> ImagePreparee:
    sortie = io.BytesIO()
    profil = image.info.get("icc_profile")
    options = {"icc_profile": profil} if profil else {}
    if png and _transparente(image):
        image = image.convert("RGBA")
        image.save(sortie, "PNG", optimize=True, **options)
        type_mime = "image/png"
    else:
        if image.mode not in {"RGB", "L"}:
            image = image.convert("RGB")
        # No EXIF is written: the orientation is applied, and a GPS position stays out.
        image.save(sortie, "JPEG", quality=QUALITE_JPEG, optimize=True, **options)
        type_mime = "image/jpeg"
    return ImagePreparee(sortie.getvalue(), type_mime, image.width, image.height, nom)
