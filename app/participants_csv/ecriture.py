"""Importer pour de vrai : une seule transaction, tout ou rien, puis un rapport."""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app import sauvegardes
from app.changements import Changements, Genre
from app.document import DocumentForum
from app.echange.exporter import exporter_document
from app.participants_csv.analyse import (
    AnalyseImport,
    LigneAnalysee,
    ParticipantConnu,
    analyser,
    resume,
)
from app.participants_csv.lecture import CHAMPS, TableauCsv, lire_csv, proposer_colonnes
from app.serveur import source
from modeles.entites import Participant
from modeles.erreurs import ErreurForum


@dataclass(frozen=True)
class RapportImport:
    """Ce que l'import a fait, et les lignes refusées avec leur raison."""

    crees: tuple[UUID, ...]
    mis_a_jour: tuple[UUID, ...]
    doublons: tuple[tuple[int, str], ...]
    refus: tuple[tuple[int, str], ...]
    changements: Changements = field(default_factory=Changements)

    def texte(self) -> str:
        lignes = [
            "Import terminé : "
            + resume(
                len(self.crees), len(self.mis_a_jour), len(self.doublons), len(self.refus), True
            )
            + "."
        ]
        if self.doublons:
            lignes.append("Doublons ignorés :")
            lignes += [f"  ligne {numero} : {raison}" for numero, raison in self.doublons]
        if self.refus:
            lignes.append("Lignes refusées (corrigez-les puis importez de nouveau ce fichier) :")
            lignes += [f"  ligne {numero} : {raison}" for numero, raison in self.refus]
        return "\n".join(lignes) + "\n"


def connus(session: Session) -> list[ParticipantConnu]:
    rangees = session.execute(select(Participant.uuid, Participant.nom, Participant.courriel))
    return [ParticipantConnu(u, nom, courriel or "") for u, nom, courriel in rangees]


def participants_connus(document: DocumentForum) -> list[ParticipantConnu]:
    """Lus une fois par le dialogue : l'aperçu se recalcule ensuite sans relire le forum."""
    with document.lecture() as session:
        return connus(session)


def analyser_forum(
    document: DocumentForum, tableau: TableauCsv, colonnes: Mapping[str, str]
) -> AnalyseImport:
    """L'aperçu d'un import sur ce forum, sans rien y écrire."""
    with document.lecture() as session:
        return analyser(tableau, colonnes, connus(session))


def importer_participants(
    document: DocumentForum, tableau: TableauCsv, colonnes: Mapping[str, str]
) -> RapportImport:
    """Crée et met à jour les participants en une transaction ; une erreur n'en laisse rien.

    A mapping error (unknown field, missing column, no name) raises ErreurForum before writing;
    a bad row is refused and reported while the other rows are imported. The forum is backed
    up first (a file copy, or a JSON snapshot of a server's forum).
    """
    if document.chemin is not None:
        sauvegardes.sauvegarder_forum(document.chemin, "import", garder=None)
    elif document.sur_serveur:
        # A server forum: a JSON snapshot, read on this document's own connection.
        sauvegardes.ecrire_instantane(
            str(source(document)), exporter_document(document), "import", garder=None
        )
    with document.transaction() as session:
        analyse = analyser(tableau, colonnes, connus(session))
        crees = _creer(session, analyse.a_creer)
        mis_a_jour = _mettre_a_jour(session, analyse.a_mettre_a_jour)
    return RapportImport(
        crees=tuple(crees),
        mis_a_jour=tuple(mis_a_jour),
        doublons=tuple((ligne.numero, ligne.remarque) for ligne in analyse.doublons),
        refus=tuple((ligne.numero, ligne.remarque) for ligne in analyse.refusees),
        changements=Changements.de(Genre.PARTICIPANT, [*crees, *mis_a_jour]),
    )


def _creer(session: Session, lignes: Sequence[LigneAnalysee]) -> list[UUID]:
    if not lignes:
        return []
    rangees = []
    for ligne in lignes:
        rangee: dict[str, object] = {
            "uuid": uuid_mod.uuid4(),
            "organisation": "",
            "courriel": "",
            "telephone": "",
            "type_acteur": "",
            "niveau_action": "",
            "territoire": "",
            "consentement_publication": False,
            "consentement_coordonnees": False,
        }
        rangee.update(ligne.valeurs)
        rangees.append(rangee)
    # One executemany: 10,000 rows in a fraction of a second, where ORM objects take seconds.
    session.execute(insert(Participant), rangees)
    return [r["uuid"] for r in rangees]  # type: ignore[misc]


def _mettre_a_jour(session: Session, lignes: Sequence[LigneAnalysee]) -> list[UUID]:
    """Les champs remplis dans le fichier remplacent ; le nom connu et les cases vides restent."""
    if not lignes:
        return []
    uuids = [ligne.existant for ligne in lignes if ligne.existant is not None]
    participants = {
        p.uuid: p for p in session.scalars(select(Participant).where(Participant.uuid.in_(uuids)))
    }
    for ligne in lignes:
        assert ligne.existant is not None
        participant = participants[ligne.existant]
        for champ, valeur in ligne.valeurs.items():
            if champ != "nom":
                setattr(participant, champ, valeur)
    session.flush()
    return uuids


def lire_colonnes(texte: str) -> dict[str, str]:
    """« nom=Nom,courriel=Adresse courriel » -> {"nom": "Nom", "courriel": "Adresse courriel"}."""
    colonnes: dict[str, str] = {}
    for morceau in texte.split(","):
        if not morceau.strip():
            continue
        champ, egal, entete = morceau.partition("=")
        champ = champ.strip()
        if not egal or not entete.strip():
            raise ErreurForum(
                f"--colonnes : « {morceau.strip()} » n'est pas de la forme champ=Colonne "
                "(par exemple nom=Nom,courriel=Courriel)."
            )
        if champ not in CHAMPS:
            raise ErreurForum(
                f"--colonnes : champ inconnu « {champ} ». Champs possibles : {', '.join(CHAMPS)}."
            )
        colonnes[champ] = " ".join(entete.split())
    return colonnes


def commande_importer(chemin_forum: Path, csv: Path, colonnes: str | None) -> str:
    """`forum-ouvert participants --db F --importer X.csv [--colonnes ...]` : le rapport imprimé."""
    tableau = lire_csv(csv)
    correspondance = lire_colonnes(colonnes) if colonnes else proposer_colonnes(tableau.entetes)
    with DocumentForum.ouvrir(chemin_forum) as document:
        rapport = importer_participants(document, tableau, correspondance)
    associees = ", ".join(f"{champ}={entete}" for champ, entete in correspondance.items())
    return f"Fichier lu en {tableau.encodage}, colonnes : {associees}.\n" + rapport.texte()
