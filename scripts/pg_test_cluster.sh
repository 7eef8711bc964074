#!/usr/bin/env bash
# Start a throwaway PostgreSQL + PostGIS cluster on 127.0.0.1 for the tests and print the URL
# to export as STRIKE_ATLAS_TEST_PG. Needs the Debian packages postgresql and
# postgresql-15-postgis-3 (`.ci/run` installs them). Stop it with: pg_ctl -D DIR stop
#   export STRIKE_ATLAS_TEST_PG=$(bash scripts/pg_test_cluster.sh)
set -euo pipefail
PORT="${PGPORT_TEST:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
DATA=$(mktemp -d /tmp/strike-atlas-pg.XXXXXX)
RUNAS=()
if [ "$(id -u)" = "0" ]; then
  chown postgres "$DATA"
  RUNAS=(runuser -u postgres --)
fi
"${RUNAS[@]}" "$BIN/initdb" -D "$DATA" -A trust -U postgres >"$DATA.initdb.log" 2>&1
"${RUNAS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE strike_atlas_test" >/dev/null
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d strike_atlas_test -qc "CREATE EXTENSION postgis" >/dev/null
# The data folder, for whoever stops the cluster (CI): named in a file the caller chose.
[ -n "${PG_TEST_DIR_FILE:-}" ] && echo "$DATA" >"$PG_TEST_DIR_FILE"
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/strike_atlas_test"
