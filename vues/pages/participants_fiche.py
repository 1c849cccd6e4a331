"""Participants : la fiche de la personne choisie, enregistrée champ par champ, et ses ateliers.

Each field is written when it is left (or at once for lists and boxes) as one undoable
command; a refused value is put back and the rule's French message is shown under the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.lectures_participants import AtelierDuParticipant, FicheParticipant, ValeursConnues
from app.operations.participants import raison_refus_participant
from modeles.ecosysteme import NIVEAUX_ACTION
from vues.commandes.participants import ModifierParticipant
from vues.modeles_qt.tableau import Colonne, ModeleTableau, cle_de_recherche
from vues.pages.base import vue_tableau
from vues.pages.preparation_edition import ligne_message, montrer
from vues.session import SessionForum

_DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CHAMPS_LIGNE = ("nom", "organisation", "courriel", "telephone", "territoire")


class _FiltreSansAccents(QSortFilterProxyModel):
    """Les propositions qui contiennent le texte tapé, sans égard à la casse ni aux accents."""

    def __init__(self) -> None:
        super().__init__()
        self._motif = ""

    def definir_motif(self, texte: str) -> None:
        self.beginFilterChange()
        self._motif = cle_de_recherche(" ".join(texte.split()))
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, rangee: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._motif:
            return True
        source = self.sourceModel()
        texte = str(source.data(source.index(rangee, 0, parent)))
        return self._motif in cle_de_recherche(texte)


class CompletionSansAccents(QCompleter):
    """« mont » propose Montréal et Montérégie ; « monteregie » aussi trouve Montérégie.

    QCompleter only filters by prefix or by case-insensitive containment: the filtering is done
    here by a proxy, and the completer shows whatever the proxy keeps.
    """

    def __init__(self, champ: QLineEdit) -> None:
        self._source = QStringListModel()
        self._filtre = _FiltreSansAccents()
        self._filtre.setSourceModel(self._source)
        super().__init__(self._filtre, champ)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        self._champ = champ
        champ.setCompleter(self)
        champ.textEdited.connect(self._filtrer)

    def definir_valeurs(self, valeurs: Sequence[str]) -> None:
        if list(valeurs) != self._source.stringList():
            self._source.setStringList(list(valeurs))

    def propositions(self) -> list[str]:
        """Ce que la liste propose pour le texte tapé."""
        return [
            str(self._filtre.data(self._filtre.index(r, 0))) for r in range(self._filtre.rowCount())
        ]

    def _filtrer(self, texte: str) -> None:
        self._filtre.definir_motif(texte)
        if texte.strip() and self._filtre.rowCount():
            self.complete()
        elif (popup := self.popup()) is not None:
            popup.hide()

    def splitPath(self, chemin: str) -> list[str]:
        # The proxy has already filtered: the completer must not filter again by prefix.
        return [""]


def _ligne(nom_accessible: str, indication: str = "") -> QLineEdit:
    champ = QLineEdit()
    champ.setAccessibleName(nom_accessible)
    champ.setPlaceholderText(indication)
    return champ


class FicheEditeur(QGroupBox):
    """Les champs d'un participant ; chaque modification devient une commande annulable."""

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Fiche"), parent)
        self.session = session
        self.fiche: FicheParticipant | None = None

        self.nom = _ligne(self.tr("Nom"))
        self.organisation = _ligne(self.tr("Organisation"))
        self.courriel = _ligne(self.tr("Courriel"), self.tr("nom@exemple.org"))
        self.telephone = _ligne(self.tr("Téléphone"))
        self.territoire = _ligne(self.tr("Territoire"), self.tr("Région — MRC, ville ou quartier"))
        self.completion_organisation = CompletionSansAccents(self.organisation)
        self.completion_territoire = CompletionSansAccents(self.territoire)
        self.type_acteur = QComboBox()
        self.type_acteur.setEditable(True)
        self.type_acteur.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.type_acteur.setAccessibleName(self.tr("Type d'acteur"))
        self.niveau_action = QComboBox()
        self.niveau_action.setAccessibleName(self.tr("Niveau d'action"))
        self.publication = QCheckBox(self.tr("Accepte d'être nommé·e dans les actes et le site"))
        self.coordonnees = QCheckBox(
            self.tr("Accepte de partager ses coordonnées avec les autres participants")
        )
        self.message = ligne_message()
        self._lignes: dict[str, QLineEdit] = {
            "nom": self.nom,
            "organisation": self.organisation,
            "courriel": self.courriel,
            "telephone": self.telephone,
            "territoire": self.territoire,
        }
        for champ, editeur in self._lignes.items():
            editeur.editingFinished.connect(lambda c=champ: self._fin_ligne(c))
        self.type_acteur.activated.connect(lambda *_: self._enregistrer_type())
        ligne_type = self.type_acteur.lineEdit()
        assert ligne_type is not None
        ligne_type.editingFinished.connect(self._enregistrer_type)
        self.niveau_action.activated.connect(
            lambda i: self._enregistrer({"niveau_action": self.niveau_action.itemData(i) or ""})
        )
        self.publication.clicked.connect(
            lambda coche: self._enregistrer({"consentement_publication": bool(coche)})
        )
        self.coordonnees.clicked.connect(
            lambda coche: self._enregistrer({"consentement_coordonnees": bool(coche)})
        )

        prive = QLabel(self.tr("(privé : visible seulement ici)"))
        prive.setEnabled(False)  # the style's muted text: a hint, not a field
        prive.setToolTip(
            self.tr(
                "Le téléphone n'est jamais publié : ni dans les actes, ni sur le site, "
                "ni dans la liste partagée."
            )
        )
        telephone = QHBoxLayout()
        telephone.addWidget(self.telephone, 1)
        telephone.addWidget(prive)
        self.indication_privee = prive

        formulaire = QFormLayout()
        formulaire.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        formulaire.addRow(self.tr("&Nom"), self.nom)
        formulaire.addRow(self.tr("&Organisation"), self.organisation)
        formulaire.addRow(self.tr("&Courriel"), self.courriel)
        etiquette_telephone = QLabel(self.tr("&Téléphone"))
        etiquette_telephone.setBuddy(self.telephone)
        formulaire.addRow(etiquette_telephone, telephone)
        formulaire.addRow(self.tr("Type d'&acteur"), self.type_acteur)
        formulaire.addRow(self.tr("Niveau d'acti&on"), self.niveau_action)
        formulaire.addRow(self.tr("Te&rritoire"), self.territoire)
        disposition = QVBoxLayout(self)
        disposition.addLayout(formulaire)
        disposition.addWidget(self.publication)
        disposition.addWidget(self.coordonnees)
        disposition.addWidget(self.message)
        self.montrer(None)

    # --- affichage ---------------------------------------------------------------------------

    def definir_valeurs(self, valeurs: ValeursConnues) -> None:
        self.completion_organisation.definir_valeurs(valeurs.organisations)
        self.completion_territoire.definir_valeurs(valeurs.territoires)
        if [self.type_acteur.itemText(i) for i in range(self.type_acteur.count())] != list(
            valeurs.types_acteur
        ):
            texte = self.type_acteur.currentText()
            self.type_acteur.blockSignals(True)
            self.type_acteur.clear()
            self.type_acteur.addItems(list(valeurs.types_acteur))
            self.type_acteur.setCurrentText(texte)
            self.type_acteur.blockSignals(False)

    def montrer(self, fiche: FicheParticipant | None) -> None:
        """Remplit les champs ; un champ en cours de saisie sur la même personne est laissé."""
        meme = fiche is not None and self.fiche is not None and fiche.uuid == self.fiche.uuid
        self.fiche = fiche
        if not meme:
            montrer(self.message, "")
        for editeur in (*self._lignes.values(), self.type_acteur, self.niveau_action):
            editeur.setEnabled(fiche is not None)
        self.publication.setEnabled(fiche is not None)
        self.coordonnees.setEnabled(fiche is not None)
        for champ, editeur in self._lignes.items():
            valeur = getattr(fiche, champ) if fiche else ""
            if meme and editeur.hasFocus() and editeur.isModified():
                continue  # the person is typing there: their text stays
            if editeur.text() != valeur:
                editeur.setText(valeur)
            editeur.setModified(False)
        ligne_type = self.type_acteur.lineEdit()
        if not (meme and ligne_type is not None and ligne_type.hasFocus()):
            self.type_acteur.blockSignals(True)
            self.type_acteur.setCurrentText(fiche.type_acteur if fiche else "")
            self.type_acteur.blockSignals(False)
        self._remplir_niveaux(fiche.niveau_action if fiche else "")
        for case, coche in (
            (self.publication, fiche.consentement_publication if fiche else False),
            (self.coordonnees, fiche.consentement_coordonnees if fiche else False),
        ):
            case.blockSignals(True)
            case.setChecked(coche)
            case.blockSignals(False)

    def _remplir_niveaux(self, niveau: str) -> None:
        # A level imported from another list stays visible rather than being lost.
        niveaux = list(NIVEAUX_ACTION)
        if niveau and niveau not in niveaux:
            niveaux.append(niveau)
        self.niveau_action.blockSignals(True)
        self.niveau_action.clear()
        self.niveau_action.addItem(self.tr("— non précisé —"), "")
        for valeur in niveaux:
            self.niveau_action.addItem(valeur, valeur)
        self.niveau_action.setCurrentIndex(max(self.niveau_action.findData(niveau), 0))
        self.niveau_action.blockSignals(False)

    # --- enregistrement ------------------------------------------------------------------------

    def enregistrer_maintenant(self) -> None:
        """Écrit ce qui est tapé dans un champ encore ouvert (avant un export, à la fermeture)."""
        for champ, editeur in self._lignes.items():
            if editeur.isModified():
                self._fin_ligne(champ)
        ligne_type = self.type_acteur.lineEdit()
        if ligne_type is not None and ligne_type.isModified():
            self._enregistrer_type()

    def _fin_ligne(self, champ: str) -> None:
        editeur = self._lignes[champ]
        editeur.setModified(False)
        if self.fiche is None:
            return
        valeur = editeur.text()
        if " ".join(valeur.split()) == getattr(self.fiche, champ):
            return
        raison = raison_refus_participant({champ: valeur})
        if raison:
            # Put back what is stored: a refused value must not look saved.
            editeur.setText(getattr(self.fiche, champ))
            montrer(self.message, raison)
            return
        self._enregistrer({champ: valeur})

    def _enregistrer_type(self) -> None:
        ligne_type = self.type_acteur.lineEdit()
        if ligne_type is not None:
            ligne_type.setModified(False)
        self._enregistrer({"type_acteur": self.type_acteur.currentText()})

    def _enregistrer(self, champs: dict[str, Any]) -> bool:
        fiche = self.fiche
        if fiche is None:
            return False
        actuels = fiche.champs()
        propres = {c: " ".join(v.split()) if isinstance(v, str) else v for c, v in champs.items()}
        if all(actuels[c] == v for c, v in propres.items()):
            return True
        avant = {c: actuels[c] for c in propres}
        commande = ModifierParticipant(self.session, fiche.uuid, fiche.nom, avant, propres)
        if self.session.executer(commande):
            montrer(self.message, "")
            return True
        montrer(self.message, commande.erreur.message if commande.erreur else "")
        self.montrer(self.fiche)
        return False


def roles_en_texte(atelier: AtelierDuParticipant) -> str:
    return ", ".join(atelier.roles)


class ListeAteliers(QGroupBox):
    """« Ses ateliers » : numéro, titre et rôle(s) de la personne choisie."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ses ateliers"), parent)
        self.modele = ModeleTableau(
            [
                Colonne(
                    self.tr("N°"),
                    lambda a: str(a.numero),
                    tri=lambda a: a.numero,
                    alignement=_DROITE,
                ),
                Colonne(self.tr("Atelier"), lambda a: a.titre),
                Colonne(self.tr("Rôle"), roles_en_texte),
            ],
            self,
        )
        self.vue, _filtre = vue_tableau(self.modele, self.tr("Ses ateliers"))
        self.vide = QLabel()
        self.vide.setWordWrap(True)
        disposition = QVBoxLayout(self)
        disposition.addWidget(self.vue, 1)
        disposition.addWidget(self.vide)

    def definir(self, ateliers: Sequence[AtelierDuParticipant], choisi: bool) -> None:
        self.modele.definir_lignes(ateliers)
        if not choisi:
            texte = self.tr("Choisissez une personne dans la liste.")
        elif not ateliers:
            texte = self.tr(
                "Aucun atelier pour l'instant (ni porteur·euse, ni présent·e, ni scribe)."
            )
        else:
            texte = ""
        self.vide.setText(texte)
        self.vide.setVisible(bool(texte))
