"""Assemble le forum de démonstration en document d'échange (version courante)."""

from __future__ import annotations

import base64
from typing import Any

from app.demo import contenu
from app.demo.commun import courriel_de, creneau, enveloppe, uuid_de
from app.demo.photo_tableau import HAUTEUR, LARGEUR, photo_tableau
from app.demo.recoltes_demo import COMPLEMENTS, RECOLTES, RecolteDemo


def _uuid(genre: str, nom: str | int) -> str:
    return uuid_de(f"demo:{genre}:{nom}")


def _forum() -> dict[str, Any]:
    return {
        "uuid": _uuid("forum", contenu.TITRE),
        "titre": contenu.TITRE,
        "question_appel": contenu.QUESTION_APPEL,
        "invitation": contenu.INVITATION,
        "lieu": contenu.LIEU,
        "date_debut": contenu.JOUR_1,
        "date_fin": contenu.JOUR_2,
        "langue": "fr",
        "url_publication": contenu.URL_PUBLICATION,
        "format_papier": "letter",
    }


def _salles() -> list[dict[str, Any]]:
    return [
        {
            "uuid": _uuid("salle", salle.nom),
            "nom": salle.nom,
            "capacite": salle.capacite,
            "equipements": list(salle.equipements),
            "accessible": salle.accessible,
            "ordre": ordre,
        }
        for ordre, salle in enumerate(contenu.SALLES, start=1)
    ]


def _creneaux() -> list[dict[str, Any]]:
    return [
        creneau(f"demo:creneau:{c.code}", c.jour, c.debut, c.fin, c.nature, c.libelle)
        for c in contenu.CRENEAUX
    ]


def _courriel(participant: contenu.ParticipantDemo) -> str:
    if participant.nom in contenu.SANS_COURRIEL:
        return ""
    return courriel_de(participant.nom, participant.type_acteur)


def _participants() -> list[dict[str, Any]]:
    return [
        {
            "uuid": _uuid("participant", p.nom),
            "nom": p.nom,
            "organisation": p.organisation,
            "courriel": _courriel(p),
            "telephone": p.telephone,
            "type_acteur": p.type_acteur,
            "niveau_action": p.niveau_action,
            "territoire": p.territoire,
            "consentement_publication": p.publication,
            "consentement_coordonnees": p.coordonnees,
        }
        for p in contenu.PARTICIPANTS
    ]


def _sujet(numero: int, sujet: contenu.SujetDemo) -> dict[str, Any]:
    placement = contenu.PLACEMENTS.get(numero)
    return {
        "uuid": _uuid("sujet", numero),
        "numero": numero,
        "titre": sujet.titre,
        "description": sujet.description,
        "theme": sujet.theme,
        "porteurs": [_uuid("participant", nom) for nom in sujet.porteurs],
        "interet_estime": sujet.interet_estime,
        "salle": _uuid("salle", placement[0]) if placement else None,
        "creneau": _uuid("creneau", placement[1]) if placement else None,
        "besoins": list(contenu.BESOINS.get(numero, ())),
        "duree": contenu.DUREES.get(numero, 1),
        "fusionne_dans": None,
    }


def _recolte(recolte: RecolteDemo) -> dict[str, Any]:
    return {
        "uuid": _uuid("recolte", recolte.numero_sujet),
        "sujet": _uuid("sujet", recolte.numero_sujet),
        "scribe": _uuid("participant", recolte.scribe),
        "nombre_presents": recolte.nombre_presents,
        "points_saillants": recolte.points_saillants,
        "propositions": recolte.propositions,
        "prochaines_etapes": recolte.prochaines_etapes,
        "questions_ouvertes": recolte.questions_ouvertes,
        "mots_cles": list(recolte.mots_cles),
        "statut": recolte.statut,
        "modifie_le": recolte.modifie_le,
    }


def _completer(recolte: dict[str, Any]) -> dict[str, Any]:
    """Ajoute à une récolte (déjà au format 3) ses présents, ressources, citations et photo."""
    numero = next(
        r.numero_sujet for r in RECOLTES if _uuid("recolte", r.numero_sujet) == recolte["uuid"]
    )
    complement = COMPLEMENTS.get(numero)
    if complement is None:
        return recolte
    return {
        **recolte,
        # In the order the export writes them: by name.
        "presents": [_uuid("participant", nom) for nom in sorted(complement.presents)],
        "ressources": complement.ressources,
        "citations": complement.citations,
        "photos": [
            {
                "uuid": _uuid("photo", f"{numero}:tableau"),
                "legende": complement.legende_photo,
                "nom_fichier": "tableau-financement.jpg",
                "type_mime": "image/jpeg",
                "largeur": LARGEUR,
                "hauteur": HAUTEUR,
                "donnees": base64.b64encode(photo_tableau()).decode("ascii"),
            }
        ],
    }


def document_demo() -> dict[str, Any]:
    """Le forum « Faire écosystème au Québec » au jeudi après-midi, en format d'échange.

    Sessions without notes yet have no harvest entry; the UUIDs are the same on every call.
    The harvests are written in format 2, then given what format 3 added (people present,
    resources, quotes, a photo of the flip chart).
    """
    document = enveloppe(
        forum=_forum(),
        salles=_salles(),
        creneaux=_creneaux(),
        participants=_participants(),
        sujets=[_sujet(n, s) for n, s in enumerate(contenu.SUJETS, start=1)],
        recoltes=[_recolte(r) for r in sorted(RECOLTES, key=lambda r: r.numero_sujet)],
    )
    return {
        **document,
        "themes": _initiateurs(document),
        "recoltes": [_completer(r) for r in document["recoltes"]],
    }


def _initiateurs(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Chaque thème est lancé par le premier porteur (qui accepte d'être nommé) de ses sujets."""
    nommes = {p["uuid"] for p in document["participants"] if p["consentement_publication"]}
    themes = []
    for theme in document["themes"]:
        porteurs = (
            p for s in document["sujets"] if s["theme"] == theme["uuid"] for p in s["porteurs"]
        )
        themes.append({**theme, "initiateur": next((p for p in porteurs if p in nommes), None)})
    return themes
