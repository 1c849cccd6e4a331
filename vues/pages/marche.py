"""Place du marché : la saisie rapide des sujets annoncés, et la file des sujets proposés."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import lectures
from app.changements import Genre
from app.lectures import SujetLu
from vues.commandes.sujets import Defusionner, ModifierSujet
from vues.modeles_qt.tableau import ROLE_OBJET, Colonne, ModeleTableau, cle_de_recherche
from vues.pages.agenda_gestes import fusionner
from vues.pages.base import Page, titre_de_page, vue_tableau
from vues.pages.marche_saisie import SaisieSujet
from vues.session import SessionForum

_DROITE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PageMarche(Page):
    genres = frozenset({Genre.SUJET, Genre.PARTICIPANT, Genre.SALLE, Genre.CRENEAU})

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._par_uuid: dict[object, SujetLu] = {}
        self._doublons: dict[str, list[int]] = {}
        self.saisie = SaisieSujet(session)

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
                Colonne(self.tr("Sur le mur"), self._etat),
                Colonne(self.tr("Remarque"), self._remarque),
            ],
            self,
        )
        self.tableau, self.filtre = vue_tableau(self.modele, self.tr("Sujets proposés"))
        self.tableau.setSelectionMode(self.tableau.SelectionMode.ExtendedSelection)
        self.tableau.doubleClicked.connect(self._renommer)
        self.recherche = QLineEdit()
        self.recherche.setPlaceholderText(self.tr("Chercher un sujet, un porteur, un thème…"))
        self.recherche.setClearButtonEnabled(True)
        self.recherche.setAccessibleName(self.tr("Chercher dans les sujets"))
        self.recherche.textChanged.connect(self.filtre.definir_motif)
        self.etat_filtre = QComboBox()
        self.etat_filtre.setAccessibleName(self.tr("Montrer"))
        predicats: list[tuple[str, Callable[[SujetLu], bool] | None]] = [
            (self.tr("Tous les sujets"), None),
            (self.tr("À placer"), lambda s: s.actif and not s.place),
            (self.tr("Placés"), lambda s: s.actif and s.place),
            (self.tr("Fusionnés"), lambda s: not s.actif or bool(s.fusionnes)),
        ]
        for texte, predicat in predicats:
            self.etat_filtre.addItem(texte, predicat)
        self.etat_filtre.currentIndexChanged.connect(
            lambda i: self.filtre.definir_predicat(self.etat_filtre.itemData(i))
        )

        self.action_fusionner = self._action(
            self.tr("Fusionner les sujets choisis"), "Ctrl+M", self._fusionner
        )
        self.action_defusionner = self._action(
            self.tr("Défusionner"), "Ctrl+Shift+M", self._defusionner
        )
        self.action_renommer = self._action(self.tr("Renommer…"), "F2", self._renommer)
        self.resume = QLabel()

        filtres = QHBoxLayout()
        filtres.addWidget(self.recherche, 1)
        filtres.addWidget(self.etat_filtre)
        disposition = QVBoxLayout(self)
        disposition.addWidget(titre_de_page(self.tr("Place du marché")))
        disposition.addWidget(self.saisie)
        disposition.addLayout(filtres)
        disposition.addWidget(self.tableau, 1)
        disposition.addWidget(self.resume)
        self.charger()

    def _action(self, texte: str, raccourci: str, geste: Callable[[], object]) -> QAction:
        action = QAction(texte, self)
        action.setShortcut(QKeySequence(raccourci))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda *_: geste())
        self.tableau.addAction(action)
        return action

    def charger(self) -> None:
        sujets: list[SujetLu] = self.session.lire(lectures.sujets)
        self._par_uuid = {s.uuid: s for s in sujets}
        titres: dict[str, list[int]] = {}
        for s in sujets:
            if s.actif:
                titres.setdefault(cle_de_recherche(" ".join(s.titre.split())), []).append(s.numero)
        self._doublons = {t: n for t, n in titres.items() if len(n) > 1}
        self.modele.definir_lignes(sujets)
        self.saisie.definir_participants(self.session.lire(lectures.participants))
        self.saisie.definir_equipements(
            sorted(
                {e for salle in self.session.lire(lectures.salles) for e in salle.equipements}
                | {"accessible"}
            )
        )
        actifs = [s for s in sujets if s.actif]
        etats = Counter(s.place for s in actifs)
        self.resume.setText(
            self.tr("%1 sujets proposés, %2 placés sur le mur, %3 à placer.")
            .replace("%1", str(len(actifs)))
            .replace("%2", str(etats[True]))
            .replace("%3", str(etats[False]))
        )

    def _etat(self, sujet: SujetLu) -> str:
        if not sujet.actif:
            cible = self._par_uuid.get(sujet.fusionne_dans)
            numero = str(cible.numero) if cible else "?"
            return self.tr("Fusionné dans le n° %1").replace("%1", numero)
        return self.tr("Placé") if sujet.place else self.tr("À placer")

    def _remarque(self, sujet: SujetLu) -> str:
        remarques = []
        if sujet.fusionnes:
            remarques.append(
                self.tr("Réunit les n° %1").replace("%1", ", ".join(map(str, sujet.fusionnes)))
            )
        autres = self._doublons.get(cle_de_recherche(" ".join(sujet.titre.split())), [])
        if sujet.actif and len(autres) > 1:
            memes = ", ".join(str(n) for n in autres if n != sujet.numero)
            remarques.append(self.tr("⚠ Même titre que le n° %1").replace("%1", memes))
        return " · ".join(remarques)

    def sujets_choisis(self) -> list[SujetLu]:
        return [i.data(ROLE_OBJET) for i in self.tableau.selectionModel().selectedRows()]

    def _fusionner(self) -> None:
        choisis = [s for s in self.sujets_choisis() if s.actif]
        if len(choisis) < 2:
            self.session.erreur.emit(
                self.tr("Choisissez au moins deux sujets à fusionner (Ctrl+clic dans la liste).")
            )
            return
        fusionner(self.session, choisis)

    def _defusionner(self) -> None:
        for sujet in self.sujets_choisis():
            if sujet.fusionnes:
                self.session.executer(Defusionner(self.session, sujet.uuid, sujet.titre))
                return

    def _renommer(self, index: QModelIndex | None = None) -> None:
        choisis = self.sujets_choisis()
        if not choisis:
            return
        sujet = choisis[0]
        titre, ok = QInputDialog.getText(
            self,
            self.tr("Renommer le sujet"),
            self.tr("Titre du n° %1 :").replace("%1", str(sujet.numero)),
            text=sujet.titre,
        )
        if ok and titre.strip() and titre.strip() != sujet.titre:
            self.session.executer(
                ModifierSujet(self.session, sujet.uuid, sujet.titre, {"titre": titre})
            )
