import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pendingMigrations, readMigrations, type AppliedMigration } from "./migrate-check.ts";

export const SQLITE_MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "prisma", "migrations");

/**
 * Applies the committed Prisma migrations to a SQLite file in-process, recording them in
 * Prisma's own `_prisma_migrations` table (same sha256 checksum), so `prisma migrate deploy`
 * and this function agree about what has been applied. Refuses (MigrationMismatchError)
 * when an applied migration was changed afterwards or is unknown to this code. Used for
 * fresh transcript and test databases and at start-up, where spawning the Prisma CLI
 * would cost seconds.
 */
export function migrateSqlite(path: string, options: { migrationsDir?: string } = {}): string[] {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const applied = sqlite
      .prepare(`SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`)
      .all() as AppliedMigration[];
    const pending = pendingMigrations("SQLite", applied, readMigrations(options.migrationsDir ?? SQLITE_MIGRATIONS_DIR));
    // Prisma redefines a table by copy, DROP and rename. With foreign keys on, that DROP
    // cascades: dropping "Wijk" would delete every person and action in it. A migration's own
    // "PRAGMA foreign_keys=OFF" does nothing inside a transaction, so switch them off here and
    // check the keys before each commit instead.
    sqlite.pragma("foreign_keys = OFF");
    for (const migration of pending) {
      sqlite.transaction(() => {
        sqlite.exec(migration.sql);
        const broken = sqlite.pragma("foreign_key_check") as { table: string; parent: string }[];
        if (broken.length) throw new Error(`migration ${migration.name} leaves ${broken.length} broken foreign keys (first: ${broken[0].table} → ${broken[0].parent})`);
        const now = new Date().toISOString().replace("Z", "+00:00");
        sqlite
          .prepare(
            `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(randomUUID(), migration.checksum, now, migration.name, now);
      })();
    }
    return pending.map((migration) => migration.name);
  } finally {
    sqlite.close();
  }
}
