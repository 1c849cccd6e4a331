"""Les champs du formulaire de récolte : texte Markdown (collage nettoyé), étapes, présents.

Pasted HTML (a word processor, a web page) becomes Markdown through QTextDocument, then loses
what a report does not need: images, headings (they would compete with the report's own),
tables (their rows become list items), code fences, Word's hand-made bullets. A large HTML
paste is inserted as its plain text instead, so that the conversion never freezes the form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.operations.recoltes import LIMITE_TEXTE, LigneEtape
from vues.formats import nombre

# Converting HTML costs about 45 ms per 100 kB here: above that, the plain text is pasted.
SEUIL_HTML = 100_000
MOT_MAXIMAL = 10_000
_BLOC_SANS_ESPACE = re.compile(rf"\S{{{MOT_MAXIMAL + 1},}}")
Index = QModelIndex | QPersistentModelIndex

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_TITRE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_PUCE_FAITE_MAIN = re.compile(r"^([ \t]*)(?:[·•▪●◦§]|o(?=\u00a0))[\s\u00a0]+(?=\S)")
_NUMERO = re.compile(r"^([ \t]*)(\d{1,3})[.)][\s\u00a0]+(?=\S)")
_PUCE = re.compile(r"^([ \t]*)([-*+])[ \t\u00a0]+(?=\S)")
_CLOTURE = re.compile(r"^\s*(```|~~~)")
_SEPARATEUR_TABLEAU = re.compile(r"^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*$")
_ELEMENT = re.compile(r"^\s*(?:[-*+]|\d{1,3}\.)\s")


def nettoyer_markdown(markdown: str) -> str:
    """Le Markdown de QTextDocument.toMarkdown, ramené à ce qu'un compte rendu emploie."""
    lignes: list[str] = []
    for brute in markdown.replace("\r\n", "\n").split("\n"):
        ligne = _IMAGE.sub("", brute).rstrip(" \t\u00a0")
        if _CLOTURE.match(ligne) or _SEPARATEUR_TABLEAU.match(ligne):
            continue
        if not ligne.strip(" \t\u00a0"):
            lignes.append("")
            continue
        titre = _TITRE.match(ligne)
        if titre:
            ligne = f"**{titre.group(1)}**" if titre.group(1) else ""
        elif ligne.lstrip().startswith("|") and ligne.endswith("|"):
            cellules = [c.strip() for c in ligne.strip().strip("|").split("|")]
            ligne = "- " + " · ".join(c for c in cellules if c)
        ligne = _PUCE_FAITE_MAIN.sub(r"\1- ", ligne)
        ligne = _NUMERO.sub(r"\1\2. ", ligne)
        ligne = _PUCE.sub(r"\1\2 ", ligne)
        lignes.append(ligne)
    # A list pasted from Word comes one paragraph per item: make it one list again.
    serrees: list[str] = []
    for rang, ligne in enumerate(lignes):
        precedente = serrees[-1] if serrees else ""
        suivante = lignes[rang + 1] if rang + 1 < len(lignes) else ""
        if not ligne and _ELEMENT.match(precedente) and _ELEMENT.match(suivante):
            continue
        if not ligne and not precedente:
            continue
        serrees.append(ligne)
    return "\n".join(serrees).strip("\n")


def markdown_depuis_html(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return nettoyer_markdown(
        document.toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    )


def _texte_brut(texte: str) -> str:
    return texte.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\0", "")


def texte_a_coller(source: QMimeData) -> tuple[str, str | None]:
    """Le texte à insérer pour un collage, et un avertissement s'il a fallu simplifier."""
    if source.hasHtml():
        html = source.html()
        if len(html) <= SEUIL_HTML:
            markdown = markdown_depuis_html(html)
            if markdown.strip() or not source.hasText():
                return markdown, None
        elif source.hasText():
            return _texte_brut(source.text()), QCoreApplication.translate(
                "ChampsRecolte",
                "Le texte collé était très long : il a été inséré sans sa mise en forme.",
            )
    if source.hasText():
        return _texte_brut(source.text()), None
    return "", None


def fichiers_deposes(source: QMimeData) -> list[Path]:
    """Les fichiers locaux d'un dépôt ou d'un collage : des photos à ajouter au compte rendu."""
    if not source.hasUrls():
        return []
    chemins = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [chemin for chemin in chemins if not chemin.is_dir()]


class EditeurMarkdown(QPlainTextEdit):
    """Un champ de texte Markdown : collage nettoyé, Ctrl+B et Ctrl+I, fichiers déposés → photos."""

    message = Signal(str, bool)  # text, is it an error
    fichiers = Signal(list)  # list[Path]

    def __init__(self, nom: str, indication: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(nom)
        self.setPlaceholderText(indication)
        # In a form, Tab goes to the next field; lists are written with « - ».
        self.setTabChangesFocus(True)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(fichiers_deposes(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        chemins = fichiers_deposes(source)
        if chemins:
            self.fichiers.emit(chemins)
            return
        texte, avertissement = texte_a_coller(source)
        if not texte:
            return
        if _BLOC_SANS_ESPACE.search(texte):
            # Qt lays out a line without any break opportunity in quadratic time: a 1 MB
            # block would freeze the form for a minute. Such a block is data, not notes.
            self.message.emit(
                QCoreApplication.translate(
                    "ChampsRecolte",
                    "Collage refusé : le texte contient un bloc de plus de %1 caractères sans "
                    "espace ni retour à la ligne (des données, pas des notes). Rien n'a été "
                    "modifié.",
                ).replace("%1", nombre(MOT_MAXIMAL)),
                True,
            )
            return
        curseur = self.textCursor()
        longueur = self.document().characterCount() - 1 - len(curseur.selectedText()) + len(texte)
        if longueur > LIMITE_TEXTE:
            self.message.emit(
                QCoreApplication.translate(
                    "ChampsRecolte",
                    "Collage refusé : ce champ dépasserait 1 Mo de texte (%1 caractères). "
                    "Rien n'a été modifié ; collez un extrait, ou mettez un lien vers le "
                    "document dans « Ressources ».",
                ).replace("%1", nombre(longueur)),
                True,
            )
            return
        curseur.insertText(texte)
        self.setTextCursor(curseur)
        self.ensureCursorVisible()
        if avertissement:
            self.message.emit(avertissement, False)

    def keyPressEvent(self, evenement: QKeyEvent) -> None:
        if evenement.matches(QKeySequence.StandardKey.Bold):
            self.entourer("**")
        elif evenement.matches(QKeySequence.StandardKey.Italic):
            self.entourer("*")
        else:
            super().keyPressEvent(evenement)

    def entourer(self, marque: str) -> None:
        """Met la sélection en gras ou en italique (ou place le curseur entre les marques)."""
        curseur = self.textCursor()
        choisi = curseur.selectedText()
        curseur.insertText(f"{marque}{choisi}{marque}")
        if not choisi:
            curseur.setPosition(curseur.position() - len(marque))
        self.setTextCursor(curseur)


class ModeleEtapes(QAbstractTableModel):
    """Les prochaines étapes en cours de saisie : une ligne par étape, quoi, qui, quand."""

    modifie = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lignes: list[list[str]] = []
        self._titres = (self.tr("Quoi"), self.tr("Qui"), self.tr("Quand"))

    def definir(self, etapes: Sequence[LigneEtape]) -> None:
        self.beginResetModel()
        self._lignes = [[e.quoi, e.qui, e.quand] for e in etapes]
        self.endResetModel()

    def etapes(self) -> tuple[LigneEtape, ...]:
        return tuple(LigneEtape(*ligne) for ligne in self._lignes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lignes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._lignes[index.row()][index.column()]

    def setData(self, index: Index, valeur: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        texte = " ".join(str(valeur).split())
        if texte == self._lignes[index.row()][index.column()]:
            return False
        self._lignes[index.row()][index.column()] = texte
        self.dataChanged.emit(index, index)
        self.modifie.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titres[section]
        return None

    def ajouter(self) -> int:
        rangee = len(self._lignes)
        self.beginInsertRows(QModelIndex(), rangee, rangee)
        self._lignes.append(["", "", ""])
        self.endInsertRows()
        self.modifie.emit()
        return rangee

    def retirer(self, rangee: int) -> None:
        if not 0 <= rangee < len(self._lignes):
            return
        self.beginRemoveRows(QModelIndex(), rangee, rangee)
        del self._lignes[rangee]
        self.endRemoveRows()
        self.modifie.emit()


class _DelegueEtape(QStyledItemDelegate):
    """« Qui » et « Quand » ont une longueur maximale dans le fichier : l'éditeur la respecte."""

    LIMITES = (0, 500, 200)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editeur = super().createEditor(parent, option, index)
        if isinstance(editeur, QLineEdit) and self.LIMITES[index.column()]:
            editeur.setMaxLength(self.LIMITES[index.column()])
        return editeur


class TableEtapes(QWidget):
    """Le tableau des prochaines étapes, avec « Ajouter une étape » et « Retirer l'étape »."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modele = ModeleEtapes(self)
        self.vue = QTableView()
        self.vue.setModel(self.modele)
        self.vue.setAccessibleName(self.tr("Prochaines étapes"))
        self.vue.setItemDelegate(_DelegueEtape(self.vue))
        self.vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vue.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.vue.setTabKeyNavigation(True)
        self.vue.verticalHeader().hide()
        self.vue.verticalHeader().setDefaultSectionSize(self.vue.fontMetrics().height() + 12)
        entete = self.vue.horizontalHeader()
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        entete.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        entete.resizeSection(1, 200)
        entete.resizeSection(2, 150)
        self.bouton_ajouter = QPushButton(self.tr("+ Ajouter une étape"))
        self.bouton_ajouter.clicked.connect(self.ajouter)
        self.bouton_retirer = QPushButton(self.tr("Retirer l'étape"))
        self.bouton_retirer.clicked.connect(self.retirer)
        boutons = QHBoxLayout()
        boutons.addWidget(self.bouton_ajouter)
        boutons.addWidget(self.bouton_retirer)
        boutons.addStretch(1)
        disposition = QVBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.addWidget(self.vue)
        disposition.addLayout(boutons)
        for signal in (self.modele.rowsInserted, self.modele.rowsRemoved, self.modele.modelReset):
            signal.connect(self._ajuster_hauteur)
        self._ajuster_hauteur()

    def _ajuster_hauteur(self) -> None:
        # The table grows with its rows (two empty ones at least): the form scrolls, not it.
        lignes = min(max(self.modele.rowCount(), 2), 10)
        self.vue.setFixedHeight(
            self.vue.horizontalHeader().sizeHint().height()
            + lignes * self.vue.verticalHeader().defaultSectionSize()
            + 2 * self.vue.frameWidth()
        )
        self.bouton_retirer.setEnabled(self.modele.rowCount() > 0)

    def ajouter(self) -> None:
        rangee = self.modele.ajouter()
        index = self.modele.index(rangee, 0)
        self.vue.setCurrentIndex(index)
        self.vue.setFocus()
        self.vue.edit(index)

    def retirer(self) -> None:
        index = self.vue.currentIndex()
        rangee = index.row() if index.isValid() else self.modele.rowCount() - 1
        self.modele.retirer(rangee)
