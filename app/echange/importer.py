"""Importer un document d'échange dans un nouveau fichier de forum : tout ou rien.

`remplacer_contenu` writes a document over an existing forum instead (a server's database,
which cannot be swapped like a file): every row deleted and the document inserted in one
transaction, under the storage's write lock, so other laptops see either the old forum or the
new one, and none of them can write in between.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.document import DocumentForum, creation_atomique
from app.echange.exporter import exporter_document
from app.echange.format import depuis_json
from app.echange.validation import DocumentInvalide, valider
from modeles import stockage
from modeles.base import Base
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
        _inserer_dans(session, donnees)


def _inserer_dans(session: Session, donnees: dict[str, Any]) -> None:
    """Insère un document déjà validé dans la transaction de `session`."""

    def creer(classe: type[Any], element: dict[str, Any], **refs: Any) -> Any:
        entite = classe(uuid=uuid.UUID(element["uuid"]), **depuis_json(classe, element), **refs)
        session.add(entite)
        return entite

    creer(Forum, donnees["forum"])
    salles = {e["uuid"]: creer(Salle, e) for e in donnees["salles"]}
    creneaux = {e["uuid"]: creer(Creneau, e) for e in donnees["creneaux"]}
    participants = {e["uuid"]: creer(Participant, e) for e in donnees["participants"]}
    themes = {
        e["uuid"]: creer(Theme, e, rang=rang, initiateur=participants.get(e["initiateur"] or ""))
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


Remplacement = Callable[[dict[str, Any]], Any]


def remplacer_contenu_de(adresse: str, remplacement: Remplacement) -> bool:
    """`remplacer_contenu` sur le forum de cette adresse, ouvert pour l'occasion puis fermé."""
    with DocumentForum.ouvrir(adresse) as document_forum:
        return remplacer_contenu(document_forum, remplacement)


def remplacer_contenu(document_forum: DocumentForum, remplacement: Remplacement) -> bool:
    """Remplace tout le forum par `remplacement(actuel)` en une transaction ; tout ou rien.

    `actuel` is the forum's exchange document read under the write lock, so nobody can change
    it before this transaction ends; `remplacement` returns the new document (validated here),
    or None to leave the forum as it is. Returns True if the forum was replaced.
    """
    with document_forum.transaction() as session:
        # The first statement takes the write lock (BEGIN IMMEDIATE, or the server's advisory
        # lock): every read below sees the last committed state, and it stays so until commit.
        session.connection()
        actuel = exporter_document(document_forum)
        nouveau = remplacement(actuel)
        if nouveau is None:
            return False
        nouveau = valider(nouveau)
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())
        _inserer_dans(session, nouveau)
    return True
