#!/usr/bin/env bash
# Restores a backup written by scripts/backup.sh into a database, replacing its
# contents. The dump is loaded into a scratch database first and swapped in only
# once it loaded completely: a damaged dump leaves the old database untouched.
#
# Usage: scripts/restore.sh [--yes] BACKUP_FILE [TARGET_DB]
#   BACKUP_FILE  lila-YYYYMMDDTHHMMSSZ.sql.gz
#   TARGET_DB    database to replace (created if missing); default: the database of
#                DATABASE_URL, or lila in compose mode. A restore drill uses a
#                scratch name (e.g. lila_restore_drill) and leaves the live one alone.
#   --yes        do not ask for confirmation (scripts, tests)
#
# Where (first that is set, as in backup.sh):
#   DATABASE_URL         psql on this machine; the URL's user must be allowed to
#                        create databases. The maintenance connection goes to the
#                        `postgres` database of the same server.
#   BACKUP_COMPOSE_FILE  psql inside the `database` service of that compose file.
#                        Restoring over the live `lila` database stops the api
#                        service first and starts it again only after a restore that
#                        succeeded. After a failure the api stays stopped (an API on
#                        an empty or half-restored database would seed it and accept
#                        sign-ups): fix the cause, then restore again or
#                        `docker compose start api` to go back to the old data.
#
# Steps: check the file (gzip and the dump's completion marker) -> load it into
# <target>_restoring in one transaction -> rename <target> to <target>_replaced and
# <target>_restoring to <target> -> drop <target>_replaced.
set -euo pipefail

me=$(basename "$0")
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$me" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
usage() { die "usage: $me [--yes] BACKUP_FILE [TARGET_DB]"; }

assume_yes=0
if [ "${1:-}" = "--yes" ]; then
    assume_yes=1
    shift
fi
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    usage
fi
file=$1
[ -r "$file" ] || die "cannot read $file"

# postgres://user:pass@host:port/db?params -> the same URL naming another database.
url_with_db() {
    local url=$1 db=$2 base query=""
    base=${url%%\?*}
    if [ "$base" != "$url" ]; then
        query="?${url#*\?}"
    fi
    printf '%s/%s%s' "${base%/*}" "$db" "$query"
}
url_db() {
    local base=${1%%\?*}
    printf '%s' "${base##*/}"
}

if [ -n "${DATABASE_URL:-}" ]; then
    mode=native
    target=${2:-$(url_db "$DATABASE_URL")}
elif [ -n "${BACKUP_COMPOSE_FILE:-}" ]; then
    mode=compose
    target=${2:-lila}
else
    die "set DATABASE_URL or BACKUP_COMPOSE_FILE"
fi

case "$target" in
    '' | *[!a-z0-9_]*) die "target database name must match [a-z0-9_]+ (got '$target')" ;;
    postgres | template0 | template1) die "refusing to restore over the '$target' database" ;;
esac
# PostgreSQL names are at most 63 bytes; the scratch names add 10.
[ "${#target}" -le 53 ] || die "target database name is too long (at most 53 characters)"
scratch="${target}_restoring"
replaced="${target}_replaced"

# Before touching anything: a readable gzip of a dump that pg_dump finished.
gzip -t "$file" || die "$file is not a valid gzip file"
if ! gzip -dc "$file" | tail -n 5 | grep -q "PostgreSQL database dump complete"; then
    die "$file is incomplete (no 'PostgreSQL database dump complete' marker): refusing to restore it"
fi

# psql against database $1, the rest of the arguments passed on.
run_psql() {
    local db=$1
    shift
    if [ "$mode" = native ]; then
        psql --no-psqlrc -v ON_ERROR_STOP=1 -q --dbname="$(url_with_db "$DATABASE_URL" "$db")" "$@"
    else
        # shellcheck disable=SC2016
        docker compose -f "$BACKUP_COMPOSE_FILE" exec -T database \
            sh -c 'exec psql --no-psqlrc -v ON_ERROR_STOP=1 -q -U "$POSTGRES_USER" --dbname="$0" "$@"' "$db" "$@"
    fi
}
maintenance() {
    run_psql postgres -c "SET client_min_messages = warning" "$@"
}
exists() {
    [ "$(run_psql postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$1'")" = 1 ]
}

if [ "$assume_yes" -ne 1 ]; then
    printf 'This REPLACES database "%s" with the contents of %s.\nType the database name to continue: ' "$target" "$file" >&2
    read -r answer
    [ "$answer" = "$target" ] || die "aborted"
fi

stopped_api=0
restored=0
finish() {
    # Only a database that was swapped in completely gets the API back.
    if [ "$stopped_api" -eq 1 ]; then
        if [ "$restored" -eq 1 ]; then
            log "starting the api service"
            docker compose -f "$BACKUP_COMPOSE_FILE" start api
        else
            log "the restore failed: the api service stays stopped; '$target' still holds the old data." \
                "Fix the cause and restore again, or 'docker compose start api' to serve the old data." >&2
        fi
    fi
}
trap finish EXIT

if [ "$mode" = compose ] && [ "$target" = lila ]; then
    log "stopping the api service"
    docker compose -f "$BACKUP_COMPOSE_FILE" stop api
    stopped_api=1
fi

log "loading $file into the scratch database $scratch"
maintenance -c "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" -c "CREATE DATABASE \"$scratch\""
# One transaction: the scratch database holds the whole dump or nothing.
if ! gzip -dc "$file" | run_psql "$scratch" --single-transaction --output=/dev/null -f -; then
    maintenance -c "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" || true
    die "loading $file failed; '$target' is unchanged"
fi

log "swapping $scratch in as $target"
maintenance -c "DROP DATABASE IF EXISTS \"$replaced\" WITH (FORCE)"
if exists "$target"; then
    # Renaming needs the database free of sessions (the api is stopped in compose
    # mode): no new ones, then end the others.
    maintenance -c "ALTER DATABASE \"$target\" ALLOW_CONNECTIONS false" \
        -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$target' AND pid <> pg_backend_pid()" \
        --output=/dev/null
    if ! maintenance -c "ALTER DATABASE \"$target\" RENAME TO \"$replaced\""; then
        maintenance -c "ALTER DATABASE \"$target\" ALLOW_CONNECTIONS true" || true
        maintenance -c "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" || true
        die "could not move '$target' aside; it is unchanged"
    fi
fi
if ! maintenance -c "ALTER DATABASE \"$scratch\" RENAME TO \"$target\""; then
    # Put the old database back under its name.
    if exists "$replaced"; then
        maintenance -c "ALTER DATABASE \"$replaced\" RENAME TO \"$target\"" \
            -c "ALTER DATABASE \"$target\" ALLOW_CONNECTIONS true" || true
    fi
    die "could not rename $scratch to $target; '$target' is unchanged and $scratch holds the restored data"
fi
restored=1
maintenance -c "DROP DATABASE IF EXISTS \"$replaced\" WITH (FORCE)"

log "restored $file into $target"
