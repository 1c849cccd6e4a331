"""Les gestes du mur de l'agenda, à la souris comme au clavier ; chacun pousse une commande.

Keyboard flow: pick a topic (Enter in the list, or Space on a wall session), move the cursor
on the wall with the arrows, press Enter: placed, moved, or swapped. Delete takes a session
off the wall; + and - change how many slots it spans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.lectures import SujetLu
from app.operations.mur import Placement
from vues.commandes.sujets import Defusionner, Echanger, Fusionner, Placer
from vues.modeles_qt.tableau import ROLE_OBJET
from vues.session import SessionForum

if TYPE_CHECKING:
    from vues.pages.agenda import PageAgenda


class GestesMur(QObject):
    def __init__(self, page: PageAgenda) -> None:
        super().__init__(page)
        self.page = page
        self.pris: SujetLu | None = None
        page.modele_mur.depot = self.deposer
        page.modele_a_placer.depot = self.retirer_du_mur

        def action(texte: str, raccourcis: list[str], geste: object, aide: str) -> QAction:
            a = QAction(texte, page)
            a.setShortcuts([QKeySequence(r) for r in raccourcis])
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.setToolTip(f"{aide} ({', '.join(raccourcis)})" if raccourcis else aide)
            a.triggered.connect(geste)
            page.addAction(a)
            return a

        self.action_prendre = action(
            self.tr("Prendre"),
            ["Space"],
            self.prendre,
            self.tr("Prendre l'atelier de la case ou le sujet choisi"),
        )
        self.action_deposer = action(
            self.tr("Déposer ici"),
            ["Return", "Enter"],
            self.deposer_ici,
            self.tr("Déposer le sujet pris dans la case du curseur"),
        )
        self.action_retirer = action(
            self.tr("Retirer du mur"),
            ["Delete"],
            self.retirer_courant,
            self.tr("Remettre l'atelier avec les sujets à placer"),
        )
        self.action_allonger = action(
            self.tr("+1 créneau"),
            ["+"],
            lambda: self.duree(+1),
            self.tr("Prolonger l'atelier sur le créneau suivant"),
        )
        self.action_raccourcir = action(
            self.tr("−1 créneau"),
            ["-"],
            lambda: self.duree(-1),
            self.tr("Raccourcir l'atelier d'un créneau"),
        )
        self.action_fusionner = action(
            self.tr("Fusionner"),
            ["Ctrl+M"],
            self.fusionner_choisis,
            self.tr("Fusionner les sujets choisis dans la liste"),
        )
        self.action_defusionner = action(
            self.tr("Défusionner"),
            ["Ctrl+Shift+M"],
            self.defusionner_courant,
            self.tr("Rendre leur indépendance aux sujets fusionnés"),
        )
        self.action_annuler_prise = action(
            self.tr("Lâcher"), ["Escape"], self.lacher, self.tr("Oublier le sujet pris")
        )

    def actions(self) -> list[QAction]:
        return [
            self.action_prendre,
            self.action_deposer,
            self.action_retirer,
            self.action_allonger,
            self.action_raccourcir,
            self.action_fusionner,
            self.action_defusionner,
        ]

    # --- ce qui est sous le curseur ----------------------------------------------------------

    def sujet_courant_du_mur(self) -> SujetLu | None:
        return self.page.modele_mur.sujet(self.page.mur.currentIndex())

    def sujets_choisis_dans_la_liste(self) -> list[SujetLu]:
        selection = self.page.a_placer.selectionModel().selectedRows()
        return [i.data(ROLE_OBJET) for i in selection if i.data(ROLE_OBJET) is not None]

    def _sujet_sous_la_main(self) -> SujetLu | None:
        if self.page.a_placer.hasFocus():
            choisis = self.sujets_choisis_dans_la_liste()
            return choisis[0] if choisis else None
        return self.sujet_courant_du_mur()

    # --- gestes -------------------------------------------------------------------------------

    def prendre(self) -> None:
        sujet = self._sujet_sous_la_main()
        if sujet is None:
            self._dire(self.tr("Rien à prendre ici : choisissez un sujet ou un atelier."))
            return
        self.pris = sujet
        self._dire(
            self.tr(
                "N° %1 pris : placez le curseur sur une case du mur, puis Entrée "
                "(Échap pour lâcher)."
            ).replace("%1", str(sujet.numero))
        )

    def deposer_ici(self) -> None:
        if self.page.a_placer.hasFocus():
            # From the list, Enter picks the topic and hands the keyboard to the wall.
            self.prendre()
            if self.pris is not None:
                self._curseur_sur_case_libre()
            return
        index = self.page.mur.currentIndex()
        if self.pris is None:
            self.prendre()
            return
        if not self.page.modele_mur.est_atelier(index):
            self._dire(self.tr("Choisissez une case d'atelier (pas une pause ni une plénière)."))
            return
        creneau, salle = self.page.modele_mur.case(index)
        if self.deposer(self.pris.uuid, salle, creneau):
            self.pris = None

    def deposer(self, sujet_uuid: UUID, salle: UUID, creneau: UUID) -> bool:
        """Dépose un sujet dans une case : placé, déplacé, ou échangé avec l'occupant."""
        sujet = self.page.sujet(sujet_uuid)
        if sujet is None:
            return False
        if (sujet.salle, sujet.creneau) == (salle, creneau):
            return True  # put back where it was: nothing to do, nothing to undo
        occupant = self.page.modele_mur.sujet(self.page.modele_mur.index_de(creneau, salle))
        session = self.page.session
        if occupant is not None and occupant.uuid != sujet.uuid:
            if sujet.place:
                return session.executer(
                    Echanger(session, (sujet.uuid, sujet.titre), (occupant.uuid, occupant.titre))
                )
            session.erreur.emit(
                self.tr(
                    "Cette case est déjà prise par le n° %1 « %2 ». Déposez le sujet dans "
                    "une case libre, ou déplacez d'abord cet atelier."
                )
                .replace("%1", str(occupant.numero))
                .replace("%2", occupant.titre)
            )
            return False
        return session.executer(
            Placer(
                session,
                sujet.uuid,
                sujet.titre,
                Placement(salle, creneau, sujet.duree),
                avant=Placement(sujet.salle, sujet.creneau, sujet.duree),
            )
        )

    def retirer_du_mur(self, sujet_uuid: UUID) -> bool:
        sujet = self.page.sujet(sujet_uuid)
        if sujet is None or not sujet.place:
            return False
        session = self.page.session
        return session.executer(
            Placer(session, sujet.uuid, sujet.titre, Placement(None, None, sujet.duree))
        )

    def retirer_courant(self) -> None:
        sujet = self.sujet_courant_du_mur()
        if sujet is not None:
            self.retirer_du_mur(sujet.uuid)

    def duree(self, ecart: int) -> None:
        sujet = self.sujet_courant_du_mur()
        if sujet is None or sujet.duree + ecart < 1:
            return
        session = self.page.session
        session.executer(
            Placer(
                session,
                sujet.uuid,
                sujet.titre,
                Placement(sujet.salle, sujet.creneau, sujet.duree + ecart),
            )
        )

    def fusionner_choisis(self) -> None:
        choisis = self.sujets_choisis_dans_la_liste()
        courant = self.sujet_courant_du_mur()
        if courant is not None and not self.page.a_placer.hasFocus():
            choisis = [courant, *[s for s in choisis if s.uuid != courant.uuid]]
        if len(choisis) < 2:
            self._dire(
                self.tr(
                    "Pour fusionner, choisissez au moins deux sujets (Ctrl+clic dans "
                    "la liste, plus l'atelier sous le curseur)."
                )
            )
            return
        fusionner(self.page.session, choisis)

    def defusionner_courant(self) -> None:
        sujet = self._sujet_sous_la_main()
        if sujet is None or not sujet.fusionnes:
            self._dire(self.tr("Aucun sujet n'est fusionné dans celui-ci."))
            return
        session = self.page.session
        session.executer(Defusionner(session, sujet.uuid, sujet.titre))

    def lacher(self) -> None:
        self.pris = None
        self._dire("")

    def apres_changement(self) -> None:
        if self.pris is not None:
            self.pris = self.page.sujet(self.pris.uuid)

    # --- aides --------------------------------------------------------------------------------

    def _dire(self, texte: str) -> None:
        self.page.etat.setText(texte)

    def _curseur_sur_case_libre(self) -> None:
        modele = self.page.modele_mur
        for rangee in range(modele.rowCount()):
            for colonne in range(modele.columnCount()):
                index = modele.index(rangee, colonne)
                if modele.est_atelier(index) and modele.occupation(index) is None:
                    self.page.mur.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                    self.page.mur.setFocus()
                    return
        self.page.mur.setFocus()


def fusionner(session: SessionForum, choisis: list[SujetLu]) -> bool:
    """Fusionne dans l'atelier placé s'il y en a un seul, sinon dans le plus petit numéro."""
    places = [s for s in choisis if s.place]
    cible = places[0] if len(places) == 1 else min(choisis, key=lambda s: s.numero)
    autres = [
        (s.uuid, s.numero) for s in sorted(choisis, key=lambda s: s.numero) if s.uuid != cible.uuid
    ]
    return session.executer(Fusionner(session, (cible.uuid, cible.numero), autres))
