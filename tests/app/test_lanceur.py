"""La ligne de commande `forum-ouvert`, sans écran : codes de sortie et messages en français."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.lanceur import main
from modeles import stockage


def lancer(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )


def empreinte(chemin: Path) -> str:
    return hashlib.sha256(chemin.read_bytes()).hexdigest()


def test_demo_puis_verifier_puis_exporter_puis_importer(tmp_path: Path) -> None:
    forum = tmp_path / "demo.forum"
    assert main(["demo", "--db", str(forum)]) == 0
    assert main(["verifier", "--db", str(forum)]) == 0
    assert main(["exporter", "--db", str(forum), "-o", str(tmp_path / "f.json")]) == 0
    assert main(["importer", "--db", str(tmp_path / "copie.forum"), str(tmp_path / "f.json")]) == 0
    assert (
        main(["exporter", "--db", str(tmp_path / "copie.forum"), "-o", str(tmp_path / "g.json")])
        == 0
    )
    assert (tmp_path / "f.json").read_text() == (tmp_path / "g.json").read_text()
    assert json.loads((tmp_path / "f.json").read_text())["forum"]["titre"] == (
        "Faire écosystème au Québec"
    )


def test_demo_refuse_d_ecraser(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forum = tmp_path / "demo.forum"
    forum.write_text("précieux")
    assert main(["demo", "--db", str(forum)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert forum.read_text() == "précieux"


def test_demo_synthetique(tmp_path: Path) -> None:
    forum = tmp_path / "grand.forum"
    assert main(["demo", "--db", str(forum), "--sujets", "120"]) == 0
    assert main(["exporter", "--db", str(forum), "-o", str(tmp_path / "g.json")]) == 0
    assert len(json.loads((tmp_path / "g.json").read_text())["sujets"]) == 120


def _preparer(cas: str, chemin: Path) -> None:
    if cas == "texte":
        chemin.write_text("pas un forum")
    elif cas == "octets":
        chemin.write_bytes(os.urandom(2048))
    elif cas == "vide":
        chemin.write_bytes(b"")
    elif cas == "lecture_seule":
        stockage.creer(chemin).fermer()
        chemin.chmod(0o400)


@pytest.mark.parametrize("verbe", ["verifier", "exporter"])
@pytest.mark.parametrize("cas", ["texte", "octets", "vide", "lecture_seule"])
def test_mauvais_fichier_code_2_et_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cas: str, verbe: str
) -> None:
    chemin = tmp_path / "mauvais.forum"
    _preparer(cas, chemin)
    avant = empreinte(chemin)
    extra = ["-o", str(tmp_path / "x.json")] if verbe == "exporter" else []
    code = main([verbe, "--db", str(chemin), *extra])
    erreur = capsys.readouterr().err
    if verbe == "verifier" and cas == "lecture_seule":
        assert code == 0  # checking a write-protected forum is allowed, and it is sound
    else:
        assert code == 2
        assert "forum-ouvert : erreur" in erreur or "forum-ouvert :" in erreur
    assert empreinte(chemin) == avant
    assert not (tmp_path / "x.json").exists()


def test_un_dossier_passe_pour_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exporter", "--db", str(tmp_path), "-o", str(tmp_path / "x.json")]) == 2
    assert "dossier" in capsys.readouterr().err


def test_importer_un_json_faux_ne_cree_rien(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "faux.json"
    source.write_text(json.dumps({"format": "forum-ouvert", "version": 1}))
    assert main(["importer", "--db", str(tmp_path / "n.forum"), str(source)]) == 2
    assert "champ obligatoire" in capsys.readouterr().err
    assert not (tmp_path / "n.forum").exists()


def test_arguments_errones_en_francais() -> None:
    resultat = lancer("exporter", "--db")
    assert resultat.returncode == 2
    assert "erreur" in resultat.stderr


def test_les_verbes_sans_ecran_n_importent_pas_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from app.lanceur import main;"
        f"r = main(['demo', '--db', {str(tmp_path / 'd.forum')!r}]);"
        "assert r == 0, r; assert 'PySide6' not in sys.modules, 'PySide6 importé'"
    )
    resultat = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert resultat.returncode == 0, resultat.stderr


def test_sortir_apres_affichage(chemin_demo: Path) -> None:
    resultat = lancer("--db", str(chemin_demo), "--sortir-apres-affichage")
    assert resultat.returncode == 0, resultat.stderr
    # The quick exit comes after the forum file is closed: SQLite removes its journal files
    # only when the last connection closes cleanly.
    assert not chemin_demo.with_name(chemin_demo.name + "-wal").exists()
    assert not chemin_demo.with_name(chemin_demo.name + "-shm").exists()
    reglages = Path(os.environ["FORUM_OUVERT_DOSSIER"]).rglob("forum-ouvert.ini")
    assert any("geometrie" in f.read_text() for f in reglages)


def test_site_et_affiches_en_ligne_de_commande(
    chemin_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["site", "--db", str(chemin_demo), "-o", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "ateliers" / "1.html").exists()
    for genre in ("agenda", "salles", "fiches"):
        sortie = tmp_path / f"{genre}.pdf"
        assert main(["affiches", "--db", str(chemin_demo), "-o", str(sortie), "--type", genre]) == 0
        assert sortie.read_bytes().startswith(b"%PDF")
    # Report sheets need the site's address for their QR codes.
    assert (
        main(
            [
                "affiches",
                "--db",
                str(chemin_demo),
                "-o",
                str(tmp_path / "f.pdf"),
                "--type",
                "fiches",
                "--url-publication",
                "pas une adresse",
            ]
        )
        == 2
    )
    assert "adresse" in capsys.readouterr().err


def test_participants_en_ligne_de_commande(
    chemin_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    donnees = Path(__file__).resolve().parents[1] / "donnees" / "participants"
    source = donnees / "excel_fr.csv"
    avant = len(json.loads(_export(chemin_demo))["participants"])
    code = main(["participants", "--db", str(chemin_demo), "--importer", str(source)])
    sortie = capsys.readouterr().out
    assert code == 0, sortie
    assert "à créer" in sortie or "créé" in sortie
    assert len(json.loads(_export(chemin_demo))["participants"]) > avant


def _export(chemin: Path) -> str:
    from app.document import DocumentForum
    from app.echange.exporter import en_texte, exporter_document

    document = DocumentForum.ouvrir(chemin)
    try:
        return en_texte(exporter_document(document))
    finally:
        document.fermer()


def test_l_aide_parle_francais(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["affiches", "-h"])
    aide = capsys.readouterr().out
    assert aide.startswith("utilisation : forum-ouvert affiches")
    assert "usage:" not in aide and "utilisation : utilisation" not in aide


def test_au_demarrage_rien_de_l_application_ne_s_importe_apres_qt(chemin_demo: Path) -> None:
    """PySide6's import hook inspects every module imported after it: start-up pays for each.

    The first window's headless modules are listed in app.demarrage and imported before Qt;
    a module added to the first window without its place in that list fails here.
    """
    resultat = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "app",
            "--db",
            str(chemin_demo),
            "--sortir-apres-affichage",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )
    assert resultat.returncode == 0, resultat.stderr[-2000:]
    modules = [
        ligne.rsplit("|", 1)[1].strip()
        for ligne in resultat.stderr.splitlines()
        if ligne.startswith("import time:") and "|" in ligne
    ]
    qt = modules.index("PySide6.QtCore")
    apres = [m for m in modules[qt:] if m.split(".")[0] in ("app", "modeles")]
    assert apres == [], f"à ajouter à app.demarrage.MODULES_DE_LA_PREMIERE_FENETRE : {apres}"


# --- a server as a merge source; the GUI's bare FICHIER ---------------------------------------


@pytest.mark.parametrize("cible_forum", ["postgresql"], indirect=True)
def test_fusionner_une_base_de_serveur_dans_un_fichier(
    cible_forum: Path | str, chemin_demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import lectures
    from app.document import DocumentForum
    from app.echange.importer import importer_fichier
    from app.operations.sujets import ajouter_sujet

    assert isinstance(cible_forum, str)
    export = chemin_demo.with_name("demo.json")
    assert main(["exporter", "--db", str(chemin_demo), "-o", str(export)]) == 0
    importer_fichier(export, cible_forum)
    serveur = DocumentForum.ouvrir(cible_forum)
    try:
        ajouter_sujet(serveur, "Proposé sur la base partagée")
    finally:
        serveur.fermer()
    capsys.readouterr()
    # The address is read as an address (type=Path would squash « // » and fail to connect).
    assert main(["fusionner", "--db", str(chemin_demo), "--apercu", cible_forum]) == 0
    apercu = capsys.readouterr().out
    assert "Proposé sur la base partagée" in apercu
    motdepasse = cible_forum.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert motdepasse not in apercu
    assert main(["fusionner", "--db", str(chemin_demo), cible_forum]) == 0
    sortie = capsys.readouterr().out
    assert "Proposé sur la base partagée" in sortie and motdepasse not in sortie
    document = DocumentForum.ouvrir(chemin_demo)
    try:
        titres = {s.titre for s in lectures.sujets(document)}
    finally:
        document.fermer()
    assert "Proposé sur la base partagée" in titres


def _lancement_capte(monkeypatch: pytest.MonkeyPatch) -> list[Path | str | None]:
    """main() sans fenêtre : ce qui aurait été ouvert est noté."""
    import app.demarrage
    import vues.application

    ouverts: list[Path | str | None] = []

    def lancer(chemin: Path | str | None, *, sortir_apres_affichage: bool = False) -> int:
        ouverts.append(chemin)
        return 0

    monkeypatch.setattr(vues.application, "lancer", lancer)
    monkeypatch.setattr(app.demarrage, "precharger", lambda: None)
    return ouverts


def test_un_fichier_nu_s_ouvre_comme_avec_db(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ouverts = _lancement_capte(monkeypatch)
    forum = tmp_path / "mon forum.forum"
    assert main([str(forum)]) == 0
    assert main(["--sortir-apres-affichage", str(forum)]) == 0
    # The same file given twice is one forum.
    assert main([str(forum), "--db", str(forum)]) == 0
    assert main(["--db", str(tmp_path / "." / forum.name), str(forum)]) == 0
    assert main([]) == 0
    assert ouverts == [forum, forum, forum, tmp_path / "." / forum.name, None]


def test_un_fichier_nu_et_une_autre_db_sont_refuses_en_francais(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ouverts = _lancement_capte(monkeypatch)
    with pytest.raises(SystemExit) as sortie:
        main([str(tmp_path / "a.forum"), "--db", str(tmp_path / "b.forum")])
    assert sortie.value.code == 2
    erreur = capsys.readouterr().err
    assert "erreur" in erreur and "n'en donnez qu'un" in erreur
    assert "a.forum" in erreur and "b.forum" in erreur
    # A bare file with a command: the command wants --db.
    with pytest.raises(SystemExit) as sortie:
        main([str(tmp_path / "a.forum"), "verifier", "--db", str(tmp_path / "a.forum")])
    assert sortie.value.code == 2
    assert "--db" in capsys.readouterr().err
    assert ouverts == []


def test_un_fichier_nu_ouvre_la_fenetre_sur_ce_forum(chemin_demo: Path) -> None:
    """Comme un gestionnaire de fichiers : `forum-ouvert mon-forum.forum` (Exec=... %f)."""
    resultat = lancer(str(chemin_demo), "--sortir-apres-affichage")
    assert resultat.returncode == 0, resultat.stderr
    reglages = Path(os.environ["FORUM_OUVERT_DOSSIER"]).rglob("forum-ouvert.ini")
    assert any(str(chemin_demo) in f.read_text() for f in reglages)
    # Conflicting: exit code 2, a French message, no window.
    autre = chemin_demo.with_name("autre.forum")
    resultat = lancer(str(chemin_demo), "--db", str(autre))
    assert resultat.returncode == 2
    assert "n'en donnez qu'un" in resultat.stderr and not autre.exists()
