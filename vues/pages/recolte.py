"""Récolte : les ateliers et l'état de leur compte rendu ; le compte rendu choisi, mis en forme."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from app import lectures
from app.changements import Genre
from app.lectures import RecolteLue, SujetLu
from vues.libelles import statut_recolte
from vues.modeles_qt.tableau import ROLE_OBJET, Colonne, ModeleTableau
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.session import SessionForum

_MARKDOWN_SANS_HTML = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class PageRecolte(Page):
    genres = frozenset({Genre.SUJET, Genre.RECOLTE, Genre.PARTICIPANT})

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.modele = ModeleTableau(
            [
                Colonne(self.tr("N°"), lambda s: str(s.numero), tri=lambda s: s.numero),
                Colonne(self.tr("Atelier"), lambda s: s.titre),
                Colonne(self.tr("Compte rendu"), lambda s: statut_recolte(s.statut_recolte)),
            ],
            self,
        )
        self.tableau, self.filtre = vue_tableau(self.modele, self.tr("Ateliers et comptes rendus"))
        self.tableau.selectionModel().selectionChanged.connect(self._sur_selection)
        self.apercu = QTextBrowser()
        self.apercu.setOpenExternalLinks(False)
        self.apercu.setAccessibleName(self.tr("Compte rendu de l'atelier choisi"))

        separateur = QSplitter()
        separateur.addWidget(self.tableau)
        separateur.addWidget(self.apercu)
        separateur.setStretchFactor(0, 2)
        separateur.setStretchFactor(1, 3)
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Récolte")))
        disposition.addWidget(separateur, 1)
        self.charger()

    def charger(self) -> None:
        ateliers = [s for s in self.session.lire(lectures.sujets) if s.place]
        self.modele.definir_lignes(ateliers)
        if ateliers and not self.tableau.selectionModel().hasSelection():
            self.tableau.selectRow(0)

    def _sur_selection(self, selection: QItemSelection, _ancienne: QItemSelection) -> None:
        indices = selection.indexes()
        sujet: SujetLu | None = indices[0].data(ROLE_OBJET) if indices else None
        if sujet is None:
            self.apercu.clear()
            return
        recolte: RecolteLue | None = self.session.lire(lectures.recolte, sujet.uuid)
        self.apercu.document().setMarkdown(self._markdown(sujet, recolte), _MARKDOWN_SANS_HTML)

    def _markdown(self, sujet: SujetLu, recolte: RecolteLue | None) -> str:
        # The person's Markdown is kept as typed; only our headings are added around it.
        entete = f"# {sujet.numero}. {_echapper(sujet.titre)}\n\n"
        if sujet.porteurs:
            entete += self.tr("Porteurs : %1").replace("%1", ", ".join(sujet.porteurs)) + "\n\n"
        if recolte is None or not any(
            (recolte.points_saillants, recolte.propositions, recolte.prochaines_etapes)
        ):
            return entete + self.tr("*Le compte rendu n'a pas encore été reçu.*")
        sections = [
            (self.tr("Points saillants"), recolte.points_saillants),
            (self.tr("Propositions et recommandations"), recolte.propositions),
            (self.tr("Prochaines étapes"), _en_liste(recolte.prochaines_etapes)),
            (self.tr("Questions ouvertes"), recolte.questions_ouvertes),
        ]
        if recolte.scribe:
            entete += self.tr("Scribe : %1").replace("%1", recolte.scribe) + "\n\n"
        corps = "".join(f"## {titre}\n\n{texte}\n\n" for titre, texte in sections if texte.strip())
        return entete + corps


def _echapper(texte: str) -> str:
    """Un titre tapé par quelqu'un reste du texte, pas de la mise en forme Markdown."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]<>()#+-.!|" else c for c in texte)


def _en_liste(lignes: str) -> str:
    """Les prochaines étapes s'écrivent une par ligne ; chaque ligne devient un point de liste."""
    return "\n".join(
        ligne if ligne.lstrip().startswith(("- ", "* ", "+ ")) else f"- {ligne.strip()}"
        for ligne in lignes.splitlines()
        if ligne.strip()
    )
