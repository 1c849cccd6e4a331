"""Participants : la liste, la fiche de la personne choisie, ses ateliers ; ajouter, supprimer."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.changements import Changements, Genre
from app.lectures_participants import (
    FicheParticipant,
    ateliers_du_participant,
    fiches,
    valeurs_connues,
)
from vues.commandes.participants import AjouterParticipant, SupprimerParticipant
from vues.modeles_qt.tableau import ROLE_OBJET, Colonne, ModeleTableau
from vues.pages.base import Page, scinder, titre_de_page, vue_tableau
from vues.pages.participants_fiche import FicheEditeur, ListeAteliers
from vues.pages.preparation_edition import action, bouton, confirmer
from vues.session import SessionForum


class PageParticipants(Page):
    genres = frozenset({Genre.PARTICIPANT, Genre.SUJET, Genre.RECOLTE})

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        # Replaceable by tests; None asks through preparation_edition.confirmer.
        self.confirmer: Callable[[QWidget, str, str], bool] | None = None
        self._rangees: dict[UUID, int] = {}

        oui, non = self.tr("oui"), self.tr("non")
        self.modele = ModeleTableau(
            [
                Colonne(self.tr("Nom"), lambda p: p.nom),
                Colonne(self.tr("Organisation"), lambda p: p.organisation),
                Colonne(
                    self.tr("Nommé·e"),
                    lambda p: oui if p.consentement_publication else non,
                    infobulle=lambda p: (
                        self.tr("Accepte d'être nommé·e dans les actes et le site")
                        if p.consentement_publication
                        else self.tr("N'a pas accepté d'être nommé·e dans les actes et le site")
                    ),
                ),
                Colonne(
                    self.tr("Partage des coord."),
                    lambda p: oui if p.consentement_coordonnees else non,
                    infobulle=lambda p: (
                        self.tr("Accepte de partager ses coordonnées avec les autres participants")
                        if p.consentement_coordonnees
                        else self.tr("N'a pas accepté de partager ses coordonnées")
                    ),
                ),
                Colonne(self.tr("Type d'acteur"), lambda p: p.type_acteur),
                Colonne(self.tr("Niveau d'action"), lambda p: p.niveau_action),
                Colonne(self.tr("Territoire"), lambda p: p.territoire),
            ],
            self,
        )
        self.tableau, self.filtre = vue_tableau(self.modele, self.tr("Participants"), 6)
        # Long organisations and territories are cut (their tooltip shows them whole): the
        # consent columns stay in sight beside the name.
        self.tableau.horizontalHeader().setMaximumSectionSize(200)
        self.recherche = QLineEdit()
        self.recherche.setPlaceholderText(
            self.tr("Chercher un nom, une organisation, un territoire…")
        )
        self.recherche.setClearButtonEnabled(True)
        self.recherche.setAccessibleName(self.tr("Chercher dans les participants"))
        self.recherche.textChanged.connect(self._filtrer)
        self.compte = QLabel()
        self.compte.setAccessibleName(self.tr("Nombre de participants"))

        self.action_ajouter = action(
            self,
            self.tr("Ajouter un participant"),
            self.ajouter,
            icone=QStyle.StandardPixmap.SP_FileDialogNewFolder,
        )
        # Ctrl+N is also « Nouveau forum » in the window: the page takes it through event()
        # while the focus is inside it, so it is never ambiguous.
        self.action_ajouter.setToolTip(self.tr("Ajouter un participant (Ctrl+N)"))
        self.action_supprimer = action(
            self,
            self.tr("Supprimer"),
            self.supprimer,
            "Delete",
            QStyle.StandardPixmap.SP_TrashIcon,
        )
        # Delete acts on the table only: in a text field it still deletes a letter.
        self.action_supprimer.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tableau.addAction(self.action_supprimer)

        self.editeur = FicheEditeur(session)
        self.ateliers = ListeAteliers()
        self.tableau.selectionModel().selectionChanged.connect(lambda *_: self._montrer_choisi())

        gestes = QHBoxLayout()
        gestes.addWidget(bouton(self.action_ajouter))
        gestes.addWidget(bouton(self.action_supprimer))
        gestes.addStretch(1)
        gestes.addWidget(self.compte)
        gauche = QWidget()
        colonne_gauche = QVBoxLayout(gauche)
        colonne_gauche.setContentsMargins(0, 0, 0, 0)
        colonne_gauche.addWidget(self.recherche)
        colonne_gauche.addWidget(self.tableau, 1)
        colonne_gauche.addLayout(gestes)
        droite = QWidget()
        colonne_droite = QVBoxLayout(droite)
        colonne_droite.setContentsMargins(0, 0, 0, 0)
        colonne_droite.addWidget(self.editeur)
        colonne_droite.addWidget(self.ateliers, 1)
        self.separation = scinder(Qt.Orientation.Horizontal, [(gauche, 3), (droite, 2)])
        self.separation.setSizes([600, 400])
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Participants")))
        disposition.addWidget(self.separation, 1)
        self.charger()
        if self.filtre.rowCount():
            self.tableau.selectRow(0)

    # --- lecture -----------------------------------------------------------------------------

    def charger(self) -> None:
        choisi = self.participant_choisi()
        lignes: list[FicheParticipant] = self.session.lire(fiches)
        self._rangees = {p.uuid: r for r, p in enumerate(lignes)}
        self.modele.definir_lignes(lignes)
        self.editeur.definir_valeurs(self.session.lire(valeurs_connues))
        if choisi is not None and choisi.uuid in self._rangees:
            self.choisir(choisi.uuid)
        self._montrer_choisi()
        self._compter()

    def _sur_changement(self, changements: Changements) -> None:
        if not self.isVisible():
            super()._sur_changement(changements)
            return
        touches = changements.uuids(Genre.PARTICIPANT)
        lues: list[FicheParticipant] = []
        if touches and touches <= set(self._rangees):
            lues = self.session.lire(fiches, touches)
        if changements.tout or len(lues) != len(touches):
            self.charger()  # added or removed people: the list is read again
        elif touches:
            # Only edited people: their rows change in place, the selection stays put.
            for fiche in lues:
                self.modele.remplacer_ligne(self._rangees[fiche.uuid], fiche)
            self.editeur.definir_valeurs(self.session.lire(valeurs_connues))
            self._montrer_choisi()
            self._compter()
        elif changements.touche(Genre.SUJET) or changements.touche(Genre.RECOLTE):
            self._montrer_ateliers()

    def participant_choisi(self) -> FicheParticipant | None:
        lignes = self.tableau.selectionModel().selectedRows()
        if not lignes:
            return None
        fiche: FicheParticipant = lignes[0].data(ROLE_OBJET)
        return fiche

    def choisir(self, uuid: UUID) -> None:
        rangee = self._rangees.get(uuid)
        if rangee is None:
            return
        index = self.filtre.mapFromSource(self.modele.index(rangee, 0))
        if not index.isValid():
            return
        self.tableau.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tableau.scrollTo(index)

    def _montrer_choisi(self) -> None:
        choisi = self.participant_choisi()
        self.editeur.montrer(choisi)
        self.action_supprimer.setEnabled(choisi is not None)
        self._montrer_ateliers()

    def _montrer_ateliers(self) -> None:
        choisi = self.participant_choisi()
        ateliers = self.session.lire(ateliers_du_participant, choisi.uuid) if choisi else []
        self.ateliers.definir(ateliers, choisi is not None)

    def _filtrer(self, texte: str) -> None:
        self.filtre.definir_motif(texte)
        self._compter()

    def _compter(self) -> None:
        total = self.modele.rowCount()
        nommes = sum(1 for p in self.modele.lignes() if p.consentement_publication)
        texte = (
            self.tr("%1 participants, dont %2 acceptent d'être nommé·e·s")
            .replace("%1", str(total))
            .replace("%2", str(nommes))
        )
        montres = self.filtre.rowCount()
        if montres != total:
            texte += self.tr(" ; %1 affichés").replace("%1", str(montres))
        self.compte.setText(texte + ".")

    # --- gestes ------------------------------------------------------------------------------

    def enregistrer_maintenant(self) -> None:
        self.editeur.enregistrer_maintenant()

    def ajouter(self) -> None:
        """Un participant « Nouveau participant », choisi, son nom prêt à être remplacé."""
        self.editeur.enregistrer_maintenant()
        commande = AjouterParticipant(self.session, {"nom": self.tr("Nouveau participant")})
        if not self.session.executer(commande) or commande.uuid is None:
            return
        if not self.isVisible():
            self.charger()
        self.recherche.clear()
        self.choisir(commande.uuid)
        self.editeur.nom.setFocus()
        self.editeur.nom.selectAll()

    def supprimer(self) -> None:
        choisi = self.participant_choisi()
        if choisi is None:
            return
        ateliers = self.session.lire(ateliers_du_participant, choisi.uuid)
        if ateliers:
            numeros = ", ".join(f"n° {a.numero}" for a in ateliers)
            question = (
                self.tr(
                    "Supprimer « %1 » ? Cette personne est liée à %2 atelier(s) (%3) : "
                    "elle sera retirée des porteurs, des présences et des scribes. "
                    "« Annuler » (Ctrl+Z) la remet avec tous ses liens."
                )
                .replace("%1", choisi.nom)
                .replace("%2", str(len(ateliers)))
                .replace("%3", numeros)
            )
            demander = self.confirmer or confirmer
            if not demander(self, self.tr("Supprimer un participant"), question):
                return
        rangee = self.tableau.currentIndex().row()
        if self.session.executer(SupprimerParticipant(self.session, choisi.uuid, choisi.nom)):
            if not self.isVisible():
                self.charger()
            rangee = min(rangee, self.filtre.rowCount() - 1)
            if rangee >= 0:
                self.tableau.selectRow(rangee)
            self.tableau.setFocus()

    # --- Ctrl+N sur la page ------------------------------------------------------------------

    def event(self, evenement: QEvent) -> bool:
        if (
            evenement.type() == QEvent.Type.ShortcutOverride
            and isinstance(evenement, QKeyEvent)
            and evenement.matches(QKeySequence.StandardKey.New)
        ):
            evenement.accept()  # delivered as a key press to this page, not to « Nouveau forum »
            return True
        return super().event(evenement)

    def keyPressEvent(self, evenement: QKeyEvent) -> None:
        if evenement.matches(QKeySequence.StandardKey.New):
            self.ajouter()
            return
        super().keyPressEvent(evenement)
