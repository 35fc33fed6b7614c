#!/usr/bin/env bash
# Creates a new migration for SQLite and one for PostgreSQL, both named
# <yyyymmddhhmmss>_<short_name>, from the difference between the committed migrations and
# prisma/schema.prisma, then regenerates both clients. Committed migrations never change
# (databases record each one's sha256 and wijkbot refuses to start on a mismatch).
# Serialised with a lock so that several people (or sessions) editing the schema at once do
# not create overlapping migrations. Needs PostgreSQL installed locally (a throwaway server
# is started for Prisma's shadow database). Usage: bash prisma/new-migration.sh <short_name>
set -euo pipefail
cd "$(dirname "$0")/.."
short=${1:?usage: prisma/new-migration.sh <short_name>}
export CHECKPOINT_DISABLE=1
exec 9>/tmp/wijkbot-prisma-migration.lock
flock 9
name="$(date -u +%Y%m%d%H%M%S)_${short}"
# The SQLite side, whatever DATABASE_URL the shell has (prisma.config.ts picks the schema by it).
scratch=$(mktemp -d /tmp/wijkbot-migration-XXXXXX); trap 'rm -rf "$scratch"' EXIT
export DATABASE_URL="file:$scratch/scratch.db"
sql=$(node node_modules/prisma/build/index.js migrate diff --config prisma/prisma.config.ts \
  --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --script | grep -v '^Loaded Prisma config')
if ! grep -qv -e '^-- This is an empty migration.' -e '^\s*$' <<<"$sql"; then
  echo "no SQLite schema changes"
else
  dir="prisma/migrations/$name"
  mkdir -p "$dir"
  printf '%s\n' "$sql" > "$dir/migration.sql"
  echo "created $dir"
fi
node node_modules/prisma/build/index.js generate --config prisma/prisma.config.ts >/dev/null 2>&1
# PostgreSQL in step: derived schema, its own migration of the same name, its client.
bash prisma/with-temp-postgres.sh bash prisma/pg-migration.sh "$name"
