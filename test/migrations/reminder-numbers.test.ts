import Database from "better-sqlite3";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { migrateSqlite, SQLITE_MIGRATIONS_DIR } from "../../src/migrate.ts";
import { migratePostgres, POSTGRES_MIGRATIONS_DIR } from "../../src/migrate-postgres.ts";
import { adminQuery } from "../helpers/postgres.ts";
import { onPostgres } from "../helpers/harness.ts";

/**
 * Reminders used to be numbered per creator; from 20261202011736_reminder_numbers_per_wijk
 * on they are numbered per wijk, so the coördinator's /herinneringen alle and /herinner stop
 * <nr> mean one reminder. An upgraded database keeps every number it can: where two
 * reminders of a wijk share one, the earliest keeps it and the later ones get new numbers.
 */
const MIGRATION = "20261202011736_reminder_numbers_per_wijk";
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The committed migrations before this one: the release the database comes from. */
function migrationsBefore(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-migrations-"));
  dirs.push(dir);
  for (const name of readdirSync(from).filter((n) => n < MIGRATION && /^\d{14}_/.test(n))) cpSync(join(from, name), join(dir, name), { recursive: true });
  return dir;
}

// Per creator, as the old release numbered them: Sanne 1 and 2, Marieke 1 and 2 (made later), Henk 1 in another wijk.
const OLD_REMINDERS: [id: string, wijk: string, creator: string, number: number, createdAt: string][] = [
  ["r-sanne-1", "w1", "sanne", 1, "2026-01-05T09:00:00Z"],
  ["r-sanne-2", "w1", "sanne", 2, "2026-01-05T09:01:00Z"],
  ["r-marieke-1", "w1", "marieke", 1, "2026-01-05T09:02:00Z"],
  ["r-marieke-2", "w1", "marieke", 2, "2026-01-05T09:03:00Z"],
  ["r-henk-1", "w2", "henk", 1, "2026-01-05T09:04:00Z"],
];
const WANTED = [
  { id: "r-henk-1", number: 1 },
  { id: "r-marieke-1", number: 3 },
  { id: "r-marieke-2", number: 4 },
  { id: "r-sanne-1", number: 1 },
  { id: "r-sanne-2", number: 2 },
];
const insertOld = (q: (sql: string) => unknown, timestamp: (iso: string) => string) => {
  q(`INSERT INTO "Wijk" ("id", "name", "overviewToken") VALUES ('w1', 'Lewenborg', 't1'), ('w2', 'Selwerd', 't2')`);
  for (const [id, wijk, creator, number, createdAt] of OLD_REMINDERS) {
    q(`INSERT INTO "Reminder" ("id", "wijkId", "creatorId", "text", "number", "createdAt") VALUES ('${id}', '${wijk}', '${creator}', 'x', ${number}, ${timestamp(createdAt)})`);
  }
};

describe.runIf(!onPostgres)("renumbering reminders per wijk (SQLite)", () => {
  it("keeps the earliest holder of each number and gives the others the wijk's next numbers", () => {
    const dir = mkdtempSync(join(tmpdir(), "wijkbot-db-"));
    dirs.push(dir);
    const path = join(dir, "old.db");
    migrateSqlite(path, { migrationsDir: migrationsBefore(SQLITE_MIGRATIONS_DIR) });
    const db = new Database(path);
    // Prisma stores SQLite DateTime as milliseconds since the epoch.
    insertOld((sql) => db.exec(sql), (iso) => String(Date.parse(iso)));
    db.close();
    expect(migrateSqlite(path)).toContain(MIGRATION);
    const after = new Database(path, { readonly: true });
    expect(after.prepare(`SELECT "id", "number" FROM "Reminder" ORDER BY "id"`).all()).toEqual(WANTED);
    after.close();
  });
});

describe.runIf(onPostgres)("renumbering reminders per wijk (PostgreSQL)", () => {
  it("keeps the earliest holder of each number and gives the others the wijk's next numbers", async () => {
    const admin = (inject("postgresAdminUrl" as never) as string | undefined) ?? process.env.WIJKBOT_TEST_PG_ADMIN_URL!;
    const name = `m_${randomBytes(6).toString("hex")}`;
    await adminQuery(admin, `CREATE DATABASE ${name}`);
    const url = admin.replace(/\/postgres$/, `/${name}`);
    try {
      await migratePostgres(url, { migrationsDir: migrationsBefore(POSTGRES_MIGRATIONS_DIR) });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const statements: string[] = [];
      insertOld((sql) => statements.push(sql), (iso) => `'${iso}'`);
      for (const sql of statements) await client.query(sql);
      await client.end();
      expect(await migratePostgres(url)).toContain(MIGRATION);
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      expect((await check.query(`SELECT "id", "number" FROM "Reminder" ORDER BY "id"`)).rows).toEqual(WANTED);
      await check.end();
    } finally {
      await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
