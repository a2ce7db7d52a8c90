#!/usr/bin/env bash
# Restores a backup written by scripts/backup.sh into a database, which is dropped
# and created afresh (all its current data is lost).
#
# Usage: scripts/restore.sh [--yes] BACKUP_FILE [TARGET_DB]
#   BACKUP_FILE  lila-YYYYMMDDTHHMMSSZ.sql.gz
#   TARGET_DB    database to (re)create; default: the database of DATABASE_URL,
#                or lila in compose mode. A restore drill uses a scratch name
#                (e.g. lila_restore_drill) and leaves the live database alone.
#   --yes        do not ask for confirmation (scripts, tests)
#
# Where (first that is set, as in backup.sh):
#   DATABASE_URL         psql on this machine; the URL's user must be allowed to
#                        create databases. The maintenance connection goes to the
#                        `postgres` database of the same server.
#   BACKUP_COMPOSE_FILE  psql inside the `database` service of that compose file.
#                        Restoring over the live `lila` database stops the api
#                        service first and starts it again afterwards.
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
gzip -t "$file" || die "$file is not a valid gzip file"

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
    ''|*[!a-z0-9_]*) die "target database name must match [a-z0-9_]+ (got '$target')" ;;
    postgres|template0|template1) die "refusing to restore over the '$target' database" ;;
esac

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

if [ "$assume_yes" -ne 1 ]; then
    printf 'This DROPS database "%s" and restores it from %s.\nType the database name to continue: ' "$target" "$file" >&2
    read -r answer
    [ "$answer" = "$target" ] || die "aborted"
fi

stopped_api=0
if [ "$mode" = compose ] && [ "$target" = lila ]; then
    log "stopping the api service"
    docker compose -f "$BACKUP_COMPOSE_FILE" stop api
    stopped_api=1
fi
restart_api() {
    if [ "$stopped_api" -eq 1 ]; then
        log "starting the api service"
        docker compose -f "$BACKUP_COMPOSE_FILE" start api
    fi
}
trap restart_api EXIT

log "recreating database $target"
run_psql postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS \"$target\" WITH (FORCE)" \
    -c "CREATE DATABASE \"$target\""

log "restoring $file"
# One transaction: a restore either completes or leaves an empty database.
gzip -dc "$file" | run_psql "$target" --single-transaction --output=/dev/null -f -

log "restored $file into $target"
