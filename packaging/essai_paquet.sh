#!/usr/bin/env bash
# Smoke test of the built bundle (dist/forum-ouvert/), without pytest and without the venv: the
# bundled program alone writes the demo forum (migrations, demo content), checks it, exports the
# book of proceedings (reportlab, fonts, Babel, QR codes), the site (Jinja2 templates), the
# exchange JSON (JSON Schema), then starts the GUI offscreen on that forum and quits once the
# window is painted (Qt plugins, icons). Exit code 0 only if every step succeeded and the PDF is
# a PDF.
#
#   bash packaging/essai_paquet.sh                 the bundle in dist/forum-ouvert
#   bash packaging/essai_paquet.sh CHEMIN/DOSSIER  another unpacked bundle
set -uo pipefail
cd "$(dirname "$0")/.."

DOSSIER="${1:-dist/forum-ouvert}"
PROGRAMME="$DOSSIER/forum-ouvert"
if [ ! -x "$PROGRAMME" ]; then
    echo "essai_paquet : $PROGRAMME est absent ; construisez d'abord le paquet (make paquet)." >&2
    exit 1
fi
PROGRAMME="$(cd "$(dirname "$PROGRAMME")" && pwd)/forum-ouvert"

TEMP="$(mktemp -d /tmp/essai-paquet.XXXXXX)"
trap 'rm -rf "$TEMP"' EXIT
# Nothing from the build machine's Python may help the bundle: no venv, no PYTHONPATH, and the
# application's own folders in the temporary directory.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export FORUM_OUVERT_DOSSIER="$TEMP/donnees"
export QT_QPA_PLATFORM=offscreen
# Runs from a neutral directory, so nothing is found through the working directory either.
cd "$TEMP"

FORUM="$TEMP/essai.forum"
PDF="$TEMP/actes.pdf"
reussies=0
echecs=0
etape() {
    local nom="$1"
    shift
    local debut duree
    debut=$(date +%s%N)
    if "$@" >"$TEMP/sortie.log" 2>&1; then
        duree=$((($(date +%s%N) - debut) / 1000000))
        printf 'ok     %-30s %3d,%d s\n' "$nom" $((duree / 1000)) $((duree % 1000 / 100))
        reussies=$((reussies + 1))
    else
        local code=$?
        printf 'ÉCHEC  %-30s (code %d)\n' "$nom" "$code"
        sed 's/^/       | /' "$TEMP/sortie.log" | tail -30
        echecs=$((echecs + 1))
    fi
    # Qt or Python warnings in a step that succeeded still deserve to be seen.
    if grep -qiE 'warning|traceback|could not|cannot|introuvable' "$TEMP/sortie.log"; then
        sed 's/^/       ! /' "$TEMP/sortie.log" | head -20
    fi
}

est_un_pdf() {
    [ -s "$PDF" ] && [ "$(head -c 5 "$PDF")" = "%PDF-" ] && tail -c 1024 "$PDF" | grep -q '%%EOF'
}

etape "version" "$PROGRAMME" --version
etape "demo (forum de démonstration)" "$PROGRAMME" demo --db "$FORUM"
etape "verifier" "$PROGRAMME" verifier --db "$FORUM"
etape "actes (PDF)" "$PROGRAMME" actes --db "$FORUM" -o "$PDF"
etape "le fichier est un PDF" est_un_pdf
etape "site" "$PROGRAMME" site --db "$FORUM" -o "$TEMP/site"
etape "exporter (JSON validé)" "$PROGRAMME" exporter --db "$FORUM" -o "$TEMP/forum.json"
etape "importer (schéma JSON)" "$PROGRAMME" importer "$TEMP/forum.json" --db "$TEMP/copie.forum"
etape "interface (offscreen)" timeout 120 "$PROGRAMME" --db "$FORUM" --sortir-apres-affichage

if [ "$echecs" -ne 0 ]; then
    echo "essai_paquet : $echecs étape(s) en échec."
else
    echo "essai_paquet : le paquet fonctionne ($(du -sh "$(dirname "$PROGRAMME")" | cut -f1), PDF de $(du -k "$PDF" | cut -f1) Kio)."
fi
# The plain closing line that CI reads when this runs after pytest in .ci/run.
echo "paquet: $reussies passed, $echecs failed"
[ "$echecs" -eq 0 ]
