#!/bin/sh
# Installs (if needed) and starts a local PostgreSQL from Debian's packages, creates the role and database the
# store tests use, and prints the URL to put in CORROBORATE_TEST_PG. Run as root on Debian. Idempotent.
# Usage: CORROBORATE_TEST_PG="$(bash scripts/start-postgres.sh)" npx vitest run src/store
set -eu
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start >&2
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
psql_as_postgres() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $*"; }
if [ "$(psql_as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname = 'corroborate'\"")" != "1" ]; then
  psql_as_postgres "-c \"CREATE ROLE corroborate LOGIN PASSWORD 'corroborate'\"" >&2
fi
if [ "$(psql_as_postgres "-c \"SELECT 1 FROM pg_database WHERE datname = 'corroborate_test'\"")" != "1" ]; then
  psql_as_postgres "-c \"CREATE DATABASE corroborate_test OWNER corroborate\"" >&2
fi
echo "postgres://corroborate:corroborate@127.0.0.1:$port/corroborate_test"
