import pg from "pg";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MigrationMismatchError, pendingMigrations, readMigrations, type AppliedMigration } from "./migrate-check.ts";

const POSTGRES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "prisma", "postgres");
export const POSTGRES_MIGRATIONS_DIR = join(POSTGRES_DIR, "migrations");
/** Any fixed number: serialises migrations when several bot processes start at once. */
const MIGRATION_LOCK_KEY = 72_011_723;

/**
 * PostgreSQL's first migration: the whole schema up to and including the SQLite migration
 * `coversSqliteThrough`, in one file. It never changes again; every later schema change is
 * its own migration, named like SQLite's (prisma/new-migration.sh makes both).
 */
export const POSTGRES_INIT = {
  name: "20261123000000_init",
  sha256: "468d4aa4e2a7bd80bdea8ac18172dbe5ab7282bca02538e07ecb3e5daca9fcfe",
  coversSqliteThrough: "20261123193409_dead_letters",
} as const;

/**
 * Until issue 12, every schema change regenerated the init, so databases deployed by an
 * earlier release recorded an older text of it and silently kept that schema. The known
 * older texts (by sha256) and the SQL in prisma/postgres/init-upgrades/ that brings such a
 * database to the current init. An init with any other checksum is refused.
 */
const INIT_UPGRADES: Record<string, string> = {
  // Release 0ad5188 (PostgreSQL support): through the scheduler, live board and check-ins.
  ea5cee40d63a39b5d28e902898122bac8aca95361c9dbb8e385cffed8efe3005: "from-ea5cee40.sql",
  // Release 3507b58 (issues 3-6): through action names; no dead letters yet.
  "6bb78f273f65b75f07347c88a1fd07e2d539723440a64667e29137654a3b9c2b": "from-6bb78f27.sql",
};

/**
 * Applies the committed PostgreSQL migrations in-process, recorded in Prisma's own
 * `_prisma_migrations` table (same sha256 checksums as `prisma migrate deploy`), under an
 * advisory lock so several processes starting together apply each migration once. Refuses
 * (MigrationMismatchError) when an applied migration was changed afterwards or is unknown
 * to this code; brings an init from an earlier release up to date first.
 */
export async function migratePostgres(url: string, options: { migrationsDir?: string } = {}): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const files = readMigrations(options.migrationsDir ?? POSTGRES_MIGRATIONS_DIR);
    const done: string[] = [];
    let applied = await appliedMigrations(client);
    const init = applied.find((row) => row.name === POSTGRES_INIT.name);
    const currentInit = files.find((file) => file.name === POSTGRES_INIT.name);
    if (init && currentInit && init.checksum !== currentInit.checksum) {
      const upgrade = INIT_UPGRADES[init.checksum];
      if (!upgrade || currentInit.checksum !== POSTGRES_INIT.sha256) throw unknownInit(init.checksum);
      await inTransaction(client, async () => {
        await client.query(readFileSync(join(POSTGRES_DIR, "init-upgrades", upgrade), "utf8"));
        await client.query(`UPDATE "_prisma_migrations" SET checksum = $1, logs = COALESCE(logs || E'\\n', '') || $2 WHERE migration_name = $3 AND checksum = $4`, [
          POSTGRES_INIT.sha256,
          `upgraded from sha256 ${init.checksum} by wijkbot (prisma/postgres/init-upgrades/${upgrade})`,
          POSTGRES_INIT.name,
          init.checksum,
        ]);
      });
      done.push(`${POSTGRES_INIT.name} (upgraded from sha256 ${init.checksum.slice(0, 12)}…)`);
      applied = await appliedMigrations(client);
    }
    for (const migration of pendingMigrations("PostgreSQL", applied, files)) {
      await inTransaction(client, async () => {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
      });
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function appliedMigrations(client: pg.Client): Promise<AppliedMigration[]> {
  const { rows } = await client.query(`SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`);
  return rows as AppliedMigration[];
}

async function inTransaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query("BEGIN");
  try {
    await work();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

function unknownInit(checksum: string): MigrationMismatchError {
  return new MigrationMismatchError(
    `wijkbot start niet: de PostgreSQL-database past niet bij de migraties van deze versie. Er is niets veranderd.\n` +
      `- ${POSTGRES_INIT.name} is op deze database uitgevoerd in een versie die wijkbot niet kent (sha256 ${checksum.slice(0, 12)}…). ` +
      `Bekende eerdere versies worden vanzelf bijgewerkt (prisma/postgres/init-upgrades/); deze niet. Vergelijk de database met ` +
      `prisma/postgres/schema.prisma, breng hem met de hand gelijk en zet dan in "_prisma_migrations" de checksum van ${POSTGRES_INIT.name} op ${POSTGRES_INIT.sha256}.`,
  );
}

