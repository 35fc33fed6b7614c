import { existsSync } from "node:fs";
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqlitePath } from "./db.ts";
import { migrateSqlite } from "./migrate.ts";
import { migratePostgres } from "./migrate-postgres.ts";
import { StartRefusal } from "./core/start-refusal.ts";

/** Applies pending migrations to whichever database DATABASE_URL names. */
export async function migrateDatabase(url: string): Promise<string[]> {
  return isPostgresUrl(url) ? migratePostgres(url) : migrateSqlite(sqlitePath(url));
}

/**
 * `npm run db:migrate` (and `npm install`): the same checked migration as at start, for
 * DATABASE_URL from the environment or .env. Prisma's own `migrate deploy` does not refuse a
 * changed migration, nor bring an init from an earlier release up to date.
 */
async function main() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    const applied = await migrateDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
    process.stdout.write(applied.length ? `Migraties uitgevoerd:\n${applied.map((name) => `  ${name}\n`).join("")}` : "De database is bij.\n");
  } catch (error) {
    if (!(error instanceof StartRefusal)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
