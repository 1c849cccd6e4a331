"""Le formulaire de récolte d'un atelier : on y écrit, il s'enregistre tout seul.

Autosave: half a second after typing stops (a single-shot timer restarted on each change), and
at the latest 0.9 s after the first unsaved change even if typing goes on, so that a crash
loses at most the last second; also when the focus leaves a field, when the form is hidden,
when another session is chosen, and on `enregistrer_maintenant()`. Nothing ever asks to save.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.lectures import ParticipantLu
from app.operations import recoltes
from app.operations.recoltes import (
    CHAMPS_TEXTE,
    ChampFormulaire,
    ContenuRecolte,
    Enregistrement,
    FicheRecolte,
    VersionPerimee,
)
from modeles.erreurs import ErreurForum
from modeles.valeurs import StatutRecolte
from vues.commandes.recoltes import MarquerStatut, ModifierChampsRecolte
from vues.contraste import style_erreur
from vues.dialogues.champs_recolte import DialogueChampsRecolte, libelle
from vues.formats import date_courte, date_longue, heure
from vues.libelles import statut_recolte, symbole_statut
from vues.pages.recolte_historique import (
    MARKDOWN,
    PanneauHistorique,
    heure_locale,
    markdown_recolte,
)
from vues.pages.recolte_saisie import ZoneSaisie
from vues.session import SessionForum

DELAI_MS = 500
PLAFOND_MS = 900
STYLE_STATUT = {
    StatutRecolte.A_RECEVOIR: "background: #eceff1; color: #37474f;",
    StatutRecolte.EN_SAISIE: "background: #fff3c4; color: #6d4c00;",
    StatutRecolte.A_RELIRE: "background: #dbe9ff; color: #0d47a1;",
    StatutRecolte.PRETE: "background: #d8f0dc; color: #1b5e20;",
}


class FormulaireRecolte(QWidget):
    enregistre = Signal(object)  # Enregistrement, after each save that wrote something

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sujet: UUID | None = None
        self.fiche: FicheRecolte | None = None
        self._dernier = ContenuRecolte()
        self._version = 0
        self._versions = 0
        self._statut = StatutRecolte.A_RECEVOIR
        # True while this form announces its own save: the page then does not reload it.
        self.signale_lui_meme = False
        self._champs = {c.cle: c for c in recoltes.champs_formulaire(session.document)}
        self._minuteur = self._temporisateur(DELAI_MS)
        self._plafond = self._temporisateur(PLAFOND_MS)
        self._construire()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._sur_focus)
        self.appliquer_champs()
        self.charger(None)

    def _temporisateur(self, delai: int) -> QTimer:
        minuteur = QTimer(self)
        minuteur.setSingleShot(True)
        minuteur.setInterval(delai)
        minuteur.timeout.connect(self.enregistrer_maintenant)
        return minuteur

    # --- construction -------------------------------------------------------------------------

    def _construire(self) -> None:
        self.titre = QLabel()
        self.titre.setWordWrap(True)
        police = self.titre.font()
        police.setPointSizeF(police.pointSizeF() * 1.3)
        police.setBold(True)
        self.titre.setFont(police)
        self.statut = QLabel()
        self.statut.setAccessibleName(self.tr("État du compte rendu"))
        self.infos = QLabel()
        self.infos.setWordWrap(True)
        self.infos.setStyleSheet("color: palette(placeholder-text);")
        self.bouton_prete = QPushButton(self.tr("✓ Marquer prête"))
        self.bouton_prete.setToolTip(self.tr("Le compte rendu est relu : il peut aller aux actes."))
        self.bouton_prete.clicked.connect(lambda: self.marquer(StatutRecolte.PRETE))
        self.bouton_relire = QPushButton(self.tr("Marquer à relire"))
        self.bouton_relire.clicked.connect(lambda: self.marquer(StatutRecolte.A_RELIRE))
        self.bouton_champs = QPushButton(self.tr("Champs du formulaire…"))
        self.bouton_champs.setFlat(True)
        self.bouton_champs.clicked.connect(self.ouvrir_champs)
        self.etat = QLabel()
        self.etat.setAccessibleName(self.tr("Enregistrement"))
        self.etat.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message du formulaire"))

        ligne_titre = QHBoxLayout()
        ligne_titre.addWidget(self.titre, 1)
        ligne_titre.addWidget(self.statut, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        actions.addWidget(self.bouton_prete)
        actions.addWidget(self.bouton_relire)
        actions.addSpacing(12)
        actions.addWidget(self.etat, 1)
        actions.addWidget(self.bouton_champs)

        self.saisie = ZoneSaisie(self.session, self._resoudre_nom)
        self.saisie.modifie.connect(self._modifie)
        self.saisie.message.connect(self.dire)
        self.onglets = QTabWidget()
        self.onglets.tabBar().setAccessibleName(self.tr("Saisie, aperçu ou historique"))
        self.onglets.addTab(self.saisie, self.tr("Saisie"))
        self.apercu = QTextBrowser()
        self.apercu.setOpenExternalLinks(True)
        self.apercu.setAccessibleName(self.tr("Aperçu du compte rendu"))
        self.onglets.addTab(self.apercu, self.tr("Aperçu"))
        self.historique = PanneauHistorique(self._markdown_de)
        self.historique.restaurer.connect(self.restaurer)
        self.onglets.addTab(self.historique, self.tr("Historique"))
        self.onglets.currentChanged.connect(lambda _i: self._rafraichir_onglet())

        disposition = QVBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.addLayout(ligne_titre)
        disposition.addWidget(self.infos)
        disposition.addLayout(actions)
        disposition.addWidget(self.message)
        disposition.addWidget(self.onglets, 1)

        self.setAcceptDrops(True)
        self.saisie.depot.surveiller(self)

    def appliquer_champs(self, champs: tuple[ChampFormulaire, ...] | None = None) -> None:
        """Montre, cache ou renomme les champs selon les réglages du forum."""
        if champs is None:
            champs = recoltes.champs_formulaire(self.session.document)
        self._champs = {c.cle: c for c in champs}
        self.saisie.appliquer_champs(self._champs)
        self._rendre_apercu(chargement=True)

    # --- charger ------------------------------------------------------------------------------

    def definir_participants(self, participants: list[ParticipantLu]) -> None:
        self.saisie.definir_participants(
            participants, recoltes.mots_cles_connus(self.session.document)
        )

    def charger(self, sujet: UUID | None) -> None:
        """Affiche le compte rendu d'un atelier (après avoir enregistré celui qu'on quitte)."""
        self.enregistrer_maintenant()
        self.sujet = sujet
        self.message.clear()
        if sujet is None:
            self.fiche = None
            self.setEnabled(False)
            self.titre.setText(self.tr("Choisissez un atelier dans la liste."))
            for widget in (self.infos, self.statut, self.etat):
                widget.clear()
            self.saisie.photos.definir(None, ())
            return
        self.setEnabled(True)
        self._appliquer(recoltes.lire_recolte(self.session.document, sujet), textes=True)
        self.saisie.verticalScrollBar().setValue(0)

    def rafraichir(self) -> None:
        """Relit l'atelier après une modification venue d'ailleurs (statut, photos, restauration).

        The texts are replaced only if another save changed them and nothing is being typed.
        """
        if self.sujet is None:
            return
        try:
            fiche = recoltes.lire_recolte(self.session.document, self.sujet)
        except ErreurForum as exc:
            self.dire(exc.message, True)
            return
        en_cours = self.saisie.contenu(self._dernier)[0] != self._dernier
        self._appliquer(fiche, textes=fiche.version != self._version and not en_cours)

    def _appliquer(self, fiche: FicheRecolte, textes: bool) -> None:
        self.fiche = fiche
        self._version, self._statut = fiche.version, fiche.statut
        numero = self.tr("N° %1").replace("%1", str(fiche.numero))
        self.titre.setText(f"{numero} · {fiche.titre}")
        self.infos.setText(self._infos(fiche))
        self._montrer_statut()
        self.saisie.photos.definir(fiche.sujet, fiche.photos)
        self._versions = fiche.nombre_versions
        self._montrer_nombre_versions()
        if textes:
            self.saisie.remplir(fiche)
            self._dernier = self.saisie.contenu(self._dernier)[0]
        if fiche.modifie_le is None:
            self.etat.setText(
                self.tr("Rien n'est encore enregistré : écrivez, tout s'enregistre tout seul.")
            )
        else:
            self.etat.setText(self._texte_enregistre(fiche.modifie_le))
        self._rendre_apercu(chargement=True)
        self._rafraichir_onglet(apercu=False)

    def _infos(self, fiche: FicheRecolte) -> str:
        morceaux = []
        if fiche.salle:
            morceaux.append(fiche.salle)
        if fiche.jour is not None and fiche.debut is not None and fiche.fin is not None:
            moment = f"{date_longue(fiche.jour)}, {heure(fiche.debut)} – {heure(fiche.fin)}"
            if fiche.libelle_creneau:
                moment += f" ({fiche.libelle_creneau})"
            if fiche.duree > 1:
                moment += self.tr(", sur %n créneaux", "", fiche.duree)
            morceaux.append(moment)
        if fiche.porteurs:
            porteurs = (
                self.tr("Porteur : %1") if len(fiche.porteurs) == 1 else self.tr("Porteurs : %1")
            )
            morceaux.append(porteurs.replace("%1", ", ".join(fiche.porteurs)))
        return " · ".join(morceaux)

    def _montrer_statut(self) -> None:
        self.statut.setText(f"{symbole_statut(self._statut)} {statut_recolte(self._statut)}")
        self.statut.setStyleSheet(
            STYLE_STATUT[self._statut] + "border-radius: 4px; padding: 3px 8px; font-weight: bold;"
        )
        existe = self._version > 0 or (self.fiche is not None and self.fiche.existe)
        self.bouton_prete.setEnabled(existe and self._statut is not StatutRecolte.PRETE)
        self.bouton_relire.setEnabled(existe and self._statut is not StatutRecolte.A_RELIRE)

    # --- enregistrer --------------------------------------------------------------------------

    def _modifie(self) -> None:
        if self.sujet is None:
            return
        self._minuteur.start()
        if not self._plafond.isActive():
            self._plafond.start()

    @property
    def en_attente(self) -> bool:
        """Des modifications attendent leur enregistrement (le minuteur tourne)."""
        return self._minuteur.isActive() or self._plafond.isActive()

    def enregistrer_maintenant(self) -> bool:
        """Enregistre ce qui a changé, tout de suite ; vrai si tout est enregistré."""
        self._minuteur.stop()
        self._plafond.stop()
        if self.sujet is None:
            return True
        self.saisie.valider_scribe()
        self._minuteur.stop()
        self._plafond.stop()
        contenu, trop_longs = self.saisie.contenu(self._dernier)
        if trop_longs:
            noms = ", ".join(f"« {libelle(self._champs[c])} »" for c in trop_longs)
            self.dire(
                self.tr(
                    "%1 dépasse 1 Mo de texte : ce champ n'est plus enregistré tant qu'il n'est "
                    "pas raccourci (rien n'a été effacé du formulaire)."
                ).replace("%1", noms),
                True,
            )
        if contenu == self._dernier:
            return not trop_longs
        document, sujet = self.session.document, self.sujet
        auteur = self.saisie.scribe.currentText()
        try:
            try:
                resultat = recoltes.enregistrer(
                    document, sujet, contenu, auteur=auteur, version_attendue=self._version
                )
            except VersionPerimee as exc:
                # Someone saved elsewhere: theirs is in the history, ours becomes the newest.
                resultat = recoltes.enregistrer(document, sujet, contenu, auteur=auteur)
                self.dire(exc.message, False)
        except ErreurForum as exc:
            self.dire(exc.message, True)
            return False
        self._dernier = contenu
        self._apres_enregistrement(resultat)
        return not trop_longs

    def _apres_enregistrement(self, resultat: Enregistrement) -> None:
        self._version, self._statut = resultat.version, resultat.statut
        if resultat.modifie_le is not None:
            self.etat.setText(self._texte_enregistre(resultat.modifie_le))
        self._montrer_statut()
        if resultat.ecrit:
            # A report found without history gets its found state as a first version too.
            self._versions += 2 if self._versions == 0 and self._version > 1 else 1
            self._montrer_nombre_versions()
        if resultat.changements.entites:
            self.signale_lui_meme = True
            try:
                self.session.signaler(resultat.changements)
            finally:
                self.signale_lui_meme = False
        self._rafraichir_onglet()
        self.enregistre.emit(resultat)

    def _texte_enregistre(self, moment: dt.datetime) -> str:
        local = heure_locale(moment)
        if local.date() == dt.datetime.now().astimezone().date():
            return self.tr("✓ Enregistré à %1").replace("%1", heure(local.time()))
        return (
            self.tr("✓ Enregistré le %1 à %2")
            .replace("%1", date_courte(local.date()))
            .replace("%2", heure(local.time()))
        )

    def _montrer_nombre_versions(self) -> None:
        self.onglets.setTabText(2, self.tr("Historique (%1)").replace("%1", str(self._versions)))

    def _sur_focus(self, ancien: QWidget | None, _nouveau: QWidget | None) -> None:
        # Hidden, the form has already saved (hideEvent); it may even be half destroyed.
        if not self.isVisible():
            return
        if ancien is not None and self.en_attente and self.isAncestorOf(ancien):
            self.enregistrer_maintenant()

    def hideEvent(self, evenement: QHideEvent) -> None:
        self.enregistrer_maintenant()
        super().hideEvent(evenement)

    # --- personnes ----------------------------------------------------------------------------

    def _resoudre_nom(self, nom: str) -> UUID | None:
        """La personne de ce nom, créée au besoin (et annoncée aux autres pages)."""
        try:
            changements, uuid = recoltes.participant_pour_nom(self.session.document, nom)
        except ErreurForum as exc:
            self.dire(exc.message, True)
            return None
        if changements.entites:
            self.session.signaler(changements)
            self.dire(
                self.tr("« %1 » ajoutée aux participants du forum.").replace("%1", nom), False
            )
        return uuid

    # --- gestes -------------------------------------------------------------------------------

    def marquer(self, statut: StatutRecolte) -> None:
        if self.sujet is None or self.fiche is None:
            return
        self.enregistrer_maintenant()
        self.session.executer(
            MarquerStatut(self.session, self.sujet, self.fiche.titre, statut, self._statut)
        )

    def restaurer(self, version: UUID) -> None:
        if self.sujet is None:
            return
        self.enregistrer_maintenant()
        try:
            resultat = recoltes.restaurer_version(
                self.session.document,
                self.sujet,
                version,
                auteur=self.saisie.scribe.currentText(),
            )
        except ErreurForum as exc:
            self.dire(exc.message, True)
            return
        self._appliquer(recoltes.lire_recolte(self.session.document, self.sujet), textes=True)
        self._apres_enregistrement(resultat)
        self.dire(self.tr("Version restaurée ; l'état d'avant reste dans l'historique."), False)

    def ouvrir_champs(self) -> None:
        avant = tuple(self._champs[c] for c in recoltes.CLES_CHAMPS)
        dialogue = DialogueChampsRecolte(avant, self)
        self.dialogue_champs = dialogue

        def accepter() -> None:
            if dialogue.a_change():
                self.session.executer(ModifierChampsRecolte(self.session, avant, dialogue.champs()))

        dialogue.accepted.connect(accepter)
        dialogue.open()

    def dire(self, texte: str, erreur: bool = False) -> None:
        self.message.setStyleSheet(
            style_erreur() if erreur else "color: palette(placeholder-text);"
        )
        self.message.setText(texte)

    # --- aperçu et historique -----------------------------------------------------------------

    def _markdown_de(self, contenu: ContenuRecolte) -> str:
        if self.fiche is None:
            return ""
        noms = {p.uuid: p.nom for p in self.fiche.presents} | self.saisie.presents.noms()
        return markdown_recolte(
            self.fiche,
            contenu,
            {c.cle: libelle(c) for c in self._champs.values() if c.actif},
            scribe=self.saisie.scribe.currentText(),
            noms=noms,
            vide=self.tr("*Rien n'a encore été écrit pour cet atelier.*"),
        )

    def _rendre_apercu(self, chargement: bool = False) -> None:
        """Le rendu suit la frappe quand l'aperçu est à l'écran ; sinon, au chargement seulement
        (et pas pour un compte rendu très long, rendu quand on le regarde)."""
        if self.fiche is None:
            self.apercu.clear()
            return
        visible = self.onglets.currentWidget() is self.apercu
        contenu = self.saisie.contenu(self._dernier)[0]
        court = sum(len(getattr(contenu, c)) for c in CHAMPS_TEXTE) < 200_000
        if visible or (chargement and court):
            self.apercu.document().setMarkdown(self._markdown_de(contenu), MARKDOWN)

    def _rafraichir_onglet(self, apercu: bool = True) -> None:
        courant = self.onglets.currentWidget()
        if courant is self.apercu and apercu:
            self._rendre_apercu()
        elif courant is self.historique and self.sujet is not None:
            self.historique.definir(recoltes.historique(self.session.document, self.sujet))
