/**
 * `npx tsx test/bench/round-trips.ts [--sql]`: how many database round trips one
 * `/actie klaar` (and `/actie bezig`) costs on SQLite, with 1,000 actions, after a warm-up.
 * Counted at the driver adapter (every statement, BEGIN and COMMIT included), which is what
 * a network database pays for, and at src/db/sql.ts for the direct path (issue 15). Not a test: it
 * prints the counts (and with --sql the statements).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../src/generated/sqlite/client.ts";
import { releasingTransactionLock, type Db } from "../../src/db.ts";
import { registerSql, sqliteSql, type SqliteAdapterHandle } from "../../src/db/sql.ts";
import { migrateSqlite } from "../../src/migrate.ts";
import { createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { toInstant } from "../../src/time/amsterdam.ts";
import { seedDemoWijk, consoleId } from "../../src/services/seed-demo-wijk.ts";
import { addBulkActions } from "./fixtures.ts";

const statements: string[] = [];

/** Wraps the driver adapter so each statement sent to the database is recorded. */
function counting(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const record = (target: object, prop: PropertyKey, value: unknown) => {
    if (typeof value !== "function") return value;
    if (prop === "queryRaw" || prop === "executeRaw") {
      return (query: { sql: string }) => {
        statements.push(query.sql);
        return (value as (q: unknown) => unknown).call(target, query);
      };
    }
    if (prop === "startTransaction") {
      return async (...args: unknown[]) => {
        statements.push("BEGIN");
        const transaction = await (value as (...a: unknown[]) => Promise<object>).apply(target, args);
        return new Proxy(transaction, { get: (t, p) => record(t, p, Reflect.get(t, p)) });
      };
    }
    return (value as (...a: unknown[]) => unknown).bind(target);
  };
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop !== "connect") return Reflect.get(target, prop, receiver);
      return async () => {
        const adapter = await target.connect();
        return new Proxy(adapter, { get: (t, p) => record(t, p, Reflect.get(t, p)) });
      };
    },
  });
}

const dir = mkdtempSync(join(tmpdir(), "wijkbot-roundtrips-"));
const path = join(dir, "rt.db");
migrateSqlite(path);
let connection: SqliteAdapterHandle | undefined;
const db = new PrismaClient({ adapter: releasingTransactionLock(counting(new PrismaBetterSQLite3({ url: `file:${path}` })), (a) => (connection = a as unknown as SqliteAdapterHandle)) }) as Db;
// The direct path's statements (src/db/sql.ts), counted as they are sent, as createDb sets it up.
const direct = sqliteSql(() => connection);
registerSql(db, {
  ...direct,
  all: (sql, params) => (statements.push(sql), direct.all(sql, params)),
  run: (sql, params) => (statements.push(sql), direct.run(sql, params)),
  // (BEGIN and COMMIT go through the adapter, where they are counted.)
  batch: (list) => (statements.push(...list.map((s) => s.sql)), direct.batch(list)),
});
await db.$queryRawUnsafe("PRAGMA foreign_keys=ON");
const clock = new ManualClock(toInstant({ year: 2026, month: 1, day: 5 }, 9, 0));
const { wijkId } = await seedDemoWijk(db, clock.now());
await addBulkActions(db, wijkId, 1000, clock.now());
const app = createApp({ db, clock, logger: silentLogger });
const titles = (await db.action.findMany({ where: { wijkId, status: { in: ["gepland", "bezig"] } }, select: { title: true }, take: 20, orderBy: { id: "asc" } })).map((a) => a.title);

let n = 0;
async function send(text: string): Promise<string> {
  const replies = await app.bot.handle({ platform: "console", chatId: "kartrekkers", isDirect: false, senderId: consoleId("Marieke"), senderName: "Marieke", text, messageId: `rt-${n++}`, at: clock.now() });
  return replies[0]?.text ?? "";
}
// Warm-up: the name index and whatever else is kept between commands.
await send(`/actie klaar ${titles[0]}`);
await send(`/actie bezig ${titles[0]}`);
const showSql = process.argv.includes("--sql");
for (const [word, title] of [["klaar", titles[1]], ["bezig", titles[1]], ["klaar", titles[2]]] as const) {
  statements.length = 0;
  const reply = await send(`/actie ${word} ${title}`);
  process.stdout.write(`/actie ${word}: ${statements.length} round trips — ${reply.split("\n")[0]}\n`);
  if (showSql) for (const sql of statements) process.stdout.write(`    ${sql.replace(/\s+/g, " ").slice(0, 160)}\n`);
}
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
