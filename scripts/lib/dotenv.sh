#!/usr/bin/env bash
# Reads a docker-compose style .env file without executing it (never `source` a
# .env: a value such as $(...) would run). Sourced by backup.sh, check-env.sh and
# deploy.sh. The syntax is the one docker compose reads:
#   NAME=value              unquoted: an inline comment starts at whitespace + '#'
#   NAME="value" # note     double or single quotes: the value is what is inside
#   export NAME=value       the `export ` prefix is allowed
#   # comment, blank line   ignored
set -euo pipefail

# dotenv_value LINE: prints the value part of one NAME=value line.
dotenv_value() {
    local value=${1#*=}
    case "$value" in
        \"*)
            value=${value#\"}
            printf '%s' "${value%%\"*}"
            ;;
        \'*)
            value=${value#\'}
            printf '%s' "${value%%\'*}"
            ;;
        *)
            # Everything from the first whitespace-then-# on is a comment.
            value=$(printf '%s' "$value" | sed -E 's/[[:space:]]+#.*$//; s/^[[:space:]]+//; s/[[:space:]]+$//')
            printf '%s' "$value"
            ;;
    esac
}

# dotenv_each FILE: prints "NAME<TAB>value" for every assignment in FILE, in order.
dotenv_each() {
    local file=$1 line name
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        line=$(printf '%s' "$line" | sed -E 's/^[[:space:]]+//; s/^export[[:space:]]+//')
        case "$line" in '' | \#*) continue ;; esac
        case "$line" in *=*) ;; *) continue ;; esac
        name=${line%%=*}
        case "$name" in '' | [0-9]* | *[!A-Za-z0-9_]*) continue ;; esac
        printf '%s\t%s\n' "$name" "$(dotenv_value "$line")"
    done < "$file"
}

# dotenv_get FILE NAME: prints the value of the last NAME= line (empty if none).
dotenv_get() {
    local file=$1 wanted=$2 name value result=""
    while IFS=$'\t' read -r name value; do
        if [ "$name" = "$wanted" ]; then result=$value; fi
    done < <(dotenv_each "$file")
    printf '%s' "$result"
}
