"""Importer un document d'échange dans un nouveau fichier de forum : tout ou rien."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from app.document import DocumentForum, creation_atomique
from app.echange.format import depuis_json
from app.echange.validation import DocumentInvalide, valider
from modeles import stockage
from modeles.entites import (
    Creneau,
    Etape,
    Forum,
    Participant,
    Photo,
    PlanAction,
    Recolte,
    Salle,
    Sujet,
    Theme,
    VersionRecolte,
    Vote,
    porteur_plan,
    porteur_sujet,
)
from modeles.erreurs import ErreurForum


def lire_json(chemin: Path) -> Any:
    try:
        texte = chemin.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ErreurForum(f"Le fichier « {chemin} » n'existe pas.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ErreurForum(
            f"Le fichier « {chemin} » ne peut pas être lu comme du texte UTF-8 ({exc})."
        ) from exc
    try:
        return json.loads(texte)
    except json.JSONDecodeError as exc:
        raise DocumentInvalide(
            "", f"ce n'est pas du JSON valide (ligne {exc.lineno}, colonne {exc.colno} : {exc.msg})"
        ) from exc


def _inserer(document_forum: DocumentForum, donnees: dict[str, Any]) -> None:
    """Insère un document déjà validé ; une seule transaction."""
    with document_forum.transaction() as session:

        def creer(classe: type[Any], element: dict[str, Any], **refs: Any) -> Any:
            entite = classe(uuid=uuid.UUID(element["uuid"]), **depuis_json(classe, element), **refs)
            session.add(entite)
            return entite

        creer(Forum, donnees["forum"])
        salles = {e["uuid"]: creer(Salle, e) for e in donnees["salles"]}
        creneaux = {e["uuid"]: creer(Creneau, e) for e in donnees["creneaux"]}
        participants = {e["uuid"]: creer(Participant, e) for e in donnees["participants"]}
        themes = {
            e["uuid"]: creer(
                Theme, e, rang=rang, initiateur=participants.get(e["initiateur"] or "")
            )
            for rang, e in enumerate(donnees["themes"])
        }
        sujets: dict[str, Sujet] = {}
        for e in donnees["sujets"]:
            sujets[e["uuid"]] = creer(
                Sujet,
                e,
                salle=salles.get(e["salle"] or ""),
                creneau=creneaux.get(e["creneau"] or ""),
                theme=themes.get(e["theme"] or ""),
            )
        for e in donnees["sujets"]:
            if e["fusionne_dans"]:
                sujets[e["uuid"]].fusionne_dans = sujets[e["fusionne_dans"]]
        etapes: dict[str, Etape] = {}
        for e in donnees["recoltes"]:
            recolte = creer(
                Recolte,
                e,
                sujet=sujets[e["sujet"]],
                scribe=participants.get(e["scribe"] or ""),
                presents=[participants[u] for u in e["presents"]],
            )
            # Children keep the document's order through their rank.
            for rang, etape in enumerate(e["etapes"]):
                etapes[etape["uuid"]] = creer(Etape, etape, recolte=recolte, rang=rang)
            for rang, photo in enumerate(e["photos"]):
                creer(Photo, photo, recolte=recolte, rang=rang)
            for version in e["versions"]:
                creer(VersionRecolte, version, recolte=recolte)
        plans = [
            creer(
                PlanAction,
                e,
                rang=rang,
                sujets=[sujets[u] for u in e["sujets"]],
                themes=[themes[u] for u in e["themes"]],
                etape=etapes.get(e["etape"] or ""),
            )
            for rang, e in enumerate(donnees["plans"])
        ]
        session.flush()
        session.add_all(
            Vote(
                participant_id=participants[e["participant"]].id,
                sujet_id=sujets[e["sujet"]].id,
                points=e["points"],
            )
            for e in donnees["votes"]
        )
        porteurs = [
            {"plan_id": plan.id, "participant_id": participants[p].id, "rang": rang}
            for plan, e in zip(plans, donnees["plans"], strict=True)
            for rang, p in enumerate(e["porteurs"])
        ]
        if porteurs:
            session.execute(porteur_plan.insert(), porteurs)
        # The conveners' order is part of the data: written with its rank, not via the list.
        rangs = [
            {"sujet_id": sujets[e["uuid"]].id, "participant_id": participants[p].id, "rang": rang}
            for e in donnees["sujets"]
            for rang, p in enumerate(e["porteurs"])
        ]
        if rangs:
            session.execute(porteur_sujet.insert(), rangs)


def importer_document(donnees: Any, cible: Path) -> None:
    """Crée `cible` à partir du document ; en cas d'erreur, aucun fichier n'apparaît."""
    donnees = valider(donnees)
    with creation_atomique(cible) as temporaire:
        document_forum = DocumentForum(stockage.creer(temporaire))
        try:
            _inserer(document_forum, donnees)
        finally:
            document_forum.fermer()


def importer_fichier(source: Path, cible: Path) -> None:
    importer_document(lire_json(source), cible)
