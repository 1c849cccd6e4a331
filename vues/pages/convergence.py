"""Convergence : qui est venu, par type d'acteur et par niveau d'action (la lentille écosystème)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app import lectures
from app.changements import Genre
from vues.modeles_qt.tableau import Colonne, ModeleTableau
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.session import SessionForum

_DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PageConvergence(Page):
    genres = frozenset({Genre.PARTICIPANT})
    _ATTRIBUTS = ("type_acteur", "niveau_action", "territoire")

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        grille = QGridLayout()
        self.modeles: dict[str, ModeleTableau] = {}
        titres = (self.tr("Type d'acteur"), self.tr("Niveau d'action"), self.tr("Territoire"))
        for colonne, (attribut, titre) in enumerate(zip(self._ATTRIBUTS, titres, strict=True)):
            modele = ModeleTableau(
                [
                    Colonne(titre, lambda ligne: ligne[0] or self.tr("(non précisé)")),
                    Colonne(
                        self.tr("Personnes"),
                        lambda ligne: str(ligne[1]),
                        tri=lambda ligne: ligne[1],
                        alignement=_DROITE,
                    ),
                ],
                self,
            )
            vue, _ = vue_tableau(modele, titre, extensible=0)
            vue.sortByColumn(1, Qt.SortOrder.DescendingOrder)
            self.modeles[attribut] = modele
            grille.addWidget(vue, 0, colonne)
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Convergence")))
        disposition.addWidget(
            QLabel(
                self.tr(
                    "<b>Qui est venu</b> : les participantes et "
                    "participants selon la lentille écosystème."
                )
            )
        )
        disposition.addLayout(grille, 1)
        self.charger()

    def charger(self) -> None:
        for attribut, modele in self.modeles.items():
            modele.definir_lignes(self.session.lire(lectures.repartition, attribut))
