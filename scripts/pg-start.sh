#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on a free loopback port and prints export lines:  eval "$(scripts/pg-start.sh)"
# Settings trade durability for speed (fsync off): for tests only.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] || { echo "pg-start: PostgreSQL is not installed; run scripts/install-deps.sh" >&2; exit 1; }
DIR=${1:-$(mktemp -d /tmp/cs-pg.XXXXXX)}
mkdir -p "$DIR"
for _ in $(seq 50); do
  PORT=$((20000 + RANDOM % 30000))
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
done
RUNAS=()
if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$DIR"; chmod 700 "$DIR"; RUNAS=(runuser -u postgres --); fi
"${RUNAS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 -o "-h 127.0.0.1 -p $PORT -k $DIR \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
echo "export CS_PG_DIR=$DIR CS_PG_PORT=$PORT"
echo "export CS_PG='Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres'"
