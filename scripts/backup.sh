#!/usr/bin/env bash
# Daily backup: a compressed pg_dump of the database (and, with BACKUP_FORGEJO=1, a
# `forgejo dump` of the git server), verified, pruned by age and count, copied
# offsite, and recorded for monitoring.
#
# Usage: scripts/backup.sh               dump, verify, prune, copy offsite, record
#        scripts/backup.sh --prune-only  apply the retention only
#
# Where the dump comes from (first that is set):
#   DATABASE_URL         pg_dump on this machine against that URL
#                        (development, tests, a restore drill against local PostgreSQL)
#   BACKUP_COMPOSE_FILE  pg_dump inside the `database` service of that compose file
#                        (production: /opt/lila/docker-compose.prod.yml)
# Settings (environment, or the BACKUP_* lines of BACKUP_ENV_FILE, e.g. /opt/lila/.env,
# which is parsed, never executed; inline comments are allowed):
#   BACKUP_DIR          where dumps go (default ~/backups)
#   BACKUP_KEEP_DAYS    keep every dump younger than this many days (default 7)
#   BACKUP_KEEP         and, whatever their age, the newest this many (default 7).
#                       A dump goes only when it is both older than BACKUP_KEEP_DAYS
#                       and not among the newest BACKUP_KEEP: extra manual runs never
#                       push a week of dailies out, and a stopped cron never empties
#                       the directory.
#   BACKUP_FORGEJO      1: also `forgejo dump` the git server (compose mode only)
#   BACKUP_METRICS_DIR  write lila_backup.prom there after a verified dump, for the
#                       node exporter's textfile collector (alert BackupMissing);
#                       empty: no metric (pre-deploy dumps)
#   BACKUP_S3_BUCKET, BACKUP_S3_ENDPOINT, BACKUP_S3_REGION, BACKUP_S3_PREFIX,
#   BACKUP_S3_ACCESS_KEY_ID, BACKUP_S3_SECRET_ACCESS_KEY
#                       offsite copy with the `aws` CLI when BACKUP_S3_BUCKET is set;
#                       a failed upload makes the run fail (the local dump is kept).
# Files are named lila-YYYYMMDDTHHMMSSZ.sql.gz and forgejo-YYYYMMDDTHHMMSSZ.tar.gz
# (UTC), so names sort by age; each is written to a hidden .partial file first and
# renamed only once verified.
set -euo pipefail

me=$(basename "$0")
here=$(cd "$(dirname "$0")" && pwd)
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$me" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

# shellcheck source-path=SCRIPTDIR
source "$here/lib/dotenv.sh"

# The BACKUP_* lines of the env file; variables already in the environment win.
load_env_file() {
    local file=$1 name value
    [ -r "$file" ] || die "BACKUP_ENV_FILE $file is not readable"
    while IFS=$'\t' read -r name value; do
        case "$name" in BACKUP_*) ;; *) continue ;; esac
        if [ -z "${!name+set}" ]; then
            export "$name=$value"
        fi
    done < <(dotenv_each "$file")
}

if [ -n "${BACKUP_ENV_FILE:-}" ]; then
    load_env_file "$BACKUP_ENV_FILE"
fi

BACKUP_DIR=${BACKUP_DIR:-$HOME/backups}
BACKUP_KEEP=${BACKUP_KEEP:-7}
BACKUP_KEEP_DAYS=${BACKUP_KEEP_DAYS:-7}
for setting in BACKUP_KEEP BACKUP_KEEP_DAYS; do
    case "${!setting}" in
        '' | *[!0-9]*) die "$setting must be a positive integer (got '${!setting}')" ;;
    esac
    [ "${!setting}" -ge 1 ] || die "$setting must be at least 1"
done

# Seconds since the epoch of a name's timestamp (lila-20260101T030000Z.sql.gz).
stamp_seconds() {
    local stamp=${1#*-}
    stamp=${stamp%%Z*}
    date -u -d "${stamp:0:4}-${stamp:4:2}-${stamp:6:2} ${stamp:9:2}:${stamp:11:2}:${stamp:13:2}" +%s
}

# Applies the retention to the files of one kind (name prefix and suffix).
prune_kind() {
    local prefix=$1 suffix=$2 name count=0 cutoff
    cutoff=$(($(date -u +%s) - BACKUP_KEEP_DAYS * 86400))
    while IFS= read -r name; do
        count=$((count + 1))
        [ "$count" -gt "$BACKUP_KEEP" ] || continue
        if [ "$(stamp_seconds "$name")" -lt "$cutoff" ]; then
            rm -f -- "${BACKUP_DIR:?}/$name"
            log "pruned $name"
        fi
    done < <(find "$BACKUP_DIR" -maxdepth 1 -type f -name "$prefix-[0-9]*T[0-9]*Z$suffix" -printf '%f\n' | LC_ALL=C sort -r)
}

prune() {
    prune_kind lila .sql.gz
    prune_kind forgejo .tar.gz
}

compose() {
    docker compose -f "$BACKUP_COMPOSE_FILE" "$@"
}

dump_database() {
    if [ -n "${DATABASE_URL:-}" ]; then
        pg_dump --no-owner --no-privileges --dbname="$DATABASE_URL"
    elif [ -n "${BACKUP_COMPOSE_FILE:-}" ]; then
        # POSTGRES_USER/POSTGRES_DB are the container's own settings.
        # shellcheck disable=SC2016
        compose exec -T database sh -c 'pg_dump --no-owner --no-privileges -U "$POSTGRES_USER" "$POSTGRES_DB"'
    else
        die "set DATABASE_URL or BACKUP_COMPOSE_FILE"
    fi
}

# Forgejo's own dump (its SQLite database as SQL, repositories, packages, config) to stdout.
dump_forgejo() {
    compose exec -T -u git forgejo forgejo dump --config /data/gitea/conf/app.ini \
        --type tar.gz --tempdir /tmp --file -
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

# The node exporter reads *.prom files; written whole, then renamed, so it never reads half a file.
record_metrics() {
    local file=$1 started=$2 dir=${BACKUP_METRICS_DIR:-}
    [ -n "$dir" ] || return 0
    mkdir -p "$dir"
    {
        echo "# HELP lila_backup_last_success_timestamp_seconds When the newest verified database dump finished."
        echo "# TYPE lila_backup_last_success_timestamp_seconds gauge"
        echo "lila_backup_last_success_timestamp_seconds $(date -u +%s)"
        echo "# HELP lila_backup_last_size_bytes Size of the newest verified database dump."
        echo "# TYPE lila_backup_last_size_bytes gauge"
        echo "lila_backup_last_size_bytes $(stat -c %s "$file")"
        echo "# HELP lila_backup_last_duration_seconds How long the newest backup run took."
        echo "# TYPE lila_backup_last_duration_seconds gauge"
        echo "lila_backup_last_duration_seconds $(($(date -u +%s) - started))"
    } > "$dir/.lila_backup.prom.tmp"
    chmod 0644 "$dir/.lila_backup.prom.tmp"
    mv -- "$dir/.lila_backup.prom.tmp" "$dir/lila_backup.prom"
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

started=$(date -u +%s)
# Leftovers of an interrupted run.
find "$BACKUP_DIR" -maxdepth 1 -type f -name '.*.partial' -delete

stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="lila-$stamp.sql.gz"
final="$BACKUP_DIR/$name"
partial="$BACKUP_DIR/.$name.partial"
umask 077

log "dumping to $final"
dump_database | gzip -6 > "$partial" || { rm -f -- "$partial"; die "pg_dump failed"; }

# A dump that is not a complete, readable gzip of a whole database is no backup.
gzip -t "$partial" || { rm -f -- "$partial"; die "the dump is not a valid gzip file"; }
if ! gzip -dc "$partial" | tail -n 5 | grep -q "PostgreSQL database dump complete"; then
    rm -f -- "$partial"
    die "the dump is incomplete (no end marker)"
fi
mv -- "$partial" "$final"
log "wrote $name ($(du -h "$final" | cut -f1))"

forgejo_final=""
if [ "${BACKUP_FORGEJO:-0}" = 1 ]; then
    [ -n "${BACKUP_COMPOSE_FILE:-}" ] || die "BACKUP_FORGEJO=1 needs BACKUP_COMPOSE_FILE"
    forgejo_final="$BACKUP_DIR/forgejo-$stamp.tar.gz"
    forgejo_partial="$BACKUP_DIR/.forgejo-$stamp.tar.gz.partial"
    log "dumping Forgejo to $forgejo_final"
    dump_forgejo > "$forgejo_partial" || { rm -f -- "$forgejo_partial"; die "forgejo dump failed"; }
    if ! tar -tzf "$forgejo_partial" > /dev/null; then
        rm -f -- "$forgejo_partial"
        die "the Forgejo dump is not a readable tar.gz"
    fi
    mv -- "$forgejo_partial" "$forgejo_final"
    log "wrote $(basename "$forgejo_final") ($(du -h "$forgejo_final" | cut -f1))"
fi

prune

if [ -n "${BACKUP_S3_BUCKET:-}" ]; then
    offsite "$final"
    if [ -n "$forgejo_final" ]; then offsite "$forgejo_final"; fi
fi
record_metrics "$final" "$started"
log "done"
