"""La page Participants dans la vraie fenêtre : la liste, la fiche, ses ateliers, les gestes."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app import lectures
from app.lectures_participants import ROLE_PORTEUR, ateliers_du_participant
from app.operations.participants import lire_champs
from vues.fenetre import FenetrePrincipale
from vues.pages.participants import PageParticipants


def page_participants(fenetre: FenetrePrincipale, qtbot: QtBot) -> PageParticipants:
    page = fenetre.aller_a("participants")
    assert isinstance(page, PageParticipants)
    qtbot.waitExposed(page)
    return page


def choisir(page: PageParticipants, nom: str) -> UUID:
    uuid = next(p.uuid for p in page.modele.lignes() if p.nom == nom)
    page.choisir(uuid)
    choisi = page.participant_choisi()
    assert choisi is not None and choisi.uuid == uuid
    assert page.editeur.nom.text() == nom
    return uuid


def champs(page: PageParticipants, uuid: UUID) -> dict[str, object]:
    return page.session.lire(lire_champs, uuid)


def remplacer(qtbot: QtBot, champ: QLineEdit, texte: str) -> None:
    """Efface le champ et tape le texte, puis Entrée : comme une personne au clavier."""
    champ.setFocus()
    champ.selectAll()
    qtbot.keyClick(champ, Qt.Key.Key_Delete)
    if texte.isascii():
        qtbot.keyClicks(champ, texte)
    else:
        champ.insert(texte)  # QTest cannot type every accented letter
    qtbot.keyClick(champ, Qt.Key.Key_Return)


def test_la_liste_montre_les_consentements_en_mots(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_participants(fenetre, qtbot)
    personnes = page.session.lire(lectures.participants)
    assert page.modele.rowCount() == len(personnes) > 0
    titres = [page.modele.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert titres[:4] == ["Nom", "Organisation", "Nommé·e", "Partage des coord."]
    textes = {page.modele.index(r, 2).data() for r in range(page.modele.rowCount())}
    assert textes == {"oui", "non"}
    nommes = sum(1 for p in personnes if p.consentement_publication)
    assert page.compte.text() == (
        f"{len(personnes)} participants, dont {nommes} acceptent d'être nommé·e·s."
    )
    # The first person is chosen at once: the form is never empty on a forum with people.
    assert page.participant_choisi() is not None
    assert page.editeur.nom.isEnabled()


def test_filtre_rapide_sans_accents(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    qtbot.keyClicks(page.recherche, "louise cote")
    assert page.filtre.rowCount() == 1
    assert page.filtre.index(0, 0).data() == "Louise Côté"
    assert page.compte.text().endswith(" ; 1 affichés.")
    page.recherche.clear()
    assert page.filtre.rowCount() == page.modele.rowCount()


def test_chaque_champ_s_enregistre_et_s_annule(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    uuid = choisir(page, "Louise Côté")
    avant = champs(page, uuid)
    fiche = page.editeur
    remplacer(qtbot, fiche.organisation, "Cooperative du Bic")
    remplacer(qtbot, fiche.courriel, "louise@exemple.org")
    remplacer(qtbot, fiche.telephone, "418 555-0199")
    remplacer(qtbot, fiche.territoire, "Bas-Saint-Laurent — Rimouski")
    remplacer(qtbot, fiche.nom, "Louise Cote-Roy")
    ligne_type = fiche.type_acteur.lineEdit()
    assert ligne_type is not None
    remplacer(qtbot, ligne_type, "artiste")
    fiche.niveau_action.setFocus()
    qtbot.keyClick(fiche.niveau_action, Qt.Key.Key_Down)  # the next level in the list
    apres = champs(page, uuid)
    assert apres["organisation"] == "Cooperative du Bic"
    assert apres["courriel"] == "louise@exemple.org"
    assert apres["telephone"] == "418 555-0199"
    assert apres["territoire"] == "Bas-Saint-Laurent — Rimouski"
    assert apres["nom"] == "Louise Cote-Roy"
    assert apres["type_acteur"] == "artiste"
    assert apres["niveau_action"] != avant["niveau_action"]
    assert apres["niveau_action"] == fiche.niveau_action.currentData()
    # The row follows, the selection stays on the same person.
    choisi = page.participant_choisi()
    assert choisi is not None and choisi.uuid == uuid and choisi.nom == "Louise Cote-Roy"
    # A new actor type is offered to the next person.
    assert fiche.type_acteur.findText("artiste") >= 0

    # Seven edits, seven undoable commands: undone one by one, back to the start.
    for _ in range(7):
        fenetre.action_annuler.trigger()
    assert champs(page, uuid) == avant
    assert fiche.nom.text() == "Louise Côté"
    assert fiche.organisation.text() == avant["organisation"]
    fenetre.action_retablir.trigger()
    assert champs(page, uuid)["organisation"] == "Cooperative du Bic"
    assert fiche.organisation.text() == "Cooperative du Bic"


def test_le_nom_ne_peut_pas_etre_vide(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    uuid = choisir(page, "Thomas Nguyen")
    pile = page.session.pile.count()
    remplacer(qtbot, page.editeur.nom, "   ")
    assert page.editeur.nom.text() == "Thomas Nguyen"
    assert page.editeur.message.isVisibleTo(page)
    assert page.editeur.message.text().startswith("Le nom ne peut pas être vide")
    assert champs(page, uuid)["nom"] == "Thomas Nguyen"
    assert page.session.pile.count() == pile
    # A bad address is refused the same way, with its own message.
    remplacer(qtbot, page.editeur.courriel, "thomas(at)exemple")
    assert "n'est pas une adresse courriel" in page.editeur.message.text()
    assert page.editeur.courriel.text() == champs(page, uuid)["courriel"]


def test_completion_du_territoire(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    choisir(page, "Thomas Nguyen")
    territoire = page.editeur.territoire
    territoire.setFocus()
    territoire.selectAll()
    qtbot.keyClick(territoire, Qt.Key.Key_Delete)
    qtbot.keyClicks(territoire, "mont")
    proposees = page.editeur.completion_territoire.propositions()
    assert "Montréal" in proposees and "Montérégie" in proposees
    assert "Laval" not in proposees
    # Territories already typed in this forum are offered after the 17 regions.
    assert "Montréal — Parc-Extension" in proposees
    territoire.clear()
    qtbot.keyClicks(territoire, "MONTEREGIE")
    assert page.editeur.completion_territoire.propositions() == ["Montérégie"]
    qtbot.keyClick(territoire, Qt.Key.Key_Escape)


def test_completion_des_organisations(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    choisir(page, "Thomas Nguyen")
    organisation = page.editeur.organisation
    organisation.setFocus()
    qtbot.keyClicks(organisation, "parc-ext")
    assert page.editeur.completion_organisation.propositions() == [
        "Carrefour d'entraide de Parc-Extension"
    ]
    qtbot.keyClick(organisation, Qt.Key.Key_Escape)


def test_les_consentements_persistent(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    uuid = choisir(page, "Ginette Roy")
    assert not champs(page, uuid)["consentement_publication"]
    assert page.editeur.publication.text() == "Accepte d'être nommé·e dans les actes et le site"
    qtbot.mouseClick(page.editeur.publication, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.editeur.coordonnees, Qt.MouseButton.LeftButton)
    lus = champs(page, uuid)
    assert lus["consentement_publication"] is True
    assert lus["consentement_coordonnees"] is True
    rangee = page.tableau.currentIndex().row()
    assert page.filtre.index(rangee, 2).data() == "oui"
    assert page.filtre.index(rangee, 3).data() == "oui"
    fenetre.action_annuler.trigger()
    assert champs(page, uuid)["consentement_coordonnees"] is False
    assert not page.editeur.coordonnees.isChecked()
    assert page.editeur.publication.isChecked()


def _un_porteur(page: PageParticipants) -> tuple[str, int]:
    sujet = next(s for s in page.session.lire(lectures.sujets) if s.porteurs and s.actif)
    return sujet.porteurs[0], sujet.numero


def test_ses_ateliers(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    nom, numero = _un_porteur(page)
    choisir(page, nom)
    modele = page.ateliers.modele
    lignes = {
        modele.index(r, 0).data(): modele.index(r, 2).data() for r in range(modele.rowCount())
    }
    assert ROLE_PORTEUR in lignes[str(numero)]
    titres = [modele.index(r, 1).data() for r in range(modele.rowCount())]
    assert all(titres)
    # Someone new has none, and the list says so.
    qtbot.keyClick(page.tableau, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert modele.rowCount() == 0
    assert page.ateliers.vide.text().startswith("Aucun atelier")


def test_ctrl_n_ajoute_et_le_nom_se_tape_aussitot(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    avant = page.modele.rowCount()
    page.tableau.setFocus()
    qtbot.keyClick(page.tableau, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.modele.rowCount() == avant + 1
    assert page.editeur.nom.hasFocus()
    # The placeholder name is selected: typing replaces it.
    qtbot.keyClicks(page.editeur.nom, "Jeanne Nouvelle")
    qtbot.keyClick(page.editeur.nom, Qt.Key.Key_Return)
    noms = [p.nom for p in page.session.lire(lectures.participants)]
    assert "Jeanne Nouvelle" in noms and "Nouveau participant" not in noms
    # The window's « Nouveau forum » was not triggered: the same forum is still open.
    assert fenetre.session is page.session


def test_supprimer_demande_puis_annuler_remet_les_liens(
    fenetre: FenetrePrincipale, qtbot: QtBot
) -> None:
    page = page_participants(fenetre, qtbot)
    nom, numero = _un_porteur(page)
    uuid = choisir(page, nom)
    ateliers = page.session.lire(ateliers_du_participant, uuid)
    questions: list[str] = []

    def refuser(_parent: object, _titre: str, texte: str) -> bool:
        questions.append(texte)
        return False

    page.confirmer = refuser
    page.tableau.setFocus()
    qtbot.keyClick(page.tableau, Qt.Key.Key_Delete)
    assert len(questions) == 1 and f"n° {numero}" in questions[0]
    assert nom in [p.nom for p in page.session.lire(lectures.participants)]

    page.confirmer = lambda *_: True
    page.action_supprimer.trigger()
    assert nom not in [p.nom for p in page.session.lire(lectures.participants)]
    sujet = next(s for s in page.session.lire(lectures.sujets) if s.numero == numero)
    assert nom not in sujet.porteurs
    assert page.participant_choisi() is not None  # a neighbour is chosen

    fenetre.action_annuler.trigger()
    assert page.session.lire(ateliers_du_participant, uuid) == ateliers
    sujet = next(s for s in page.session.lire(lectures.sujets) if s.numero == numero)
    assert nom in sujet.porteurs
    assert nom in [p.nom for p in page.modele.lignes()]


def test_supprimer_sans_lien_sans_question(fenetre: FenetrePrincipale, qtbot: QtBot) -> None:
    page = page_participants(fenetre, qtbot)
    page.action_ajouter.trigger()
    avant = page.modele.rowCount()

    def interdit(*_: object) -> bool:
        raise AssertionError("pas de question pour une personne sans atelier")

    page.confirmer = interdit
    page.action_supprimer.trigger()
    assert page.modele.rowCount() == avant - 1
