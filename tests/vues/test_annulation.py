"""Propriété : toute suite de gestes sur le mur, annulée en entier, rend le forum à l'octet près.

Random sequences of real undo commands (place, move, swap, merge, unmerge, take off the wall,
change the span, add a topic, delete a room) are pushed on the real QUndoStack; undoing them
all gives back the first JSON export, and redoing them all gives back the last one.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import lectures
from app.document import DocumentForum
from app.echange.exporter import en_texte, exporter_document
from app.echange.format import sans_horodatages
from app.lectures import SujetLu
from app.operations.mur import Placement
from modeles.valeurs import NatureCreneau
from vues.commandes.salles import SupprimerSalle
from vues.commandes.sujets import AjouterSujet, Defusionner, Echanger, Fusionner, Placer
from vues.session import CommandeForum, SessionForum

GESTES = (
    "placer",
    "deplacer",
    "echanger",
    "retirer",
    "duree",
    "fusionner",
    "defusionner",
    "ajouter",
    "supprimer_salle",
)


def etat(session: SessionForum) -> str:
    return en_texte(sans_horodatages(exporter_document(session.document)))


def geste(session: SessionForum, nom: str, donnees: st.DataObject) -> CommandeForum | None:
    sujets = [s for s in session.lire(lectures.sujets) if s.actif]
    places = [s for s in sujets if s.place]
    libres = [s for s in sujets if not s.place]
    salles = session.lire(lectures.salles)
    ateliers = [c for c in session.lire(lectures.creneaux) if c.nature is NatureCreneau.ATELIER]

    def choisir(liste: list[SujetLu]) -> SujetLu | None:
        return donnees.draw(st.sampled_from(liste)) if liste else None

    def case() -> Placement:
        return Placement(
            donnees.draw(st.sampled_from(salles)).uuid, donnees.draw(st.sampled_from(ateliers)).uuid
        )

    if nom in ("placer", "deplacer") and salles and ateliers:
        sujet = choisir(libres if nom == "placer" else places)
        return Placer(session, sujet.uuid, sujet.titre, case()) if sujet else None
    if nom == "echanger" and len(places) >= 2:
        a, b = donnees.draw(
            st.lists(st.sampled_from(places), min_size=2, max_size=2, unique_by=lambda s: s.uuid)
        )
        return Echanger(session, (a.uuid, a.titre), (b.uuid, b.titre))
    if nom == "retirer" and places:
        sujet = choisir(places)
        assert sujet is not None
        return Placer(session, sujet.uuid, sujet.titre, Placement(None, None, sujet.duree))
    if nom == "duree" and places:
        sujet = choisir(places)
        assert sujet is not None
        duree = donnees.draw(st.integers(1, 3))
        return Placer(
            session, sujet.uuid, sujet.titre, Placement(sujet.salle, sujet.creneau, duree)
        )
    if nom == "fusionner":
        simples = [s for s in sujets if not s.fusionnes]
        if len(simples) >= 2:
            choisis = donnees.draw(
                st.lists(
                    st.sampled_from(simples), min_size=2, max_size=3, unique_by=lambda s: s.uuid
                )
            )
            return Fusionner(
                session,
                (choisis[0].uuid, choisis[0].numero),
                [(s.uuid, s.numero) for s in choisis[1:]],
            )
    if nom == "defusionner":
        cible = choisir([s for s in sujets if s.fusionnes])
        return Defusionner(session, cible.uuid, cible.titre) if cible else None
    if nom == "ajouter":
        titre = donnees.draw(st.text(min_size=1, max_size=30).filter(str.strip))
        porteur = donnees.draw(st.sampled_from(["Awa Diallo", "Nouvelle Personne", ""]))
        return AjouterSujet(session, titre, [porteur] if porteur else [])
    if nom == "supprimer_salle" and len(salles) > 1:
        salle = donnees.draw(st.sampled_from(salles))
        return SupprimerSalle(session, salle.uuid, salle.nom)
    return None


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(donnees=st.data())
def test_tout_annuler_puis_tout_refaire(
    qapp: object, _modele_demo: Path, donnees: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as dossier:
        chemin = Path(dossier) / "forum.forum"
        shutil.copy(_modele_demo, chemin)
        session = SessionForum(DocumentForum.ouvrir(chemin))
        try:
            depart = etat(session)
            noms = donnees.draw(st.lists(st.sampled_from(GESTES), min_size=1, max_size=12))
            for nom in noms:
                commande = geste(session, nom, donnees)
                if commande is not None:
                    session.executer(commande)  # a refused gesture leaves no command behind
            fin = etat(session)
            while session.pile.canUndo():
                session.pile.undo()
            assert etat(session) == depart
            while session.pile.canRedo():
                session.pile.redo()
            assert etat(session) == fin
        finally:
            session.fermer()
