"""Les photos d'un compte rendu : vignettes, ajout (dialogue ou glisser-déposer), vue entière.

An added photo is decoded, turned upright and reduced off the GUI thread (vues.travaux running
app.images.preparer_image); only the finished, small image comes back to be stored, through an
undoable command on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from uuid import UUID

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.images import ImagePreparee, preparer_image
from app.operations import recoltes
from app.operations.recoltes import PhotoLue
from modeles.erreurs import ErreurForum
from vues.commandes.recoltes import AjouterPhoto, LegenderPhoto, RetirerPhoto
from vues.pages.recolte_champs import fichiers_deposes
from vues.session import SessionForum
from vues.travaux import Controle, Travail

TAILLE_VIGNETTE = QSize(168, 126)
_ROLE_UUID = Qt.ItemDataRole.UserRole


def image_depuis_octets(donnees: bytes, taille: QSize | None = None) -> QPixmap:
    """Décode une photo ; réduite dès le décodage (JPEG) quand une taille est demandée."""
    tampon = QBuffer()
    tampon.setData(QByteArray(donnees))
    tampon.open(QBuffer.OpenModeFlag.ReadOnly)
    lecteur = QImageReader(tampon)
    if taille is not None:
        origine = lecteur.size()
        if origine.isValid():
            lecteur.setScaledSize(origine.scaled(taille, Qt.AspectRatioMode.KeepAspectRatio))
    return QPixmap.fromImage(lecteur.read())


def _preparation(chemin: Path) -> Callable[[Controle], ImagePreparee]:
    """Le travail d'une photo : app.images seulement, aucun widget (il tourne hors du fil)."""
    return lambda _controle: preparer_image(chemin)


class DepotFichiers(QObject):
    """Filtre d'événements : un fichier déposé sur un champ devient une photo, pas du texte."""

    deposes = Signal(list)  # list[Path]

    def surveiller(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, objet: QObject, evenement: QEvent) -> bool:
        if isinstance(evenement, (QDragEnterEvent, QDropEvent)):
            chemins = fichiers_deposes(evenement.mimeData())
            if chemins:
                evenement.acceptProposedAction()
                if evenement.type() == QEvent.Type.Drop:
                    self.deposes.emit(chemins)
                return True
        return False


class ImageAjustee(QWidget):
    """Une image dessinée aussi grande que la place le permet, sans la déformer ni l'agrandir."""

    def __init__(self, image: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.setMinimumSize(200, 150)

    def rectangle(self) -> QRect:
        taille = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        taille = taille.boundedTo(self.image.size())
        coin = QPoint((self.width() - taille.width()) // 2, (self.height() - taille.height()) // 2)
        return QRect(coin, taille)

    def paintEvent(self, _evenement: QPaintEvent) -> None:
        if self.image.isNull():
            return
        peintre = QPainter(self)
        peintre.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        peintre.drawPixmap(self.rectangle(), self.image)


class DialoguePhoto(QDialog):
    """La photo entière, ajustée à la fenêtre, avec sa légende."""

    def __init__(self, donnees: bytes, legende: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(legende or self.tr("Photo"))
        self.image = ImageAjustee(image_depuis_octets(donnees))
        self.image.setAccessibleName(self.tr("Photo entière"))
        self.legende = QLabel(legende)
        self.legende.setWordWrap(True)
        boutons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        boutons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        boutons.rejected.connect(self.reject)
        disposition = QVBoxLayout(self)
        disposition.addWidget(self.image, 1)
        disposition.addWidget(self.legende)
        disposition.addWidget(boutons)
        self.resize(1000, 800)


class BandePhotos(QWidget):
    """Les vignettes d'un compte rendu et ses boutons ; double-clic : la photo entière."""

    message = Signal(str, bool)  # text, is it an error

    def __init__(self, session: SessionForum, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sujet: UUID | None = None
        self._photos: dict[UUID, PhotoLue] = {}
        # Decoded once per photo: switching sessions does not decode them again.
        self._vignettes: dict[UUID, QIcon] = {}
        self.travaux: list[Travail] = []
        self.dialogue: QWidget | None = None

        self.liste = QListWidget()
        self.liste.setAccessibleName(self.tr("Photos du compte rendu"))
        self.liste.setViewMode(QListView.ViewMode.IconMode)
        self.liste.setIconSize(TAILLE_VIGNETTE)
        self.liste.setMovement(QListView.Movement.Static)
        self.liste.setResizeMode(QListView.ResizeMode.Adjust)
        self.liste.setWordWrap(True)
        self.liste.setSpacing(6)
        self.liste.setGridSize(TAILLE_VIGNETTE + QSize(24, 48))
        self.liste.setFixedHeight(TAILLE_VIGNETTE.height() + 70)
        self.liste.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.liste.setAcceptDrops(False)
        self.liste.viewport().setAcceptDrops(False)
        self.liste.itemDoubleClicked.connect(lambda element: self.montrer(element.data(_ROLE_UUID)))
        self.liste.itemSelectionChanged.connect(self._maj_boutons)
        self.bouton_ajouter = QPushButton(self.tr("Ajouter des photos…"))
        self.bouton_ajouter.clicked.connect(self.choisir_fichiers)
        self.bouton_legende = QPushButton(self.tr("Légende…"))
        self.bouton_legende.clicked.connect(self.demander_legende)
        self.bouton_retirer = QPushButton(self.tr("Retirer la photo"))
        self.bouton_retirer.clicked.connect(self.retirer)
        self.indication = QLabel(
            self.tr("Photos du tableau ou de la fiche : glissez-les ici (JPEG ou PNG).")
        )
        self.indication.setStyleSheet("color: palette(placeholder-text);")
        self.indication.setWordWrap(True)
        boutons = QHBoxLayout()
        for bouton in (self.bouton_ajouter, self.bouton_legende, self.bouton_retirer):
            boutons.addWidget(bouton)
        boutons.addWidget(self.indication, 1)
        disposition = QVBoxLayout(self)
        disposition.setContentsMargins(0, 0, 0, 0)
        disposition.addWidget(self.liste)
        disposition.addLayout(boutons)
        self.setAcceptDrops(True)
        self.depot = DepotFichiers(self)
        self.depot.deposes.connect(self.importer)
        self.depot.surveiller(self)
        self._maj_boutons()

    def definir(self, sujet: UUID | None, photos: Sequence[PhotoLue]) -> None:
        self.sujet = sujet
        self._photos = {p.uuid: p for p in photos}
        self.liste.clear()
        for photo in photos:
            element = QListWidgetItem(self._icone(photo.uuid), photo.legende or photo.nom_fichier)
            element.setData(_ROLE_UUID, photo.uuid)
            element.setToolTip(
                self.tr("%1 — %2 × %3 px (double-clic : voir en entier)")
                .replace("%1", photo.nom_fichier or self.tr("photo"))
                .replace("%2", str(photo.largeur))
                .replace("%3", str(photo.hauteur))
            )
            self.liste.addItem(element)
        self.liste.setVisible(bool(photos))
        self._maj_boutons()

    def _icone(self, photo: UUID) -> QIcon:
        icone = self._vignettes.get(photo)
        if icone is None:
            donnees = recoltes.donnees_photo(self.session.document, photo)
            icone = QIcon(image_depuis_octets(donnees, TAILLE_VIGNETTE))
            self._vignettes[photo] = icone
        return icone

    def _choisie(self) -> UUID | None:
        elements = self.liste.selectedItems()
        return elements[0].data(_ROLE_UUID) if elements else None

    def _maj_boutons(self) -> None:
        choisie = self._choisie() is not None
        self.bouton_legende.setEnabled(choisie)
        self.bouton_retirer.setEnabled(choisie)
        self.bouton_ajouter.setEnabled(self.sujet is not None)

    # --- ajouter -------------------------------------------------------------------------------

    def choisir_fichiers(self) -> None:
        dialogue = QFileDialog(self, self.tr("Ajouter des photos"), str(Path.home()))
        dialogue.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialogue.setNameFilter(
            self.tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;Tous les fichiers (*)")
        )
        dialogue.filesSelected.connect(lambda fichiers: self.importer([Path(f) for f in fichiers]))
        self.dialogue = dialogue
        dialogue.open()

    def importer(self, chemins: Sequence[Path]) -> list[Travail]:
        """Prépare chaque photo hors de l'interface, puis l'ajoute à l'atelier affiché alors."""
        sujet = self.sujet
        if sujet is None:
            return []
        lances = []
        for chemin in chemins:
            travail = Travail(_preparation(chemin))
            travail.termine.connect(
                lambda image, s=sujet, t=travail: self._sur_image_prete(s, image, t)
            )
            travail.echoue.connect(lambda texte, t=travail: self._sur_echec(texte, t))
            self.travaux.append(travail)
            lances.append(travail.lancer())
        self._dire_avancement()
        return lances

    def _dire_avancement(self) -> None:
        if self.travaux:
            self.message.emit(self.tr("Préparation de %n photo(s)…", "", len(self.travaux)), False)

    def _sur_image_prete(self, sujet: UUID, image: ImagePreparee, travail: Travail) -> None:
        if not shiboken6.isValid(self):
            return  # the forum was closed while the photo was being prepared
        self._oublier(travail)
        commande = AjouterPhoto(self.session, sujet, image)
        if self.session.executer(commande):
            self.message.emit(
                self.tr("Photo « %1 » ajoutée (%2 × %3 px).")
                .replace("%1", image.nom_fichier)
                .replace("%2", str(image.largeur))
                .replace("%3", str(image.hauteur)),
                False,
            )

    def _sur_echec(self, texte: str, travail: Travail) -> None:
        if not shiboken6.isValid(self):
            return
        self._oublier(travail)
        self.message.emit(texte, True)

    def _oublier(self, travail: Travail) -> None:
        if travail in self.travaux:
            self.travaux.remove(travail)

    # --- légender, retirer, voir ---------------------------------------------------------------

    def demander_legende(self) -> None:
        photo = self._choisie()
        if photo is None:
            return
        dialogue = QInputDialog(self)
        dialogue.setWindowTitle(self.tr("Légende de la photo"))
        dialogue.setLabelText(
            self.tr("Ce que montre la photo (imprimé sous elle dans les actes) :")
        )
        dialogue.setTextValue(self._photos[photo].legende)
        dialogue.textValueSelected.connect(lambda texte: self.legender(photo, texte))
        self.dialogue = dialogue
        dialogue.open()

    def legender(self, photo: UUID, legende: str) -> None:
        avant = self._photos[photo].legende if photo in self._photos else ""
        if legende.strip() != avant:
            self.session.executer(LegenderPhoto(self.session, photo, avant, legende.strip()))

    def retirer(self) -> None:
        photo = self._choisie()
        if photo is not None:
            nom = self._photos[photo].nom_fichier or self._photos[photo].legende
            self.session.executer(RetirerPhoto(self.session, photo, nom))

    def montrer(self, photo: UUID) -> None:
        try:
            donnees = recoltes.donnees_photo(self.session.document, photo)
        except ErreurForum as exc:
            self.message.emit(exc.message, True)
            return
        dialogue = DialoguePhoto(donnees, self._photos[photo].legende, self)
        self.dialogue = dialogue
        dialogue.open()

    def annuler_travaux(self) -> None:
        for travail in self.travaux:
            travail.annuler()
