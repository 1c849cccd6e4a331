#!/usr/bin/env bash
# Builds the one-folder bundle dist/forum-ouvert/ with PyInstaller (packaging/forum-ouvert.spec),
# its intermediate files in build/. Uses the project's venv (.venv), creating it like `make` does
# when it is missing, with the `dev` extra that brings PyInstaller.
#
#   bash packaging/construire.sh            build (or `make paquet`)
#   PYTHON=python3.12 bash packaging/construire.sh
#
# The bundle runs on Linux distributions whose glibc is at least as recent as the build machine's:
# build on the oldest system you want to support.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=".venv"
BIN="$VENV/bin"

if [ ! -x "$BIN/python" ]; then
    bash packaging/dependances-systeme.sh
    "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 ou plus récent est requis.")'
    echo "Création de l'environnement virtuel $VENV"
    "$PYTHON" -m venv "$VENV"
    "$BIN/python" -m pip install --quiet --upgrade pip
    "$BIN/python" -m pip install --quiet -e '.[dev]'
    # The Makefile's own stamp: `make test` need not reinstall what was just installed.
    touch "$VENV/.installe"
fi
if ! "$BIN/python" -c 'import PyInstaller' 2>/dev/null; then
    # A venv made before PyInstaller joined the dev extra: add only what is missing.
    "$BIN/python" -m pip install --quiet -e '.[dev]'
fi

# Translations (.qm) are built from the .ts sources by the Makefile when it knows how; the bundle
# takes whatever ressources/traductions/ holds at this point.
if [ -d ressources/traductions ] && ! ls ressources/traductions/*.qm >/dev/null 2>&1; then
    echo "Note : aucune traduction compilée (.qm) dans ressources/traductions/ ; le paquet sera en français seulement." >&2
fi

# The desktop integration files, checked by the reference validators where they are installed
# (Debian: appstream, desktop-file-utils). Where they are not, say so: nothing is assumed valid.
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net packaging/linux/ca.forumouvert.ForumOuvert.metainfo.xml
else
    echo "Validation AppStream sautée : appstreamcli est absent (paquet Debian « appstream »)." >&2
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate packaging/linux/forum-ouvert.desktop
else
    echo "Validation du .desktop sautée : desktop-file-validate est absent (paquet « desktop-file-utils »)." >&2
fi

debut=$(date +%s)
"$BIN/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/forum-ouvert.spec
fin=$(date +%s)

dossier="dist/forum-ouvert"
[ -x "$dossier/forum-ouvert" ] || [ -e "$dossier/forum-ouvert.exe" ] || {
    echo "Échec : l'exécutable $dossier/forum-ouvert est absent." >&2
    exit 1
}
# The desktop integration files travel with the bundle, for an installer or a package to place.
mkdir -p "$dossier/partage"
cp packaging/linux/forum-ouvert.desktop packaging/linux/ca.forumouvert.ForumOuvert.metainfo.xml \
    packaging/linux/forum-ouvert.xml \
    ressources/icones/forum-ouvert.svg "$dossier/partage/"
echo "Paquet construit : $dossier ($(du -sh "$dossier" | cut -f1), $((fin - debut)) s)"
