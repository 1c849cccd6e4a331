"""Exporter un forum entier vers le format d'échange JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.document import DocumentForum
from app.echange.format import FORMAT, VERSION, vers_json
from app.lectures_convergence import requete_plans
from modeles.entites import (
    Creneau,
    Forum,
    Participant,
    PlanAction,
    Recolte,
    Salle,
    Sujet,
    Theme,
    Vote,
)


def _uuid(entite: Any) -> str | None:
    return str(entite.uuid) if entite is not None else None


def exporter_document(document: DocumentForum) -> dict[str, Any]:
    """Le forum comme document JSON, dans un ordre stable (deux exports égaux se comparent)."""
    with document.lecture() as session:
        forum = session.scalars(select(Forum).order_by(Forum.id).limit(1)).one()
        salles = session.scalars(select(Salle).order_by(Salle.ordre, Salle.nom, Salle.uuid))
        creneaux = session.scalars(
            select(Creneau).order_by(Creneau.jour, Creneau.debut, Creneau.fin, Creneau.uuid)
        )
        participants = session.scalars(
            select(Participant).order_by(Participant.nom, Participant.uuid)
        )
        sujets = session.scalars(
            select(Sujet)
            .options(
                selectinload(Sujet.porteurs),
                selectinload(Sujet.salle),
                selectinload(Sujet.creneau),
                selectinload(Sujet.fusionne_dans),
                selectinload(Sujet.theme),
            )
            .order_by(Sujet.numero, Sujet.uuid)
        ).all()
        recoltes = session.scalars(
            select(Recolte)
            .join(Recolte.sujet)
            .options(
                selectinload(Recolte.sujet),
                selectinload(Recolte.scribe),
                selectinload(Recolte.presents),
                selectinload(Recolte.etapes),
                selectinload(Recolte.photos),
                selectinload(Recolte.versions),
            )
            .order_by(Sujet.numero, Sujet.uuid)
        )
        themes = session.scalars(
            select(Theme).options(selectinload(Theme.initiateur)).order_by(Theme.rang, Theme.id)
        )
        votes = session.execute(
            select(Participant.uuid, Sujet.uuid, Vote.points)
            .join(Participant, Participant.id == Vote.participant_id)
            .join(Sujet, Sujet.id == Vote.sujet_id)
            .order_by(Participant.uuid, Sujet.numero, Sujet.uuid)
        )
        plans = session.scalars(requete_plans())
        return {
            "format": FORMAT,
            "version": VERSION,
            "forum": vers_json(forum),
            "salles": [vers_json(s) for s in salles],
            "creneaux": [vers_json(c) for c in creneaux],
            "participants": [vers_json(p) for p in participants],
            "themes": [{**vers_json(t), "initiateur": _uuid(t.initiateur)} for t in themes],
            "sujets": [
                {
                    **vers_json(s),
                    "porteurs": [str(p.uuid) for p in s.porteurs],
                    "salle": _uuid(s.salle),
                    "creneau": _uuid(s.creneau),
                    "fusionne_dans": _uuid(s.fusionne_dans),
                    "theme": _uuid(s.theme),
                }
                for s in sujets
            ],
            "recoltes": [_recolte(r) for r in recoltes],
            "votes": [{"participant": str(p), "sujet": str(su), "points": n} for p, su, n in votes],
            "plans": [_plan(p) for p in plans],
        }


def _plan(plan: PlanAction) -> dict[str, Any]:
    return {
        **vers_json(plan),
        "porteurs": [str(p.uuid) for p in plan.porteurs],
        "sujets": [str(s.uuid) for s in plan.sujets],
        "themes": [str(t.uuid) for t in plan.themes],
        "etape": _uuid(plan.etape),
    }


def _recolte(recolte: Recolte) -> dict[str, Any]:
    return {
        **vers_json(recolte),
        "sujet": str(recolte.sujet.uuid),
        "scribe": _uuid(recolte.scribe),
        "presents": [str(p.uuid) for p in sorted(recolte.presents, key=lambda p: (p.nom, p.uuid))],
        "etapes": [vers_json(e) for e in recolte.etapes],
        "photos": [vers_json(p) for p in recolte.photos],
        "versions": [vers_json(v) for v in recolte.versions],
    }


def en_texte(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def ecrire_fichier_atomique(chemin: Path, contenu: str) -> None:
    """Écrit tout ou rien : un fichier temporaire voisin, synchronisé, puis renommé.

    The file holds the whole forum, contact details included: readable by its owner only,
    like the forum file itself.
    """
    chemin = chemin.absolute()
    temporaire = chemin.with_name(f".{chemin.name}.{os.getpid()}.partiel")
    try:
        descripteur = os.open(temporaire, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descripteur, "w", encoding="utf-8", newline="\n") as fichier:
            fichier.write(contenu)
            fichier.flush()
            os.fsync(fichier.fileno())
        os.replace(temporaire, chemin)
    finally:
        temporaire.unlink(missing_ok=True)


def exporter_fichier(document: DocumentForum, chemin: Path) -> None:
    ecrire_fichier_atomique(chemin, en_texte(exporter_document(document)))
