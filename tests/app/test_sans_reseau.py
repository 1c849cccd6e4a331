"""Aucun accès au réseau : chaque export s'écrit avec les sockets Internet interdites.

The product runs on one laptop without Internet. The guard refuses connections and name
lookups, and an audit hook (which also sees sockets created by C code through `_socket`)
records every socket of an Internet family; local Unix sockets stay allowed.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app import exports
from app.document import DocumentForum
from app.echange.exporter import exporter_document, exporter_fichier
from app.echange.importer import importer_fichier, lire_json
from app.exports_plans import exporter_plans_csv
from app.participants_csv import export as export_participants
from app.sauvegardes import sauvegarder_forum

_INTERNET = {socket.AF_INET, socket.AF_INET6}
_EVENEMENTS = {
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.sendto",
    "socket.sendmsg",
}


class ReseauInterdit(AssertionError):
    """Une tentative d'accès au réseau pendant un test qui l'interdit."""


@dataclass
class Garde:
    """Ce que le garde a vu : chaque tentative, décrite, dans l'ordre."""

    actif: bool = False
    tentatives: list[str] = field(default_factory=list)

    def refuser(self, quoi: str) -> None:
        self.tentatives.append(quoi)
        raise ReseauInterdit(f"accès au réseau : {quoi}")


GARDE = Garde()
_CROCHET_POSE = False


def _famille(valeur: Any) -> Any:
    try:
        return socket.AddressFamily(valeur)
    except (ValueError, TypeError):
        return valeur


def _crochet(evenement: str, arguments: tuple[Any, ...]) -> None:
    # An audit hook cannot be removed: it stays for the whole run, and acts only when asked.
    if not GARDE.actif or evenement not in _EVENEMENTS:
        return
    if evenement == "socket.__new__":
        famille = arguments[1] if len(arguments) > 1 else None
        if famille in _INTERNET:
            GARDE.refuser(f"socket créée ({_famille(famille)!r})")
        return
    if evenement in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock = arguments[0]
        if getattr(sock, "family", None) == socket.AF_UNIX:
            return
    GARDE.refuser(f"{evenement} {arguments[1:]!r}")


def _inodes_internet() -> set[str]:
    """Les inodes des sockets Internet du système (Linux), pour les relier à nos descripteurs."""
    inodes: set[str] = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        chemin = Path("/proc/net") / table
        if not chemin.exists():
            continue
        for ligne in chemin.read_text().splitlines()[1:]:
            colonnes = ligne.split()
            if len(colonnes) > 9:
                inodes.add(colonnes[9])
    return inodes


def sockets_internet_ouvertes() -> list[str]:
    """Les descripteurs de ce processus qui sont des sockets Internet (vide hors Linux)."""
    dossier = Path("/proc/self/fd")
    if not dossier.is_dir():
        return []
    internet = _inodes_internet()
    trouvees = []
    for descripteur in dossier.iterdir():
        try:
            cible = os.readlink(descripteur)
        except OSError:
            continue
        if cible.startswith("socket:[") and cible[8:-1] in internet:
            trouvees.append(f"fd {descripteur.name} -> {cible}")
    return trouvees


@pytest.fixture
def sans_reseau(monkeypatch: pytest.MonkeyPatch) -> Iterator[Garde]:
    """Interdit connexions et résolutions de noms ; à la fin, ni tentative ni socket Internet."""
    global _CROCHET_POSE
    if not _CROCHET_POSE:
        sys.addaudithook(_crochet)
        _CROCHET_POSE = True
    avant = set(sockets_internet_ouvertes())

    def connect(self: socket.socket, adresse: Any) -> None:
        if self.family == socket.AF_UNIX:
            return socket_connect(self, adresse)
        GARDE.refuser(f"connect {adresse!r}")

    def interdit(nom: str) -> Any:
        def refus(*args: Any, **kwargs: Any) -> Any:
            GARDE.refuser(f"{nom}{args!r}")

        return refus

    socket_connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    for nom in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, nom, interdit(nom))
    GARDE.tentatives.clear()
    GARDE.actif = True
    try:
        yield GARDE
    finally:
        GARDE.actif = False
    assert GARDE.tentatives == []
    assert set(sockets_internet_ouvertes()) - avant == set()


def test_le_garde_refuse_vraiment(sans_reseau: Garde) -> None:
    """Le garde lui-même : une socket Internet ou une résolution de nom est refusée."""
    with pytest.raises(ReseauInterdit):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(ReseauInterdit):
        socket.create_connection(("exemple.org", 80))
    with pytest.raises(ReseauInterdit):
        socket.getaddrinfo("exemple.org", 443)
    import _socket

    with pytest.raises(ReseauInterdit):
        _socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    # Local sockets are fine (Qt uses them).
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()
    assert len(sans_reseau.tentatives) == 4
    sans_reseau.tentatives.clear()


def test_chaque_export_sans_reseau(sans_reseau: Garde, chemin_demo: Path, tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    sortie.mkdir()
    assert exports.exporter_livre(chemin_demo, sortie / "actes.pdf").is_file()
    assert exports.exporter_livre(chemin_demo, sortie / "actes-themes.pdf", par_theme=True)
    assert (exports.exporter_site(chemin_demo, sortie / "site") / "index.html").is_file()
    for genre in ("agenda", "salles", "fiches"):
        assert exports.exporter_affiches(chemin_demo, sortie / f"{genre}.pdf", genre).is_file()
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        for avec in (False, True):
            export_participants.exporter_participants_csv(
                document, sortie / f"participants-{avec}.csv", avec_coordonnees=avec
            )
        exporter_plans_csv(document, sortie / "plans.csv")
        exporter_fichier(document, sortie / "forum.json")
        original = exporter_document(document)
    finally:
        document.fermer()
    importer_fichier(sortie / "forum.json", sortie / "relu.forum")
    relu = DocumentForum.ouvrir(sortie / "relu.forum")
    try:
        assert exporter_document(relu) == original
    finally:
        relu.fermer()
    assert lire_json(sortie / "forum.json") == original
    sauvegarder_forum(chemin_demo, "manuelle")
    assert all(p.stat().st_size > 0 for p in sortie.iterdir() if p.is_file())
