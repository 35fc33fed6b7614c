import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "prisma", "migrations");

/**
 * Applies the committed Prisma migrations to a SQLite file in-process, recording them in
 * Prisma's own `_prisma_migrations` table (same checksum), so `prisma migrate deploy`
 * and this function agree about what has been applied. Used for fresh transcript and
 * test databases and at start-up, where spawning the Prisma CLI would cost seconds.
 */
export function migrateSqlite(path: string): string[] {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const applied = new Set(
      sqlite
        .prepare(`SELECT migration_name FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`)
        .all()
        .map((row) => (row as { migration_name: string }).migration_name),
    );
    const pending = listMigrations().filter((name) => !applied.has(name));
    for (const name of pending) {
      const sql = readFileSync(join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      sqlite.transaction(() => {
        sqlite.exec(sql);
        const now = new Date().toISOString().replace("Z", "+00:00");
        sqlite
          .prepare(
            `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(randomUUID(), checksum, now, name, now);
      })();
    }
    return pending;
  } finally {
    sqlite.close();
  }
}

function listMigrations(): string[] {
  if (!existsSync(MIGRATIONS_DIR)) return [];
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
