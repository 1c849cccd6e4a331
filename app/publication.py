"""Ce que le forum publie (livre des actes, site des notes) : un seul instantané pour les deux.

Consent is applied here, once: a person who did not agree to be named appears only in counts.
The session page path is defined here too, so that every QR code of a book and the site it
points to always agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import defer, selectinload

from app import agenda, lectures
from app.champs_recolte import champs_du_forum
from app.document import DocumentForum
from app.lectures import Chiffres, CreneauLu, InfosForum, SalleLue, SujetLu
from modeles.entites import Photo, Recolte, Sujet
from modeles.valeurs import StatutRecolte

DOSSIER_ATELIERS = "ateliers"
PAGE_ACCUEIL = "index.html"
PAGE_PARTICIPANTS = "participants.html"


def chemin_page_atelier(numero: int) -> str:
    """« ateliers/7.html » : court, pour être tapé à la main sous le code QR."""
    return f"{DOSSIER_ATELIERS}/{numero}.html"


def url_publique(base: str, chemin: str = "") -> str:
    """L'adresse publique d'une page du site ; la base vient du forum ou de la ligne de commande."""
    return f"{base.strip().rstrip('/')}/{chemin}"


@dataclass(frozen=True)
class Section:
    cle: str
    titre: str
    markdown: str


@dataclass(frozen=True)
class EtapePubliee:
    quoi: str
    qui: str
    quand: str


@dataclass(frozen=True)
class PhotoPubliee:
    uuid: UUID
    legende: str
    type_mime: str
    largeur: int
    hauteur: int


@dataclass(frozen=True)
class AtelierPublie:
    uuid: UUID
    numero: int
    titre: str
    description: str
    theme: str
    jour: dt.date
    debut: dt.time
    fin: dt.time
    salle: str
    porteurs: tuple[str, ...]
    porteurs_non_nommes: int
    scribe: str | None
    presents: tuple[str, ...]
    nombre_presents: int | None
    sections: tuple[Section, ...]
    etapes: tuple[EtapePubliee, ...]
    mots_cles: tuple[str, ...]
    photos: tuple[PhotoPubliee, ...]
    statut: StatutRecolte
    fusionnes: tuple[int, ...]
    chemin: str

    @property
    def recu(self) -> bool:
        return bool(self.sections or self.etapes or self.photos)


@dataclass(frozen=True)
class JourPublie:
    """Une journée du mur : ses créneaux, ses salles, et l'atelier (n°, titre) de chaque case."""

    jour: dt.date
    creneaux: tuple[CreneauLu, ...]
    salles: tuple[SalleLue, ...]
    cases: dict[tuple[UUID, UUID], tuple[int, str, bool]]


@dataclass(frozen=True)
class Publication:
    forum: InfosForum
    jours: tuple[JourPublie, ...]
    ateliers: tuple[AtelierPublie, ...]
    chiffres: Chiffres
    participants: tuple[tuple[str, str], ...]  # (nom, organisation), consenting only
    libelles: dict[str, str]  # harvest field key -> the forum's label, active fields only


def _jours(
    creneaux: Sequence[CreneauLu], salles: Sequence[SalleLue], sujets: Sequence[SujetLu]
) -> tuple[JourPublie, ...]:
    jours = []
    for jour in sorted({c.jour for c in creneaux}):
        du_jour = [c for c in creneaux if c.jour == jour]
        cases = {
            case: (o.sujet.numero, o.sujet.titre, o.debut)
            for case, o in agenda.couverture(du_jour, sujets).items()
        }
        jours.append(JourPublie(jour, tuple(du_jour), tuple(salles), cases))
    return tuple(jours)


def contenu_publie(document: DocumentForum, *, par_theme: bool = False) -> Publication:
    """Le forum tel qu'il se publie : ateliers dans l'ordre de l'agenda (ou par thème)."""
    forum = lectures.infos_forum(document)
    salles = lectures.salles(document)
    creneaux = lectures.creneaux(document)
    sujets = [s for s in lectures.sujets(document) if s.actif]
    personnes = {p.uuid: p for p in lectures.participants(document)}
    champs = champs_du_forum(forum.champs_recolte, forum.langue)
    actifs = {c.cle for c in champs}
    par_creneau = {c.uuid: c for c in creneaux}
    par_salle = {s.uuid: s for s in salles}
    couverture = agenda.couverture(creneaux, sujets)
    fins: dict[UUID, dt.time] = {}
    for (couvert, _), occupation in couverture.items():
        fin = par_creneau[couvert].fin
        fins[occupation.sujet.uuid] = max(fins.get(occupation.sujet.uuid, fin), fin)

    with document.lecture() as session:
        recoltes = {
            r.sujet.uuid: r
            for r in session.scalars(
                select(Recolte).options(
                    selectinload(Recolte.sujet).load_only(Sujet.uuid),
                    selectinload(Recolte.scribe),
                    selectinload(Recolte.presents),
                    selectinload(Recolte.etapes),
                    # Photos are read one at a time when drawn: 800 sessions stay in memory.
                    selectinload(Recolte.photos).options(defer(Photo.donnees)),
                )
            )
        }
        ateliers = []
        for sujet in sujets:
            if not sujet.place or sujet.creneau not in par_creneau:
                continue
            creneau = par_creneau[sujet.creneau]
            recolte = recoltes.get(sujet.uuid)
            nommes = [
                nom
                for uuid, nom in zip(sujet.porteurs_uuids, sujet.porteurs, strict=True)
                if personnes.get(uuid) is not None and personnes[uuid].consentement_publication
            ]
            presents_tous = list(recolte.presents) if recolte else []
            presents = tuple(p.nom for p in presents_tous if p.consentement_publication)
            scribe = recolte.scribe if recolte else None
            sections = tuple(
                Section(c.cle, c.libelle, getattr(recolte, c.cle))
                for c in champs
                if c.texte and recolte is not None and getattr(recolte, c.cle).strip()
            )
            ateliers.append(
                AtelierPublie(
                    uuid=sujet.uuid,
                    numero=sujet.numero,
                    titre=sujet.titre,
                    description=sujet.description,
                    theme=sujet.theme,
                    jour=creneau.jour,
                    debut=creneau.debut,
                    fin=fins.get(sujet.uuid, creneau.fin),
                    salle=par_salle[sujet.salle].nom if sujet.salle in par_salle else "",
                    porteurs=tuple(nommes),
                    porteurs_non_nommes=len(sujet.porteurs) - len(nommes),
                    scribe=scribe.nom if scribe and scribe.consentement_publication else None,
                    presents=presents if "presents" in actifs else (),
                    nombre_presents=(recolte.nombre_presents or len(presents_tous) or None)
                    if recolte
                    else None,
                    sections=sections,
                    etapes=tuple(EtapePubliee(e.quoi, e.qui, e.quand) for e in recolte.etapes)
                    if recolte and "etapes" in actifs
                    else (),
                    mots_cles=tuple(recolte.mots_cles) if recolte and "mots_cles" in actifs else (),
                    photos=tuple(
                        PhotoPubliee(p.uuid, p.legende, p.type_mime, p.largeur, p.hauteur)
                        for p in recolte.photos
                    )
                    if recolte
                    else (),
                    statut=recolte.statut if recolte else StatutRecolte.A_RECEVOIR,
                    fusionnes=sujet.fusionnes,
                    chemin=chemin_page_atelier(sujet.numero),
                )
            )
    ordre_salles = {s.uuid: s.ordre for s in salles}
    rang_salle = {s.nom: ordre_salles[s.uuid] for s in salles}

    def cle_agenda(a: AtelierPublie) -> tuple[object, ...]:
        return (a.jour, a.debut, rang_salle.get(a.salle, 0), a.numero)

    ateliers.sort(key=(lambda a: (a.theme.casefold(), *cle_agenda(a))) if par_theme else cle_agenda)
    return Publication(
        forum=forum,
        jours=_jours(creneaux, salles, sujets),
        ateliers=tuple(ateliers),
        chiffres=lectures.chiffres(document),
        participants=tuple(
            (p.nom, p.organisation) for p in personnes.values() if p.consentement_publication
        ),
        libelles={c.cle: c.libelle for c in champs},
    )


def donnees_photo(document: DocumentForum, photo: UUID) -> bytes:
    """Les octets d'une photo, lus au moment de la dessiner ou de l'écrire."""
    with document.lecture() as session:
        donnees = session.scalar(select(Photo.donnees).where(Photo.uuid == photo))
    if donnees is None:
        raise KeyError(photo)
    return donnees
