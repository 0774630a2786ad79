#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the store contract tests, and prints the URL they connect to.
# Idempotent: installs Debian's `postgresql` if it is missing (needs root), creates and starts the
# newest cluster, creates the role and the test database when they don't exist yet.
#
#   COMPANION_TEST_DATABASE_URL=$(scripts/ensure-postgres.sh) npx vitest run --project node packages/server/test
#
# When COMPANION_TEST_DATABASE_URL already answers (a CI service container, a developer's own server),
# nothing is installed or started: the script only prints it back.
# There is no systemd on the CI machines: clusters are started with pg_ctlcluster directly.
set -euo pipefail

ROLE=companion
PASSWORD=companion
DATABASE=companion_test
log() { echo "ensure-postgres: $*" >&2; }

if [ -n "${COMPANION_TEST_DATABASE_URL:-}" ] && command -v psql >/dev/null \
  && psql "$COMPANION_TEST_DATABASE_URL" -Atqc 'SELECT 1' >/dev/null 2>&1; then
  echo "$COMPANION_TEST_DATABASE_URL"
  exit 0
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
    log "needs root for: $*"; exit 1
  fi
}
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else as_root runuser -u postgres -- "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null; then
  log "installing postgresql from Debian's packages (first run only)…"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

VERSION=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$VERSION" ]; then
  VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  log "creating cluster $VERSION/main"
  as_root pg_createcluster "$VERSION" main >&2
fi
# Columns: Ver Cluster Port Status Owner Data-directory Log-file
read -r _ _ PORT STATUS _ < <(pg_lsclusters --no-header "$VERSION" main 2>/dev/null || pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"')
if [ "${STATUS:-down}" != online ]; then
  log "starting cluster $VERSION/main on port $PORT"
  as_root pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start >&2
fi
for _ in $(seq 1 50); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.2
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || { log "PostgreSQL does not answer on 127.0.0.1:$PORT"; exit 1; }

psql_admin() { as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -Atq "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
  log "creating role $ROLE"
  # CREATEDB: the tests may create throw-away databases; each test otherwise gets its own schema.
  psql_admin -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
  log "creating database $DATABASE"
  psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE"
fi

echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
