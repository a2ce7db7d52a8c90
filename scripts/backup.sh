#!/usr/bin/env bash
# Daily database backup: compressed pg_dump, the newest BACKUP_KEEP kept, and an
# optional offsite copy to S3-compatible object storage.
#
# Usage: scripts/backup.sh               dump, verify, prune, copy offsite
#        scripts/backup.sh --prune-only  apply the retention only
#
# Where the dump comes from (first that is set):
#   DATABASE_URL         pg_dump on this machine against that URL
#                        (development, tests, a restore drill against local PostgreSQL)
#   BACKUP_COMPOSE_FILE  pg_dump inside the `database` service of that compose file
#                        (production: /opt/lila/docker-compose.prod.yml)
# Settings (environment, or the BACKUP_* lines of BACKUP_ENV_FILE, e.g. /opt/lila/.env):
#   BACKUP_DIR      where dumps go (default ~/backups)
#   BACKUP_KEEP     how many dumps to keep (default 7: one a day for a week)
#   BACKUP_S3_BUCKET, BACKUP_S3_ENDPOINT, BACKUP_S3_REGION, BACKUP_S3_PREFIX,
#   BACKUP_S3_ACCESS_KEY_ID, BACKUP_S3_SECRET_ACCESS_KEY
#                   offsite copy with the `aws` CLI when BACKUP_S3_BUCKET is set;
#                   a failed upload makes the run fail (the local dump is kept).
# Files are named lila-YYYYMMDDTHHMMSSZ.sql.gz (UTC), so names sort by age; a dump
# is written to a hidden .partial file first and renamed only once verified.
set -euo pipefail

me=$(basename "$0")
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$me" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

# Reads NAME=value lines for BACKUP_* from a docker-compose style .env file without
# executing it. Variables already in the environment win.
load_env_file() {
    local file=$1 line key value
    [ -r "$file" ] || die "BACKUP_ENV_FILE $file is not readable"
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            BACKUP_*=*) ;;
            *) continue ;;
        esac
        key=${line%%=*}
        value=${line#*=}
        case "$key" in *[!A-Z0-9_]*) continue ;; esac
        # Strip one pair of surrounding quotes.
        case "$value" in
            \"*\") value=${value#\"}; value=${value%\"} ;;
            \'*\') value=${value#\'}; value=${value%\'} ;;
        esac
        if [ -z "${!key+set}" ]; then
            export "$key=$value"
        fi
    done < "$file"
}

if [ -n "${BACKUP_ENV_FILE:-}" ]; then
    load_env_file "$BACKUP_ENV_FILE"
fi

BACKUP_DIR=${BACKUP_DIR:-$HOME/backups}
BACKUP_KEEP=${BACKUP_KEEP:-7}
case "$BACKUP_KEEP" in
    ''|*[!0-9]*) die "BACKUP_KEEP must be a positive integer (got '$BACKUP_KEEP')" ;;
esac
[ "$BACKUP_KEEP" -ge 1 ] || die "BACKUP_KEEP must be at least 1"

# Deletes all but the newest $BACKUP_KEEP dumps (by the timestamp in the name).
prune() {
    local name count=0
    while IFS= read -r name; do
        count=$((count + 1))
        if [ "$count" -gt "$BACKUP_KEEP" ]; then
            rm -f -- "${BACKUP_DIR:?}/$name"
            log "pruned $name"
        fi
    done < <(find "$BACKUP_DIR" -maxdepth 1 -type f -name 'lila-[0-9]*T[0-9]*Z.sql.gz' -printf '%f\n' | LC_ALL=C sort -r)
}

dump() {
    if [ -n "${DATABASE_URL:-}" ]; then
        pg_dump --no-owner --no-privileges --dbname="$DATABASE_URL"
    elif [ -n "${BACKUP_COMPOSE_FILE:-}" ]; then
        # POSTGRES_USER/POSTGRES_DB are the container's own settings.
        # shellcheck disable=SC2016
        docker compose -f "$BACKUP_COMPOSE_FILE" exec -T database \
            sh -c 'pg_dump --no-owner --no-privileges -U "$POSTGRES_USER" "$POSTGRES_DB"'
    else
        die "set DATABASE_URL or BACKUP_COMPOSE_FILE"
    fi
}

offsite() {
    local file=$1 target
    target="s3://${BACKUP_S3_BUCKET}/${BACKUP_S3_PREFIX:-}$(basename "$file")"
    local -a args=(s3 cp --only-show-errors "$file" "$target")
    if [ -n "${BACKUP_S3_ENDPOINT:-}" ]; then
        args+=(--endpoint-url "$BACKUP_S3_ENDPOINT")
    fi
    command -v aws >/dev/null 2>&1 || die "BACKUP_S3_BUCKET is set but the aws CLI is not installed"
    AWS_ACCESS_KEY_ID=${BACKUP_S3_ACCESS_KEY_ID:-${AWS_ACCESS_KEY_ID:-}} \
    AWS_SECRET_ACCESS_KEY=${BACKUP_S3_SECRET_ACCESS_KEY:-${AWS_SECRET_ACCESS_KEY:-}} \
    AWS_DEFAULT_REGION=${BACKUP_S3_REGION:-${AWS_DEFAULT_REGION:-us-east-1}} \
        aws "${args[@]}" || die "offsite copy to $target failed (local dump kept: $file)"
    log "copied offsite to $target"
}

mkdir -p "$BACKUP_DIR"
chmod 0700 "$BACKUP_DIR"

# One run at a time (a slow dump must not overlap the next cron run).
exec 9>"$BACKUP_DIR/.backup.lock"
flock -n 9 || die "another backup is running in $BACKUP_DIR"

if [ "${1:-}" = "--prune-only" ]; then
    prune
    exit 0
elif [ -n "${1:-}" ]; then
    die "unknown argument '$1' (usage: $me [--prune-only])"
fi

# Leftovers of an interrupted run.
find "$BACKUP_DIR" -maxdepth 1 -type f -name '.lila-*.partial' -delete

name="lila-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
final="$BACKUP_DIR/$name"
partial="$BACKUP_DIR/.$name.partial"
umask 077

log "dumping to $final"
dump | gzip -6 > "$partial" || { rm -f -- "$partial"; die "pg_dump failed"; }

# A dump that is not a complete, readable gzip of a whole database is no backup.
gzip -t "$partial" || { rm -f -- "$partial"; die "the dump is not a valid gzip file"; }
if ! gzip -dc "$partial" | tail -n 5 | grep -q "PostgreSQL database dump complete"; then
    rm -f -- "$partial"
    die "the dump is incomplete (no end marker)"
fi
mv -- "$partial" "$final"
log "wrote $name ($(du -h "$final" | cut -f1))"

prune

if [ -n "${BACKUP_S3_BUCKET:-}" ]; then
    offsite "$final"
fi
log "done"
