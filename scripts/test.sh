#!/usr/bin/env bash
# Runs every test suite: lint, unit, sandbox, store (SQLite and PostgreSQL), AppTest and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
bash scripts/install-system-deps.sh
MONSMS_TEST_POSTGRES_URL="$(bash scripts/postgres-test-server.sh)"
export MONSMS_TEST_POSTGRES_URL
export MONSMS_REQUIRE_POSTGRES=1
$PY -m ruff check .
$PY -m mypy
set +e
$PY -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    echo "No tests were collected: treating that as a failure." >&2
    exit 1
fi
exit "$status"
