"""L'historique d'un compte rendu : chaque état enregistré, son aperçu, et « Restaurer ».

Restoring is itself a new version: the state it replaces stays in the list, so nothing said
in a session can be lost by a wrong click.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QItemSelection, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.operations.recoltes import (
    CHAMPS_TEXTE,
    CLES_CHAMPS,
    ContenuRecolte,
    FicheRecolte,
    VersionLue,
)
from vues.formats import date_courte, heure
from vues.libelles import statut_recolte
from vues.modeles_qt.tableau import ROLE_OBJET, Colonne, ModeleTableau

MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def echapper(texte: str) -> str:
    """Un titre tapé par quelqu'un reste du texte, pas de la mise en forme Markdown."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]<>()#+-.!|" else c for c in texte)


def markdown_recolte(
    fiche: FicheRecolte,
    contenu: ContenuRecolte,
    libelles: dict[str, str],
    *,
    scribe: str,
    noms: dict[UUID, str],
    vide: str,
) -> str:
    """Le compte rendu tel qu'il se lira : en-tête, puis chaque champ affiché et non vide.

    `libelles` names the fields shown, in the forum's words; the person's Markdown is kept
    as typed, only the headings and the lists of steps, keywords and photos are ours.
    """
    infos = []
    if fiche.porteurs:
        infos.append(
            QCoreApplication.translate("Historique", "Porteurs : %1").replace(
                "%1", echapper(", ".join(fiche.porteurs))
            )
        )
    if scribe.strip():
        infos.append(
            QCoreApplication.translate("Historique", "Scribe : %1").replace(
                "%1", echapper(scribe.strip())
            )
        )
    if "presents" in libelles:
        personnes = sorted((noms.get(u, "") for u in contenu.presents), key=str.casefold)
        nombre = contenu.nombre_presents
        if personnes:
            ligne = f"{echapper(libelles['presents'])} : {echapper(', '.join(personnes))}"
            if nombre:
                ligne += QCoreApplication.translate("Historique", " (%1 en tout)").replace(
                    "%1", str(nombre)
                )
            infos.append(ligne)
        elif nombre:
            infos.append(
                QCoreApplication.translate("Historique", "%1 personnes présentes").replace(
                    "%1", str(nombre)
                )
            )
    sections = []
    for cle in CLES_CHAMPS:
        if cle not in libelles:
            continue
        if cle in CHAMPS_TEXTE:
            texte = str(getattr(contenu, cle)).strip()
        elif cle == "etapes":
            texte = "\n".join(
                "- " + " — ".join(echapper(x) for x in (e.quoi, e.qui, e.quand) if x)
                for e in contenu.etapes
                if not e.vide
            )
        elif cle == "mots_cles":
            texte = echapper(", ".join(contenu.mots_cles))
        elif cle == "photos":
            texte = "\n".join(f"- {echapper(p.legende or p.nom_fichier)}" for p in fiche.photos)
        else:
            continue
        if texte:
            sections.append(f"## {echapper(libelles[cle])}\n\n{texte}")
    entete = f"# {fiche.numero}. {echapper(fiche.titre)}"
    return "\n\n".join([entete, *infos, *(sections or [vide])]) + "\n"


def heure_locale(moment: dt.datetime) -> dt.datetime:
    """Les moments sont gardés en UTC sans fuseau ; on les montre à l'heure de l'ordinateur."""
    return moment.replace(tzinfo=dt.UTC).astimezone()


def texte_moment(moment: dt.datetime, aujourd_hui: dt.date | None = None) -> str:
    """« 14 h 32 » aujourd'hui, « jeu. 14 mai, 11 h 46 » un autre jour."""
    local = heure_locale(moment)
    if local.date() == (aujourd_hui or dt.datetime.now().astimezone().date()):
        return heure(local.time())
    return (
        QCoreApplication.translate("Historique", "%1, %2")
        .replace("%1", date_courte(local.date()))
        .replace("%2", heure(local.time()))
    )


class PanneauHistorique(QWidget):
    """Les versions, de la plus récente à la plus ancienne ; l'aperçu de celle qu'on choisit."""

    restaurer = Signal(object)  # UUID of a VersionRecolte

    def __init__(
        self, rendu: Callable[[ContenuRecolte], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rendu = rendu
        self.modele = ModeleTableau(
            [
                Colonne(self.tr("Enregistré"), lambda v: texte_moment(v.horodatage)),
                Colonne(self.tr("Par"), lambda v: v.auteur or "—"),
                Colonne(self.tr("État"), lambda v: statut_recolte(v.statut) if v.statut else "—"),
                Colonne(self.tr("Mots"), lambda v: str(v.contenu.mots())),
            ],
            self,
        )
        self.vue = QTableView()
        self.vue.setModel(self.modele)
        self.vue.setAccessibleName(self.tr("Versions enregistrées"))
        self.vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue.verticalHeader().hide()
        self.vue.setAlternatingRowColors(True)
        self.vue.setWordWrap(False)
        entete = self.vue.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.vue.selectionModel().selectionChanged.connect(self._sur_selection)
        self.vue.doubleClicked.connect(lambda _index: self._restaurer())
        # A read-only QTextEdit rather than a browser: links here are not to be followed.
        self.apercu = QTextEdit()
        self.apercu.setReadOnly(True)
        self.apercu.setAccessibleName(self.tr("Aperçu de la version choisie"))
        self.bouton = QPushButton(self.tr("Restaurer cette version"))
        self.bouton.setEnabled(False)
        self.bouton.clicked.connect(self._restaurer)
        explication = QLabel(
            self.tr(
                "Chaque enregistrement automatique est gardé. Restaurer une version en fait la "
                "plus récente ; l'état actuel reste dans la liste."
            )
        )
        explication.setWordWrap(True)
        bas = QHBoxLayout()
        bas.addWidget(explication, 1)
        bas.addWidget(self.bouton)
        separateur = QSplitter()
        separateur.addWidget(self.vue)
        separateur.addWidget(self.apercu)
        separateur.setStretchFactor(0, 1)
        separateur.setStretchFactor(1, 1)
        disposition = QVBoxLayout(self)
        disposition.addWidget(separateur, 1)
        disposition.addLayout(bas)

    def definir(self, versions: Sequence[VersionLue]) -> None:
        self.modele.definir_lignes(versions)
        self.apercu.clear()
        self.bouton.setEnabled(False)
        if versions:
            self.vue.selectRow(0)

    def choisie(self) -> VersionLue | None:
        indices = self.vue.selectionModel().selectedRows()
        return indices[0].data(ROLE_OBJET) if indices else None

    def _sur_selection(self, _choix: QItemSelection, _ancien: QItemSelection) -> None:
        version = self.choisie()
        self.bouton.setEnabled(version is not None and self.vue.currentIndex().row() > 0)
        if version is None:
            self.apercu.clear()
            return
        self.apercu.document().setMarkdown(self._rendu(version.contenu), MARKDOWN)

    def _restaurer(self) -> None:
        version = self.choisie()
        if version is not None and self.vue.currentIndex().row() > 0:
            self.restaurer.emit(version.uuid)

    def version_de(self, rangee: int) -> UUID:
        version: VersionLue = self.modele.ligne(rangee)
        return version.uuid
