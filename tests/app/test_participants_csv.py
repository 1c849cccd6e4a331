"""Import de participants depuis un CSV : détection, doublons, refus, tout ou rien, export sûr."""

from __future__ import annotations

import csv
import io
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.document import DocumentForum
from app.participants_csv import (
    ParticipantConnu,
    Statut,
    TableauCsv,
    analyser,
    cellule_sure,
    commande_importer,
    csv_participants,
    ecriture,
    exporter_participants_csv,
    importer_participants,
    lire_colonnes,
    lire_csv,
    lire_octets,
    proposer_colonnes,
)
from modeles.entites import Participant
from modeles.erreurs import ErreurForum

DONNEES = Path(__file__).parent.parent / "donnees" / "participants"


def _nombre(document: DocumentForum) -> int:
    with document.lecture() as session:
        return session.scalar(select(func.count(Participant.id))) or 0


def _par_nom(document: DocumentForum, nom: str) -> Participant:
    with document.lecture() as session:
        participant = session.scalars(select(Participant).where(Participant.nom == nom)).one()
        session.expunge(participant)
        return participant


def _importer(document: DocumentForum, fichier: str) -> Any:
    tableau = lire_csv(DONNEES / fichier)
    return importer_participants(document, tableau, proposer_colonnes(tableau.entetes))


# --- Lecture: encoding, delimiter, quotes -----------------------------------------------------


def test_excel_francais_point_virgule_et_bom(document_demo: DocumentForum) -> None:
    tableau = lire_csv(DONNEES / "excel_fr.csv")
    assert (tableau.encodage, tableau.delimiteur) == ("utf-8", ";")
    assert tableau.entetes[0] == "Nom"  # the BOM is not part of the first header
    avant = _nombre(document_demo)
    rapport = _importer(document_demo, "excel_fr.csv")
    assert len(rapport.crees) == 3 and not rapport.refus
    assert _nombre(document_demo) == avant + 3
    emilie = _par_nom(document_demo, "Émilie Gagnon")
    assert emilie.courriel == "emilie.gagnon@example.org"
    assert emilie.telephone == "418 555-0101"
    assert emilie.territoire == "Capitale-Nationale"
    assert emilie.type_acteur == "table de quartier"
    assert emilie.consentement_publication and emilie.consentement_coordonnees
    jf = _par_nom(document_demo, "Jean-François Bélanger")
    assert jf.type_acteur == "municipalité ou MRC"  # the forum's own spelling of the actor type
    assert jf.consentement_publication and not jf.consentement_coordonnees


def test_virgule_utf8_sans_bom_entetes_anglais(document_demo: DocumentForum) -> None:
    tableau = lire_csv(DONNEES / "virgule_utf8.csv")
    assert (tableau.encodage, tableau.delimiteur) == ("utf-8", ",")
    assert proposer_colonnes(tableau.entetes) == {
        "nom": "Name",
        "courriel": "Email",
        "telephone": "Phone",
        "organisation": "Organization",
    }
    _importer(document_demo, "virgule_utf8.csv")
    marie = _par_nom(document_demo, "Marie-Ève Tanguay")
    assert marie.organisation == "Centre d'action bénévole, Laval"


def test_windows_1252_detecte(document_demo: DocumentForum) -> None:
    tableau = lire_csv(DONNEES / "windows1252.csv")
    assert tableau.encodage == "windows-1252"
    _importer(document_demo, "windows1252.csv")
    assert _par_nom(document_demo, "Hélène Bérubé").organisation == (
        "Société d'économie sociale « Les Îles »"
    )
    assert _par_nom(document_demo, "François Thériault").organisation == (
        "Coopérative œuvre commune"
    )


def test_guillemets_et_sauts_de_ligne_dans_les_cellules() -> None:
    tableau = lire_csv(DONNEES / "guillemets.csv")
    assert [ligne.numero for ligne in tableau.lignes] == [2, 3, 6]
    assert tableau.lignes[0].valeurs[:2] == ("Dupuis; Sylvie", 'Le "Carrefour" des jeunes')
    analyse = analyser(tableau, proposer_colonnes(tableau.entetes), [])
    paul = analyse.lignes[1]
    assert paul.valeurs["nom"] == "Paul Martel"
    assert paul.valeurs["organisation"] == "Maison de la famille"


def test_prenom_et_nom_se_joignent(document_demo: DocumentForum) -> None:
    tableau = lire_csv(DONNEES / "prenom_nom.csv")
    assert proposer_colonnes(tableau.entetes) == {
        "nom": "Nom",
        "prenom": "Prénom",
        "courriel": "Courriel",
    }
    _importer(document_demo, "prenom_nom.csv")
    assert _par_nom(document_demo, "Mathieu Lavoie").courriel == "mathieu.lavoie@example.org"
    _par_nom(document_demo, "Sophie Gauthier-Roy")


@pytest.mark.parametrize(
    ("entete", "champ"),
    [
        ("Adresse courriel", "courriel"),
        ("E-mail", "courriel"),
        ("TÉLÉPHONE", "telephone"),
        ("Organisme", "organisation"),
        ("Type d’acteur", "type_acteur"),
        ("Niveau d'action", "niveau_action"),
        ("Région", "territoire"),
        ("J'accepte la publication de mon nom", "consentement_publication"),
        ("Consentement : partage de mes coordonnées", "consentement_coordonnees"),
    ],
)
def test_proposer_colonnes_synonymes(entete: str, champ: str) -> None:
    assert proposer_colonnes(["Nom", entete]) == {"nom": "Nom", champ: entete}


def test_entetes_vides_ou_repetes_deviennent_uniques() -> None:
    tableau = lire_octets(b"Nom;;Nom\nA;b;c\n")
    assert tableau.entetes == ("Nom", "Colonne 2", "Nom (2)")


def test_rangee_courte_completee_et_rangees_vides_sautees() -> None:
    tableau = lire_octets(b"Nom;Courriel\n\nA\n;\nB;b@example.org\n")
    assert [(ligne.numero, ligne.valeurs) for ligne in tableau.lignes] == [
        (3, ("A", "")),
        (5, ("B", "b@example.org")),
    ]


@pytest.mark.parametrize(
    ("donnees", "message"),
    [
        (b"", "vide"),
        ("Nom\nA\n".encode("utf-16"), "UTF-16"),
        (b"Nom\nA\x81\x8d\n", "ni en UTF-8 ni en Windows-1252"),
    ],
)
def test_fichier_illisible_refuse(donnees: bytes, message: str) -> None:
    with pytest.raises(ErreurForum, match=message):
        lire_octets(donnees)


def test_fichier_absent(tmp_path: Path) -> None:
    with pytest.raises(ErreurForum, match="Impossible de lire"):
        lire_csv(tmp_path / "absent.csv")


# --- Colonnes: the errors that abort everything -----------------------------------------------


def test_colonne_manquante_arrete_tout(document_demo: DocumentForum) -> None:
    avant = _nombre(document_demo)
    tableau = lire_csv(DONNEES / "colonne_manquante.csv")
    with pytest.raises(ErreurForum, match="Colonne absente du fichier : « Courriel »"):
        importer_participants(document_demo, tableau, {"nom": "Nom", "courriel": "Courriel"})
    assert _nombre(document_demo) == avant


def test_sans_colonne_de_nom_arrete_tout(document_demo: DocumentForum) -> None:
    avant = _nombre(document_demo)
    tableau = lire_csv(DONNEES / "sans_nom.csv")
    with pytest.raises(ErreurForum, match="Aucune colonne n'est associée au nom"):
        importer_participants(document_demo, tableau, proposer_colonnes(tableau.entetes))
    assert _nombre(document_demo) == avant


def test_champ_inconnu_refuse() -> None:
    with pytest.raises(ErreurForum, match="champ inconnu « age »"):
        lire_colonnes("nom=Nom,age=Âge")
    with pytest.raises(ErreurForum, match="champ=Colonne"):
        lire_colonnes("nom")
    assert lire_colonnes("nom=Nom, courriel = Adresse  courriel") == {
        "nom": "Nom",
        "courriel": "Adresse courriel",
    }


# --- Duplicates and refused rows --------------------------------------------------------------


def test_doublons_et_refus(document_demo: DocumentForum) -> None:
    avant = _nombre(document_demo)
    louise_avant = _par_nom(document_demo, "Louise Côté")
    ginette_avant = _par_nom(document_demo, "Ginette Roy")
    rapport = _importer(document_demo, "doublons.csv")
    assert len(rapport.crees) == 3  # Olivier Paquin and two namesakes called Marc Roy
    assert set(rapport.mis_a_jour) == {louise_avant.uuid, ginette_avant.uuid}
    assert [numero for numero, _ in rapport.doublons] == [5, 6]
    assert all("doublon de la ligne 4" in raison for _, raison in rapport.doublons)
    assert [numero for numero, _ in rapport.refus] == [9, 10, 11]
    raisons = dict(rapport.refus)
    assert "aucun nom" in raisons[9]
    assert "courriel invalide « pas-un-courriel »" in raisons[10]
    assert "illisible « peut-être »" in raisons[11]
    assert _nombre(document_demo) == avant + 3

    louise = _par_nom(document_demo, "Louise Côté")  # the known name is kept
    assert louise.organisation == "Nouvel organisme"
    assert louise.consentement_publication
    ginette = _par_nom(document_demo, "Ginette Roy")
    assert ginette.organisation == "Maison des jeunes"
    # An empty consent cell is no answer: a known person's consent stays as it was.
    assert ginette.consentement_publication == ginette_avant.consentement_publication
    assert rapport.changements.uuids(ecriture.Genre.PARTICIPANT) == {
        *rapport.crees,
        *rapport.mis_a_jour,
    }

    texte = rapport.texte()
    assert texte.startswith(
        "Import terminé : 3 créés, 2 déjà connus (mis à jour), "
        "2 doublons dans le fichier (ignorés), 3 refusés."
    )
    assert "  ligne 10 : courriel invalide « pas-un-courriel »" in texte


def test_resume_de_l_analyse() -> None:
    tableau = lire_csv(DONNEES / "doublons.csv")
    connus = [ParticipantConnu(uuid.uuid4(), "Louise Cote", "")]
    analyse = analyser(tableau, proposer_colonnes(tableau.entetes), connus)
    assert analyse.lignes[0].statut is Statut.METTRE_A_JOUR  # accents and case ignored
    assert analyse.resume() == (
        "4 à créer, 1 déjà connu (mis à jour), 2 doublons dans le fichier (ignorés), 3 refusés"
    )


def test_reimporter_le_meme_fichier_ne_cree_rien(document_demo: DocumentForum) -> None:
    _importer(document_demo, "excel_fr.csv")
    avant = _nombre(document_demo)
    rapport = _importer(document_demo, "excel_fr.csv")
    assert not rapport.crees and len(rapport.mis_a_jour) == 3
    assert _nombre(document_demo) == avant


# --- All or nothing ---------------------------------------------------------------------------


def test_tout_ou_rien(document_demo: DocumentForum, monkeypatch: pytest.MonkeyPatch) -> None:
    avant = _nombre(document_demo)
    organisation_avant = _par_nom(document_demo, "Louise Côté").organisation

    def panne(*_: object) -> list[object]:
        raise RuntimeError("disque plein")

    # The creations are already flushed when the updates fail: all of it must go.
    monkeypatch.setattr(ecriture, "_mettre_a_jour", panne)
    with pytest.raises(RuntimeError):
        _importer(document_demo, "doublons.csv")
    assert _nombre(document_demo) == avant
    assert _par_nom(document_demo, "Louise Côté").organisation == organisation_avant


# --- Formulas ---------------------------------------------------------------------------------


def test_formules_stockees_telles_quelles(document_demo: DocumentForum) -> None:
    _importer(document_demo, "formule.csv")
    bob = _par_nom(document_demo, "Bob Formule")
    assert bob.organisation == '=HYPERLINK("http://exemple.invalid/";"clic")'
    assert bob.telephone == "+1 418 555-0199"
    alias = _par_nom(document_demo, "@Alias")
    assert (alias.organisation, alias.telephone) == ("-Organisme", "=1+1")


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 418", "'+1 418"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Jean-Marc", "Jean-Marc"),
        ("", ""),
        ("a=b", "a=b"),
        ("'=deja", "''=deja"),
        ("'", "'"),
        ("l'eau", "l'eau"),
    ],
)
def test_cellule_sure(texte: str, attendu: str) -> None:
    assert cellule_sure(texte) == attendu


def _lire_export(chemin: Path) -> list[dict[str, str]]:
    donnees = chemin.read_bytes()
    assert donnees.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(donnees.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_export_formules_et_consentement(document_demo: DocumentForum, tmp_path: Path) -> None:
    _importer(document_demo, "formule.csv")
    _importer(document_demo, "excel_fr.csv")
    chemin = tmp_path / "participants.csv"
    exporter_participants_csv(document_demo, chemin, avec_coordonnees=True)
    rangees = {r["Nom"]: r for r in _lire_export(chemin)}
    assert (
        rangees["Bob Formule"]["Organisation"] == '\'=HYPERLINK("http://exemple.invalid/";"clic")'
    )
    assert "'@Alias" in rangees
    assert rangees["Émilie Gagnon"]["Courriel"] == "emilie.gagnon@example.org"
    # Jean-François did not consent to share his contact details.
    assert rangees["Jean-François Bélanger"]["Courriel"] == ""
    with document_demo.lecture() as session:
        sans = list(
            session.scalars(select(Participant).where(~Participant.consentement_coordonnees))
        )
    assert sans
    for participant in sans:
        rangee = rangees[cellule_sure(participant.nom)]
        assert rangee["Courriel"] == rangee["Téléphone"] == ""

    sans_coordonnees = tmp_path / "public.csv"
    exporter_participants_csv(document_demo, sans_coordonnees, avec_coordonnees=False)
    texte = sans_coordonnees.read_text("utf-8-sig")
    assert "Courriel" not in texte and "@example" not in texte
    assert not list(tmp_path.glob(".*partiel"))


def test_export_puis_import_garde_les_participants(
    document_demo: DocumentForum, tmp_path: Path
) -> None:
    _importer(document_demo, "formule.csv")
    chemin = tmp_path / "aller.csv"
    exporter_participants_csv(document_demo, chemin, avec_coordonnees=True)
    cible = DocumentForum.creer(tmp_path / "vide.forum", "Vide")
    try:
        rapport = _importer_chemin(cible, chemin)
        assert not rapport.refus and not rapport.doublons
        assert _nombre(cible) == _nombre(document_demo)
        bob = _par_nom(cible, "Bob Formule")
        assert bob.organisation.startswith("=HYPERLINK(")
        assert _par_nom(cible, "@Alias").telephone == ""  # no consent: not exported
    finally:
        cible.fermer()


def _importer_chemin(document: DocumentForum, chemin: Path) -> Any:
    tableau = lire_csv(chemin)
    return importer_participants(document, tableau, proposer_colonnes(tableau.entetes))


_CARACTERES = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
# Hostile text: formula starters, apostrophes, delimiters, quotes and line breaks, often.
_TEXTE = st.text(st.sampled_from("=+-@'\t\r\n ;,\"aé"), max_size=12) | st.text(
    _CARACTERES, max_size=30
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    noms=st.lists(_TEXTE, min_size=1, max_size=5),
    organisation=_TEXTE,
)
def test_aller_retour_texte_arbitraire(noms: list[str], organisation: str) -> None:
    participants: list[dict[str, str | bool]] = [
        {"nom": nom, "organisation": organisation, "consentement_publication": True} for nom in noms
    ]
    tableau = lire_octets(csv_participants(participants, avec_coordonnees=False))
    analyse = analyser(tableau, proposer_colonnes(tableau.entetes), [])
    lus = [ligne for ligne in analyse.lignes if ligne.statut is not Statut.REFUSE]
    attendus = [" ".join(nom.split()) for nom in noms]
    refuses = [ligne for ligne in analyse.lignes if ligne.statut is Statut.REFUSE]
    assert len(refuses) == sum(1 for a in attendus if not a)
    assert [ligne.valeurs["nom"] for ligne in lus] == [a for a in attendus if a]
    propre = " ".join(organisation.split())
    assert all(ligne.valeurs.get("organisation", "") == propre for ligne in lus)


# --- Volume and command line ------------------------------------------------------------------


def _gros_fichier(chemin: Path, nombre: int) -> Path:
    lignes = ["Prénom;Nom;Courriel;Organisme;Région;Consentement publication"]
    lignes += [
        f"Prénom{i};Nom-{i};p{i}@example.org;Organisme {i % 50};Montréal;{'oui' if i % 2 else ''}"
        for i in range(nombre)
    ]
    chemin.write_bytes(("\ufeff" + "\r\n".join(lignes) + "\r\n").encode("utf-8"))
    return chemin


def test_dix_mille_lignes(document_demo: DocumentForum, tmp_path: Path) -> None:
    avant = _nombre(document_demo)
    chemin = _gros_fichier(tmp_path / "gros.csv", 10_000)
    rapport = _importer_chemin(document_demo, chemin)
    assert len(rapport.crees) == 10_000
    assert _nombre(document_demo) == avant + 10_000


def test_commande_importer(chemin_demo: Path) -> None:
    texte = commande_importer(chemin_demo, DONNEES / "doublons.csv", None)
    assert "colonnes : nom=Nom, courriel=Courriel" in texte
    assert "3 créés, 2 déjà connus (mis à jour)" in texte
    assert "ligne 9 : aucun nom" in texte
    texte = commande_importer(chemin_demo, DONNEES / "colonne_manquante.csv", "nom=Nom")
    assert "1 créé, 0 déjà connu" in texte
    with pytest.raises(ErreurForum, match="Colonne absente"):
        commande_importer(
            chemin_demo, DONNEES / "colonne_manquante.csv", "nom=Nom,courriel=Courriel"
        )


def test_tableau_direct() -> None:
    tableau = TableauCsv(("Nom",), ())
    assert analyser(tableau, {"nom": "Nom"}, []).lignes == ()
