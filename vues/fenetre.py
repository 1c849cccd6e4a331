"""La fenêtre principale : menus, navigation entre les moments du forum, un forum à la fois."""

from __future__ import annotations

import contextlib
import functools
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QScreen, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import NOM_APPLICATION, __version__, chemins, demarrage, lectures, sauvegardes, serveur
from app.changements import Changements, Genre
from app.document import DocumentForum
from modeles.erreurs import ErreurForum, FichierInvalide
from vues.accueil import PageAccueil
from vues.sauvegardes_auto import SauvegardesAutomatiques, nombre_a_garder
from vues.session import SessionForum

T = TypeVar("T")

MAX_RECENTS = 8
FILTRE_FORUM = "Forum ouvert (*.forum)"


class FenetrePrincipale(QMainWindow):
    def __init__(self, reglages: QSettings) -> None:
        super().__init__()
        self.reglages = reglages
        self.session: SessionForum | None = None
        self.groupe_annulation = QUndoGroup(self)
        self._pages: dict[int, QWidget] = {}
        # (title, module, class): a page's module is imported on its first visit only.
        self._fabriques: list[tuple[str, str, str]] = [
            (self.tr("Préparation"), "preparation", "PagePreparation"),
            (self.tr("Participants"), "participants", "PageParticipants"),
            (self.tr("Place du marché"), "marche", "PageMarche"),
            (self.tr("Agenda"), "agenda", "PageAgenda"),
            (self.tr("Récolte"), "recolte", "PageRecolte"),
            (self.tr("Salle de presse"), "salle_de_presse", "PageSalleDePresse"),
            (self.tr("Actes"), "actes", "PageActes"),
            (self.tr("Convergence"), "convergence", "PageConvergence"),
        ]
        self.dialogue: QMessageBox | None = None
        self.projecteur: QWidget | None = None

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.addItems([nom for nom, _, _ in self._fabriques])
        self.navigation.setFixedWidth(190)
        police = self.navigation.font()
        police.setPointSizeF(police.pointSizeF() * 1.2)
        self.navigation.setFont(police)
        self.navigation.setSpacing(3)
        self.navigation.currentRowChanged.connect(self._afficher_page)
        self.pile_pages = QStackedWidget()
        self.accueil = PageAccueil()
        self.accueil.nouveau.connect(self.nouveau_forum)
        self.accueil.ouvrir.connect(self.ouvrir_dialogue)
        self.accueil.demo.connect(lambda: self.ouvrir_fichier(demarrage.forum_demo()))
        self.pile_pages.addWidget(self.accueil)

        centre = QWidget()
        disposition = QHBoxLayout(centre)
        disposition.addWidget(self.navigation)
        disposition.addWidget(self.pile_pages, 1)
        self.setCentralWidget(centre)

        self.etat_enregistrement = QLabel()
        self.statusBar().addPermanentWidget(self.etat_enregistrement)
        self._creer_menus()
        self._creer_menu_pages()
        self._montrer_forum(None)
        geometrie = self.reglages.value("fenetre/geometrie")
        if geometrie is None or not self.restoreGeometry(geometrie):
            self.resize(1280, 800)

    # --- menus -----------------------------------------------------------------------------

    def _action(
        self,
        texte: str,
        declencheur: Callable[[], object],
        raccourci: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(texte, self)
        action.triggered.connect(lambda *_: declencheur())
        if raccourci is not None:
            action.setShortcut(raccourci)
        return action

    def _creer_menus(self) -> None:
        fichier = self.menuBar().addMenu(self.tr("&Fichier"))
        cles = QKeySequence.StandardKey
        fichier.addAction(self._action(self.tr("&Nouveau forum…"), self.nouveau_forum, cles.New))
        fichier.addAction(self._action(self.tr("&Ouvrir…"), self.ouvrir_dialogue, cles.Open))
        fichier.addAction(
            self._action(self.tr("Ouvrir une base &partagée…"), lambda: self.ouvrir_serveur())
        )
        self.menu_recents = QMenu(self.tr("Ouvrir un fichier &récent"), self)
        self.menu_recents.aboutToShow.connect(self._remplir_recents)
        fichier.addMenu(self.menu_recents)
        fichier.addSeparator()
        self.action_importer_participants = self._action(
            self.tr("Importer des participants (CSV)…"), self.importer_participants
        )
        self.action_exporter_participants = self._action(
            self.tr("Exporter les participants (CSV)…"), self.exporter_participants
        )
        fichier.addAction(self.action_importer_participants)
        fichier.addAction(self.action_exporter_participants)
        fichier.addSeparator()
        self.action_copie = self._action(
            self.tr("Enregistrer une &copie…"), self.enregistrer_copie, cles.SaveAs
        )
        self.action_fermer = self._action(
            self.tr("&Fermer le forum"), self.fermer_forum, cles.Close
        )
        self.action_restaurer = self._action(
            self.tr("Restaurer une &sauvegarde…"), self.restaurer_sauvegarde
        )
        self.action_fusionner = self._action(
            self.tr("F&usionner d'autres fichiers…"), self.fusionner_fichiers
        )
        fichier.addAction(self.action_copie)
        fichier.addAction(self.action_fusionner)
        fichier.addAction(self.action_restaurer)
        fichier.addAction(self.action_fermer)
        fichier.addSeparator()
        fichier.addAction(self._action(self.tr("&Quitter"), self.close, cles.Quit))

        edition = self.menuBar().addMenu(self.tr("&Édition"))
        self.action_annuler = self.groupe_annulation.createUndoAction(self, self.tr("Annuler"))
        self.action_annuler.setShortcut(cles.Undo)
        self.action_retablir = self.groupe_annulation.createRedoAction(self, self.tr("Rétablir"))
        self.action_retablir.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edition.addAction(self.action_annuler)
        edition.addAction(self.action_retablir)
        edition.addSeparator()
        self.action_preferences = self._action(
            self.tr("&Préférences…"), self.ouvrir_preferences, cles.Preferences
        )
        edition.addAction(self.action_preferences)

        affichage = self.menuBar().addMenu(self.tr("&Affichage"))
        self.action_projeter = self._action(
            self.tr("&Projeter l'agenda"), self.projeter, QKeySequence("F5")
        )
        affichage.addAction(self.action_projeter)
        self.menu_ecrans = QMenu(self.tr("Projeter sur l'é&cran"), self)
        self.menu_ecrans.aboutToShow.connect(self._remplir_ecrans)
        affichage.addMenu(self.menu_ecrans)

        aide = self.menuBar().addMenu(self.tr("&Aide"))
        aide.addAction(self._action(self.tr("À &propos de Forum ouvert"), self.a_propos))

    def ouvrir_preferences(self) -> None:
        from vues.dialogues.preferences import DialoguePreferences

        self.dialogue_preferences = DialoguePreferences(self.reglages, self)
        self.dialogue_preferences.open()

    def _remplir_ecrans(self) -> None:
        self.menu_ecrans.clear()
        for rang, ecran in enumerate(QGuiApplication.screens(), start=1):
            taille = ecran.size()
            texte = (
                self.tr("Écran %1 : %2 (%3 × %4)")
                .replace("%1", str(rang))
                .replace("%2", ecran.name())
                .replace("%3", str(taille.width()))
                .replace("%4", str(taille.height()))
            )
            action = self.menu_ecrans.addAction(texte)
            action.triggered.connect(lambda *_, e=ecran: self.projeter(e))

    def projeter(self, ecran: QScreen | None = None) -> None:
        """L'agenda en plein écran, par défaut sur l'écran qui n'est pas celui de la fenêtre."""
        if self.session is None:
            return
        from vues.projecteur import FenetreProjecteur

        if ecran is None:
            autres = [e for e in QGuiApplication.screens() if e is not self.screen()]
            ecran = autres[0] if autres else self.screen()
        self._fermer_projecteur()
        self.projecteur = FenetreProjecteur(self.session, ecran)
        self.projecteur.afficher()

    def _fermer_projecteur(self) -> None:
        if self.projecteur is not None:
            self.projecteur.close()
            self.projecteur.deleteLater()
            self.projecteur = None

    def _creer_menu_pages(self) -> None:
        """« Aller à » : chaque page au clavier, Ctrl+1 à Ctrl+8, dans l'ordre de la navigation."""
        menu = QMenu(self.tr("&Aller à"), self)
        # Before « Aide », which stays last.
        self.menuBar().insertMenu(self.menuBar().actions()[-1], menu)
        for rangee, (nom, _, _) in enumerate(self._fabriques):
            action = self._action(
                nom,
                functools.partial(self.aller_au_clavier, rangee),
                QKeySequence(f"Ctrl+{rangee + 1}"),
            )
            menu.addAction(action)
        self.menu_pages = menu

    def aller_au_clavier(self, rangee: int) -> None:
        """Montre la page et met le focus sur son premier contrôle, pour continuer au clavier."""
        self.navigation.setCurrentRow(rangee)
        page = self._pages.get(rangee)
        if page is None:
            return
        # A completion list still open from the page left behind would keep the focus.
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        if not self.isActiveWindow():
            self.activateWindow()
        suivant = page.nextInFocusChain()
        while suivant is not page and suivant is not None:
            if (
                page.isAncestorOf(suivant)
                and suivant.focusPolicy() & Qt.FocusPolicy.TabFocus
                and suivant.isVisible()
                and suivant.isEnabled()
            ):
                suivant.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            suivant = suivant.nextInFocusChain()

    def _remplir_recents(self) -> None:
        self.menu_recents.clear()
        recents = self.fichiers_recents()
        for chemin in recents:
            action = self.menu_recents.addAction(chemin)
            action.triggered.connect(lambda *_, c=chemin: self.ouvrir_fichier(Path(c)))
        from vues.dialogues.connexion import serveurs_recents

        # Shared databases, without their password: choosing one asks for it.
        for adresse in serveurs_recents(self.reglages):
            action = self.menu_recents.addAction(adresse)
            action.triggered.connect(lambda *_, a=adresse: self.ouvrir_serveur(a))
        if self.menu_recents.isEmpty():
            self.menu_recents.addAction(self.tr("(aucun)")).setEnabled(False)

    def fichiers_recents(self) -> list[str]:
        valeur = self.reglages.value("fichiers/recents", [])
        # QSettings gives back a lone string for a one-element list in INI files.
        liste = [valeur] if isinstance(valeur, str) else list(valeur or [])  # type: ignore[call-overload]
        return [c for c in liste if Path(c).exists()]

    def _noter_recent(self, chemin: Path) -> None:
        recents = [str(chemin)] + [c for c in self.fichiers_recents() if c != str(chemin)]
        self.reglages.setValue("fichiers/recents", recents[:MAX_RECENTS])

    # --- ouvrir, créer, copier, fermer ------------------------------------------------------

    def alerter(self, message: str) -> None:
        """Un message d'erreur en boîte de dialogue, sans bloquer (les tests le lisent)."""
        self.dialogue = QMessageBox(
            QMessageBox.Icon.Warning, NOM_APPLICATION, message, QMessageBox.StandardButton.Ok, self
        )
        self.dialogue.open()

    def ouvrir_au_demarrage(self, chemin: Path | None) -> None:
        if chemin is not None:
            self._essayer(lambda: demarrage.ouvrir_ou_creer(chemin))
            return
        recents = self.fichiers_recents()
        if recents and self._essayer(lambda: DocumentForum.ouvrir(recents[0])):
            return
        self._essayer(lambda: DocumentForum.ouvrir(demarrage.forum_demo()))

    def _essayer(self, ouverture: Callable[[], DocumentForum]) -> bool:
        try:
            document = ouverture()
        except FichierInvalide as exc:
            from vues.dialogues.fichier_abime import DialogueFichierAbime, choix_possibles

            if not any(choix_possibles(exc)):
                self.alerter(exc.message)
                return False
            # The data may still be readable: offer read-only viewing or recovery.
            self.dialogue = DialogueFichierAbime(exc, self._essayer, self)
            self.dialogue.open()
            return False
        except ErreurForum as exc:
            self.alerter(exc.message)
            return False
        except OSError as exc:
            self.alerter(self.tr("Impossible d'accéder au fichier : %1").replace("%1", str(exc)))
            return False
        self._remplacer_session(SessionForum(document, self))
        return True

    def ouvrir_fichier(self, chemin: Path) -> bool:
        return self._essayer(lambda: DocumentForum.ouvrir(chemin))

    def ouvrir_serveur(self, adresse: str | None = None) -> None:
        """« Ouvrir une base partagée… » : se connecter ; une base vide reçoit un forum."""
        from vues.dialogues.connexion import DialogueConnexion, noter_serveur_recent

        dialogue = DialogueConnexion(self.reglages, self, adresse=adresse)
        self.dialogue_connexion = dialogue

        def ouvrir() -> None:
            url = dialogue.adresse()
            if self._essayer(lambda: demarrage.ouvrir_ou_creer(url)):
                noter_serveur_recent(self.reglages, url)

        dialogue.accepted.connect(ouvrir)
        dialogue.open()

    def ouvrir_dialogue(self) -> None:
        chemin, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ouvrir un forum"), str(self._dossier_courant()), FILTRE_FORUM
        )
        if chemin:
            self.ouvrir_fichier(Path(chemin))

    def nouveau_forum(self) -> None:
        chemin, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nouveau forum"),
            str(self._dossier_courant() / "mon-forum.forum"),
            FILTRE_FORUM,
        )
        if chemin:
            cible = Path(chemin).with_suffix(".forum")
            self._essayer(lambda: DocumentForum.creer(cible, titre=cible.stem))

    def enregistrer_copie(self) -> None:
        if self.session is None:
            return
        courant = self.session.document.chemin
        propose = self._dossier_courant() / f"{courant.stem if courant else 'forum'}-copie.forum"
        chemin, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer une copie"),
            str(propose),
            FILTRE_FORUM,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chemin:
            return
        try:
            copie = self.session.document.enregistrer_copie(Path(chemin).with_suffix(".forum"))
        except ErreurForum as exc:
            self.alerter(exc.message)
            return
        self.statusBar().showMessage(
            self.tr("Copie enregistrée : %1").replace("%1", str(copie)), 8000
        )

    def importer_participants(self, chemin: Path | None = None) -> None:
        """Un CSV d'inscriptions : les colonnes à faire correspondre, un aperçu, puis l'import."""
        if self.session is None:
            return
        if chemin is None:
            choisi, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Importer des participants"),
                str(self._dossier_courant()),
                self.tr("Fichiers CSV (*.csv *.txt)"),
            )
            if not choisi:
                return
            chemin = Path(choisi)
        from vues.dialogues.import_participants import DialogueImportParticipants

        try:
            self.dialogue_import = DialogueImportParticipants(self.session, chemin, self)
        except ErreurForum as exc:
            self.alerter(exc.message)
            return
        self.dialogue_import.open()

    def exporter_participants(self) -> None:
        if self.session is None:
            return
        chemin, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les participants"),
            str(self._dossier_courant() / "participants.csv"),
            self.tr("Fichier CSV (*.csv)"),
        )
        if not chemin:
            return
        from app.participants_csv import exporter_participants_csv

        try:
            # Contact details only of the people who agreed to share them.
            exporter_participants_csv(self.session.document, Path(chemin), avec_coordonnees=True)
        except (ErreurForum, OSError) as exc:
            self.alerter(getattr(exc, "message", str(exc)))
            return
        self.statusBar().showMessage(
            self.tr("Participants exportés : %1").replace("%1", chemin), 8000
        )

    def _sauvegarde_echouee(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("⚠ Sauvegarde automatique : %1").replace("%1", message)
        )

    def restaurer_sauvegarde(self) -> None:
        """Remettre le forum ouvert (fichier ou serveur) dans l'état d'une de ses sauvegardes."""
        if self.session is None:
            return
        from vues.dialogues.sauvegardes import DialogueSauvegardes

        # A server's full address (with its password): handed to app/ only, never shown.
        forum = serveur.source(self.session.document)
        self.dialogue_sauvegardes = DialogueSauvegardes(forum, self.reglages, self)
        self.dialogue_sauvegardes.accepted.connect(
            lambda: self._restaurer(forum, self.dialogue_sauvegardes.choisie)
        )
        self.dialogue_sauvegardes.open()

    def _restaurer(self, forum: Path | str, sauvegarde: Path | None) -> None:
        if sauvegarde is None:
            return
        self._hors_session(
            forum,
            lambda: sauvegardes.restaurer(forum, sauvegarde, garder=nombre_a_garder(self.reglages)),
            lambda _: self.tr(
                "Forum restauré ; son état précédent est gardé parmi les sauvegardes."
            ),
            duree_ms=10_000,
        )

    def _hors_session(
        self,
        forum: Path | str,
        operation: Callable[[], T],
        message: Callable[[T], str],
        duree_ms: int = 15_000,
    ) -> None:
        """Ferme le forum, y fait `operation` (restaurer, fusionner), puis le rouvre.

        The forum must be closed while its file or database content is replaced. An error is
        shown, and the forum reopened as it is; the status bar says what was done.
        """
        self._remplacer_session(None)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        texte: str | None = None
        try:
            texte = message(operation())
        except ErreurForum as exc:
            self.alerter(exc.message)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self._essayer(lambda: DocumentForum.ouvrir(forum)) and texte is not None:
            self.statusBar().showMessage(texte, duree_ms)

    def fusionner_fichiers(self, autres: list[Path] | None = None) -> None:
        """Les fichiers d'autres portables dans ce forum (fichier ou serveur) : aperçu, fusion."""
        if self.session is None:
            return
        if autres is None:
            choisis, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Fichiers à fusionner"), str(self._dossier_courant()), FILTRE_FORUM
            )
            if not choisis:
                return
            autres = [Path(c) for c in choisis]
        from vues.dialogues.fusion import DialogueFusion

        forum = serveur.source(self.session.document)
        self.dialogue_fusion = DialogueFusion(forum, autres, self)
        self.dialogue_fusion.accepted.connect(lambda: self._fusionner(forum, autres))
        self.dialogue_fusion.open()

    def _fusionner(self, forum: Path | str, autres: list[Path]) -> None:
        from app import fusion

        self._hors_session(
            forum,
            lambda: fusion.fusionner(forum, autres, garder=nombre_a_garder(self.reglages)),
            lambda rapport: (
                self.tr("Fusion faite : %1 ajout(s), %2 modification(s), %3 à relire.")
                .replace("%1", str(len(rapport.ajouts)))
                .replace("%2", str(len(rapport.modifications)))
                .replace("%3", str(len(rapport.conflits)))
            ),
        )

    def fermer_forum(self) -> None:
        self._remplacer_session(None)

    def _dossier_courant(self) -> Path:
        if self.session is not None and self.session.document.chemin is not None:
            return self.session.document.chemin.parent
        return chemins.dossier_donnees()

    # --- la session et les pages ------------------------------------------------------------

    def _remplacer_session(self, session: SessionForum | None) -> None:
        # Half a second of typing may still be waiting for the autosave: write it first.
        if self.session is not None:
            self.session.enregistrer_tout()
        # The projector reads through the session: it goes with it.
        self._fermer_projecteur()
        for page in self._pages.values():
            self.pile_pages.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        if self.session is not None:
            self.groupe_annulation.removeStack(self.session.pile)
            self.session.fermer()
            self.session.deleteLater()
        self.session = session
        if session is not None:
            self.groupe_annulation.addStack(session.pile)
            self.groupe_annulation.setActiveStack(session.pile)
            session.forum_change.connect(self._sur_changement)
            session.erreur.connect(self.alerter)
            # Parented to the session: the timer goes with it. A read-only file is never copied
            # behind the person's back (its copy would reopen it for writing).
            if not session.document.lecture_seule:
                self.sauvegardes_auto = SauvegardesAutomatiques(session, self.reglages)
                self.sauvegardes_auto.echouee.connect(self._sauvegarde_echouee)
            if session.document.chemin is not None:
                self._noter_recent(session.document.chemin)
        self._montrer_forum(session)

    def _montrer_forum(self, session: SessionForum | None) -> None:
        ouvert = session is not None
        self.navigation.setEnabled(ouvert)
        self.menu_pages.setEnabled(ouvert)
        self.action_copie.setEnabled(ouvert)
        # Restoring replaces the file: never for a forum opened read-only.
        self.action_restaurer.setEnabled(session is not None and not session.document.lecture_seule)
        self.action_fusionner.setEnabled(ouvert)
        self.action_projeter.setEnabled(ouvert)
        self.action_importer_participants.setEnabled(ouvert)
        self.action_exporter_participants.setEnabled(ouvert)
        self.action_fermer.setEnabled(ouvert)
        if session is None:
            self.pile_pages.setCurrentWidget(self.accueil)
            self.setWindowTitle(NOM_APPLICATION)
            self.setWindowFilePath("")
            self.etat_enregistrement.setText("")
            return
        self.etat_enregistrement.setText(
            self.tr("Lecture seule : aucune modification ne sera enregistrée.")
            if session.document.lecture_seule
            else self.tr("✓ Chaque modification est enregistrée aussitôt dans le fichier du forum.")
        )
        self._mettre_titre()
        # The page last shown, by module name: adding a page never sends people elsewhere.
        module = str(self.reglages.value("fenetre/page", "agenda"))
        rangee = self._rangee("agenda")
        with contextlib.suppress(StopIteration):
            rangee = self._rangee(module)
        if self.navigation.currentRow() == rangee:
            self._afficher_page(rangee)
        else:
            self.navigation.setCurrentRow(rangee)

    def _mettre_titre(self) -> None:
        if self.session is None:
            return
        titre = self.session.lire(lectures.infos_forum).titre
        chemin = self.session.document.chemin
        self.setWindowFilePath(str(chemin) if chemin else "")
        lecture_seule = self.tr(" — Lecture seule") if self.session.document.lecture_seule else ""
        # A server's address is shown without its password (document.nom).
        lieu = chemin or self.session.document.nom
        self.setWindowTitle(f"{titre} — {lieu}{lecture_seule} — {NOM_APPLICATION}")

    def _sur_changement(self, changements: Changements) -> None:
        if changements.touche(Genre.FORUM):
            self._mettre_titre()

    def _afficher_page(self, rangee: int) -> None:
        if self.session is None or rangee < 0:
            return
        page = self._pages.get(rangee)
        if page is None:
            # Pages are built on first visit: start-up pays only for the page it shows.
            _, module, classe = self._fabriques[rangee]
            fabrique = getattr(importlib.import_module(f"vues.pages.{module}"), classe)
            if module == "salle_de_presse":
                page = fabrique(self.session, ouvrir_recolte=self.ouvrir_recolte)
            else:
                page = fabrique(self.session)
            if hasattr(page, "enregistrer_maintenant"):
                self.session.attendre_avant_lecture(page.enregistrer_maintenant)
            self._pages[rangee] = page
            self.pile_pages.addWidget(page)
        self.pile_pages.setCurrentWidget(page)
        self.reglages.setValue("fenetre/page", self._fabriques[rangee][1])

    def _rangee(self, module: str) -> int:
        return next(i for i, (_, m, _c) in enumerate(self._fabriques) if m == module)

    def ouvrir_recolte(self, sujet: UUID) -> None:
        """Le formulaire de récolte de cet atelier (depuis la salle de presse)."""
        rangee = self._rangee("recolte")
        self.navigation.setCurrentRow(rangee)
        page = self._pages.get(rangee)
        if page is not None:
            page.choisir(sujet)  # type: ignore[attr-defined]

    def page(self, cle: int | str) -> QWidget | None:
        """La page à ce rang, ou de ce module (« agenda »), si elle a déjà été construite."""
        return self._pages.get(cle if isinstance(cle, int) else self._rangee(cle))

    def aller_a(self, module: str) -> QWidget | None:
        """Montre la page de ce module (« recolte ») et la rend."""
        self.navigation.setCurrentRow(self._rangee(module))
        return self.page(module)

    def a_propos(self) -> None:
        QMessageBox.about(
            self,
            self.tr("À propos de Forum ouvert"),
            self.tr(
                "<h3>Forum ouvert %1</h3>"
                "<p>Animer un forum ouvert (Open Space) sur un seul portable, sans Internet : "
                "place du marché, mur de l'agenda, récolte et actes.</p>"
                "<p>Dossier des données : <code>%2</code></p>"
                "<p>Licence : GNU GPL version 3 ou ultérieure.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(chemins.dossier_donnees())),
        )

    def closeEvent(self, evenement: QCloseEvent) -> None:
        self.reglages.setValue("fenetre/geometrie", self.saveGeometry())
        self.reglages.sync()
        self._remplacer_session(None)
        super().closeEvent(evenement)
