"""Un compte rendu d'atelier, sur une nouvelle page : fiche, code QR, notes, étapes, photos."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping, Sequence

from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
)
from reportlab.platypus.flowables import HRFlowable

from app.actes.balisage import paragraphe
from app.actes.contexte import Contexte, capitale
from app.actes.fiche import Fiche
from app.actes.markdown_pdf import blocs_markdown, style_en_retrait
from app.actes.parties import ancre
from app.actes.polices import Graisse
from app.actes.qr import CodeQR
from app.actes.sommaire import abrege
from app.actes.styles import ACCENT, GRIS, GRIS_CLAIR
from app.libelles import FRANCAIS
from app.publication import AtelierPublie, PhotoPubliee
from modeles.valeurs import StatutRecolte

PHOTO_HAUTEUR_MAX = 0.55  # of the text height: a photo and its caption always fit a page
PHOTO_RESOLUTION_MIN = 110  # dpi: a small picture is not blown up into a blur


def cle_atelier(atelier: AtelierPublie) -> str:
    return f"atelier-{atelier.uuid.hex}"


class Photo(Flowable):  # type: ignore[misc]
    """Une photo à l'échelle de la page ; ses octets ne sont lus qu'au moment de la dessiner."""

    def __init__(
        self,
        photo: PhotoPubliee,
        charger: Callable[[], bytes],
        hauteur_max: float,
        illisible: str = FRANCAIS.photo_illisible,
    ) -> None:
        super().__init__()
        self.illisible = illisible
        self.photo = photo
        self.charger = charger
        self.hauteur_max = hauteur_max
        self.hAlign = "CENTER"

    def wrap(self, largeur: float, hauteur: float) -> tuple[float, float]:
        pixels_l, pixels_h = max(1, self.photo.largeur), max(1, self.photo.hauteur)
        echelle = min(largeur / pixels_l, self.hauteur_max / pixels_h, 72 / PHOTO_RESOLUTION_MIN)
        self.width, self.height = pixels_l * echelle, pixels_h * echelle
        return self.width, self.height

    def draw(self) -> None:
        canevas = self.canv
        try:
            image = ImageReader(io.BytesIO(self.charger()))
            image.getSize()
            canevas.drawImage(image, 0, 0, self.width, self.height, mask="auto")
        except Exception:
            canevas.saveState()
            canevas.setStrokeColor(GRIS_CLAIR)
            canevas.rect(0, 0, self.width, self.height)
            canevas.setFont(Graisse.ITALIQUE.nom, 9)
            canevas.setFillColor(GRIS)
            canevas.drawCentredString(self.width / 2, self.height / 2, self.illisible)
            canevas.restoreState()


def _personnes(noms: Sequence[str], autres: int, contexte: Contexte) -> str:
    mots = contexte.libelles
    texte = ", ".join(contexte.texte(n) for n in noms)
    if autres and noms:
        return f"{texte} {mots.et} {contexte.accord(autres, mots.autres_personnes)}"
    if autres:
        return contexte.accord(autres, mots.personnes)
    return texte


def _fiche(atelier: AtelierPublie, contexte: Contexte) -> list[Flowable]:
    """Quand, où, qui : à gauche du code QR."""
    style = contexte.styles.meta
    mots = contexte.libelles
    lignes = [
        (
            mots.quand,
            capitale(contexte.date_longue(atelier.jour))
            + ", "
            + contexte.plage(atelier.debut, atelier.fin),
        ),
        (mots.salle, atelier.salle),
    ]
    rendu = [(libelle, contexte.texte(valeur)) for libelle, valeur in lignes if valeur]
    nombre_porteurs = len(atelier.porteurs) + atelier.porteurs_non_nommes
    if nombre_porteurs:
        rendu.append(
            (mots.porte_par, _personnes(atelier.porteurs, atelier.porteurs_non_nommes, contexte))
        )
    if atelier.scribe:
        rendu.append((mots.prise_de_notes, contexte.texte(atelier.scribe)))
    if atelier.presents:
        autres = max(0, (atelier.nombre_presents or 0) - len(atelier.presents))
        rendu.append((mots.presences, _personnes(atelier.presents, autres, contexte)))
    elif atelier.nombre_presents:
        rendu.append((mots.presences, contexte.accord(atelier.nombre_presents, mots.personnes)))
    if atelier.fusionnes:
        numeros = ", ".join(str(n) for n in atelier.fusionnes)
        rendu.append((mots.sujets_reunis, numeros))
    blocs: list[Flowable] = [
        paragraphe(
            f"<font color='{ACCENT.hexval()}'><b>{contexte.etiquette(libelle)}</b></font> {valeur}",
            style,
        )
        for libelle, valeur in rendu
    ]
    if atelier.description.strip():
        blocs.append(Spacer(1, 4))
        blocs.extend(blocs_markdown(atelier.description, contexte.styles, contexte.redaction))
    return blocs


def _etapes(atelier: AtelierPublie, contexte: Contexte, titre: str) -> list[Flowable]:
    style = style_en_retrait(contexte.styles.liste, 1)
    blocs: list[Flowable] = [paragraphe(contexte.texte(titre), contexte.styles.section)]
    for etape in atelier.etapes:
        texte = contexte.redaction.texte_et_liens(etape.quoi)
        precisions = [contexte.texte(p) for p in (etape.qui, etape.quand) if p.strip()]
        if precisions:
            texte += f" <font color='{GRIS.hexval()}'>— {', '.join(precisions)}</font>"
        blocs.append(paragraphe(texte, style, puce="•"))
    return blocs


def compte_rendu(
    atelier: AtelierPublie,
    contexte: Contexte,
    libelles: Mapping[str, str],
    niveau: int,
    avant: Sequence[Flowable] = (),
) -> list[Flowable]:
    """Les blocs d'un compte rendu ; `avant` : les repères d'une partie, d'un thème."""
    styles = contexte.styles
    redaction = contexte.redaction
    mots = contexte.libelles
    titre_simple = f"{atelier.numero}. {atelier.titre}"
    etiquette = mots.atelier.format(atelier.numero).upper()
    if atelier.theme.strip():
        etiquette += f"\u2003·\u2003{contexte.texte(atelier.theme.upper())}"
    qr = CodeQR(contexte.url(atelier.chemin))
    blocs: list[Flowable] = [
        PageBreak(),
        *avant,
        ancre(
            contexte,
            cle_atelier(atelier),
            titre_simple,
            niveau,
            rubrique=f"{mots.atelier.format(atelier.numero)} — {abrege(atelier.titre, 70)}",
        ),
        paragraphe(etiquette, styles.etiquette),
        paragraphe(redaction.texte(atelier.titre, Graisse.GRASSE), styles.titre_atelier),
        Fiche(_fiche(atelier, contexte), qr),
        HRFlowable(width="100%", thickness=0.6, color=GRIS_CLAIR, spaceBefore=4, spaceAfter=4),
    ]
    if atelier.recu and atelier.statut is not StatutRecolte.PRETE:
        blocs.append(paragraphe(mots.provisoire_livre, styles.note))
    if not atelier.recu:
        blocs.append(paragraphe(mots.non_recu_livre, styles.note))
    for section in atelier.sections:
        blocs.append(paragraphe(redaction.texte(section.titre, Graisse.GRASSE), styles.section))
        blocs.extend(blocs_markdown(section.markdown, styles, redaction))
    if atelier.etapes:
        blocs.extend(_etapes(atelier, contexte, libelles.get("etapes", mots.champs["etapes"])))
    if atelier.mots_cles:
        liste = "\u2003·\u2003".join(contexte.texte(m) for m in atelier.mots_cles)
        mots_cles = libelles.get("mots_cles", mots.mots_cles)
        blocs.append(Spacer(1, 6))
        blocs.append(
            paragraphe(
                f"<b>{contexte.etiquette(contexte.texte(mots_cles))}</b> {liste}",
                styles.meta,
            )
        )
    if atelier.photos:
        blocs.append(
            paragraphe(
                contexte.texte(libelles.get("photos", mots.champs["photos"])), styles.section
            )
        )
        hauteur = contexte.geometrie.hauteur_texte * PHOTO_HAUTEUR_MAX
        for photo in atelier.photos:
            charger = functools.partial(contexte.photo, photo.uuid)
            image = Photo(photo, charger, hauteur, mots.photo_illisible)
            legende = (
                [paragraphe(contexte.texte(photo.legende), styles.legende)]
                if photo.legende.strip()
                else []
            )
            blocs.append(KeepTogether([image, Spacer(1, 3), *legende, Spacer(1, 8)]))
    return blocs
