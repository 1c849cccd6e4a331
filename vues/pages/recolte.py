"""Récolte : les ateliers de l'agenda et l'état de leur compte rendu ; le formulaire à droite.

The main window calls `PageRecolte.enregistrer_maintenant()` before the forum closes, so the
last half second of typing is saved too.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QLineEdit, QSplitter, QVBoxLayout, QWidget

from app import lectures
from app.changements import Changements, Genre
from app.lectures import CreneauLu, SujetLu
from modeles.valeurs import StatutRecolte
from vues.formats import date_courte, heure
from vues.libelles import statut_recolte, symbole_statut
from vues.modeles_qt.tableau import ROLE_OBJET, Colonne, ModeleTableau
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.pages.recolte_formulaire import FormulaireRecolte
from vues.session import SessionForum


@dataclass(frozen=True)
class LigneAtelier:
    sujet: SujetLu
    creneau: str
    # « 2026-05-14 10:30 00007 »: by time, then number.
    tri: str

    @property
    def uuid(self) -> UUID:
        return self.sujet.uuid


def _etat(statut: StatutRecolte) -> str:
    return f"{symbole_statut(statut)} {statut_recolte(statut)}"


class PageRecolte(Page):
    genres = frozenset(
        {Genre.SUJET, Genre.RECOLTE, Genre.PARTICIPANT, Genre.SALLE, Genre.CRENEAU, Genre.FORUM}
    )

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._selection_en_cours = False
        self._dans_selection = False
        self._rechargement_prevu = False
        self.modele = ModeleTableau(
            [
                Colonne(self.tr("N°"), lambda a: str(a.sujet.numero), tri=lambda a: a.sujet.numero),
                Colonne(self.tr("Atelier"), lambda a: a.sujet.titre),
                Colonne(self.tr("Quand"), lambda a: a.creneau, tri=lambda a: a.tri),
                Colonne(self.tr("Compte rendu"), lambda a: _etat(a.sujet.statut_recolte)),
            ],
            self,
        )
        self.tableau, self.filtre = vue_tableau(self.modele, self.tr("Ateliers et comptes rendus"))
        self.tableau.sortByColumn(2, self.tableau.horizontalHeader().sortIndicatorOrder())
        self.tableau.selectionModel().selectionChanged.connect(self._sur_selection)
        self.recherche = QLineEdit()
        self.recherche.setPlaceholderText(self.tr("Chercher un atelier…"))
        self.recherche.setClearButtonEnabled(True)
        self.recherche.setAccessibleName(self.tr("Chercher un atelier"))
        self.recherche.textChanged.connect(self.filtre.definir_motif)
        gauche = QWidget()
        colonne = QVBoxLayout(gauche)
        colonne.setContentsMargins(0, 0, 0, 0)
        colonne.addWidget(self.recherche)
        colonne.addWidget(self.tableau, 1)

        self.formulaire = FormulaireRecolte(session)
        separateur = QSplitter()
        separateur.addWidget(gauche)
        separateur.addWidget(self.formulaire)
        separateur.setStretchFactor(0, 0)
        separateur.setStretchFactor(1, 1)
        separateur.setSizes([470, 900])
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Récolte")))
        disposition.addWidget(separateur, 1)
        self.formulaire.definir_participants(self.session.lire(lectures.participants))
        self.charger()

    # --- la liste des ateliers ----------------------------------------------------------------

    def _lignes(self, seulement: set[UUID] | None = None) -> list[LigneAtelier]:
        creneaux: dict[UUID, CreneauLu] = {c.uuid: c for c in self.session.lire(lectures.creneaux)}
        lignes = []
        for sujet in self.session.lire(lectures.sujets, seulement):
            if not (sujet.place and sujet.actif) or sujet.creneau not in creneaux:
                continue
            creneau = creneaux[sujet.creneau]
            lignes.append(
                LigneAtelier(
                    sujet,
                    f"{date_courte(creneau.jour)}, {heure(creneau.debut)}",
                    f"{creneau.jour.isoformat()} {creneau.debut.isoformat()} {sujet.numero:05}",
                )
            )
        return lignes

    def sujet_choisi(self) -> UUID | None:
        indices = self.tableau.selectionModel().selectedRows()
        ligne: LigneAtelier | None = indices[0].data(ROLE_OBJET) if indices else None
        return ligne.uuid if ligne else None

    def choisir(self, sujet: UUID | None) -> bool:
        """Sélectionne l'atelier dans la liste (le formulaire suit) ; faux s'il n'y est pas."""
        for rangee in range(self.filtre.rowCount()):
            index = self.filtre.index(rangee, 0)
            ligne: LigneAtelier = index.data(ROLE_OBJET)
            if ligne.uuid == sujet:
                self.tableau.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.tableau.setCurrentIndex(index)
                self.tableau.scrollTo(index)
                return True
        return False

    def charger(self) -> None:
        """Relit la liste sans perdre l'atelier choisi ; le formulaire n'est rechargé que s'il
        change d'atelier."""
        avant = self.sujet_choisi()
        self._selection_en_cours = True
        try:
            self.modele.definir_lignes(self._lignes())
            trouve = self.choisir(avant) if avant else False
            if not trouve and self.filtre.rowCount():
                self.tableau.selectRow(0)
        finally:
            self._selection_en_cours = False
        if self.sujet_choisi() != self.formulaire.sujet:
            self.formulaire.charger(self.sujet_choisi())

    def _sur_selection(self, _choix: QItemSelection, _ancien: QItemSelection) -> None:
        if self._selection_en_cours:
            return
        # charger() saves the report being left; that save may change its status, and the
        # list must not be reset while the view is still handling this selection.
        self._dans_selection = True
        try:
            self.formulaire.charger(self.sujet_choisi())
        finally:
            self._dans_selection = False

    def _mettre_a_jour(self, uuids: set[UUID]) -> bool:
        """Remplace en place les lignes touchées ; faux si une ligne apparaît ou disparaît."""
        rangs = {ligne.uuid: i for i, ligne in enumerate(self.modele.lignes())}
        relues = {ligne.uuid: ligne for ligne in self._lignes(uuids)}
        if any((u in rangs) != (u in relues) for u in uuids):
            return False
        for uuid, ligne in relues.items():
            self.modele.remplacer_ligne(rangs[uuid], ligne)
        return True

    def _recharger_liste(self) -> None:
        if not self._dans_selection:
            self.charger()
        elif not self._rechargement_prevu:
            self._rechargement_prevu = True
            QTimer.singleShot(0, self._recharger_prevu)

    def _recharger_prevu(self) -> None:
        self._rechargement_prevu = False
        self.charger()

    # --- changements ----------------------------------------------------------------------------

    def _sur_changement(self, changements: Changements) -> None:
        if changements.touche(Genre.FORUM):
            self.formulaire.appliquer_champs()
        if changements.touche(Genre.PARTICIPANT):
            self.formulaire.definir_participants(self.session.lire(lectures.participants))
        if changements.tout or changements.touche(Genre.SALLE) or changements.touche(Genre.CRENEAU):
            self._recharger_liste()
        elif changements.touche(Genre.SUJET) and not self._mettre_a_jour(
            changements.uuids(Genre.SUJET)
        ):
            # A new status comes with Genre.SUJET (the list shows nothing else of a report);
            # _mettre_a_jour updates the rows in place, so the selection stays put.
            self._recharger_liste()
        courant = self.formulaire.sujet
        if (
            courant is not None
            and not self.formulaire.signale_lui_meme
            and (
                changements.tout
                or courant in changements.uuids(Genre.RECOLTE)
                or courant in changements.uuids(Genre.SUJET)
                or changements.touche(Genre.SALLE)
                or changements.touche(Genre.CRENEAU)
            )
        ):
            self.formulaire.rafraichir()

    def enregistrer_maintenant(self) -> bool:
        """Enregistre tout de suite ce qui attend (à appeler avant de fermer le forum)."""
        return self.formulaire.enregistrer_maintenant()
