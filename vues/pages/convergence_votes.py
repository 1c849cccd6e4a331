"""Convergence, « Priorités » : le vote par points, au mur et par bulletins, et le classement."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import lectures, lectures_convergence
from app.lectures import ParticipantLu, SujetLu
from app.lectures_convergence import LigneVote, ResultatsVote
from vues.commandes.convergence import DefinirBudget, DefinirBulletin, DefinirPointsMur
from vues.modeles_qt.convergence import ModeleBulletin, ModeleNombresModifiables
from vues.modeles_qt.tableau import Colonne
from vues.pages.base import scinder
from vues.session import SessionForum

_DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


class DeleguePoints(QStyledItemDelegate):
    """Une boîte à nombres de 0 à 999 ; Entrée valide, Échap abandonne."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        boite = QSpinBox(parent)
        boite.setRange(0, 999)
        boite.setAlignment(_DROITE)
        boite.setAccessibleName(self.tr("Points"))
        return boite


def _tableau(nom: str) -> QTableView:
    vue = QTableView()
    vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    vue.setAlternatingRowColors(True)
    vue.setWordWrap(False)
    vue.verticalHeader().hide()
    vue.setItemDelegate(DeleguePoints(vue))
    vue.verticalHeader().setDefaultSectionSize(int(vue.fontMetrics().height() * 1.7))
    vue.setAccessibleName(nom)
    vue.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    return vue


class OngletVotes(QWidget):
    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.resultats: ResultatsVote | None = None
        self._chargement = False
        self._participants: list[ParticipantLu] = []

        # --- budget -----------------------------------------------------------------------
        self.budget = QSpinBox()
        self.budget.setRange(1, 999)
        self.budget.setSuffix(self.tr(" points"))
        self.budget.setAccessibleName(self.tr("Budget de points par personne"))
        self.budget.setKeyboardTracking(False)
        self.budget.valueChanged.connect(self._budget_choisi)
        self.budget_defaut = QCheckBox()
        self.budget_defaut.setToolTip(
            self.tr("Chaque personne reçoit un point pour trois sujets proposés.")
        )
        self.budget_defaut.toggled.connect(self._defaut_coche)
        self.regles = QLabel()
        self.regles.setWordWrap(True)  # a large system font must not push it out
        self.regles.setAccessibleName(self.tr("Règles du vote"))

        # --- le classement ----------------------------------------------------------------
        self.modele = ModeleNombresModifiables(
            [
                Colonne(self.tr("Rang"), self._rang, alignement=_CENTRE),
                Colonne(self.tr("N°"), lambda li: str(li.sujet.numero), alignement=_DROITE),
                Colonne(
                    self.tr("Sujet"), lambda li: li.sujet.titre, infobulle=lambda li: li.sujet.titre
                ),
                Colonne(self.tr("Thème"), lambda li: li.theme),
                Colonne(
                    self.tr("Points au mur"), lambda li: str(li.points_mur), alignement=_DROITE
                ),
                Colonne(
                    self.tr("Bulletins"),
                    lambda li: str(li.points_bulletins),
                    alignement=_DROITE,
                ),
                Colonne(self.tr("Total"), lambda li: str(li.total), alignement=_DROITE),
            ],
            colonne_modifiable=4,
            valeur=lambda li: li.points_mur,
            parent=self,
        )
        self.modele.modifier = self._points_mur
        self.classement = _tableau(self.tr("Classement des sujets"))
        self.classement.setModel(self.modele)
        entete = self.classement.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        entete.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        entete.resizeSection(3, self.fontMetrics().horizontalAdvance("M") * 12)
        self.classement.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.classement.setToolTip(
            self.tr("Double-cliquez (ou tapez un nombre) dans « Points au mur », puis Entrée.")
        )
        self.resume = QLabel()
        self.resume.setWordWrap(True)

        # --- un bulletin ------------------------------------------------------------------
        self.personne = QComboBox()
        self.personne.setEditable(True)
        self.personne.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.personne.setAccessibleName(self.tr("Personne qui vote"))
        saisie = self.personne.lineEdit()
        assert saisie is not None
        saisie.setPlaceholderText(self.tr("Tapez un nom…"))
        completion = self.personne.completer()
        assert completion is not None
        completion.setFilterMode(Qt.MatchFlag.MatchContains)
        completion.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completion.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.personne.currentIndexChanged.connect(self._personne_choisie)
        self.modele_bulletin = ModeleBulletin(
            [
                Colonne(self.tr("N°"), lambda s: str(s.numero), alignement=_DROITE),
                Colonne(self.tr("Sujet"), lambda s: s.titre, infobulle=lambda s: s.titre),
                Colonne(self.tr("Points"), self._points_bulletin, alignement=_DROITE),
            ],
            self,
        )
        self.modele_bulletin.total_change.connect(self._afficher_total)
        self.tableau_bulletin = _tableau(self.tr("Points du bulletin"))
        self.tableau_bulletin.setModel(self.modele_bulletin)
        entete = self.tableau_bulletin.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.total_bulletin = QLabel()
        self.total_bulletin.setAccessibleName(self.tr("Total du bulletin"))
        self.deja_vote = QLabel()
        self.deja_vote.setWordWrap(True)
        self.enregistrer = QPushButton(self.tr("Enregistrer le bulletin"))
        self.enregistrer.clicked.connect(self.enregistrer_bulletin)
        self.vider = QPushButton(self.tr("Tout remettre à zéro"))
        self.vider.clicked.connect(lambda: self.modele_bulletin.definir_points({}))

        groupe = QGroupBox(self.tr("Bulletin d'une personne"))
        bulletin = QVBoxLayout(groupe)
        ligne_personne = QHBoxLayout()
        etiquette = QLabel(self.tr("Personne :"))
        etiquette.setBuddy(self.personne)
        ligne_personne.addWidget(etiquette)
        ligne_personne.addWidget(self.personne, 1)
        bulletin.addLayout(ligne_personne)
        bulletin.addWidget(self.deja_vote)
        bulletin.addWidget(self.tableau_bulletin, 1)
        bulletin.addWidget(self.total_bulletin)
        boutons = QHBoxLayout()
        boutons.addWidget(self.vider)
        boutons.addStretch(1)
        boutons.addWidget(self.enregistrer)
        bulletin.addLayout(boutons)

        haut = QHBoxLayout()
        etiquette = QLabel(self.tr("Budget par personne :"))
        etiquette.setBuddy(self.budget)
        haut.addWidget(etiquette)
        haut.addWidget(self.budget)
        haut.addWidget(self.budget_defaut)
        haut.addSpacing(24)
        haut.addWidget(self.regles)
        haut.addStretch(1)

        gauche = QWidget()
        colonne = QVBoxLayout(gauche)
        colonne.setContentsMargins(0, 0, 0, 0)
        colonne.addWidget(self.classement, 1)
        colonne.addWidget(self.resume)
        separation = scinder(Qt.Orientation.Horizontal, [(gauche, 3), (groupe, 2)], [640, 420])
        disposition = QVBoxLayout(self)
        disposition.addLayout(haut)
        disposition.addWidget(separation, 1)

    # --- chargement -------------------------------------------------------------------------

    def charger(self) -> None:
        self._chargement = True
        try:
            self.resultats = self.session.lire(lectures_convergence.resultats_vote)
            r = self.resultats
            assert r is not None
            courant = self.classement.currentIndex()
            sujet_courant = (
                self.modele.ligne(courant.row()).sujet.uuid if courant.isValid() else None
            )
            self.modele.definir_lignes(r.lignes)
            if sujet_courant is not None:
                self._revenir_a(sujet_courant, courant.column())
            self.budget_defaut.setText(
                self.tr("budget par défaut : un tiers des sujets (%1)").replace(
                    "%1", str(r.budget_defaut)
                )
            )
            self.budget_defaut.setChecked(not r.budget_choisi)
            self.budget.setValue(r.budget)
            self.budget.setEnabled(r.budget_choisi)
            self.regles.setText(
                self.tr("Au plus %1 point(s) sur un même sujet · %2 personne(s) ont voté")
                .replace("%1", str(r.maximum_par_sujet))
                .replace("%2", str(r.votants))
            )
            self.resume.setText(
                self.tr(
                    "%1 sujets classés par total : points au mur plus points des bulletins."
                ).replace("%1", str(len(r.lignes)))
                if r.a_des_points
                else self.tr(
                    "Aucun point pour l'instant : comptez les gommettes du mur dans « Points au "
                    "mur », ou saisissez des bulletins à droite."
                )
            )
            sujets: list[SujetLu] = [s for s in self.session.lire(lectures.sujets) if s.actif]
            garde = dict(self.modele_bulletin.points)
            self.modele_bulletin.definir_lignes(sujets)
            self.modele_bulletin.definir_points(
                {s.uuid: garde[s.uuid] for s in sujets if s.uuid in garde}
            )
            self._charger_personnes()
        finally:
            self._chargement = False
        self._afficher_total(self.modele_bulletin.total())

    def _charger_personnes(self) -> None:
        participants = sorted(
            self.session.lire(lectures.participants), key=lambda p: p.nom.casefold()
        )
        if [p.uuid for p in participants] == [p.uuid for p in self._participants]:
            self._afficher_deja_vote()
            return
        choisi = self.participant_choisi()
        self._participants = participants
        self.personne.blockSignals(True)
        self.personne.clear()
        for p in participants:
            texte = f"{p.nom} ({p.organisation})" if p.organisation else p.nom
            self.personne.addItem(texte, p.uuid)
        rangee = self.personne.findData(choisi) if choisi else -1
        self.personne.setCurrentIndex(rangee)
        self.personne.blockSignals(False)
        self._afficher_deja_vote()

    def _revenir_a(self, sujet: UUID, colonne: int) -> None:
        for rangee, ligne in enumerate(self.modele.lignes()):
            if ligne.sujet.uuid == sujet:
                self.classement.setCurrentIndex(self.modele.index(rangee, colonne))
                return

    def _rang(self, ligne: LigneVote) -> str:
        if self.resultats is not None and not self.resultats.a_des_points:
            return "—"
        if ligne.ex_aequo > 1:
            return self.tr("%1 ex æquo").replace("%1", str(ligne.rang))
        return str(ligne.rang)

    # --- points au mur et budget --------------------------------------------------------------

    def _points_mur(self, ligne: Any, points: int) -> bool:
        # Pushed once the editor has closed: the reload resets the model, which must not
        # happen while the view is still committing from the spin box.
        commande = DefinirPointsMur(self.session, ligne.sujet.uuid, ligne.sujet.titre, points)
        QTimer.singleShot(0, self, lambda: self.session.executer(commande))
        return True

    def _budget_choisi(self, valeur: int) -> None:
        if self._chargement or self.budget_defaut.isChecked():
            return
        if (
            self.resultats is not None
            and self.resultats.budget_choisi
            and valeur == self.resultats.budget
        ):
            return
        self.session.executer(DefinirBudget(self.session, valeur))

    def _defaut_coche(self, coche: bool) -> None:
        self.budget.setEnabled(not coche)
        if self._chargement:
            return
        self.session.executer(DefinirBudget(self.session, None if coche else self.budget.value()))

    # --- un bulletin ----------------------------------------------------------------------------

    def participant_choisi(self) -> UUID | None:
        if self.personne.currentIndex() < 0:
            return None
        donnee = self.personne.currentData()
        return donnee if isinstance(donnee, UUID) else None

    def choisir_participant(self, participant: UUID) -> None:
        self.personne.setCurrentIndex(self.personne.findData(participant))

    def _personne_choisie(self) -> None:
        participant = self.participant_choisi()
        points = (
            self.session.lire(lectures_convergence.bulletin, participant) if participant else {}
        )
        self.modele_bulletin.definir_points(points)
        self._afficher_deja_vote()
        if (saisie := self.personne.lineEdit()) is not None:
            saisie.setCursorPosition(0)  # a long name shows its beginning

    def _afficher_deja_vote(self) -> None:
        participant = self.participant_choisi()
        if participant is None:
            self.deja_vote.setText(
                self.tr("Choisissez la personne dont vous saisissez le bulletin.")
            )
            return
        donnes = self.session.lire(lectures_convergence.votants).get(participant)
        self.deja_vote.setText(
            self.tr("Bulletin déjà enregistré : %1 point(s).").replace("%1", str(donnes))
            if donnes
            else self.tr("Pas encore de bulletin pour cette personne.")
        )

    def _points_bulletin(self, sujet: SujetLu) -> str:
        n = self.modele_bulletin.points.get(sujet.uuid, 0)
        return str(n) if n else ""

    def _afficher_total(self, total: int) -> None:
        if self.resultats is None:
            return
        budget = self.resultats.budget
        texte = self.tr("%1 points sur %2").replace("%1", str(total)).replace("%2", str(budget))
        plafond = self.resultats.maximum_par_sujet
        if total > budget:
            texte += " — " + self.tr("%1 de trop").replace("%1", str(total - budget))
        elif any(n > plafond for n in self.modele_bulletin.points.values()):
            texte += " — " + self.tr("plus de %1 sur un sujet").replace("%1", str(plafond))
        elif total < budget:
            texte += " — " + self.tr("%1 à donner").replace("%1", str(budget - total))
        self.total_bulletin.setText(texte)

    def enregistrer_bulletin(self) -> bool:
        """Écrit le bulletin ; refusé, le message s'affiche et la saisie reste."""
        participant = self.participant_choisi()
        if participant is None:
            self.session.erreur.emit(self.tr("Choisissez d'abord la personne qui vote."))
            return False
        nom = next((p.nom for p in self._participants if p.uuid == participant), "")
        return self.session.executer(
            DefinirBulletin(self.session, participant, nom, self.modele_bulletin.points)
        )
