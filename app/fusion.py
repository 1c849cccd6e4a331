"""Fusionner des fichiers de forum tapés sur plusieurs portables, sans perdre un mot.

Entities match by UUID (a person typed on two laptops, or a theme, also by name). For an
entity present on both sides and different, the newest (`modifie_le`) wins. A report edited
on both sides keeps the newest as the report, and the other version goes into the report's
history, flagged « à relire ». Nothing is deleted by a merge: an entity missing on one side is
added. Merging the same file twice changes nothing the second time.

The merge works on exchange documents: each other file is copied, opened (and upgraded) as a
copy, exported; the merged document is validated, written to a new file, and replaces the
forum after a backup, all or nothing.

A forum on a PostgreSQL server (postgresql://...) may be a source or the target. A server
target stays open to the other laptops meanwhile: its content is read again under the write
lock, merged, snapshotted (JSON backup) and replaced in that one transaction
(`importer.remplacer_contenu`), so no edit made on the server during the merge is lost.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import sauvegardes
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.echange.format import sans_horodatages
from app.echange.importer import importer_document, remplacer_contenu_de
from app.echange.validation import valider
from app.operations.recoltes_contenu import CHAMPS_TEXTE, etat_complet
from modeles import stockage
from modeles.erreurs import ErreurForum

ESPACE_FUSION = uuid.UUID("1b0f4f8e-2d4a-4c1e-9e37-5a6d2c9b7f10")
LISTES = ("salles", "creneaux", "participants", "themes", "sujets", "plans")
GENRES = {
    "forum": "forum",
    "salles": "salle",
    "creneaux": "créneau",
    "participants": "participant·e",
    "themes": "thème",
    "sujets": "sujet",
    "plans": "plan d'action",
    "recoltes": "compte rendu",
    "votes": "vote",
}


@dataclass(frozen=True)
class Difference:
    genre: str
    nom: str
    detail: str = ""

    def texte(self) -> str:
        return f"{self.genre} « {self.nom} »" + (f" : {self.detail}" if self.detail else "")


@dataclass
class RapportFusion:
    sources: list[str] = field(default_factory=list)
    ajouts: list[Difference] = field(default_factory=list)
    modifications: list[Difference] = field(default_factory=list)
    conflits: list[Difference] = field(default_factory=list)

    @property
    def vide(self) -> bool:
        return not (self.ajouts or self.modifications or self.conflits)

    def texte(self) -> str:
        if self.vide:
            return "Rien à fusionner : le forum contient déjà tout ce que ces fichiers apportent."
        lignes = [f"Fusion de : {', '.join(self.sources)}."]
        for titre, liste in (
            ("Ajouté", self.ajouts),
            ("Modifié (la version la plus récente est gardée)", self.modifications),
            (
                "Modifié des deux côtés (l'autre version est dans l'historique, à relire)",
                self.conflits,
            ),
        ):
            if liste:
                lignes.append(f"{titre} : {len(liste)}")
                lignes.extend(f"  – {d.texte()}" for d in liste)
        return "\n".join(lignes)


def _nom(liste: str, element: dict[str, Any]) -> str:
    for cle in ("titre", "nom", "action", "libelle"):
        if element.get(cle):
            return str(element[cle])[:80]
    if liste == "creneaux":
        return f"{element['jour']} {element['debut']}–{element['fin']}"
    return str(element.get("uuid", ""))


def _moment(element: dict[str, Any]) -> str:
    return element.get("modifie_le") or ""


def _plus_recent(autre: dict[str, Any], cible: dict[str, Any]) -> bool:
    """L'autre version gagne seulement si elle est strictement plus récente."""
    return _moment(autre) > _moment(cible)


# --- the same person or theme under two uuids ------------------------------------------------


def _correspondances(cible: dict[str, Any], autre: dict[str, Any]) -> dict[str, str]:
    """Les UUID de l'autre document qui désignent une entité déjà dans la cible sous un autre."""
    remplacer: dict[str, str] = {}
    connus = {e["uuid"] for e in cible["participants"]}
    par_nom: dict[str, dict[str, Any]] = {}
    for p in cible["participants"]:
        par_nom.setdefault(p["nom"].casefold().strip(), p)
    for p in autre["participants"]:
        meme = par_nom.get(p["nom"].casefold().strip())
        if p["uuid"] in connus or meme is None:
            continue
        courriels = {p["courriel"].casefold(), meme["courriel"].casefold()} - {""}
        if len(courriels) <= 1:
            remplacer[p["uuid"]] = meme["uuid"]
    themes = {t["titre"].casefold(): t["uuid"] for t in cible["themes"]}
    ids_themes = set(themes.values())
    for t in autre["themes"]:
        meme_theme = themes.get(t["titre"].casefold())
        if t["uuid"] not in ids_themes and meme_theme is not None:
            remplacer[t["uuid"]] = meme_theme
    return remplacer


def _remplacer_references(document: dict[str, Any], remplacer: dict[str, str]) -> dict[str, Any]:
    if not remplacer:
        return document

    def r(valeur: Any) -> Any:
        return remplacer.get(valeur, valeur) if isinstance(valeur, str) else valeur

    doublons = set(remplacer)
    document = copy.deepcopy(document)
    document["participants"] = [p for p in document["participants"] if p["uuid"] not in doublons]
    document["themes"] = [t for t in document["themes"] if t["uuid"] not in doublons]
    for t in document["themes"]:
        t["initiateur"] = r(t["initiateur"])
    for s in document["sujets"]:
        s["porteurs"] = list(dict.fromkeys(r(p) for p in s["porteurs"]))
        s["theme"] = r(s["theme"])
    for rec in document["recoltes"]:
        rec["scribe"] = r(rec["scribe"])
        rec["presents"] = list(dict.fromkeys(r(p) for p in rec["presents"]))
    for v in document["votes"]:
        v["participant"] = r(v["participant"])
    for plan in document["plans"]:
        plan["porteurs"] = list(dict.fromkeys(r(p) for p in plan["porteurs"]))
        plan["themes"] = list(dict.fromkeys(r(t) for t in plan["themes"]))
    return document


# --- the merge of two documents --------------------------------------------------------------


def _contenu(recolte: dict[str, Any]) -> dict[str, Any]:
    """Ce qui a été écrit dans un compte rendu, sous la forme de son historique."""
    contenu: dict[str, Any] = {c: recolte[c] for c in CHAMPS_TEXTE}
    contenu.update(
        mots_cles=list(recolte["mots_cles"]),
        etapes=[[e["quoi"], e["qui"], e["quand"]] for e in recolte["etapes"]],
        scribe=recolte["scribe"],
        nombre_presents=recolte["nombre_presents"],
    )
    return contenu


def _signature(contenu: dict[str, Any]) -> str:
    return json.dumps(
        {k: v for k, v in contenu.items() if k not in ("rang", "empreinte", "statut", "presents")},
        sort_keys=True,
        ensure_ascii=False,
    )


def _version_de(recolte: dict[str, Any], source: str) -> dict[str, Any]:
    """Une version « état complet » de l'historique, qui porte ce compte rendu tel quel."""
    contenu = {
        **_contenu(recolte),
        "presents": sorted(recolte["presents"]),
        "statut": recolte["statut"],
    }
    # Derived from the session and what it holds: the same text merged twice is one version.
    cle = f"{recolte['sujet']}:{_signature(contenu)}"
    return {
        "uuid": str(uuid.uuid5(ESPACE_FUSION, cle)),
        "horodatage": recolte["modifie_le"]
        or dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "auteur": f"Fusion : {source}"[:300],
        "contenu": etat_complet(contenu),
    }


def _fusionner_recolte(
    cible: dict[str, Any], autre: dict[str, Any], source: str, rapport: RapportFusion, nom: str
) -> dict[str, Any]:
    if _contenu(cible) == _contenu(autre):
        gagnante, perdante = cible, None
    elif _plus_recent(autre, cible):
        gagnante, perdante = autre, cible
    else:
        gagnante, perdante = cible, autre
    resultat = copy.deepcopy(gagnante)
    resultat["uuid"] = cible["uuid"]
    resultat["presents"] = sorted(set(cible["presents"]) | set(autre["presents"]))
    photos = {p["uuid"]: p for p in cible["photos"]}
    for photo in autre["photos"]:
        photos.setdefault(photo["uuid"], photo)
    resultat["photos"] = list(photos.values())
    versions = {v["uuid"]: v for v in cible["versions"]}
    for v in autre["versions"]:
        versions.setdefault(v["uuid"], v)
    if perdante is not None:
        perdue = _version_de(perdante, source if perdante is autre else "ce forum")
        deja = {
            _signature(v["contenu"]) for v in versions.values() if v["contenu"].get("rang") == 0
        }
        if perdue["uuid"] not in versions and _signature(perdue["contenu"]) not in deja:
            # Both texts were typed: the other one is kept in the history, to be read again.
            versions[perdue["uuid"]] = perdue
            resultat["statut"] = "a_relire"
            rapport.conflits.append(
                Difference(GENRES["recoltes"], nom, "la version la plus récente est gardée")
            )
        elif perdante is cible:
            rapport.modifications.append(Difference(GENRES["recoltes"], nom))
    resultat["versions"] = sorted(versions.values(), key=lambda v: v["horodatage"])
    resultat["version"] = max(cible["version"], autre["version"])
    return resultat


def fusionner_documents(
    cible: dict[str, Any], autre: dict[str, Any], source: str, rapport: RapportFusion
) -> dict[str, Any]:
    """Le document fusionné (la cible n'est pas modifiée) ; le rapport est complété."""
    autre = _remplacer_references(autre, _correspondances(cible, autre))
    resultat = copy.deepcopy(cible)
    if sans_horodatages(autre["forum"]) != sans_horodatages(cible["forum"]) and _plus_recent(
        autre["forum"], cible["forum"]
    ):
        resultat["forum"] = {**autre["forum"], "uuid": cible["forum"]["uuid"]}
        rapport.modifications.append(Difference(GENRES["forum"], autre["forum"]["titre"]))
    for liste in LISTES:
        index = {e["uuid"]: i for i, e in enumerate(resultat[liste])}
        for element in autre[liste]:
            position = index.get(element["uuid"])
            if position is None:
                index[element["uuid"]] = len(resultat[liste])
                resultat[liste].append(copy.deepcopy(element))
                rapport.ajouts.append(Difference(GENRES[liste], _nom(liste, element)))
                continue
            present = resultat[liste][position]
            if sans_horodatages(present) != sans_horodatages(element) and _plus_recent(
                element, present
            ):
                resultat[liste][position] = copy.deepcopy(element)
                rapport.modifications.append(Difference(GENRES[liste], _nom(liste, element)))
    _renumeroter(resultat, {s["uuid"] for s in cible["sujets"]})
    _titres_de_themes_uniques(resultat)
    titres = {s["uuid"]: f"{s['numero']}. {s['titre']}"[:80] for s in resultat["sujets"]}
    par_sujet = {r["sujet"]: i for i, r in enumerate(resultat["recoltes"])}
    for recolte in autre["recoltes"]:
        position = par_sujet.get(recolte["sujet"])
        nom = titres.get(recolte["sujet"], recolte["sujet"])
        if position is None:
            par_sujet[recolte["sujet"]] = len(resultat["recoltes"])
            resultat["recoltes"].append(copy.deepcopy(recolte))
            rapport.ajouts.append(Difference(GENRES["recoltes"], nom))
        else:
            present = resultat["recoltes"][position]
            fusionnee = _fusionner_recolte(present, recolte, source, rapport, nom)
            if fusionnee != present:
                resultat["recoltes"][position] = fusionnee
    votes = {(v["participant"], v["sujet"]) for v in resultat["votes"]}
    for vote in autre["votes"]:
        if (vote["participant"], vote["sujet"]) not in votes:
            resultat["votes"].append(copy.deepcopy(vote))
            votes.add((vote["participant"], vote["sujet"]))
            rapport.ajouts.append(Difference(GENRES["votes"], titres.get(vote["sujet"], "")))
    return resultat


def _renumeroter(document: dict[str, Any], de_la_cible: set[str]) -> None:
    """Un sujet ajouté qui prend un numéro déjà pris reçoit le suivant libre."""
    pris = {s["numero"] for s in document["sujets"] if s["uuid"] in de_la_cible}
    suivant = max(pris, default=0) + 1
    for sujet in document["sujets"]:
        if sujet["uuid"] in de_la_cible:
            continue
        if sujet["numero"] in pris:
            sujet["numero"] = suivant
        pris.add(sujet["numero"])
        suivant = max(pris) + 1


def _titres_de_themes_uniques(document: dict[str, Any]) -> None:
    vus: set[str] = set()
    for theme in document["themes"]:
        titre, n = theme["titre"], 2
        while titre.casefold() in vus:
            titre, n = f"{theme['titre']} ({n})", n + 1
        theme["titre"] = titre
        vus.add(titre.casefold())


# --- files and servers ----------------------------------------------------------------------

Source = Path | str  # a .forum file, or a server's address (postgresql://...)


def _nom_source(source: Source) -> str:
    if stockage.est_url(source):
        return stockage.nom_affichable(source)
    return Path(source).name


def _meme_forum(a: Source, b: Source) -> bool:
    if stockage.est_url(a) or stockage.est_url(b):
        return (
            stockage.est_url(a)
            and stockage.est_url(b)
            and stockage.nom_affichable(a) == stockage.nom_affichable(b)
        )
    return Path(a).absolute() == Path(b).absolute()


def lire_forum(chemin: Source) -> dict[str, Any]:
    """Le document d'échange d'un forum, lu sur une copie (un fichier reste tel quel).

    A server's forum is read in one snapshot transaction; nothing is written to it.
    """
    if stockage.est_url(chemin):
        with DocumentForum.ouvrir(str(chemin)) as serveur:
            return exporter_document(serveur)
    chemin = Path(chemin)
    if not chemin.is_file():
        raise ErreurForum(f"Le fichier « {chemin} » n'existe pas ; vérifiez son nom.")
    with tempfile.TemporaryDirectory() as dossier:
        copie = Path(dossier) / "copie.forum"
        shutil.copyfile(chemin, copie)
        for suffixe in ("-wal",):
            compagnon = Path(f"{chemin}{suffixe}")
            if compagnon.exists():
                shutil.copyfile(compagnon, Path(f"{copie}{suffixe}"))
        document = DocumentForum(stockage.ouvrir(copie, Path(dossier) / "sauvegardes"))
        try:
            return exporter_document(document)
        finally:
            document.fermer()


def _fusionner_tous(
    cible: dict[str, Any], autres: Sequence[tuple[str, dict[str, Any]]]
) -> tuple[dict[str, Any], RapportFusion]:
    rapport = RapportFusion(sources=[nom for nom, _ in autres])
    resultat = cible
    for nom, autre in autres:
        resultat = fusionner_documents(resultat, autre, nom, rapport)
    return valider(resultat), rapport


def _lire_autres(
    cible: Source, autres: Sequence[Source], lire: Callable[[Source], dict[str, Any]]
) -> list[tuple[str, dict[str, Any]]]:
    for autre in autres:
        if _meme_forum(autre, cible):
            raise ErreurForum(
                "Un forum ne se fusionne pas avec lui-même : choisissez un autre fichier."
            )
    return [(_nom_source(autre), lire(autre)) for autre in autres]


def apercu(
    cible: Source,
    autres: Sequence[Source],
    *,
    lire: Callable[[Source], dict[str, Any]] = lire_forum,
) -> tuple[dict[str, Any], RapportFusion]:
    """Le document fusionné et son rapport, sans rien écrire."""
    lus = _lire_autres(cible, autres, lire)
    return _fusionner_tous(lire(cible), lus)


def fusionner(
    cible: Source, autres: Iterable[Source], *, garder: int | None = None
) -> RapportFusion:
    """Fusionne les autres forums dans `cible` (un fichier fermé, ou un serveur) ; tout ou rien."""
    sources = [p if stockage.est_url(p) else Path(p) for p in autres]
    if stockage.est_url(cible):
        return _fusionner_sur_serveur(str(cible), sources, garder=garder)
    cible = Path(cible).absolute()
    document, rapport = apercu(cible, sources)
    if rapport.vide:
        return rapport
    sauvegardes.sauvegarder_forum(cible, "fusion", garder=garder)
    temporaire = cible.with_name(f".{cible.name}.{os.getpid()}.fusion")
    stockage.supprimer_fichier_forum(temporaire)
    try:
        importer_document(document, temporaire)
        for compagnon in (Path(f"{cible}-wal"), Path(f"{cible}-shm")):
            compagnon.unlink(missing_ok=True)
        os.replace(temporaire, cible)
    finally:
        stockage.supprimer_fichier_forum(temporaire)
    return rapport


def _fusionner_sur_serveur(
    url: str, autres: Sequence[Source], *, garder: int | None
) -> RapportFusion:
    """Les autres forums lus d'abord ; la base relue, sauvegardée et remplacée sous le verrou."""
    lus = _lire_autres(url, autres, lire_forum)
    rapport = RapportFusion(sources=[nom for nom, _ in lus])

    def remplacement(actuel: dict[str, Any]) -> dict[str, Any] | None:
        nonlocal rapport
        document, rapport = _fusionner_tous(actuel, lus)
        if rapport.vide:
            return None
        sauvegardes.ecrire_instantane(url, actuel, "fusion", garder=garder)
        return document

    remplacer_contenu_de(url, remplacement)
    return rapport
