#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throwaway private PostgreSQL cluster
# (127.0.0.1, random port, trust auth), for Prisma CLI commands that need a server.
# Usage: bash prisma/with-temp-postgres.sh <command…>
set -euo pipefail
bin=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -n1)")
dir=$(mktemp -d /tmp/wijkbot-pgtmp-XXXXXX); chmod 777 "$dir"
port=$((56000 + RANDOM % 3000))
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
as_pg "$bin/initdb -D $dir/data -U postgres --auth=trust --no-sync >/dev/null"
as_pg "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -l $dir/log -w start >/dev/null"
trap 'as_pg "$bin/pg_ctl -D $dir/data -m immediate stop >/dev/null" || true; rm -rf "$dir"' EXIT
DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres" "$@"
