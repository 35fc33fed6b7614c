#!/usr/bin/env bash
# PostgreSQL migrations live in prisma/postgres/migrations, derived from the SQLite schema
# (prisma/schema.prisma, the source of truth). The first one, 20261123000000_init, is fixed:
# deployed databases recorded its sha256 and src/migrate-postgres.ts refuses a database
# whose recorded text differs. Every later schema change is a new migration with the same
# name as its SQLite twin. prisma/new-migration.sh runs this on a throwaway server; by hand,
# point DATABASE_URL at a PostgreSQL server where you may CREATE DATABASE (Prisma's shadow
# database replays the committed migrations there):
#   DATABASE_URL=postgresql://… bash prisma/pg-migration.sh <yyyymmddhhmmss>_<short_name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: prisma/pg-migration.sh <yyyymmddhhmmss>_<short_name>}
if [[ ! $name =~ ^[0-9]{14}_[A-Za-z0-9_]+$ ]] || [[ $name == *_init ]]; then
  echo "pg-migration: '$name' is not a new migration name like 20270101120000_add_motto (the init never changes)" >&2
  exit 2
fi
: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL server for the shadow database}"
export CHECKPOINT_DISABLE=1
node prisma/sync-pg-schema.mjs
prisma() { node node_modules/prisma/build/index.js "$@" --config prisma/prisma.config.ts | grep -v '^Loaded Prisma config'; }
sql=$(prisma migrate diff --from-migrations prisma/postgres/migrations --to-schema-datamodel prisma/postgres/schema.prisma --script)
if grep -qv -e '^-- This is an empty migration.' -e '^\s*$' <<<"$sql"; then
  dir="prisma/postgres/migrations/$name"
  mkdir -p "$dir"
  printf '%s\n' "$sql" > "$dir/migration.sql"
  echo "created $dir"
else
  echo "no PostgreSQL schema changes"
fi
DATABASE_URL=postgresql://localhost/unused node node_modules/prisma/build/index.js generate --config prisma/prisma.config.ts >/dev/null 2>&1
