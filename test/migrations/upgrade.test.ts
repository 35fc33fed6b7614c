import Database from "better-sqlite3";
import pg from "pg";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { migrateSqlite, SQLITE_MIGRATIONS_DIR } from "../../src/migrate.ts";
import { migratePostgres, POSTGRES_INIT, POSTGRES_MIGRATIONS_DIR } from "../../src/migrate-postgres.ts";
import { MigrationMismatchError, sha256 } from "../../src/migrate-check.ts";
import { adminQuery } from "../helpers/postgres.ts";
import { onPostgres } from "../helpers/harness.ts";
import { spawnTs } from "../multiprocess/spawn.ts";

/**
 * Schema upgrades must never silently not happen (issue 12, item 12): a database made by an
 * old release is brought to exactly the schema the code expects, keeping its data, and a
 * database whose recorded migrations differ from the committed ones is refused at start.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");
const names = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-migrations-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of some committed migrations (all, or those `keep` picks), plus extra ones, to play a release. */
function migrationsDir(from: string, keep: (name: string) => boolean = () => true, extra: Record<string, string> = {}): string {
  const dir = tempDir();
  for (const name of names(from).filter(keep)) cpSync(join(from, name), join(dir, name), { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

/** The SQL Prisma would write for the schema file straight from nothing: what a migrated database must look like. */
function schemaAsSql(schema: string, databaseUrl: string): string {
  const out = execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "diff", "--config", "prisma/prisma.config.ts", "--from-empty", "--to-schema-datamodel", schema, "--script"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  return out.replace(/^Loaded Prisma config.*$/m, "");
}

describe.runIf(!onPostgres)("SQLite migrations", () => {
  /** Tables, columns, indexes and foreign keys; column order left out (a column added later comes last). */
  function catalog(path: string) {
    const db = new Database(path, { readonly: true });
    try {
      const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
      return Object.fromEntries(
        tables.map((table) => {
          const columns = db.pragma(`table_info("${table}")`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
          const indexes = db.pragma(`index_list("${table}")`) as { name: string; unique: number }[];
          const keys = db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string; to: string; on_update: string; on_delete: string }[];
          return [
            table,
            {
              columns: columns.map((c) => `${c.name} ${c.type}${c.notnull ? " NOT NULL" : ""}${c.dflt_value === null ? "" : ` DEFAULT ${c.dflt_value}`}${c.pk ? ` PK${c.pk}` : ""}`).sort(),
              indexes: indexes.map((i) => `${i.name}${i.unique ? " UNIQUE" : ""} (${(db.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name).join(", ")})`).sort(),
              foreignKeys: keys.map((k) => `${k.from} → ${k.table}.${k.to} ON DELETE ${k.on_delete} ON UPDATE ${k.on_update}`).sort(),
            },
          ];
        }),
      );
    } finally {
      db.close();
    }
  }
  const recorded = (path: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare(`SELECT migration_name AS name, checksum FROM _prisma_migrations ORDER BY migration_name`).all() as { name: string; checksum: string }[];
    } finally {
      db.close();
    }
  };
  const first = names(SQLITE_MIGRATIONS_DIR)[0];

  it("a database created from the first migration, with data in it, is upgraded to the latest: the schema of prisma/schema.prisma, nothing lost", () => {
    const path = join(tempDir(), "old.db");
    expect(migrateSqlite(path, { migrationsDir: migrationsDir(SQLITE_MIGRATIONS_DIR, (name) => name === first) })).toEqual([first]);
    const old = new Database(path);
    old.exec(`INSERT INTO "Wijk" (id, name, overviewToken) VALUES ('w1', 'Lewenborg', 'token');
      INSERT INTO "Person" (id, wijkId, displayName) VALUES ('p1', 'w1', 'Marieke');
      INSERT INTO "Action" (id, wijkId, title, updatedAt) VALUES ('a1', 'w1', 'Watertappunt', CURRENT_TIMESTAMP);
      INSERT INTO "Reminder" (id, wijkId, creatorId, actionId, text) VALUES ('r1', 'w1', 'p1', 'a1', 'flyers ophalen');`);
    old.close();

    expect(migrateSqlite(path)).toEqual(names(SQLITE_MIGRATIONS_DIR).slice(1));

    const direct = join(tempDir(), "direct.db");
    new Database(direct).exec(schemaAsSql("prisma/schema.prisma", `file:${direct}`));
    expect(catalog(path)).toEqual(catalog(direct));
    const db = new Database(path, { readonly: true });
    // The upgrade redefines Wijk and Reminder (copy, drop, rename): dropping Wijk must not cascade to everything in it.
    expect(db.prepare(`SELECT w.name, w.actionNamesVersion, p.displayName, p.erasedAt, a.title, r.text, r.kind FROM "Wijk" w JOIN "Person" p ON p.wijkId = w.id JOIN "Action" a ON a.wijkId = w.id JOIN "Reminder" r ON r.actionId = a.id`).all()).toEqual([
      { name: "Lewenborg", actionNamesVersion: "", displayName: "Marieke", erasedAt: null, title: "Watertappunt", text: "flyers ophalen", kind: "adhoc" },
    ]);
    expect(db.pragma("foreign_key_check")).toEqual([]);
    db.close();
    expect(recorded(path).map((m) => m.name)).toEqual(names(SQLITE_MIGRATIONS_DIR));
  });

  it("a new migration is applied once, recorded with the sha256 of its SQL", () => {
    const path = join(tempDir(), "db.db");
    migrateSqlite(path);
    const sql = `ALTER TABLE "Wijk" ADD COLUMN "motto" TEXT;\n`;
    const dir = migrationsDir(SQLITE_MIGRATIONS_DIR, undefined, { "29990101000000_motto": sql });
    expect(migrateSqlite(path, { migrationsDir: dir })).toEqual(["29990101000000_motto"]);
    expect(migrateSqlite(path, { migrationsDir: dir })).toEqual([]);
    expect(recorded(path).find((m) => m.name === "29990101000000_motto")?.checksum).toBe(sha256(sql));
  });

  it("refuses to start when an applied migration was changed afterwards, names it, and applies nothing", () => {
    const path = join(tempDir(), "db.db");
    migrateSqlite(path);
    const dir = migrationsDir(SQLITE_MIGRATIONS_DIR, undefined, { "29990101000000_motto": `ALTER TABLE "Wijk" ADD COLUMN "motto" TEXT;\n` });
    writeFileSync(join(dir, first, "migration.sql"), readFileSync(join(dir, first, "migration.sql"), "utf8") + "\n-- edited later\n");
    expect(() => migrateSqlite(path, { migrationsDir: dir })).toThrow(MigrationMismatchError);
    expect(() => migrateSqlite(path, { migrationsDir: dir })).toThrow(new RegExp(`${first} is veranderd nadat hij op deze database is uitgevoerd`));
    expect(recorded(path).map((m) => m.name)).not.toContain("29990101000000_motto");
  });

  it("refuses a database that a newer release already migrated further", () => {
    const path = join(tempDir(), "db.db");
    migrateSqlite(path, { migrationsDir: migrationsDir(SQLITE_MIGRATIONS_DIR, undefined, { "29990101000000_motto": `ALTER TABLE "Wijk" ADD COLUMN "motto" TEXT;\n` }) });
    expect(() => migrateSqlite(path)).toThrow(/29990101000000_motto staat in de database maar niet in deze versie van wijkbot/);
  });

  it("npm start refuses such a database with that message alone, exit code 1 and no stack trace", async () => {
    const path = join(tempDir(), "wijkbot.db");
    migrateSqlite(path);
    const db = new Database(path);
    db.prepare(`UPDATE _prisma_migrations SET checksum = ? WHERE migration_name = ?`).run(sha256("an older text"), first);
    db.close();
    const bot = spawnTs("src/main.ts", { DATABASE_URL: `file:${path}`, TELEGRAM_BOT_TOKEN: "", MICROSOFT_APP_ID: "", TEAMS_ENABLED: "0", WHATSAPP_ENABLED: "", LOG_FILE: join(tempDir(), "log") });
    expect((await bot.exited).code).toBe(1);
    expect(bot.stderr()).toMatch(/^wijkbot start niet: de SQLite-database past niet bij de migraties van deze versie\. Er is niets veranderd\.\n- 20261123000000_init is veranderd/);
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  });

  it("PostgreSQL gets one migration per schema change after its baseline, named like SQLite's, and the baseline never changes", () => {
    const sqlite = names(SQLITE_MIGRATIONS_DIR);
    expect(names(POSTGRES_MIGRATIONS_DIR)).toEqual([POSTGRES_INIT.name, ...sqlite.filter((name) => name > POSTGRES_INIT.coversSqliteThrough)]);
    expect(sqlite).toContain(POSTGRES_INIT.coversSqliteThrough);
    // Databases deployed since issue 12 recorded exactly this text; a regenerated init would strand them.
    expect(sha256(readFileSync(join(POSTGRES_MIGRATIONS_DIR, POSTGRES_INIT.name, "migration.sql"), "utf8"))).toBe(POSTGRES_INIT.sha256);
  });
});

describe.runIf(onPostgres)("PostgreSQL migrations", () => {
  const admin = () => (inject("postgresAdminUrl" as never) as string | undefined) ?? process.env.WIJKBOT_TEST_PG_ADMIN_URL!;
  const databases: string[] = [];
  async function emptyDatabase(): Promise<string> {
    const name = `m_${randomBytes(6).toString("hex")}`;
    await adminQuery(admin(), `CREATE DATABASE ${name}`);
    databases.push(name);
    return admin().replace(/\/postgres$/, `/${name}`);
  }
  afterEach(async () => {
    for (const name of databases.splice(0)) await adminQuery(admin(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  async function query<T>(url: string, sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
  /** Columns, indexes, constraints and enums of the public schema, column order left out. */
  async function catalog(url: string) {
    const columns = await query<Record<string, unknown>>(url, `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, datetime_precision
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
    const indexes = await query<{ indexdef: string }>(url, `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    const constraints = await query<{ t: string; conname: string; def: string }>(url, `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations'`);
    const enums = await query<{ typname: string; enumlabel: string }>(url, `SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid`);
    return {
      columns: columns.map((c) => Object.values(c).join(" ")).sort(),
      indexes: indexes.map((i) => i.indexdef).sort(),
      constraints: constraints.map((c) => `${c.t} ${c.conname} ${c.def}`).sort(),
      enums: enums.map((e) => `${e.typname} ${e.enumlabel}`).sort(),
    };
  }
  let direct: Awaited<ReturnType<typeof catalog>> | undefined;
  /** A database made straight from prisma/postgres/schema.prisma: what every upgrade must end as. */
  async function schemaCatalog() {
    if (!direct) {
      const url = await emptyDatabase();
      await query(url, schemaAsSql("prisma/postgres/schema.prisma", admin()));
      direct = await catalog(url);
    }
    return direct;
  }
  const recorded = (url: string) => query<{ name: string; checksum: string; logs: string | null }>(url, `SELECT migration_name AS name, checksum, logs FROM "_prisma_migrations" ORDER BY migration_name`);
  const seedOldData = (url: string) =>
    query(url, `INSERT INTO "Wijk" (id, name, "overviewToken") VALUES ('w1', 'Lewenborg', 'token');
      INSERT INTO "Person" (id, "wijkId", "displayName") VALUES ('p1', 'w1', 'Marieke');
      INSERT INTO "Action" (id, "wijkId", title, "updatedAt") VALUES ('a1', 'w1', 'Watertappunt', now());`);
  const oldDataKept = (url: string) =>
    query(url, `SELECT w.name, w."actionNamesVersion", p."displayName", p."erasedAt", a.title FROM "Wijk" w JOIN "Person" p ON p."wijkId" = w.id JOIN "Action" a ON a."wijkId" = w.id`);
  const first = names(POSTGRES_MIGRATIONS_DIR)[0];

  it("a database created from the first migration, with data in it, is upgraded to the latest: the schema of prisma/postgres/schema.prisma", async () => {
    const url = await emptyDatabase();
    expect(await migratePostgres(url, { migrationsDir: migrationsDir(POSTGRES_MIGRATIONS_DIR, (name) => name === first) })).toEqual([first]);
    await seedOldData(url);
    expect(await migratePostgres(url)).toEqual(names(POSTGRES_MIGRATIONS_DIR).slice(1));
    expect(await catalog(url)).toEqual(await schemaCatalog());
    expect(await oldDataKept(url)).toEqual([{ name: "Lewenborg", actionNamesVersion: "", displayName: "Marieke", erasedAt: null, title: "Watertappunt" }]);
  });

  // Until issue 12 every schema change regenerated the PostgreSQL init, so a database deployed
  // by an earlier release recorded an older text of it under the same name.
  it.each([
    ["the PostgreSQL release (through the scheduler and check-ins)", "postgres-init-ea5cee40.sql"],
    ["the release of issues 3-6 (through action names)", "postgres-init-6bb78f27.sql"],
  ])("a database whose init came from %s is brought to the current init, keeping its data, then to the latest", async (_release, file) => {
    const url = await emptyDatabase();
    const oldInit = fixture(file);
    await migratePostgres(url, { migrationsDir: migrationsDir(POSTGRES_MIGRATIONS_DIR, () => false, { [POSTGRES_INIT.name]: oldInit }) });
    await seedOldData(url);
    expect(await recorded(url)).toEqual([{ name: POSTGRES_INIT.name, checksum: sha256(oldInit), logs: null }]);

    await migratePostgres(url);

    expect(await catalog(url)).toEqual(await schemaCatalog());
    expect(await oldDataKept(url)).toEqual([{ name: "Lewenborg", actionNamesVersion: "", displayName: "Marieke", erasedAt: null, title: "Watertappunt" }]);
    const [init] = await recorded(url);
    expect(init.checksum).toBe(POSTGRES_INIT.sha256);
    expect(init.logs).toContain(`upgraded from sha256 ${sha256(oldInit)}`);
    expect(await migratePostgres(url)).toEqual([]);
  });

  it("refuses an init it does not know, with what to do, and changes nothing", async () => {
    const url = await emptyDatabase();
    const dir = migrationsDir(POSTGRES_MIGRATIONS_DIR, () => false, { [POSTGRES_INIT.name]: `CREATE TABLE "Wijk" (id TEXT PRIMARY KEY);\n` });
    await migratePostgres(url, { migrationsDir: dir });
    const error = await migratePostgres(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationMismatchError);
    expect((error as Error).message).toMatch(/wijkbot start niet: de PostgreSQL-database past niet bij de migraties van deze versie/);
    expect((error as Error).message).toContain(POSTGRES_INIT.name);
    expect(await query(url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'Wijk'`)).toEqual([{ column_name: "id" }]);
  });

  it("a new migration is applied once, recorded with the sha256 of its SQL", async () => {
    const url = await emptyDatabase();
    await migratePostgres(url);
    const sql = `ALTER TABLE "Wijk" ADD COLUMN "motto" TEXT;\n`;
    const dir = migrationsDir(POSTGRES_MIGRATIONS_DIR, undefined, { "29990101000000_motto": sql });
    expect(await migratePostgres(url, { migrationsDir: dir })).toEqual(["29990101000000_motto"]);
    expect(await migratePostgres(url, { migrationsDir: dir })).toEqual([]);
    expect((await recorded(url)).find((m) => m.name === "29990101000000_motto")?.checksum).toBe(sha256(sql));
  });

  it("refuses to start when an applied migration was changed afterwards, and applies nothing", async () => {
    const url = await emptyDatabase();
    const motto = { "29990101000000_motto": `ALTER TABLE "Wijk" ADD COLUMN "motto" TEXT;\n` };
    await migratePostgres(url, { migrationsDir: migrationsDir(POSTGRES_MIGRATIONS_DIR, undefined, motto) });
    const dir = migrationsDir(POSTGRES_MIGRATIONS_DIR, undefined, { "29990101000000_motto": `ALTER TABLE "Wijk" ADD COLUMN "motto" VARCHAR(80);\n`, "29990102000000_later": `ALTER TABLE "Wijk" ADD COLUMN "later" TEXT;\n` });
    await expect(migratePostgres(url, { migrationsDir: dir })).rejects.toThrow(/29990101000000_motto is veranderd nadat hij op deze database is uitgevoerd/);
    expect((await recorded(url)).map((m) => m.name)).not.toContain("29990102000000_later");
  });

  it("refuses a database that a newer release already migrated further", async () => {
    const url = await emptyDatabase();
    await migratePostgres(url, { migrationsDir: migrationsDir(POSTGRES_MIGRATIONS_DIR, undefined, { "29990101000000_motto": `ALTER TABLE "Wijk" ADD COLUMN "motto" TEXT;\n` }) });
    await expect(migratePostgres(url)).rejects.toThrow(/29990101000000_motto staat in de database maar niet in deze versie van wijkbot/);
  });
});
