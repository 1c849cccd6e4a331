"""Convergence, « Plans d'action » : quoi, qui, quand ; et les prochaines étapes des récoltes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import lectures, lectures_convergence
from app.lectures_convergence import EtapeLue, PlanLu
from vues import formats
from vues.commandes.convergence import AjouterPlan, ModifierPlan, PromouvoirEtapes, SupprimerPlan
from vues.modeles_qt.tableau import ROLE_OBJET, Colonne, ModeleTableau
from vues.pages.base import scinder, vue_tableau
from vues.pages.marche_saisie import CompleteurListe, separer
from vues.pages.preparation import DateFacultative
from vues.session import SessionForum

ROLE_UUID = Qt.ItemDataRole.UserRole + 20


class ListeACocher(QWidget):
    """Une liste de choix à cocher, avec un filtre de recherche si elle est longue."""

    def __init__(self, titre: str, filtre: bool = False) -> None:
        super().__init__()
        self.modele = QStandardItemModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.modele)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.vue = QListView()
        self.vue.setModel(self._proxy)
        self.vue.setAccessibleName(titre)
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue.setUniformItemSizes(True)
        self.vue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        disposition = QVBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.setSpacing(2)
        etiquette = QLabel(titre)
        etiquette.setBuddy(self.vue)
        disposition.addWidget(etiquette)
        if filtre:
            self.recherche = QLineEdit()
            self.recherche.setPlaceholderText(self.tr("Chercher…"))
            self.recherche.setClearButtonEnabled(True)
            self.recherche.setAccessibleName(titre + " : " + self.tr("chercher"))
            self.recherche.textChanged.connect(self._proxy.setFilterFixedString)
            disposition.addWidget(self.recherche)
        disposition.addWidget(self.vue, 1)

    def definir(self, choix: Iterable[tuple[UUID, str]]) -> None:
        coches = self.coches()
        self.modele.clear()
        for uuid, texte in choix:
            item = QStandardItem(texte)
            item.setToolTip(texte)
            item.setEditable(False)
            item.setCheckable(True)
            item.setData(uuid, ROLE_UUID)
            self.modele.appendRow(item)
        self.cocher(coches)

    def cocher(self, uuids: Iterable[UUID]) -> None:
        choisis = set(uuids)
        premier: QStandardItem | None = None
        for rangee in range(self.modele.rowCount()):
            item = self.modele.item(rangee)
            etat = item.data(ROLE_UUID) in choisis
            item.setCheckState(Qt.CheckState.Checked if etat else Qt.CheckState.Unchecked)
            if etat and premier is None:
                premier = item
        # What is ticked must be seen: the list shows its first ticked choice.
        # Deferred: a list not laid out yet has no height to scroll in. Persistent: the
        # list may be refilled before then.
        cible = QPersistentModelIndex(
            self._proxy.mapFromSource(premier.index()) if premier is not None else QModelIndex()
        )
        QTimer.singleShot(0, self, lambda: self._montrer(cible))

    def _montrer(self, cible: QPersistentModelIndex) -> None:
        if cible.isValid():
            self.vue.scrollTo(self._proxy.index(cible.row(), 0))
        else:
            self.vue.scrollToTop()

    def coches(self) -> list[UUID]:
        return [
            self.modele.item(r).data(ROLE_UUID)
            for r in range(self.modele.rowCount())
            if self.modele.item(r).checkState() == Qt.CheckState.Checked
        ]


def _date(jour: Any) -> str:
    return formats.date_longue(jour) if jour else ""


class OngletPlans(QWidget):
    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plans: list[PlanLu] = []
        self.etapes: list[EtapeLue] = []
        self.plan_courant: UUID | None = None

        # --- la liste des plans -----------------------------------------------------------------
        self.modele = ModeleTableau(
            [
                Colonne(self.tr("Action"), lambda p: p.action, infobulle=lambda p: p.action),
                Colonne(self.tr("Porté par"), lambda p: ", ".join(q.nom for q in p.porteurs)),
                Colonne(
                    self.tr("Échéance"),
                    lambda p: _date(p.echeance),
                    tri=lambda p: p.echeance.isoformat() if p.echeance else "9999",
                ),
            ],
            self,
        )
        self.liste, self.filtre = vue_tableau(self.modele, self.tr("Plans d'action"), extensible=0)
        self.liste.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order they were written
        self.liste.selectionModel().currentRowChanged.connect(self._plan_clique)
        entete = self.liste.horizontalHeader()
        entete.setSectionResizeMode(1, entete.ResizeMode.Interactive)
        entete.resizeSection(1, self.fontMetrics().horizontalAdvance("M") * 10)
        self.nouveau = QPushButton(self.tr("Nouveau plan"))
        self.nouveau.clicked.connect(self.nouveau_plan)
        self.supprimer = QPushButton(self.tr("Supprimer le plan"))
        self.supprimer.clicked.connect(self.supprimer_plan)
        self.compte = QLabel()

        # --- l'éditeur ------------------------------------------------------------------------
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("Ce qui sera fait, en une phrase"))
        self.prochaine_etape = QPlainTextEdit()
        self.prochaine_etape.setTabChangesFocus(True)
        self.prochaine_etape.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.echeance = DateFacultative(self.tr("sans échéance"))
        self.echeance.setAccessibleName(self.tr("Échéance"))
        self.sans_echeance = QToolButton()
        self.sans_echeance.setText(self.tr("Sans échéance"))
        self.sans_echeance.setToolTip(self.tr("Retirer la date d'échéance"))
        self.sans_echeance.clicked.connect(lambda: self.echeance.definir(None))
        self.ressources = QLineEdit()
        self.partenaires = QLineEdit()
        self.partenaires.setPlaceholderText(self.tr("Organisations, séparées par des virgules"))
        self._organisations = QStringListModel(self)
        completion = CompleteurListe(self._organisations, self.partenaires)
        completion.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.partenaires.setCompleter(completion)
        self.porteurs = ListeACocher(self.tr("Porté par"), filtre=True)
        self.sujets = ListeACocher(self.tr("Sujets liés"), filtre=True)
        self.themes = ListeACocher(self.tr("Thèmes liés"))
        self.enregistrer = QPushButton(self.tr("Enregistrer le plan"))
        self.enregistrer.setDefault(True)
        self.enregistrer.clicked.connect(self.enregistrer_plan)
        for champ, nom in (
            (self.action, self.tr("Action")),
            (self.prochaine_etape, self.tr("Prochaine étape")),
            (self.ressources, self.tr("Ressources")),
            (self.partenaires, self.tr("Partenaires")),
        ):
            champ.setAccessibleName(nom)

        self.editeur = QGroupBox()
        formulaire = QFormLayout()
        formulaire.addRow(self.tr("Action :"), self.action)
        formulaire.addRow(self.tr("Prochaine étape :"), self.prochaine_etape)
        date = QHBoxLayout()
        date.addWidget(self.echeance)
        date.addWidget(self.sans_echeance)
        date.addStretch(1)
        formulaire.addRow(self.tr("Échéance :"), date)
        formulaire.addRow(self.tr("Ressources :"), self.ressources)
        formulaire.addRow(self.tr("Partenaires :"), self.partenaires)
        listes = QGridLayout()
        listes.addWidget(self.porteurs, 0, 0)
        listes.addWidget(self.sujets, 0, 1)
        listes.addWidget(self.themes, 0, 2)
        listes.setColumnStretch(0, 1)
        listes.setColumnStretch(1, 2)
        listes.setColumnStretch(2, 1)
        edition = QVBoxLayout(self.editeur)
        edition.addLayout(formulaire)
        edition.addLayout(listes, 1)
        ligne = QHBoxLayout()
        ligne.addStretch(1)
        ligne.addWidget(self.enregistrer)
        edition.addLayout(ligne)

        # --- depuis les récoltes ----------------------------------------------------------------
        self.modele_etapes = QStandardItemModel(self)
        self.vue_etapes = QTreeView()
        self.vue_etapes.setModel(self.modele_etapes)
        self.vue_etapes.setRootIsDecorated(False)
        self.vue_etapes.setAlternatingRowColors(True)
        self.vue_etapes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue_etapes.setAccessibleName(self.tr("Prochaines étapes des récoltes"))
        self.tout_cocher = QPushButton(self.tr("Tout cocher"))
        self.tout_cocher.clicked.connect(self._tout_cocher)
        self.promouvoir = QPushButton(self.tr("Promouvoir en plans d'action"))
        self.promouvoir.clicked.connect(self.promouvoir_cochees)
        self.etat_etapes = QLabel()
        self.etat_etapes.setWordWrap(True)
        recoltes = QGroupBox(self.tr("Depuis les récoltes"))
        colonne = QVBoxLayout(recoltes)
        colonne.addWidget(self.etat_etapes)
        colonne.addWidget(self.vue_etapes, 1)
        boutons = QHBoxLayout()
        boutons.addWidget(self.tout_cocher)
        boutons.addStretch(1)
        boutons.addWidget(self.promouvoir)
        colonne.addLayout(boutons)

        # --- disposition ------------------------------------------------------------------------
        gauche = QWidget()
        colonne = QVBoxLayout(gauche)
        colonne.setContentsMargins(0, 0, 0, 0)
        colonne.addWidget(self.liste, 1)
        colonne.addWidget(self.compte)
        boutons = QHBoxLayout()
        boutons.addWidget(self.nouveau)
        boutons.addWidget(self.supprimer)
        boutons.addStretch(1)
        colonne.addLayout(boutons)
        defilement = QScrollArea()
        defilement.setWidgetResizable(True)
        defilement.setWidget(self.editeur)
        haut = scinder(Qt.Orientation.Horizontal, [(gauche, 2), (defilement, 3)], [400, 680])
        separation = scinder(Qt.Orientation.Vertical, [(haut, 3), (recoltes, 2)], [480, 320])
        disposition = QVBoxLayout(self)
        disposition.addWidget(separation, 1)
        self._remplir_editeur(None)

    # --- chargement -------------------------------------------------------------------------

    def charger(self) -> None:
        self.plans = self.session.lire(lectures_convergence.plans)
        garde = self.plan_courant
        self.liste.selectionModel().blockSignals(True)
        self.modele.definir_lignes(self.plans)
        self.liste.selectionModel().blockSignals(False)
        self.compte.setText(self.tr("%1 plan(s) d'action").replace("%1", str(len(self.plans))))
        participants = sorted(
            self.session.lire(lectures.participants), key=lambda p: p.nom.casefold()
        )
        self.porteurs.definir(
            (p.uuid, f"{p.nom} ({p.organisation})" if p.organisation else p.nom)
            for p in participants
        )
        self._organisations.setStringList(
            sorted({p.organisation for p in participants if p.organisation}, key=str.casefold)
        )
        self.sujets.definir(
            (s.uuid, f"{s.numero}. {s.titre}")
            for s in self.session.lire(lectures.sujets)
            if s.actif
        )
        self.themes.definir(
            (t.uuid, t.titre) for t in self.session.lire(lectures_convergence.themes)
        )
        self._charger_etapes()
        if garde is not None and any(p.uuid == garde for p in self.plans):
            self.choisir_plan(garde)
        elif garde is not None:
            self._remplir_editeur(None)

    def _charger_etapes(self) -> None:
        coches = set(self.etapes_cochees())
        self.etapes = [e for e in self.session.lire(lectures_convergence.etapes) if not e.promue]
        self.modele_etapes.clear()
        self.modele_etapes.setHorizontalHeaderLabels(
            [self.tr("N°"), self.tr("Quoi"), self.tr("Qui"), self.tr("Quand")]
        )
        for etape in self.etapes:
            numero = QStandardItem(str(etape.sujet.numero))
            numero.setCheckable(True)
            numero.setCheckState(
                Qt.CheckState.Checked if etape.uuid in coches else Qt.CheckState.Unchecked
            )
            numero.setData(etape.uuid, ROLE_UUID)
            numero.setToolTip(etape.sujet.titre)
            quoi = QStandardItem(etape.quoi)
            quoi.setToolTip(f"{etape.sujet.numero}. {etape.sujet.titre}\n\n{etape.quoi}")
            self.modele_etapes.appendRow(
                [numero, quoi, QStandardItem(etape.qui), QStandardItem(etape.quand)]
            )
        entete = self.vue_etapes.header()
        entete.setStretchLastSection(False)
        entete.setSectionResizeMode(entete.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, entete.ResizeMode.Stretch)
        self.etat_etapes.setText(
            self.tr(
                "%1 prochaine(s) étape(s) notée(s) dans les récoltes ne sont pas encore des plans "
                "d'action. Cochez celles à reprendre : la personne nommée dans « Qui » porte le "
                "plan si elle est inscrite, sinon elle devient partenaire."
            ).replace("%1", str(len(self.etapes)))
            if self.etapes
            else self.tr("Toutes les prochaines étapes des récoltes sont déjà des plans d'action.")
        )
        self.tout_cocher.setEnabled(bool(self.etapes))
        self.promouvoir.setEnabled(bool(self.etapes))

    # --- l'éditeur ------------------------------------------------------------------------

    def choisir_plan(self, plan: UUID | None) -> None:
        for rangee in range(self.filtre.rowCount()):
            index = self.filtre.index(rangee, 0)
            if index.data(ROLE_OBJET).uuid == plan:
                self.liste.setCurrentIndex(index)
                self._remplir_editeur(index.data(ROLE_OBJET))
                return
        self.liste.clearSelection()
        self._remplir_editeur(None)

    def _plan_clique(self) -> None:
        index = self.liste.currentIndex()
        self._remplir_editeur(index.data(ROLE_OBJET) if index.isValid() else None)

    def _remplir_editeur(self, plan: PlanLu | None) -> None:
        self.plan_courant = plan.uuid if plan else None
        self.editeur.setTitle(
            self.tr("Plan d'action : %1").replace("%1", plan.action)
            if plan
            else self.tr("Nouveau plan d'action")
        )
        self.enregistrer.setText(
            self.tr("Enregistrer le plan") if plan else self.tr("Ajouter le plan")
        )
        self.supprimer.setEnabled(plan is not None)
        self.action.setText(plan.action if plan else "")
        self.prochaine_etape.setPlainText(plan.prochaine_etape if plan else "")
        self.echeance.definir(plan.echeance if plan else None)
        self.ressources.setText(plan.ressources if plan else "")
        self.partenaires.setText(", ".join(plan.partenaires) if plan else "")
        self.porteurs.cocher([q.uuid for q in plan.porteurs] if plan else [])
        self.sujets.cocher([s.uuid for s in plan.sujets] if plan else [])
        self.themes.cocher([t for t, _ in plan.themes] if plan else [])

    def champs(self) -> dict[str, Any]:
        return {
            "action": self.action.text(),
            "prochaine_etape": self.prochaine_etape.toPlainText(),
            "echeance": self.echeance.valeur(),
            "ressources": self.ressources.text(),
            "partenaires": separer(self.partenaires.text()),
            "porteurs": self.porteurs.coches(),
            "sujets": self.sujets.coches(),
            "themes": self.themes.coches(),
        }

    def nouveau_plan(self) -> None:
        self.liste.clearSelection()
        self.liste.setCurrentIndex(QModelIndex())
        self._remplir_editeur(None)
        self.action.setFocus()

    def enregistrer_plan(self) -> bool:
        champs = self.champs()
        if self.plan_courant is None:
            commande = AjouterPlan(self.session, champs)
            if not self.session.executer(commande):
                return False
            self.choisir_plan(commande.uuid)
            return True
        plan = next(p for p in self.plans if p.uuid == self.plan_courant)
        actuels = {
            "action": plan.action,
            "prochaine_etape": plan.prochaine_etape,
            "echeance": plan.echeance,
            "ressources": plan.ressources,
            "partenaires": list(plan.partenaires),
            "porteurs": [q.uuid for q in plan.porteurs],
            "sujets": [s.uuid for s in plan.sujets],
            "themes": [t for t, _ in plan.themes],
        }
        apres = {cle: valeur for cle, valeur in champs.items() if valeur != actuels[cle]}
        if not apres:
            return True
        return self.session.executer(ModifierPlan(self.session, plan.uuid, plan.action, apres))

    def supprimer_plan(self) -> bool:
        plan = next((p for p in self.plans if p.uuid == self.plan_courant), None)
        if plan is None:
            return False
        if not self.session.executer(SupprimerPlan(self.session, plan.uuid, plan.action)):
            return False
        self.choisir_plan(None)
        return True

    # --- depuis les récoltes --------------------------------------------------------------

    def etapes_cochees(self) -> list[UUID]:
        return [
            self.modele_etapes.item(r, 0).data(ROLE_UUID)
            for r in range(self.modele_etapes.rowCount())
            if self.modele_etapes.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def cocher_etapes(self, etapes: Iterable[UUID]) -> None:
        choisies = set(etapes)
        for r in range(self.modele_etapes.rowCount()):
            item = self.modele_etapes.item(r, 0)
            if item.data(ROLE_UUID) in choisies:
                item.setCheckState(Qt.CheckState.Checked)

    def _tout_cocher(self) -> None:
        self.cocher_etapes(e.uuid for e in self.etapes)

    def promouvoir_cochees(self) -> bool:
        etapes = self.etapes_cochees()
        if not etapes:
            self.session.erreur.emit(
                self.tr("Cochez d'abord les prochaines étapes à promouvoir en plans d'action.")
            )
            return False
        return self.session.executer(PromouvoirEtapes(self.session, etapes))
