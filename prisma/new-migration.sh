#!/usr/bin/env bash
# Creates a new SQLite migration from the difference between the committed migrations
# and prisma/schema.prisma, then regenerates the client. Serialised with a lock so that
# several people (or sessions) editing the schema at once do not create overlapping
# migrations. Usage: bash prisma/new-migration.sh <short_name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: prisma/new-migration.sh <short_name>}
export CHECKPOINT_DISABLE=1
exec 9>/tmp/wijkbot-prisma-migration.lock
flock 9
sql=$(node node_modules/prisma/build/index.js migrate diff --config prisma/prisma.config.ts \
  --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --script 2>/dev/null | grep -v '^Loaded Prisma config')
if ! grep -qv -e '^-- This is an empty migration.' -e '^\s*$' <<<"$sql"; then
  echo "no schema changes"
else
  dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
  mkdir -p "$dir"
  printf '%s\n' "$sql" > "$dir/migration.sql"
  echo "created $dir"
fi
node node_modules/prisma/build/index.js generate --config prisma/prisma.config.ts >/dev/null 2>&1
# Keep PostgreSQL in step: derived schema, its migration (one init while nothing is
# deployed on PostgreSQL) and its client.
bash prisma/with-temp-postgres.sh bash prisma/pg-migration.sh init
