import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { StartRefusal } from "./core/start-refusal.ts";

/** One committed migration: its directory name, its SQL and the sha256 of that SQL (Prisma's checksum). */
export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** A migration a database has recorded as applied (Prisma's `_prisma_migrations` table). */
export interface AppliedMigration {
  name: string;
  checksum: string;
}

/** The start-up refusal when a database's migration history does not match the committed migrations. */
export class MigrationMismatchError extends StartRefusal {}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The committed migrations in a directory, in the order they apply (their names start with a UTC timestamp). */
export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

/**
 * Which committed migrations a database still needs — after checking that every migration
 * it already has is one of ours, unchanged. A changed migration would mean the database's
 * schema is not what the code expects (it ran the old text), so it is refused, never repaired
 * silently; so is a migration the code does not know (a database upgraded by a newer release).
 */
export function pendingMigrations(database: "SQLite" | "PostgreSQL", applied: readonly AppliedMigration[], files: readonly MigrationFile[]): MigrationFile[] {
  const byName = new Map(files.map((file) => [file.name, file]));
  const problems: string[] = [];
  for (const row of applied) {
    const file = byName.get(row.name);
    if (!file) {
      problems.push(`- ${row.name} staat in de database maar niet in deze versie van wijkbot: de database is bijgewerkt door een nieuwere versie. Start die versie (of een nog nieuwere).`);
    } else if (file.checksum !== row.checksum) {
      problems.push(
        `- ${row.name} is veranderd nadat hij op deze database is uitgevoerd (sha256 in de database ${row.checksum.slice(0, 12)}…, van het bestand ${file.checksum.slice(0, 12)}…). ` +
          "Een uitgevoerde migratie mag niet meer veranderen: zet het bestand terug en maak voor de wijziging een nieuwe migratie (bash prisma/new-migration.sh <naam>).",
      );
    }
  }
  if (problems.length) {
    throw new MigrationMismatchError(
      `wijkbot start niet: de ${database}-database past niet bij de migraties van deze versie. Er is niets veranderd.\n${problems.join("\n")}`,
    );
  }
  const done = new Set(applied.map((row) => row.name));
  return files.filter((file) => !done.has(file.name));
}
