"""La fiche de compte rendu de chaque atelier : en-tête rempli, lignes pour écrire, code QR.

The QR code opens the session's page of the site, where the typed notes will appear: the
same address as in the book (url_publique of the page's path).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app import formats
from app.affiches.commun import bloc, nouveau_canevas, taille_papier, texte
from app.affiches.polices import Polices, enregistrer_polices
from app.champs_recolte import ChampRecolte, champs_du_forum
from app.libelles import libelles
from app.publication import AtelierPublie, Publication, url_publique
from app.site.ecriture import Annulation, verifier_annulation
from modeles.valeurs import FormatPapier

MARGE = 0.55 * inch
INTERLIGNE = 22.0  # about 8 mm: room for handwriting
COTE_QR = 1.3 * inch
GRIS = (0.35, 0.35, 0.35)
TRAIT = (0.72, 0.74, 0.78)
ENTETE_CHAMP = 24.0
MINIMUM = {"points_saillants": 7, "etapes": 4}
POIDS = {"points_saillants": 2.0}


@dataclass(frozen=True)
class Zone:
    """Un champ du formulaire et le nombre de lignes qu'il reçoit sur sa page."""

    champ: ChampRecolte
    lignes: int

    @property
    def hauteur(self) -> float:
        # Steps have a header row above their lines.
        return ENTETE_CHAMP + (self.lignes + (self.champ.cle == "etapes")) * INTERLIGNE


def qr(canevas: Canvas, adresse: str, x: float, y: float, cote: float) -> None:
    """Un code QR vectoriel (correction M, zone de silence comprise) ; coin bas-gauche (x, y).

    The qrcode library gives the matrix (reportlab's own widget is ten times slower); each run
    of dark modules in a row is one rectangle in a single path.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(adresse)
    code.make(fit=True)
    matrice = code.get_matrix()
    module = cote / len(matrice)
    chemin = canevas.beginPath()
    for rang, ligne in enumerate(matrice):
        haut = y + cote - (rang + 1) * module
        colonne = 0
        while colonne < len(ligne):
            if not ligne[colonne]:
                colonne += 1
                continue
            debut = colonne
            while colonne < len(ligne) and ligne[colonne]:
                colonne += 1
            chemin.rect(x + debut * module, haut, (colonne - debut) * module, module)
    canevas.saveState()
    canevas.setFillColorRGB(0, 0, 0)
    canevas.drawPath(chemin, stroke=0, fill=1)
    canevas.restoreState()


def repartir(champs: list[ChampRecolte], premiere: float, suivante: float) -> list[list[Zone]]:
    """Les champs sur une ou deux pages, puis l'espace restant donné en lignes à chacun."""
    zones = [Zone(c, MINIMUM.get(c.cle, 4)) for c in champs]
    pages: list[list[Zone]] = [[]]
    disponible = [premiere]
    for zone in zones:
        if pages[-1] and sum(z.hauteur for z in pages[-1]) + zone.hauteur > disponible[-1]:
            pages.append([])
            disponible.append(suivante)
        pages[-1].append(zone)
    if len(pages) == 2:
        # Recto-verso: the cut that leaves both sides equally full, not a crowded recto.
        def charge(k: int) -> float:
            return max(
                sum(z.hauteur for z in zones[:k]) / premiere,
                sum(z.hauteur for z in zones[k:]) / suivante,
            )

        coupure = min(range(1, len(zones)), key=charge)
        if charge(coupure) <= 1:
            pages = [zones[:coupure], zones[coupure:]]
    resultat = []
    for zones, place in zip(pages, disponible, strict=True):
        reste = place - sum(z.hauteur for z in zones)
        poids = sum(POIDS.get(z.champ.cle, 1.0) for z in zones) or 1.0
        resultat.append(
            [
                Zone(
                    z.champ,
                    z.lignes + int(reste * POIDS.get(z.champ.cle, 1.0) / poids // INTERLIGNE),
                )
                for z in zones
            ]
        )
    return resultat


class _Fiche:
    def __init__(
        self,
        publication: Publication,
        atelier: AtelierPublie,
        base: str,
        polices: Polices,
        taille: tuple[float, float],
    ) -> None:
        self.publication = publication
        self.atelier = atelier
        self.adresse = url_publique(base, atelier.chemin)
        self.polices = polices
        self.largeur_page, self.hauteur_page = taille
        self.largeur = self.largeur_page - 2 * MARGE
        self.langue = publication.forum.langue
        self.mots = libelles(self.langue)

    def _t(self, valeur: str, police: str | None = None) -> str:
        return texte(valeur, self.langue, police or self.polices.normale)

    def entete(self, canevas: Canvas, code_qr: bool = True) -> float:
        """L'en-tête de la première page ; rend le haut de l'espace d'écriture."""
        a, p = self.atelier, self.polices
        gauche = self.largeur - COTE_QR - 16
        y = self.hauteur_page - MARGE
        y = bloc(self.mots.fiche_compte_rendu.upper(), p.grasse, 10, gauche, couleur=GRIS).dessiner(
            canevas, MARGE, y
        )
        titre = f"{self.mots.numero.format(a.numero)} — {self._t(a.titre, p.grasse)}"
        y = bloc(titre, p.grasse, 18, gauche, maximum=3).dessiner(canevas, MARGE, y - 2)
        jour = formats.date_longue(a.jour, self.langue)
        quand = f"{jour}, {formats.plage(a.debut, a.fin, self.langue)}"
        if a.salle:
            quand += f" · {self._t(a.salle)}"
        y = bloc(quand, p.normale, 11, gauche).dessiner(canevas, MARGE, y - 4)
        porteurs = list(a.porteurs)
        if a.porteurs_non_nommes:
            formes = self.mots.autres_personnes if porteurs else self.mots.personnes
            porteurs.append(self.mots.accord(a.porteurs_non_nommes, formes))
        if porteurs:
            ligne = f"{self.mots.etiquette(self.mots.porte_par)} {self._t(', '.join(porteurs))}"
            y = bloc(ligne, p.normale, 11, gauche, maximum=2).dessiner(canevas, MARGE, y)
        adresse = self.mots.notes_paraitront.format(self.adresse)
        y = bloc(adresse, p.normale, 9, gauche, maximum=3, couleur=GRIS).dessiner(
            canevas, MARGE, y - 2
        )
        haut_qr = self.hauteur_page - MARGE
        x_qr = self.largeur_page - MARGE - COTE_QR
        if code_qr:
            qr(canevas, self.adresse, x_qr, haut_qr - COTE_QR, COTE_QR)
        legende = bloc(self.mots.notes_en_ligne, p.normale, 7, COTE_QR, couleur=GRIS)
        bas = legende.dessiner(canevas, x_qr, haut_qr - COTE_QR, x_qr + COTE_QR / 2)
        y = min(y, bas) - 14
        return self._personnes(canevas, y)

    def _personnes(self, canevas: Canvas, y: float) -> float:
        p = self.polices
        canevas.setFont(p.normale, 11)
        canevas.setFillColorRGB(0, 0, 0)
        base = y - 16
        moitie = self.largeur * 0.58
        scribe = self.mots.etiquette(self.mots.scribe)
        presents = self.mots.etiquette(self.mots.champs["presents"])
        canevas.drawString(MARGE, base, scribe)
        canevas.drawString(MARGE + moitie + 12, base, presents)
        canevas.setStrokeColorRGB(*TRAIT)
        canevas.setLineWidth(0.8)
        # Each line starts just after its label, whatever the language.
        fin_scribe = MARGE + stringWidth(scribe, p.normale, 11) + 6
        fin_presents = MARGE + moitie + 12 + stringWidth(presents, p.normale, 11) + 6
        canevas.line(fin_scribe, base - 2, MARGE + moitie, base - 2)
        canevas.line(fin_presents, base - 2, self.largeur_page - MARGE, base - 2)
        return base - 14

    def entete_suite(self, canevas: Canvas, numero_page: int) -> float:
        p = self.polices
        titre = self._t(self.atelier.titre, p.grasse)
        numero = self.mots.numero.format(self.atelier.numero)
        titre = self.mots.suite_page.format(f"{numero} — {titre}", numero_page)
        return (
            bloc(titre, p.grasse, 12, self.largeur, maximum=2).dessiner(
                canevas, MARGE, self.hauteur_page - MARGE
            )
            - 10
        )

    def zone(self, canevas: Canvas, zone: Zone, y: float) -> float:
        p = self.polices
        libelle = self._t(zone.champ.libelle, p.grasse)
        canevas.setFont(p.grasse, 12)
        canevas.setFillColorRGB(0, 0, 0)
        canevas.drawString(MARGE, y - 16, libelle)
        y -= ENTETE_CHAMP
        canevas.setStrokeColorRGB(*TRAIT)
        canevas.setLineWidth(0.6)
        droite = self.largeur_page - MARGE
        if zone.champ.cle == "etapes":
            mots = self.mots
            colonnes = ((mots.quoi, 0.0), (mots.qui, 0.58), (mots.quand, 0.8))
            canevas.setFont(p.normale, 9)
            canevas.setFillColorRGB(*GRIS)
            for nom, position in colonnes:
                canevas.drawString(MARGE + position * self.largeur + 4, y - 14, nom)
            hauteur = (zone.lignes + 1) * INTERLIGNE
            canevas.rect(MARGE, y - hauteur, self.largeur, hauteur, stroke=1, fill=0)
            for _, position in colonnes[1:]:
                x = MARGE + position * self.largeur
                canevas.line(x, y, x, y - hauteur)
            for rang in range(1, zone.lignes + 1):
                canevas.line(MARGE, y - rang * INTERLIGNE, droite, y - rang * INTERLIGNE)
            return y - hauteur
        for rang in range(1, zone.lignes + 1):
            canevas.line(MARGE, y - rang * INTERLIGNE, droite, y - rang * INTERLIGNE)
        return y - zone.lignes * INTERLIGNE

    def pied(self, canevas: Canvas, page: int, pages: int) -> None:
        canevas.setFont(self.polices.normale, 8)
        canevas.setFillColorRGB(*GRIS)
        mots = self.mots
        texte_pied = mots.a_remettre.format(self.atelier.numero)
        if pages > 1:
            texte_pied += f" — {mots.page_sur_court.format(page, pages)}"
            if page < pages:
                texte_pied += f" {mots.suite_au_verso}"
        canevas.drawString(MARGE, MARGE * 0.55, texte_pied)


def _hauteurs_disponibles(fiche: _Fiche) -> tuple[float, float]:
    """La place pour écrire sous l'en-tête de la première page, puis des suivantes."""
    tampon = Canvas(io.BytesIO(), pagesize=(fiche.largeur_page, fiche.hauteur_page))
    premiere = fiche.entete(tampon, code_qr=False) - MARGE - 14
    suivante = fiche.entete_suite(tampon, 2) - MARGE - 14
    return premiere, suivante


def fiches_pdf(
    publication: Publication,
    base: str,
    format_papier: FormatPapier,
    annule: Annulation | None = None,
) -> bytes:
    polices = enregistrer_polices()
    taille = taille_papier(format_papier)
    forum = publication.forum
    mots = libelles(forum.langue)
    champs = [
        c
        for c in champs_du_forum(forum.champs_recolte, forum.langue)
        if c.texte or c.cle == "etapes"
    ]
    tampon = io.BytesIO()
    canevas = nouveau_canevas(
        tampon,
        taille,
        f"{mots.fiches_compte_rendu} — {forum.titre}",
        mots.fiches_compte_rendu,
        mots.langue_html,
    )
    for atelier in publication.ateliers:
        verifier_annulation(annule)
        fiche = _Fiche(publication, atelier, base, polices, taille)
        pages = repartir(champs, *_hauteurs_disponibles(fiche))
        for rang, zones in enumerate(pages, start=1):
            y = fiche.entete(canevas) if rang == 1 else fiche.entete_suite(canevas, rang)
            for zone in zones:
                y = fiche.zone(canevas, zone, y)
            fiche.pied(canevas, rang, len(pages))
            canevas.showPage()
    canevas.save()
    return tampon.getvalue()
