#!/usr/bin/env bash
# Stops the throwaway PostgreSQL started by pg-start.sh and deletes its folder.
set -uo pipefail
DIR=${1:-${CS_PG_DIR:-}}
[ -n "$DIR" ] && [ -d "$DIR" ] || exit 0
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
RUNAS=(); [ "$(id -u)" = 0 ] && RUNAS=(runuser -u postgres --)
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1
rm -rf "$DIR"
