"""Ce que contient un compte rendu, ses limites, et les champs que le forum montre ou renomme.

Pure values: no database, no Qt. `app.operations.recoltes` is the entry point that re-exports
these names.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from app.champs_recolte import CHAMPS_RECOLTE
from app.champs_recolte import CHAMPS_TEXTE as CHAMPS_TEXTE
from modeles.erreurs import ErreurForum

LIMITE_TEXTE = 1_000_000
"""Caractères par champ de texte : au-delà, l'enregistrement est refusé (rien n'est tronqué)."""

# The form's fields, in their order, keyed like Forum.champs_recolte and ContenuRecolte: the
# one list in app.champs_recolte, shared with the newsroom, the book and the site.
CLES_CHAMPS = tuple(c.cle for c in CHAMPS_RECOLTE)
LIBELLES_PAR_DEFAUT = {c.cle: c.libelle for c in CHAMPS_RECOLTE}
TOUJOURS_ACTIFS = frozenset(c.cle for c in CHAMPS_RECOLTE if not c.facultatif)
LONGUEUR_LIBELLE = 200
_LIMITES_ETAPE = {"qui": 500, "quand": 200}


@dataclass(frozen=True)
class LigneEtape:
    """Une prochaine étape : quoi, qui, quand."""

    quoi: str = ""
    qui: str = ""
    quand: str = ""

    @property
    def vide(self) -> bool:
        return not (self.quoi.strip() or self.qui.strip() or self.quand.strip())


@dataclass(frozen=True)
class ContenuRecolte:
    """Tout ce que le formulaire écrit d'un coup ; les photos vivent à part."""

    points_saillants: str = ""
    propositions: str = ""
    questions_ouvertes: str = ""
    ressources: str = ""
    citations: str = ""
    mots_cles: tuple[str, ...] = ()
    etapes: tuple[LigneEtape, ...] = ()
    scribe: UUID | None = None
    presents: tuple[UUID, ...] = ()
    nombre_presents: int | None = None

    @property
    def vide(self) -> bool:
        return (
            not any(getattr(self, c).strip() for c in CHAMPS_TEXTE)
            and not self.mots_cles
            and all(e.vide for e in self.etapes)
            and self.scribe is None
            and not self.presents
            and self.nombre_presents is None
        )

    def vers_json(self) -> dict[str, Any]:
        """La forme gardée dans `VersionRecolte.contenu` (le statut y est ajouté à part)."""
        donnees: dict[str, Any] = {c: getattr(self, c) for c in CHAMPS_TEXTE}
        donnees["mots_cles"] = list(self.mots_cles)
        donnees["etapes"] = [[e.quoi, e.qui, e.quand] for e in self.etapes]
        donnees["scribe"] = str(self.scribe) if self.scribe else None
        donnees["presents"] = sorted(str(p) for p in self.presents)
        donnees["nombre_presents"] = self.nombre_presents
        return donnees

    @classmethod
    def depuis_json(cls, donnees: dict[str, Any]) -> ContenuRecolte:
        """Relit une version ; une clé absente (version plus ancienne) reste vide."""
        scribe = donnees.get("scribe")
        nombre = donnees.get("nombre_presents")
        return cls(
            **{c: str(donnees.get(c) or "") for c in CHAMPS_TEXTE},
            mots_cles=tuple(str(m) for m in donnees.get("mots_cles") or ()),
            etapes=tuple(LigneEtape(*map(str, e)) for e in donnees.get("etapes") or ()),
            scribe=UUID(scribe) if scribe else None,
            presents=tuple(UUID(p) for p in donnees.get("presents") or ()),
            nombre_presents=int(nombre) if isinstance(nombre, int) else None,
        )

    def mots(self) -> int:
        """Nombre de mots des textes et des étapes (pour l'historique)."""
        textes = [getattr(self, c) for c in CHAMPS_TEXTE]
        textes += [f"{e.quoi} {e.qui} {e.quand}" for e in self.etapes]
        return sum(len(t.split()) for t in textes)


def _nettoyer_mots(mots: Iterable[str]) -> tuple[str, ...]:
    vus: dict[str, str] = {}
    for mot in mots:
        propre = " ".join(mot.split())
        if propre:
            vus.setdefault(propre.casefold(), propre)
    return tuple(vus.values())


def valider(contenu: ContenuRecolte) -> ContenuRecolte:
    """Refuse un champ trop long (message en français) ; nettoie mots-clés et étapes vides.

    The texts themselves are kept exactly as typed: trailing spaces included.
    """
    for champ in CHAMPS_TEXTE:
        if len(getattr(contenu, champ)) > LIMITE_TEXTE:
            raise ErreurForum(
                f"Le champ « {LIBELLES_PAR_DEFAUT[champ]} » dépasse 1 Mo de texte : il n'a pas "
                "été enregistré. Raccourcissez-le, ou mettez le document en lien dans "
                "« Ressources et liens »."
            )
    etapes = []
    for etape in contenu.etapes:
        if etape.vide:
            continue
        propre = LigneEtape(etape.quoi.strip(), etape.qui.strip(), etape.quand.strip())
        for nom, limite in _LIMITES_ETAPE.items():
            if len(getattr(propre, nom)) > limite:
                raise ErreurForum(
                    f"Une étape a un « {nom} » de plus de {limite} caractères : raccourcissez-le."
                )
        if len(propre.quoi) > LIMITE_TEXTE:
            raise ErreurForum("Une étape dépasse 1 Mo de texte : raccourcissez-la.")
        etapes.append(propre)
    if contenu.nombre_presents is not None and not 0 <= contenu.nombre_presents <= 100_000:
        raise ErreurForum("Le nombre de personnes présentes doit être un nombre positif.")
    return ContenuRecolte(
        **{c: getattr(contenu, c) for c in CHAMPS_TEXTE},
        mots_cles=_nettoyer_mots(contenu.mots_cles),
        etapes=tuple(etapes),
        scribe=contenu.scribe,
        presents=tuple(sorted(set(contenu.presents), key=str)),
        nombre_presents=contenu.nombre_presents,
    )


@dataclass(frozen=True)
class ChampFormulaire:
    """Un champ du formulaire de récolte : montré ou non, et son nom propre à ce forum."""

    cle: str
    actif: bool = True
    # Empty: the default label (translated by the views, LIBELLES_PAR_DEFAUT elsewhere).
    libelle_personnalise: str = ""

    @property
    def libelle(self) -> str:
        return self.libelle_personnalise or LIBELLES_PAR_DEFAUT[self.cle]


def champs_depuis_json(reglages: dict[str, Any] | None) -> tuple[ChampFormulaire, ...]:
    """Les champs dans l'ordre du formulaire ; un champ non mentionné garde ses valeurs."""
    reglages = reglages or {}
    champs = []
    for cle in CLES_CHAMPS:
        reglage = reglages.get(cle)
        reglage = reglage if isinstance(reglage, dict) else {}
        actif = bool(reglage.get("actif", True)) or cle in TOUJOURS_ACTIFS
        libelle = " ".join(str(reglage.get("libelle") or "").split())
        if libelle == LIBELLES_PAR_DEFAUT[cle]:
            libelle = ""
        champs.append(ChampFormulaire(cle, actif, libelle[:LONGUEUR_LIBELLE]))
    return tuple(champs)


def champs_vers_json(
    champs: Iterable[ChampFormulaire], existants: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Seulement ce qui s'écarte des valeurs par défaut ; les clés inconnues sont gardées."""
    sortie = {c: v for c, v in (existants or {}).items() if c not in CLES_CHAMPS}
    for champ in champs:
        if champ.cle not in CLES_CHAMPS:
            raise ValueError(f"Champ inconnu : {champ.cle}")
        if not champ.actif and champ.cle in TOUJOURS_ACTIFS:
            raise ErreurForum(
                f"Le champ « {champ.libelle} » est le cœur du compte rendu : il reste affiché."
            )
        libelle = " ".join(champ.libelle_personnalise.split())
        if len(libelle) > LONGUEUR_LIBELLE:
            raise ErreurForum(f"Le nom d'un champ ne dépasse pas {LONGUEUR_LIBELLE} caractères.")
        reglage: dict[str, Any] = {}
        if not champ.actif:
            reglage["actif"] = False
        if libelle and libelle != LIBELLES_PAR_DEFAUT[champ.cle]:
            reglage["libelle"] = libelle
        if reglage:
            sortie[champ.cle] = reglage
    return sortie


# --- versions compactes -------------------------------------------------------------------------
#
# A version row (VersionRecolte.contenu) is either a full state, as ContenuRecolte.vers_json()
# plus "statut", or a retouch of the version named by "de": the small keys in full, and for
# each text field that changed, [common prefix length, common suffix length, inserted text].
# Typing changes a few words of a long text, so a retouch is a few dozen bytes where a full
# state of a 5,000-word report is 35 kB. A full state is written every INTERVALLE_COMPLET
# versions, and whenever the previous row does not match the report (its "empreinte"), so a
# version is never more than that many retouches away from a full state.

INTERVALLE_COMPLET = 20
_CLES_TECHNIQUES = frozenset({"de", "rang", "retouches", "empreinte"})


def empreinte(etat: dict[str, Any]) -> str:
    """Une somme de contrôle des textes d'un état (CRC-32, en hexadécimal)."""
    somme = 0
    for champ in CHAMPS_TEXTE:
        somme = zlib.crc32(str(etat.get(champ) or "").encode("utf-8", "surrogatepass"), somme)
        somme = zlib.crc32(b"\x00", somme)
    return f"{somme:08x}"


def _commun(avant: str, apres: str) -> tuple[int, int]:
    """Longueurs du début et de la fin communs (sans chevauchement)."""
    limite = min(len(avant), len(apres))
    bas, haut = 0, limite
    # Binary search on slices: comparisons run in C, a 1 MB field costs microseconds.
    while bas < haut:
        milieu = (bas + haut + 1) // 2
        if avant[:milieu] == apres[:milieu]:
            bas = milieu
        else:
            haut = milieu - 1
    debut = bas
    bas, haut = 0, limite - debut
    while bas < haut:
        milieu = (bas + haut + 1) // 2
        if avant[len(avant) - milieu :] == apres[len(apres) - milieu :]:
            bas = milieu
        else:
            haut = milieu - 1
    return debut, bas


def etat_complet(etat: dict[str, Any]) -> dict[str, Any]:
    """Une ligne de version qui porte l'état entier."""
    return {**etat, "rang": 0, "empreinte": empreinte(etat)}


def retouche(
    avant: dict[str, Any], apres: dict[str, Any], precedente: str, rang: int
) -> dict[str, Any]:
    """Une ligne de version qui ne garde des textes que ce qui a changé depuis `precedente`."""
    ligne = {k: v for k, v in apres.items() if k not in CHAMPS_TEXTE}
    retouches: dict[str, list[Any]] = {}
    for champ in CHAMPS_TEXTE:
        ancien, nouveau = str(avant.get(champ) or ""), str(apres.get(champ) or "")
        if ancien != nouveau:
            debut, fin = _commun(ancien, nouveau)
            retouches[champ] = [debut, fin, nouveau[debut : len(nouveau) - fin]]
    ligne.update(de=precedente, rang=rang, retouches=retouches, empreinte=empreinte(apres))
    return ligne


def est_retouche(ligne: dict[str, Any]) -> bool:
    return "retouches" in ligne


def appliquer_retouche(ligne: dict[str, Any], precedent: dict[str, Any]) -> dict[str, Any]:
    """L'état entier d'une retouche, à partir de l'état entier de la version qu'elle nomme."""
    etat = {k: v for k, v in ligne.items() if k not in _CLES_TECHNIQUES}
    retouches = ligne.get("retouches") or {}
    for champ in CHAMPS_TEXTE:
        texte = str(precedent.get(champ) or "")
        if champ in retouches:
            debut, fin, insere = retouches[champ]
            texte = texte[:debut] + insere + texte[len(texte) - fin :]
        etat[champ] = texte
    return etat


def developper(lignes: list[tuple[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Les états entiers de lignes de version (uuid, contenu), par uuid.

    A retouch whose base is missing (a damaged or partly merged file) is left out rather than
    shown wrong.
    """
    par_uuid = dict(lignes)
    etats: dict[str, dict[str, Any]] = {}
    for uuid, _ in lignes:
        chaine = []
        courant: str | None = uuid
        # Walk back to a full state (or a known one), then forward again.
        while courant is not None and courant not in etats and courant in par_uuid:
            chaine.append(courant)
            ligne = par_uuid[courant]
            courant = str(ligne["de"]) if est_retouche(ligne) else None
            if len(chaine) > len(par_uuid):
                break  # a cycle: never in a file we wrote
        base: dict[str, Any] | None = etats.get(courant) if courant is not None else None
        if courant is not None and base is None:
            continue
        for nom in reversed(chaine):
            ligne = par_uuid[nom]
            if est_retouche(ligne):
                assert base is not None
                base = appliquer_retouche(ligne, base)
            else:
                base = {k: v for k, v in ligne.items() if k not in _CLES_TECHNIQUES}
            etats[nom] = base
    return etats
