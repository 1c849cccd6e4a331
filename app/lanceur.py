"""Le script `forum-ouvert` : l'interface graphique sans sous-commande, des verbes sans écran sinon.

This module is the one place where app/ reaches into vues/ (to start the GUI), declared in the
import-linter contracts; the headless subcommands never import PySide6.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import NOM_APPLICATION, __version__
from modeles.erreurs import ErreurForum

SUCCES = 0
ERREUR = 2


class _MiseEnForme(argparse.HelpFormatter):
    """L'aide en français jusque dans ses en-têtes."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        # An empty prefix is argparse building a sub-command's name: left alone.
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class _Analyseur(argparse.ArgumentParser):
    """argparse, mais ses erreurs et ses en-têtes parlent français ; une erreur donne le code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _MiseEnForme)
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"

    def error(self, message: str) -> NoReturn:
        traductions = {
            "the following arguments are required": "ces arguments sont obligatoires",
            "unrecognized arguments": "arguments inconnus",
            "invalid int value": "nombre entier invalide",
            "expected one argument": "une valeur est attendue",
            "invalid choice": "choix invalide",
            "choose from": "choisir parmi",
        }
        for anglais, francais in traductions.items():
            message = message.replace(anglais, francais)
        self.print_usage(sys.stderr)
        self.exit(ERREUR, f"{self.prog} : erreur : {message}\n")


def _cible(texte: str) -> Path | str:
    """--db : un fichier de forum, ou l'adresse d'une base PostgreSQL (postgresql://...)."""
    from modeles.stockage import est_url

    return texte if est_url(texte) else Path(texte)


def _nom(cible: Path | str) -> str:
    from modeles.stockage import nom_affichable

    return nom_affichable(cible)


def _options_d_impression(
    sous: argparse.ArgumentParser, sortie: str, aide: str, *, papier: bool = False
) -> None:
    """-o, --url-publication et, pour ce qui s'imprime, --format : les mêmes mots partout."""
    sous.add_argument("-o", "--sortie", metavar=sortie, type=Path, required=True, help=aide)
    sous.add_argument(
        "--url-publication",
        metavar="URL",
        help="adresse du site des notes, que visent les codes QR (défaut : celle du forum)",
    )
    if papier:
        sous.add_argument(
            "--format",
            dest="format_papier",
            choices=["letter", "a4"],
            help="format du papier (défaut : celui du forum, lettre au Québec)",
        )


def _analyseur() -> argparse.ArgumentParser:
    analyseur = _Analyseur(
        prog="forum-ouvert",
        description=f"{NOM_APPLICATION} : animer un forum ouvert, sans Internet. "
        "Sans commande, ouvre la fenêtre, sur FICHIER (ou --db) s'il est donné.",
        add_help=False,
    )
    analyseur.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")
    analyseur.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="afficher la version et quitter",
    )
    analyseur.add_argument(
        "--db",
        metavar="FICHIER|URL",
        type=_cible,
        help="fichier du forum à ouvrir (créé s'il n'existe pas), "
        "ou base d'un serveur : postgresql://utilisateur:motdepasse@serveur/base",
    )
    analyseur.add_argument(
        "--sortir-apres-affichage",
        action="store_true",
        help="quitter dès que la fenêtre est affichée (mesures de démarrage)",
    )
    verbes = analyseur.add_subparsers(dest="verbe", metavar="COMMANDE", title="commandes")

    def verbe(nom: str, aide: str) -> argparse.ArgumentParser:
        sous = verbes.add_parser(nom, help=aide, description=aide, add_help=False)
        sous.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")
        sous.add_argument(
            "--db",
            metavar="FICHIER|URL",
            type=_cible,
            required=True,
            help="fichier du forum (.forum), ou postgresql://utilisateur:motdepasse@serveur/base",
        )
        return sous

    demo = verbe("demo", "écrire le forum de démonstration « Faire écosystème au Québec »")
    demo.add_argument(
        "--sujets",
        metavar="N",
        type=int,
        help="un grand forum synthétique de N sujets (mesures, essais de charge)",
    )
    demo.add_argument(
        "--graine",
        metavar="G",
        type=int,
        default=0,
        help="graine du forum synthétique (défaut : 0)",
    )
    verbe("verifier", "vérifier l'intégrité et la version du schéma d'un forum")
    exporter = verbe("exporter", "exporter le forum entier en JSON (format d'échange)")
    exporter.add_argument(
        "-o",
        "--sortie",
        metavar="FICHIER.json",
        type=Path,
        required=True,
        help="fichier JSON à écrire",
    )
    actes = verbe("actes", "écrire le livre des actes en PDF, prêt à imprimer")
    _options_d_impression(actes, "FICHIER.pdf", "fichier PDF à écrire", papier=True)
    actes.add_argument(
        "--par-theme",
        action="store_true",
        help="les comptes rendus groupés par thème plutôt que dans l'ordre de l'agenda",
    )
    site = verbe("site", "écrire le site statique des notes (les pages que visent les codes QR)")
    _options_d_impression(
        site, "DOSSIER", "dossier du site (créé, ou remplacé s'il contient un ancien site)"
    )
    affiches = verbe("affiches", "imprimer le matériel du mur : agenda, salles ou fiches")
    affiches.add_argument(
        "--type",
        dest="genre",
        required=True,
        choices=["agenda", "salles", "fiches"],
        help="agenda en affiche, affiche de chaque salle, ou fiche de récolte",
    )
    _options_d_impression(affiches, "FICHIER.pdf", "fichier PDF à écrire", papier=True)
    participants = verbe("participants", "importer des participantes et participants d'un CSV")
    participants.add_argument(
        "--importer",
        metavar="FICHIER.csv",
        type=Path,
        required=True,
        help="export d'un outil d'inscription ou d'Excel (; ou ,)",
    )
    participants.add_argument(
        "--colonnes",
        metavar="CHAMP=COLONNE,...",
        help="correspondance des colonnes, ex. nom=Nom,courriel=Courriel "
        "(défaut : devinée d'après les en-têtes)",
    )
    plans = verbe("plans", "exporter les plans d'action en CSV (Excel en français)")
    plans.add_argument(
        "-o",
        "--sortie",
        metavar="FICHIER.csv",
        type=Path,
        required=True,
        help="fichier CSV à écrire (seules les personnes qui l'acceptent sont nommées)",
    )
    fusionner = verbe(
        "fusionner", "fusionner dans le forum les fichiers d'autres portables (tout ou rien)"
    )
    fusionner.add_argument(
        "autres",
        metavar="AUTRE",
        type=_cible,
        nargs="+",
        help="fichiers (.forum) ou bases (postgresql://...) à y fusionner",
    )
    fusionner.add_argument(
        "--apercu",
        action="store_true",
        help="dire ce qui serait ajouté, modifié ou en conflit, sans rien écrire",
    )
    recuperer = verbe(
        "recuperer",
        "récupérer ce qui se lit encore d'un forum abîmé dans un nouveau fichier "
        "(l'original n'est pas modifié)",
    )
    recuperer.add_argument(
        "-o",
        "--sortie",
        metavar="NOUVEAU.forum",
        type=Path,
        required=True,
        help="nouveau fichier de forum à créer (jamais écrasé)",
    )
    importer = verbe("importer", "créer un forum à partir d'un fichier JSON d'échange")
    importer.add_argument(
        "source", metavar="FICHIER.json", type=Path, help="document d'échange à importer"
    )
    # Set last: the sub-commands' own usage lines are built from the default one.
    analyseur.usage = "%(prog)s [options] [FICHIER]\n       %(prog)s COMMANDE --db FICHIER|URL ..."
    return analyseur


def _fichier_a_ouvrir(arguments: list[str]) -> tuple[list[str], Path | str | None]:
    """Le FICHIER nu de `forum-ouvert mon-forum.forum` (gestionnaire de fichiers), retiré.

    argparse cannot mix an optional positional with sub-commands (it would read the file's
    name as a command), so the first bare word that is not a command is taken out before.
    """
    reste = list(arguments)
    rang = 0
    while rang < len(reste):
        mot = reste[rang]
        if mot == "--":
            if rang + 1 < len(reste):
                return reste[:rang] + reste[rang + 2 :], _cible(reste[rang + 1])
            return reste[:rang], None
        if len(mot) >= 3 and "--db".startswith(mot):
            rang += 2  # --db and its value
            continue
        if mot.startswith("-"):
            rang += 1
            continue
        if mot in VERBES:
            return reste, None
        return reste[:rang] + reste[rang + 1 :], _cible(mot)
    return reste, None


def _meme_cible(a: Path | str, b: Path | str) -> bool:
    if isinstance(a, Path) and isinstance(b, Path):
        return a.resolve() == b.resolve()
    return a == b


def _demo(args: argparse.Namespace) -> int:
    from app.demo import document_demo, document_synthetique
    from app.echange.importer import importer_document

    if args.sujets is not None and args.sujets < 1:
        raise ErreurForum("--sujets doit être un nombre entier positif.")
    document = (
        document_demo() if args.sujets is None else document_synthetique(args.sujets, args.graine)
    )
    importer_document(document, args.db)
    print(f"Forum écrit : {_nom(args.db)} ({len(document['sujets'])} sujets).")
    return SUCCES


def _recuperer(args: argparse.Namespace) -> int:
    from app.recuperation import recuperer

    if not isinstance(args.db, Path):
        raise ErreurForum("La récupération s'applique à un fichier de forum, pas à un serveur.")
    rapport = recuperer(args.db, args.sortie)
    print(rapport.texte())
    return SUCCES if rapport.recuperees else ERREUR


def _verifier(args: argparse.Namespace) -> int:
    from modeles.stockage import verifier

    problemes = verifier(args.db)
    if problemes:
        for probleme in problemes:
            print(f"forum-ouvert : {probleme}", file=sys.stderr)
        return ERREUR
    print(f"« {_nom(args.db)} » est sain : intégrité vérifiée, schéma à jour.")
    return SUCCES


def _exporter(args: argparse.Namespace) -> int:
    from app.document import DocumentForum
    from app.echange.exporter import exporter_fichier

    with DocumentForum.ouvrir(args.db) as document:
        exporter_fichier(document, args.sortie)
    print(f"Forum exporté : {args.sortie}")
    return SUCCES


def _papier(args: argparse.Namespace) -> Any:
    from modeles.valeurs import FormatPapier

    return FormatPapier(args.format_papier) if args.format_papier else None


def _actes(args: argparse.Namespace) -> int:
    from app.exports import exporter_livre

    fichier = exporter_livre(
        args.db,
        args.sortie,
        url_publication=args.url_publication,
        format_papier=_papier(args),
        par_theme=args.par_theme,
    )
    print(f"Actes écrits : {fichier}")
    return SUCCES


def _site(args: argparse.Namespace) -> int:
    from app.exports import exporter_site

    dossier = exporter_site(args.db, args.sortie, url_publication=args.url_publication)
    print(f"Site écrit : {dossier}")
    return SUCCES


def _affiches(args: argparse.Namespace) -> int:
    from app.exports import exporter_affiches

    fichier = exporter_affiches(
        args.db,
        args.sortie,
        args.genre,
        format_papier=_papier(args),
        url_publication=args.url_publication,
    )
    print(f"Matériel du mur écrit : {fichier}")
    return SUCCES


def _participants(args: argparse.Namespace) -> int:
    from app.participants_csv import commande_importer

    print(commande_importer(args.db, args.importer, args.colonnes))
    return SUCCES


def _plans(args: argparse.Namespace) -> int:
    from app.document import DocumentForum
    from app.exports_plans import exporter_plans_csv

    with DocumentForum.ouvrir(args.db) as document:
        exporter_plans_csv(document, args.sortie)
    print(f"Plans d'action exportés : {args.sortie}")
    return SUCCES


def _fusionner(args: argparse.Namespace) -> int:
    from app import fusion

    if args.apercu:
        print(fusion.apercu(args.db, args.autres)[1].texte())
        return SUCCES
    print(fusion.fusionner(args.db, args.autres).texte())
    return SUCCES


def _importer(args: argparse.Namespace) -> int:
    from app.echange.importer import importer_fichier

    importer_fichier(args.source, args.db)
    print(f"Forum importé dans : {_nom(args.db)}")
    return SUCCES


VERBES: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo,
    "verifier": _verifier,
    "recuperer": _recuperer,
    "exporter": _exporter,
    "importer": _importer,
    "actes": _actes,
    "participants": _participants,
    "site": _site,
    "affiches": _affiches,
    "plans": _plans,
    "fusionner": _fusionner,
}


def main(arguments: Sequence[str] | None = None) -> int:
    analyseur = _analyseur()
    reste, fichier = _fichier_a_ouvrir(list(sys.argv[1:] if arguments is None else arguments))
    args = analyseur.parse_args(reste)
    if fichier is not None:
        if args.verbe is not None:
            analyseur.error(
                f"« {_nom(fichier)} » : un fichier nu s'ouvre seulement dans la fenêtre ; "
                f"pour la commande « {args.verbe} », donnez-le avec --db."
            )
        if args.db is not None and not _meme_cible(args.db, fichier):
            analyseur.error(
                f"deux forums à ouvrir : « {_nom(fichier)} » et --db « {_nom(args.db)} » ; "
                "n'en donnez qu'un."
            )
        args.db = fichier
    try:
        if args.verbe is None:
            # Headless layers first: once PySide6 is imported, its import hook inspects every
            # module imported after it, which costs tens of milliseconds at start-up.
            import app.demarrage

            app.demarrage.precharger()
            from vues.application import lancer

            return lancer(args.db, sortir_apres_affichage=args.sortir_apres_affichage)
        return VERBES[args.verbe](args)
    except ErreurForum as exc:
        print(f"forum-ouvert : erreur : {exc.message}", file=sys.stderr)
        return ERREUR
    except OSError as exc:
        nom = f" « {exc.filename} »" if exc.filename else ""
        print(
            f"forum-ouvert : erreur : impossible d'accéder à{nom} : {exc.strerror}.",
            file=sys.stderr,
        )
        return ERREUR


if __name__ == "__main__":
    sys.exit(main())
