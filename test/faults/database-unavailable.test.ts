import { afterEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { createHarness, onPostgres, type Harness } from "../helpers/harness.ts";
import { adminQuery } from "../helpers/postgres.ts";
import { createDb, type Db } from "../../src/db.ts";
import { migratePostgres } from "../../src/migrate-postgres.ts";
import { createApp, type App } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { consoleMessage } from "../helpers/message.ts";
import type { IncomingMessage } from "../../src/core/types.ts";
import { startOwnCluster } from "./pg-cluster.ts";

const TRY_AGAIN = /De database is even niet bereikbaar\. Er is niets veranderd; probeer het zo nog eens\./;
let counter = 0;

function fromFatima(text: string): IncomingMessage {
  return consoleMessage("Fatima", text, TRANSCRIPT_START, { messageId: `outage-${++counter}` });
}

async function say(app: App, text: string): Promise<string> {
  return (await app.bot.handle(fromFatima(text))).map((r) => r.text).join("\n");
}

async function actionTitles(db: Db): Promise<string[]> {
  const actions = await db.action.findMany({ where: { title: { endsWith: "de storing" } }, include: { history: true, owners: true } });
  for (const a of actions) {
    expect(a.history.filter((h) => h.field === "created")).toHaveLength(1);
    expect(a.owners).toHaveLength(1);
  }
  return actions.map((a) => a.title).sort();
}

describe.runIf(onPostgres)("PostgreSQL briefly unavailable", () => {
  let cluster: ReturnType<typeof startOwnCluster> | undefined;
  let db: Db | undefined;
  afterEach(async () => {
    await db?.$disconnect().catch(() => undefined);
    cluster?.destroy();
  });

  it("answers 'probeer het zo nog eens' while it is down, changes nothing, and works again when it is back", async () => {
    cluster = startOwnCluster();
    await adminQuery(cluster.url("postgres"), "CREATE DATABASE wijkbot");
    await migratePostgres(cluster.url("wijkbot"));
    db = await createDb(cluster.url("wijkbot"));
    const clock = new ManualClock(TRANSCRIPT_START);
    await seedDemoWijk(db, clock.now());
    const app = createApp({ db, clock, logger: silentLogger });

    expect(await say(app, "/actie nieuw Voor de storing pijler Gezond")).toMatch(/🆕 Voor de storing/);

    cluster.stop();
    expect(await say(app, "/actie nieuw Tijdens de storing pijler Gezond")).toMatch(TRY_AGAIN);
    expect(await say(app, "/acties")).toMatch(TRY_AGAIN);
    expect(await say(app, "/actie bezig Voor de storing")).toMatch(TRY_AGAIN);

    cluster.start();
    // The same bot, not restarted: its connection pool reconnects.
    expect(await say(app, "/actie nieuw Na de storing pijler Gezond")).toMatch(/🆕 Na de storing/);
    expect(await say(app, "/acties")).toMatch(/Voor de storing[\s\S]*Na de storing|Na de storing[\s\S]*Voor de storing/);

    expect(await actionTitles(db)).toEqual(["Na de storing", "Voor de storing"]);
    const voor = await db.action.findFirstOrThrow({ where: { title: "Voor de storing" } });
    expect(voor.status).toBe("gepland");
  }, 120_000);
});

describe.runIf(!onPostgres)("SQLite locked by another connection", () => {
  let h: Harness | undefined;
  afterEach(async () => h?.close());

  it("answers 'probeer het zo nog eens' when it cannot get the write lock, changes nothing, and works once the lock is gone", async () => {
    h = await createHarness();
    expect((await h.say("Fatima", "/actie nieuw Voor de storing pijler Gezond")).join("\n")).toMatch(/🆕 Voor de storing/);

    // Another process (a backup tool, a second bot) holds the write lock while the command needs it.
    const other = new Database(h.dbPath);
    other.exec("BEGIN IMMEDIATE");
    other.prepare("UPDATE Wijk SET settings = settings").run();
    const started = Date.now();
    const during = (await h.say("Fatima", "/actie nieuw Tijdens de storing pijler Gezond")).join("\n");
    const waitedMs = Date.now() - started;
    // Reading still works in WAL mode while someone else writes.
    const list = (await h.say("Fatima", "/acties")).join("\n");
    other.exec("ROLLBACK");
    other.close();

    expect(during).toMatch(TRY_AGAIN);
    // No hanging: the answer comes within the busy timeout and the transaction's wait (in WAL
    // mode a transaction that read first gets SQLITE_BUSY at once when it needs to write).
    expect(waitedMs).toBeLessThan(16_000);
    expect(list).toMatch(/Voor de storing/);

    expect((await h.say("Fatima", "/actie nieuw Na de storing pijler Gezond")).join("\n")).toMatch(/🆕 Na de storing/);
    expect(await actionTitles(h.db)).toEqual(["Na de storing", "Voor de storing"]);
    expect(await h.db.processedMessage.count()).toBe(2);
  }, 60_000);
});
