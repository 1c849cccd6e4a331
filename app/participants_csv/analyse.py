"""Ce qu'un import ferait, sans rien écrire : à créer, à mettre à jour, doublons, refus."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from uuid import UUID

from app.participants_csv.lecture import CHAMPS, LIBELLES_CHAMPS, TableauCsv, cle
from modeles.ecosysteme import NIVEAUX_ACTION, TYPES_ACTEUR
from modeles.erreurs import ErreurForum

CHAMPS_TEXTE = (
    "nom",
    "courriel",
    "telephone",
    "organisation",
    "type_acteur",
    "niveau_action",
    "territoire",
)
CHAMPS_CONSENTEMENT = ("consentement_publication", "consentement_coordonnees")
# The column sizes of modeles.entites.Participant: PostgreSQL would refuse longer text.
LONGUEURS = {
    "nom": 300,
    "courriel": 300,
    "telephone": 50,
    "organisation": 300,
    "type_acteur": 100,
    "niveau_action": 100,
    "territoire": 200,
}
OUI = frozenset({"oui", "o", "x", "1", "true", "vrai", "yes", "y", "✓", "✔"})
NON = frozenset({"non", "n", "0", "false", "faux", "no"})
_COURRIEL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_FORMULE = ("=", "+", "-", "@", "\t", "\r")
_CANONIQUES = {cle(v): v for v in (*TYPES_ACTEUR, *NIVEAUX_ACTION)}


class Statut(enum.StrEnum):
    CREER = "creer"
    METTRE_A_JOUR = "mettre_a_jour"
    DOUBLON = "doublon"
    REFUSE = "refuse"


@dataclass(frozen=True)
class ParticipantConnu:
    """Ce qu'il faut d'un participant existant pour reconnaître un doublon."""

    uuid: UUID
    nom: str
    courriel: str


@dataclass(frozen=True)
class LigneAnalysee:
    """Une rangée telle qu'elle sera importée ; `valeurs` ne contient que les champs remplis."""

    numero: int
    statut: Statut
    valeurs: Mapping[str, str | bool] = field(default_factory=dict)
    remarque: str = ""
    existant: UUID | None = None

    def texte(self, champ: str) -> str:
        valeur = self.valeurs.get(champ, "")
        if isinstance(valeur, bool):
            return "oui" if valeur else "non"
        return valeur


@dataclass(frozen=True)
class AnalyseImport:
    lignes: tuple[LigneAnalysee, ...]

    def selon(self, statut: Statut) -> list[LigneAnalysee]:
        return [ligne for ligne in self.lignes if ligne.statut is statut]

    @property
    def a_creer(self) -> list[LigneAnalysee]:
        return self.selon(Statut.CREER)

    @property
    def a_mettre_a_jour(self) -> list[LigneAnalysee]:
        return self.selon(Statut.METTRE_A_JOUR)

    @property
    def doublons(self) -> list[LigneAnalysee]:
        return self.selon(Statut.DOUBLON)

    @property
    def refusees(self) -> list[LigneAnalysee]:
        return self.selon(Statut.REFUSE)

    def resume(self) -> str:
        """« 128 à créer, 4 déjà connus (mis à jour), 2 refusés »."""
        return resume(
            len(self.a_creer), len(self.a_mettre_a_jour), len(self.doublons), len(self.refusees)
        )


def resume(creer: int, connus: int, doublons: int, refuses: int, passe: bool = False) -> str:
    parties = [
        f"{creer} {'créé' if passe else 'à créer'}{'s' if passe and creer > 1 else ''}",
        f"{connus} déjà connu{'s' if connus > 1 else ''} (mis à jour)",
    ]
    if doublons:
        pluriel = "s" if doublons > 1 else ""
        parties.append(f"{doublons} doublon{pluriel} dans le fichier (ignoré{pluriel})")
    parties.append(f"{refuses} refusé{'s' if refuses > 1 else ''}")
    return ", ".join(parties)


def verifier_colonnes(tableau: TableauCsv, colonnes: Mapping[str, str]) -> None:
    """Les erreurs qui arrêtent tout l'import : champ inconnu, colonne absente, pas de nom."""
    inconnus = [c for c in colonnes if c not in CHAMPS]
    if inconnus:
        raise ErreurForum(
            f"Champ inconnu : {', '.join(inconnus)}. Champs possibles : {', '.join(CHAMPS)}."
        )
    absentes = [entete for entete in colonnes.values() if entete not in tableau.entetes]
    if absentes:
        liste = ", ".join(f"« {a} »" for a in absentes)
        presentes = ", ".join(f"« {e} »" for e in tableau.entetes)
        raise ErreurForum(
            f"Colonne absente du fichier : {liste}. Colonnes présentes : {presentes}. "
            "Choisissez une de celles-ci ou corrigez la première ligne du fichier."
        )
    if "nom" not in colonnes and "prenom" not in colonnes:
        raise ErreurForum(
            "Aucune colonne n'est associée au nom : choisissez la colonne des noms "
            "(ou du prénom et du nom) avant d'importer."
        )


def est_formule(texte: str) -> bool:
    """Ce qu'un tableur pourrait prendre pour une formule, apostrophes et blancs de tête passés."""
    return texte.lstrip("'").lstrip(" ").startswith(_FORMULE)


def sans_prefixe_formule(texte: str) -> str:
    """Retire l'apostrophe que `cellule_sure` met devant « =… » : l'aller-retour garde le texte."""
    if texte.startswith("'") and est_formule(texte):
        return texte[1:]
    return texte


def _valeurs(brutes: Mapping[str, str]) -> tuple[dict[str, str | bool], str | None]:
    valeurs: dict[str, str | bool] = {}
    nom = " ".join(
        " ".join(sans_prefixe_formule(brutes.get(c, "")).split()) for c in ("prenom", "nom")
    ).strip()
    if not nom:
        return {}, "aucun nom : remplissez la colonne du nom ou retirez cette ligne."
    valeurs["nom"] = nom
    for champ in CHAMPS_TEXTE[1:]:
        # Text is stored as typed: a cell like =HYPERLINK(...) is kept literally, never evaluated.
        texte = " ".join(sans_prefixe_formule(brutes.get(champ, "")).split())
        if texte:
            valeurs[champ] = _CANONIQUES.get(cle(texte), texte)
    for champ, maximum in LONGUEURS.items():
        valeur = valeurs.get(champ, "")
        if isinstance(valeur, str) and len(valeur) > maximum:
            libelle = LIBELLES_CHAMPS[champ].lower()
            return valeurs, f"{libelle} trop long ({len(valeur)} caractères, {maximum} au plus)."
    courriel = valeurs.get("courriel", "")
    if isinstance(courriel, str) and courriel and not _COURRIEL.fullmatch(courriel):
        return valeurs, f"courriel invalide « {courriel} » : corrigez-le ou videz la cellule."
    for champ in CHAMPS_CONSENTEMENT:
        if champ not in brutes:
            continue
        reponse = cle(brutes[champ])
        if not reponse:
            continue  # no answer: False for a new participant, unchanged for a known one
        if reponse in OUI:
            valeurs[champ] = True
        elif reponse in NON:
            valeurs[champ] = False
        else:
            libelle = LIBELLES_CHAMPS[champ].lower()
            return valeurs, f"{libelle} illisible « {brutes[champ].strip()} » : écrivez oui ou non."
    return valeurs, None


def analyser(
    tableau: TableauCsv, colonnes: Mapping[str, str], existants: Sequence[ParticipantConnu]
) -> AnalyseImport:
    """Classe chaque rangée ; un doublon se reconnaît au courriel, puis au nom.

    Two rows with the same name but two different e-mail addresses are two people (namesakes);
    the same name matches when either side has no e-mail.
    """
    verifier_colonnes(tableau, colonnes)
    indices = {champ: tableau.colonne(entete) for champ, entete in colonnes.items()}
    par_courriel: dict[str, ParticipantConnu] = {}
    par_nom: dict[str, list[ParticipantConnu]] = {}
    for connu in existants:
        if connu.courriel:
            par_courriel.setdefault(connu.courriel.casefold(), connu)
        par_nom.setdefault(cle(connu.nom), []).append(connu)
    vus_courriel: dict[str, int] = {}
    vus_nom: dict[str, list[tuple[str, int]]] = {}
    deja_pris: dict[UUID, int] = {}
    resultat: list[LigneAnalysee] = []
    for ligne in tableau.lignes:
        brutes = {champ: ligne.valeurs[i] for champ, i in indices.items()}
        valeurs, raison = _valeurs(brutes)
        if raison is not None:
            resultat.append(LigneAnalysee(ligne.numero, Statut.REFUSE, valeurs, raison))
            continue
        courriel = str(valeurs.get("courriel", "")).casefold()
        nom = cle(str(valeurs["nom"]))
        precedente = _dans_le_fichier(courriel, nom, vus_courriel, vus_nom)
        trouve = None if precedente else _connu(courriel, nom, par_courriel, par_nom)
        if trouve is not None and trouve.uuid in deja_pris:
            precedente = deja_pris[trouve.uuid]
        if precedente:
            remarque = f"doublon de la ligne {precedente} : ignorée."
            resultat.append(LigneAnalysee(ligne.numero, Statut.DOUBLON, valeurs, remarque))
            continue
        if courriel:
            vus_courriel[courriel] = ligne.numero
        vus_nom.setdefault(nom, []).append((courriel, ligne.numero))
        if trouve is None:
            resultat.append(LigneAnalysee(ligne.numero, Statut.CREER, valeurs))
        else:
            deja_pris[trouve.uuid] = ligne.numero
            remarque = f"déjà connu ({trouve.nom}) : mis à jour."
            resultat.append(
                LigneAnalysee(ligne.numero, Statut.METTRE_A_JOUR, valeurs, remarque, trouve.uuid)
            )
    return AnalyseImport(tuple(resultat))


def _dans_le_fichier(
    courriel: str,
    nom: str,
    vus_courriel: Mapping[str, int],
    vus_nom: Mapping[str, list[tuple[str, int]]],
) -> int | None:
    if courriel and courriel in vus_courriel:
        return vus_courriel[courriel]
    for autre_courriel, numero in vus_nom.get(nom, []):
        if not courriel or not autre_courriel or autre_courriel == courriel:
            return numero
    return None


def _connu(
    courriel: str,
    nom: str,
    par_courriel: Mapping[str, ParticipantConnu],
    par_nom: Mapping[str, list[ParticipantConnu]],
) -> ParticipantConnu | None:
    if courriel and courriel in par_courriel:
        return par_courriel[courriel]
    for connu in par_nom.get(nom, []):
        if not courriel or not connu.courriel or connu.courriel.casefold() == courriel:
            return connu
    return None
