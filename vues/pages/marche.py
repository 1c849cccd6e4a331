"""Place du marché : les sujets proposés, dans l'ordre de leur annonce."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app import lectures
from app.changements import Genre
from app.lectures import SujetLu
from vues.libelles import oui_non
from vues.modeles_qt.tableau import Colonne, ModeleTableau
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.session import SessionForum

_DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PageMarche(Page):
    genres = frozenset({Genre.SUJET, Genre.PARTICIPANT, Genre.SALLE, Genre.CRENEAU})

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.modele = ModeleTableau(
            [
                Colonne(
                    self.tr("N°"),
                    lambda s: str(s.numero),
                    tri=lambda s: s.numero,
                    alignement=_DROITE,
                ),
                Colonne(
                    self.tr("Sujet"),
                    lambda s: s.titre,
                    infobulle=lambda s: f"{s.titre}\n\n{s.description}".strip(),
                ),
                Colonne(self.tr("Porteurs"), lambda s: ", ".join(s.porteurs)),
                Colonne(self.tr("Thème"), lambda s: s.theme),
                Colonne(
                    self.tr("Intérêt"),
                    lambda s: "" if s.interet_estime is None else str(s.interet_estime),
                    tri=lambda s: s.interet_estime or 0,
                    alignement=_DROITE,
                ),
                Colonne(self.tr("Placé"), lambda s: oui_non(s.place)),
            ],
            self,
        )
        self.tableau, self.filtre = vue_tableau(self.modele, self.tr("Sujets proposés"))
        self.recherche = QLineEdit()
        self.recherche.setPlaceholderText(self.tr("Chercher un sujet, un porteur, un thème…"))
        self.recherche.setClearButtonEnabled(True)
        self.recherche.setAccessibleName(self.tr("Chercher dans les sujets"))
        self.recherche.textChanged.connect(self.filtre.setFilterFixedString)
        self.resume = QLabel()

        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Place du marché")))
        disposition.addWidget(self.recherche)
        disposition.addWidget(self.tableau, 1)
        disposition.addWidget(self.resume)
        self.charger()

    def charger(self) -> None:
        sujets: list[SujetLu] = self.session.lire(lectures.sujets)
        self.modele.definir_lignes(sujets)
        places = sum(1 for s in sujets if s.place)
        self.resume.setText(
            self.tr("%1 sujets proposés, %2 placés sur le mur.")
            .replace("%1", str(len(sujets)))
            .replace("%2", str(places))
        )
