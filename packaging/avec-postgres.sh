#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback, for the tests that run against
# both SQLite and PostgreSQL (storage, merge, concurrency): the server lives in a temporary
# directory, its URL is exported as FORUM_OUVERT_PG, and it is stopped at the end whatever the
# outcome. `make test` goes through this script, so it needs nothing set up by hand.
#
#   packaging/avec-postgres.sh COMMANDE...   COMMANDE with a server (or with the one already
#                                            given by FORUM_OUVERT_PG)
#   packaging/avec-postgres.sh --serveur     only start a server for local work; prints the
#                                            `export` line to use and the command that stops it
set -euo pipefail

binaires_postgres() {
    local dossier
    for dossier in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        [ -x "$dossier/initdb" ] && { echo "$dossier"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

# As root, the server runs as the `postgres` account (PostgreSQL refuses root).
en_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

demarrer_postgres() {
    local bin port mot_de_passe
    bin="$(binaires_postgres)" || {
        echo "PostgreSQL est introuvable (initdb) : lancez « bash packaging/dependances-systeme.sh »." >&2
        return 1
    }
    PG_DOSSIER="$(mktemp -d /tmp/forum-ouvert-pg.XXXXXX)"
    chmod 755 "$PG_DOSSIER"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DOSSIER"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    mot_de_passe="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
    echo "$mot_de_passe" >"$PG_DOSSIER/mot-de-passe"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DOSSIER/mot-de-passe"
    # Password authentication over TCP, as on a newsroom LAN (the tests check a wrong password).
    en_postgres "$bin/initdb" -D "$PG_DOSSIER/donnees" -U postgres --pwfile="$PG_DOSSIER/mot-de-passe" \
        --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$PG_DOSSIER/initdb.log"
    rm -f "$PG_DOSSIER/mot-de-passe"
    en_postgres "$bin/pg_ctl" -D "$PG_DOSSIER/donnees" -l "$PG_DOSSIER/serveur.log" -w start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DOSSIER -c fsync=off -c max_connections=100" \
        >/dev/null
    PG_CTL="$bin/pg_ctl"
    export FORUM_OUVERT_PG="postgresql+psycopg://postgres:$mot_de_passe@127.0.0.1:$port/postgres"
}

arreter_postgres() {
    if [ -n "${PG_DOSSIER:-}" ] && [ -d "$PG_DOSSIER/donnees" ]; then
        en_postgres "$PG_CTL" -D "$PG_DOSSIER/donnees" -m fast -w stop >/dev/null 2>&1 || true
    fi
    [ -n "${PG_DOSSIER:-}" ] && rm -rf "$PG_DOSSIER"
}

if [ "${1:-}" = "--serveur" ]; then
    demarrer_postgres
    echo "export FORUM_OUVERT_PG='$FORUM_OUVERT_PG'"
    echo "# pour l'arrêter : runuser -u postgres -- $PG_CTL -D $PG_DOSSIER/donnees -m fast stop && rm -rf $PG_DOSSIER"
    exit 0
fi

# A server given by the caller, or the tests told to leave PostgreSQL out: nothing to start.
if [ -n "${FORUM_OUVERT_PG:-}" ] || [ "${FORUM_OUVERT_SANS_PG:-}" = "1" ]; then
    exec "$@"
fi

PG_DOSSIER=""
trap arreter_postgres EXIT
demarrer_postgres
"$@"
