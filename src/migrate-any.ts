import { isPostgresUrl, sqlitePath } from "./db.ts";
import { migrateSqlite } from "./migrate.ts";
import { migratePostgres } from "./migrate-postgres.ts";

/** Applies pending migrations to whichever database DATABASE_URL names. */
export async function migrateDatabase(url: string): Promise<string[]> {
  return isPostgresUrl(url) ? migratePostgres(url) : migrateSqlite(sqlitePath(url));
}
