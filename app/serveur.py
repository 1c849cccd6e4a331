"""Un forum partagé sur un serveur PostgreSQL : son adresse, champ par champ, et un essai.

The views never see SQL: they give the fields (server, port, database, user, password) and get
back an address string, or a diagnosis in French. The password lives only in the address
handed to the storage; what is shown or remembered is the address without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc
from sqlalchemy.engine import URL, make_url

from app.document import DocumentForum
from modeles import stockage
from modeles.erreurs import FichierInvalide

PILOTE = "postgresql+psycopg"
PORT_PAR_DEFAUT = 5432


@dataclass(frozen=True)
class Champs:
    serveur: str = ""
    port: int = PORT_PAR_DEFAUT
    base: str = ""
    utilisateur: str = ""
    mot_de_passe: str = ""


@dataclass(frozen=True)
class Diagnostic:
    ok: bool
    vide: bool
    message: str


def adresse(champs: Champs) -> str:
    """L'adresse complète (mot de passe compris, échappé), pour l'ouverture seulement."""
    url = URL.create(
        PILOTE,
        username=champs.utilisateur.strip() or None,
        password=champs.mot_de_passe or None,
        host=champs.serveur.strip() or None,
        port=champs.port or None,
        database=champs.base.strip() or None,
    )
    return url.render_as_string(hide_password=False)


def sans_mot_de_passe(url: str) -> str:
    """L'adresse à retenir ou montrer : le mot de passe n'y figure pas du tout."""
    try:
        lue = make_url(url)
    except exc.ArgumentError:
        return stockage.nom_affichable(url)
    # Rebuilt without it (URL.set(password=None) would keep the old one).
    return URL.create(
        lue.drivername,
        username=lue.username,
        host=lue.host,
        port=lue.port,
        database=lue.database,
        query=lue.query,
    ).render_as_string(hide_password=False)


def champs(url: str) -> Champs:
    """Les champs d'une adresse (un forum récent), pour pré-remplir le dialogue."""
    try:
        lue = make_url(url)
    except exc.ArgumentError:
        return Champs()
    return Champs(
        serveur=lue.host or "",
        port=lue.port or PORT_PAR_DEFAUT,
        base=lue.database or "",
        utilisateur=lue.username or "",
        mot_de_passe="",
    )


def _phrase(erreur: FichierInvalide) -> str:
    texte = f"{erreur.raison} {erreur.conseil}".strip()
    return texte[:1].upper() + texte[1:]


def tester(url: str) -> Diagnostic:
    """Se connecte sans rien écrire et dit en français ce qui ne va pas, ou ce qui attend."""
    try:
        vide = stockage.base_vide(url)
    except FichierInvalide as erreur:
        return Diagnostic(False, False, _phrase(erreur))
    if vide:
        return Diagnostic(
            True,
            True,
            "Connexion réussie. La base est vide : un nouveau forum y sera créé à l'ouverture.",
        )
    problemes = stockage.verifier_url(url)
    if not problemes:
        return Diagnostic(
            True, False, "Connexion réussie. La base contient un forum, prêt à ouvrir."
        )
    if len(problemes) == 1 and "sera mis à jour" in problemes[0]:
        return Diagnostic(True, False, f"Connexion réussie. {problemes[0]}")
    return Diagnostic(False, False, problemes[0][:1].upper() + problemes[0][1:])


def source(document: DocumentForum) -> Path | str:
    """De quoi rouvrir ce forum sur une autre connexion : son fichier, ou son adresse complète.

    For a server, the address carries the password: give it to `DocumentForum.ouvrir` only,
    never to a message (messages use `document.nom`).
    """
    if document.chemin is not None:
        return document.chemin
    # The engine is the one place that still knows the password the forum was opened with.
    moteur = document._base.moteur
    return moteur.url.render_as_string(hide_password=False)
