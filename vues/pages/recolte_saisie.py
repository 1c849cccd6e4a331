"""La zone de saisie du formulaire de récolte : les personnes, les textes, les étapes, les photos.

It shows and reads the fields; saving, the status and the history are the form's
(vues.pages.recolte_formulaire). Every change is announced by `modifie`, never while loading.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from uuid import UUID

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.lectures import ParticipantLu
from app.operations.recoltes import (
    CHAMPS_TEXTE,
    CLES_CHAMPS,
    LIMITE_TEXTE,
    ChampFormulaire,
    ContenuRecolte,
    FicheRecolte,
    PersonneLue,
)
from vues.dialogues.champs_recolte import libelle, libelles_par_defaut
from vues.pages.marche_saisie import CompleteurListe
from vues.pages.recolte_champs import EditeurMarkdown, TableEtapes
from vues.pages.recolte_photos import BandePhotos, DepotFichiers
from vues.session import SessionForum

HAUTEURS = {"points_saillants": 300}
STYLE_PASTILLES = (
    "QListWidget { border: none; background: transparent; }"
    "QListWidget::item { border: 1px solid #b0bec5; border-radius: 9px; padding: 1px 8px;"
    " margin: 2px; background: #eef2f7; color: #263238; }"
    "QListWidget::item:selected { background: #1e63b4; color: white; }"
)
DISCRET = "color: palette(placeholder-text);"


class ChampPresents(QWidget):
    """Les personnes présentes : choisies dans la liste des participants ou ajoutées au vol."""

    modifie = Signal()

    def __init__(
        self, resoudre: Callable[[str], UUID | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._resoudre = resoudre
        self.liste = QListWidget()
        self.liste.setAccessibleName(self.tr("Personnes présentes"))
        self.liste.setFlow(QListView.Flow.LeftToRight)
        self.liste.setWrapping(True)
        self.liste.setResizeMode(QListView.ResizeMode.Adjust)
        self.liste.setSpacing(2)
        self.liste.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.liste.setStyleSheet(STYLE_PASTILLES)
        self.liste.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        retirer = QAction(self.tr("Retirer"), self.liste)
        retirer.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        retirer.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        retirer.triggered.connect(self.retirer_selection)
        self.liste.addAction(retirer)
        self.saisie = QLineEdit()
        self.saisie.setAccessibleName(self.tr("Ajouter une personne présente"))
        self.saisie.setPlaceholderText(
            self.tr("Ajouter un nom puis Entrée (un nom inconnu crée la personne)")
        )
        self._noms = QStringListModel(self)
        completeur = QCompleter(self._noms, self.saisie)
        completeur.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completeur.setFilterMode(Qt.MatchFlag.MatchContains)
        self.saisie.setCompleter(completeur)
        self.saisie.returnPressed.connect(self.ajouter_saisie)
        self.bouton_retirer = QPushButton(self.tr("Retirer"))
        self.bouton_retirer.setToolTip(self.tr("Retirer les noms choisis (touche Suppr)"))
        self.bouton_retirer.clicked.connect(self.retirer_selection)
        ligne = QHBoxLayout()
        ligne.addWidget(self.saisie, 1)
        ligne.addWidget(self.bouton_retirer)
        disposition = QVBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.addWidget(self.liste)
        disposition.addLayout(ligne)
        self._maj_visibilite()

    def definir_participants(self, participants: Sequence[ParticipantLu]) -> None:
        self._noms.setStringList(sorted({p.nom for p in participants}, key=str.casefold))

    def definir(self, presents: Sequence[PersonneLue]) -> None:
        self.liste.clear()
        for personne in presents:
            self._ajouter_element(personne.uuid, personne.nom)
        self._maj_visibilite()

    def presents(self) -> tuple[UUID, ...]:
        return tuple(
            self.liste.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.liste.count())
        )

    def noms(self) -> dict[UUID, str]:
        return {
            self.liste.item(i).data(Qt.ItemDataRole.UserRole): self.liste.item(i).text()
            for i in range(self.liste.count())
        }

    def _ajouter_element(self, uuid: UUID, nom: str) -> None:
        element = QListWidgetItem(nom)
        element.setData(Qt.ItemDataRole.UserRole, uuid)
        self.liste.addItem(element)

    def ajouter_saisie(self) -> None:
        nom = " ".join(self.saisie.text().split())
        if not nom:
            return
        uuid = self._resoudre(nom)
        if uuid is None:
            return
        self.saisie.clear()
        if uuid in self.presents():
            return
        self._ajouter_element(uuid, nom)
        self.liste.sortItems()
        self._maj_visibilite()
        self.modifie.emit()

    def retirer_selection(self) -> None:
        choisis = self.liste.selectedItems()
        if not choisis:
            return
        for element in choisis:
            self.liste.takeItem(self.liste.row(element))
        self._maj_visibilite()
        self.modifie.emit()

    def _maj_visibilite(self) -> None:
        self.liste.setVisible(self.liste.count() > 0)
        self.bouton_retirer.setEnabled(self.liste.count() > 0)
        self._ajuster_hauteur()

    def _ajuster_hauteur(self) -> None:
        """Aussi haute que ses rangées de noms (quatre au plus, puis elle défile)."""
        if not self.liste.count():
            return
        self.liste.doItemsLayout()
        bas = self.liste.visualItemRect(self.liste.item(self.liste.count() - 1)).bottom()
        haut = self.liste.visualItemRect(self.liste.item(0)).top()
        rangee = self.liste.sizeHintForRow(0) + 8
        hauteur = min(bas - haut + 1, 4 * rangee) + 2 * self.liste.frameWidth() + 8
        self.liste.setFixedHeight(max(hauteur, rangee + 8))

    def resizeEvent(self, evenement: QResizeEvent) -> None:
        super().resizeEvent(evenement)
        self._ajuster_hauteur()


class ZoneSaisie(QScrollArea):
    """Les champs dans l'ordre du formulaire, chacun sous son nom ; un champ éteint est caché."""

    modifie = Signal()
    message = Signal(str, bool)  # text, is it an error

    def __init__(
        self,
        session: SessionForum,
        resoudre: Callable[[str], UUID | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._resoudre = resoudre
        self._chargement = False
        self.scribe_uuid: UUID | None = None
        self._nom_scribe = ""
        self.scribe = QComboBox()
        self.scribe.setEditable(True)
        self.scribe.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scribe.setAccessibleName(self.tr("Scribe"))
        self.ligne_scribe = QLineEdit()
        self.ligne_scribe.setPlaceholderText(
            self.tr("Qui prend les notes ? (un nom inconnu crée la personne)")
        )
        self.scribe.setLineEdit(self.ligne_scribe)
        completeur = QCompleter(self.scribe.model(), self.scribe)
        completeur.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completeur.setFilterMode(Qt.MatchFlag.MatchContains)
        completeur.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.scribe.setCompleter(completeur)
        self.ligne_scribe.editingFinished.connect(self._sur_scribe)
        self.scribe.activated.connect(lambda _i: self._sur_scribe())
        self.nombre = QSpinBox()
        self.nombre.setRange(0, 100_000)
        self.nombre.setSpecialValueText(self.tr("—"))
        self.nombre.setAccessibleName(self.tr("Nombre de personnes présentes"))
        self.nombre.setToolTip(self.tr("Le nombre de personnes, même si leurs noms manquent."))
        self.nombre.valueChanged.connect(self._modifie)
        self.presents = ChampPresents(resoudre)
        self.presents.modifie.connect(self._modifie)
        self.photos = BandePhotos(session)
        self.photos.message.connect(self.message)
        self.editeurs = self._editeurs()
        self.etapes = TableEtapes()
        self.etapes.modele.modifie.connect(self._modifie)
        self.mots_cles = QLineEdit()
        self.mots_cles.setAccessibleName(self.tr("Mots-clés et thèmes"))
        self.mots_cles.setPlaceholderText(
            self.tr("financement, coordination… (séparés par des virgules)")
        )
        self._mots_connus = QStringListModel(self)
        completeur_mots = CompleteurListe(self._mots_connus, self.mots_cles)
        completeur_mots.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completeur_mots.setFilterMode(Qt.MatchFlag.MatchContains)
        self.mots_cles.setCompleter(completeur_mots)
        self.mots_cles.textEdited.connect(self._modifie)
        self.etiquettes: dict[str, QLabel] = {}
        self.blocs: dict[str, QWidget] = {}
        self._disposer()
        # A file dropped anywhere on the form is a photo, never text in a field.
        self.depot = DepotFichiers(self)
        self.depot.deposes.connect(self.photos.importer)
        self.depot.surveiller(self.ligne_scribe, self.nombre, self.mots_cles, self.presents.saisie)
        for editeur in self.editeurs.values():
            editeur.fichiers.connect(self.photos.importer)

    def _editeurs(self) -> dict[str, EditeurMarkdown]:
        indications = {
            "points_saillants": self.tr(
                "Ce qui s'est dit d'important. Une idée par paragraphe, ou une liste : "
                "commencez les lignes par « - »."
            ),
            "propositions": self.tr("Ce que le groupe propose ou recommande, une par ligne « - »."),
            "ressources": self.tr(
                "Documents, sites, personnes-ressources : [titre](https://adresse)…"
            ),
            "questions_ouvertes": self.tr("Ce qui reste sans réponse, à reprendre plus tard."),
            "citations": self.tr("« Une phrase marquante », avec l'accord de qui l'a dite."),
        }
        editeurs = {}
        for cle in CHAMPS_TEXTE:
            editeur = EditeurMarkdown(libelles_par_defaut()[cle], indications[cle])
            editeur.setFixedHeight(HAUTEURS.get(cle, 120))
            editeur.textChanged.connect(self._modifie)
            editeur.message.connect(self.message)
            editeurs[cle] = editeur
        return editeurs

    def _disposer(self) -> None:
        interieur = QWidget()
        colonne = QVBoxLayout(interieur)
        personnes = QHBoxLayout()
        personnes.addWidget(_etiquette(self.tr("&Scribe"), self.scribe, gras=True))
        personnes.addWidget(self.scribe, 1)
        personnes.addSpacing(16)
        personnes.addWidget(_etiquette(self.tr("&Nombre de personnes"), self.nombre))
        personnes.addWidget(self.nombre)
        colonne.addLayout(personnes)
        aide = QLabel(
            self.tr(
                "Écrivez en Markdown : **gras** (Ctrl+B), *italique* (Ctrl+I), « - » en début "
                "de ligne pour une liste, « 1. » pour une liste numérotée, [texte](https://lien). "
                "Tout s'enregistre tout seul."
            )
        )
        aide.setWordWrap(True)
        aide.setStyleSheet(DISCRET)
        widgets: dict[str, QWidget] = {
            "presents": self.presents,
            "etapes": self.etapes,
            "mots_cles": self.mots_cles,
            "photos": self.photos,
            **self.editeurs,
        }
        for cle in CLES_CHAMPS:
            bloc = QWidget()
            contenu = QVBoxLayout(bloc)
            contenu.setContentsMargins(0, 8, 0, 0)
            contenu.setSpacing(4)
            etiquette = _etiquette("", widgets[cle], gras=True)
            contenu.addWidget(etiquette)
            if cle == "points_saillants":
                contenu.addWidget(aide)
            contenu.addWidget(widgets[cle])
            self.etiquettes[cle], self.blocs[cle] = etiquette, bloc
            colonne.addWidget(bloc)
        colonne.addStretch(1)
        self._ordonner_tabulation()
        self.setWidget(interieur)
        self.setWidgetResizable(True)
        # The fields follow the width of the window: never a sideways scroll.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def _ordonner_tabulation(self) -> None:
        """Tab suit l'ordre de la page, de haut en bas, pas celui de la construction."""
        parties: dict[str, list[QWidget]] = {
            "presents": [self.presents.saisie, self.presents.liste, self.presents.bouton_retirer],
            "etapes": [
                self.etapes.vue,
                self.etapes.bouton_ajouter,
                self.etapes.bouton_retirer,
            ],
            "mots_cles": [self.mots_cles],
            "photos": [
                self.photos.liste,
                self.photos.bouton_ajouter,
                self.photos.bouton_legende,
                self.photos.bouton_retirer,
            ],
            **{cle: [editeur] for cle, editeur in self.editeurs.items()},
        }
        chaine: list[QWidget] = [self.scribe, self.nombre]
        for cle in CLES_CHAMPS:
            chaine += parties[cle]
        for avant, apres in itertools.pairwise(chaine):
            QWidget.setTabOrder(avant, apres)

    def appliquer_champs(self, champs: dict[str, ChampFormulaire]) -> None:
        for cle, champ in champs.items():
            self.etiquettes[cle].setText(libelle(champ))
            self.blocs[cle].setVisible(champ.actif)

    def definir_participants(
        self, participants: Sequence[ParticipantLu], mots_connus: Sequence[str]
    ) -> None:
        texte = self.scribe.currentText()
        self.scribe.blockSignals(True)
        self.scribe.clear()
        for participant in participants:
            self.scribe.addItem(participant.nom, participant.uuid)
        self.scribe.setCurrentIndex(-1)
        self.scribe.setEditText(texte)
        self.scribe.blockSignals(False)
        self.presents.definir_participants(participants)
        self._mots_connus.setStringList(list(mots_connus))

    def remplir(self, fiche: FicheRecolte) -> None:
        """Montre la fiche sans rien annoncer ; seuls les textes qui diffèrent sont remplacés."""
        contenu = fiche.contenu
        self._chargement = True
        try:
            for cle, editeur in self.editeurs.items():
                # The fields left as they are keep their cursor and their own undo.
                if editeur.toPlainText() != getattr(contenu, cle):
                    editeur.setPlainText(getattr(contenu, cle))
            self.scribe_uuid = fiche.scribe.uuid if fiche.scribe else None
            self._nom_scribe = fiche.scribe.nom if fiche.scribe else ""
            self.scribe.setCurrentIndex(-1)
            self.scribe.setEditText(fiche.scribe.nom if fiche.scribe else "")
            self.nombre.setValue(contenu.nombre_presents or 0)
            self.presents.definir(fiche.presents)
            if self.etapes.modele.etapes() != contenu.etapes:
                self.etapes.modele.definir(contenu.etapes)
            mots = ", ".join(contenu.mots_cles)
            if self.mots_cles.text() != mots:
                self.mots_cles.setText(mots)
        finally:
            self._chargement = False

    def contenu(self, dernier: ContenuRecolte) -> tuple[ContenuRecolte, list[str]]:
        """Ce que montrent les champs ; un champ de plus d'1 Mo garde sa valeur de `dernier`."""
        textes: dict[str, str] = {}
        trop_longs = []
        for cle, editeur in self.editeurs.items():
            texte = editeur.toPlainText()
            if len(texte) > LIMITE_TEXTE:
                trop_longs.append(cle)
                texte = getattr(dernier, cle)
            textes[cle] = texte
        mots = tuple(m.strip() for m in self.mots_cles.text().split(",") if m.strip())
        contenu = ContenuRecolte(
            **textes,
            mots_cles=mots,
            etapes=self.etapes.modele.etapes(),
            scribe=self.scribe_uuid,
            presents=self.presents.presents(),
            nombre_presents=self.nombre.value() or None,
        )
        return contenu, trop_longs

    def _modifie(self) -> None:
        if not self._chargement:
            self.modifie.emit()

    def _sur_scribe(self) -> None:
        if self._chargement:
            return
        nom = " ".join(self.scribe.currentText().split())
        if nom == self._nom_scribe:
            return
        nouveau = self._resoudre(nom) if nom else None
        if nom and nouveau is None:
            return
        self._nom_scribe = nom
        if nouveau != self.scribe_uuid:
            self.scribe_uuid = nouveau
            self.modifie.emit()

    def valider_scribe(self) -> None:
        """Prend en compte un nom de scribe tapé mais pas encore validé (fermeture, changement)."""
        self._sur_scribe()


def _etiquette(texte: str, copain: QWidget, gras: bool = False) -> QLabel:
    etiquette = QLabel(texte)
    etiquette.setBuddy(copain)
    if gras:
        police = etiquette.font()
        police.setBold(True)
        police.setPointSizeF(police.pointSizeF() * 1.08)
        etiquette.setFont(police)
    return etiquette
