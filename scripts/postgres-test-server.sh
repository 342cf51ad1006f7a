#!/usr/bin/env bash
# Starts (or reuses) a throw-away PostgreSQL server on loopback for the test suites and prints its URL.
# The cluster lives under /tmp and belongs to the `postgres` system user, since the server refuses root.
set -euo pipefail
PORT="${MONSMS_TEST_PG_PORT:-55432}"
DIR="${MONSMS_TEST_PG_DIR:-/tmp/monsms-test-pg}"
BIN="$(dirname "$(ls /usr/lib/postgresql/*/bin/postgres | sort -V | tail -n 1)")"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if ! as_postgres "'$BIN/pg_isready' -q -h 127.0.0.1 -p $PORT"; then
    if [ ! -f "$DIR/PG_VERSION" ]; then
        rm -rf "$DIR"; mkdir -p "$DIR"
        [ "$(id -u)" = 0 ] && chown postgres "$DIR"
        as_postgres "'$BIN/initdb' -D '$DIR' -U postgres --auth=trust -E UTF8 >/dev/null"
    fi
    as_postgres "'$BIN/pg_ctl' -D '$DIR' -l '$DIR/server.log' -w -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
fi
as_postgres "'$BIN/psql' -h 127.0.0.1 -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='monsms_test'\"" | grep -q 1 \
    || as_postgres "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U postgres monsms_test"
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/monsms_test"
