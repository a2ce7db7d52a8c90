#!/usr/bin/env bash
# Workstation side of the backups: pulls dumps the VPS has and this machine does
# not (rsync over SSH), so a copy survives the loss of the VPS. Run it on login,
# e.g. from ~/.profile:  ( ~/lila/scripts/sync-backups.sh >>~/.lila-sync.log 2>&1 & )
#
#   LILA_BACKUP_REMOTE     rsync source, e.g. deploy@example.com:backups/
#                          (a local directory works too, for tests)
#   LILA_BACKUP_LOCAL_DIR  destination (default ~/lila-backups)
#   RSYNC_RSH              ssh command (default: ssh in batch mode, 10 s connect timeout)
#
# Only finished dumps (lila-*.sql.gz) are copied, never the .partial file of a
# running backup; files already here are not fetched again, and nothing is deleted
# here when the VPS prunes its copies.
set -euo pipefail

me=$(basename "$0")
log() { printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$me" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

remote=${LILA_BACKUP_REMOTE:-}
[ -n "$remote" ] || die "set LILA_BACKUP_REMOTE (e.g. deploy@example.com:backups/)"
local_dir=${LILA_BACKUP_LOCAL_DIR:-$HOME/lila-backups}
# A trailing slash copies the directory's contents.
case "$remote" in */) ;; *) remote="$remote/" ;; esac

export RSYNC_RSH=${RSYNC_RSH:-ssh -o BatchMode=yes -o ConnectTimeout=10}
command -v rsync >/dev/null 2>&1 || die "rsync is not installed"

mkdir -p "$local_dir"
chmod 0700 "$local_dir"

before=$(find "$local_dir" -maxdepth 1 -type f -name 'lila-*.sql.gz' | wc -l)
rsync --archive --ignore-existing --timeout=120 \
    --include='lila-*.sql.gz' --exclude='*' \
    "$remote" "$local_dir/" || die "rsync from $remote failed"

# Check every dump fetched this time (changed since the marker of the last run; rsync keeps the remote mtime).
marker="$local_dir/.last-sync"
while IFS= read -r fetched; do
    gzip -t "$fetched" || die "$fetched is damaged; delete it and run again"
done < <(if [ -e "$marker" ]; then
        find "$local_dir" -maxdepth 1 -type f -name 'lila-*.sql.gz' -cnewer "$marker"
    else
        find "$local_dir" -maxdepth 1 -type f -name 'lila-*.sql.gz'
    fi)
touch "$marker"

after=$(find "$local_dir" -maxdepth 1 -type f -name 'lila-*.sql.gz' | wc -l)
log "$((after - before)) new backup(s) in $local_dir ($after in total)"
