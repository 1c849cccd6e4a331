"""Un forum ouvert, fichier ou base d'un serveur : son moteur SQLAlchemy et ses transactions.

Writes and reads go through `transaction()` and `lecture()`; a full disk and a lost server
connection become French messages there, whatever the operation that ran into them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from modeles.erreurs import DisquePlein, ErreurForum, ForumEnLectureSeule
from modeles.suivi import Suivi, empreinte


def premiere_ligne(erreur: BaseException) -> str:
    """La première ligne du message d'un pilote (celui d'origine sous SQLAlchemy)."""
    origine = getattr(erreur, "orig", None) or erreur
    return str(origine).strip().splitlines()[0] if str(origine).strip() else type(origine).__name__


class BaseForum:
    """Un forum ouvert (fichier ou base d'un serveur) : le moteur SQLAlchemy et ses transactions.

    `chemin` is None for a server; `adresse` then names it, password hidden.
    """

    def __init__(
        self,
        moteur: Engine,
        chemin: Path | None,
        *,
        adresse: str | None = None,
        lecture_seule: bool = False,
    ) -> None:
        self.moteur = moteur
        self.chemin = chemin
        self.adresse = adresse if adresse is not None else str(chemin)
        self.lecture_seule = lecture_seule
        self.serveur = moteur.dialect.name == "postgresql"
        options: dict[str, Any] = {"ecriture": True}
        if self.serveur:
            # Under the write lock, each statement sees every committed write (READ COMMITTED);
            # reads keep one snapshot for the whole transaction (REPEATABLE READ, the default).
            options["isolation_level"] = "READ COMMITTED"
        self._fabrique = sessionmaker(moteur, expire_on_commit=False)
        self._fabrique_ecriture = sessionmaker(
            moteur.execution_options(**options), expire_on_commit=False
        )
        self._suivi = Suivi()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Une transaction d'écriture : validée en sortie normale, annulée sur exception."""
        if self.lecture_seule:
            raise ForumEnLectureSeule(self.adresse)
        suivi = self._suivi
        with self._disque_plein(), self._connexion_perdue(), suivi.ecriture() as noter:
            with self._fabrique_ecriture.begin() as session:
                # Read under the write lock: nobody else can commit between these two reads
                # and this transaction's own commit.
                avant = empreinte(session) if suivi.actif else None
                yield session
                if suivi.actif:
                    session.flush()
                    apres = empreinte(session)
            if suivi.actif:
                noter(avant, apres)

    @contextmanager
    def lecture(self) -> Iterator[Session]:
        with self._connexion_perdue(), self._fabrique() as session:
            yield session

    def suivre_changements(self) -> None:
        """Commence à distinguer les écritures d'ailleurs (autre programme, autre portable)."""
        with self.lecture() as session:
            self._suivi.commencer(empreinte(session))

    def changements_externes(self) -> bool:
        """Vrai si quelqu'un d'autre a écrit depuis le dernier appel ; une requête légère."""
        generation = self._suivi.generation()
        if generation is None:
            return False
        with self.lecture() as session:
            actuelle = empreinte(session)
        return self._suivi.comparer(generation, actuelle)

    @contextmanager
    def _disque_plein(self) -> Iterator[None]:
        """SQLITE_FULL (disk or USB key full) becomes a French message; SQLite rolled back."""
        try:
            yield
        except (exc.OperationalError, sqlite3.OperationalError) as erreur:
            origine = getattr(erreur, "orig", None) or erreur
            code = getattr(origine, "sqlite_errorcode", None)
            if code != sqlite3.SQLITE_FULL and "disk is full" not in str(origine):
                raise
            raise DisquePlein(self.adresse) from erreur

    @contextmanager
    def _connexion_perdue(self) -> Iterator[None]:
        if not self.serveur:
            yield
            return
        try:
            yield
        except exc.DBAPIError as erreur:
            if not (erreur.connection_invalidated or isinstance(erreur, exc.OperationalError)):
                raise
            raise ErreurForum(
                f"La connexion au serveur {self.adresse} a été perdue ({premiere_ligne(erreur)}). "
                "La dernière modification n'a pas été enregistrée ; vérifiez le réseau, "
                "puis réessayez."
            ) from erreur

    def fermer(self) -> None:
        self.moteur.dispose()
