#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs (offscreen for tests, xcb for a desktop), the
# tools the tests use to look at PDFs, and the PostgreSQL server that `make test` starts for
# the shared-server tests (packaging/avec-postgres.sh); only what is missing, and only where
# apt-get exists.
set -euo pipefail

paquets=()
manque_lib() { ! ldconfig -p 2>/dev/null | grep -q "$1"; }
manque_cmd() { ! command -v "$1" >/dev/null 2>&1; }

manque_lib 'libEGL.so.1'           && paquets+=(libegl1)
manque_lib 'libGL.so.1'            && paquets+=(libgl1)
manque_lib 'libfontconfig.so.1'    && paquets+=(libfontconfig1)
manque_lib 'libxkbcommon.so.0'     && paquets+=(libxkbcommon0)
manque_lib 'libxkbcommon-x11.so.0' && paquets+=(libxkbcommon-x11-0)
manque_lib 'libdbus-1.so.3'        && paquets+=(libdbus-1-3)
manque_lib 'libglib-2.0.so.0'      && paquets+=(libglib2.0-0)
manque_lib 'libxcb-cursor.so.0'    && paquets+=(libxcb-cursor0)
manque_lib 'libxcb-icccm.so.4'     && paquets+=(libxcb-icccm4)
manque_lib 'libxcb-keysyms.so.1'   && paquets+=(libxcb-keysyms1)
manque_lib 'libxcb-shape.so.0'     && paquets+=(libxcb-shape0)
manque_lib 'libX11-xcb.so.1'       && paquets+=(libx11-xcb1)
manque_cmd pdftoppm                && paquets+=(poppler-utils)
manque_cmd xvfb-run                && paquets+=(xvfb xauth)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || paquets+=(fonts-dejavu-core)
python3 -c 'import venv, ensurepip' 2>/dev/null || paquets+=(python3-venv)
# `make test` starts a throwaway PostgreSQL server (packaging/avec-postgres.sh).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && manque_cmd initdb; then
    paquets+=(postgresql)
fi

[ ${#paquets[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Bibliothèques système manquantes : ${paquets[*]}. Installez-les avec le gestionnaire de paquets de votre système." >&2
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installation des paquets système manquants : ${paquets[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${paquets[@]}"
