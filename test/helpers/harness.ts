import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, inject } from "vitest";
import { adminQuery } from "./postgres.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../../src/db.ts";
import { migrateSqlite } from "../../src/migrate.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger, type Logger } from "../../src/core/logger.ts";
import { createApp, type App } from "../../src/app.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { consoleMessage, type MessageOptions } from "./message.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import type { IncomingMessage, OutgoingMessage } from "../../src/core/types.ts";

export interface Harness {
  app: App;
  db: Db;
  clock: ManualClock;
  wijkId: string;
  /** The SQLite file (empty on PostgreSQL). */
  dbPath: string;
  /** DATABASE_URL of this test's database (a fresh SQLite file or PostgreSQL database). */
  url: string;
  /** A message from `name` (in the kartrekkers group unless `chat` says otherwise); returns the reply texts. */
  say(name: string, text: string, options?: SayOptions): Promise<string[]>;
  /** Like say, but returns the full outgoing messages. */
  send(name: string, text: string, options?: SayOptions): Promise<OutgoingMessage[]>;
  message(name: string, text: string, options?: SayOptions): IncomingMessage;
  close(): Promise<void>;
}

/** Who says it where: see MessageOptions. */
export type SayOptions = MessageOptions;

/** A real SQLite file in a temp dir with the demo wijk, a manual clock at the transcript start, and the real core. */
export async function createHarness(options: { seedDemo?: boolean; start?: Date; logger?: Logger } = {}): Promise<Harness> {
  const database = await createTestDatabase();
  const db = await createDb(database.url);
  const clock = new ManualClock(options.start ?? TRANSCRIPT_START);
  const wijkId = options.seedDemo === false ? "" : (await seedDemoWijk(db, clock.now())).wijkId;
  const app = createApp({ db, clock, logger: options.logger ?? silentLogger });

  const message = (name: string, text: string, o: SayOptions = {}) => consoleMessage(name, text, clock.now(), o);
  async function send(name: string, text: string, o: SayOptions = {}) {
    return app.bot.handle(message(name, text, o));
  }
  return {
    app,
    db,
    clock,
    wijkId,
    dbPath: database.path,
    url: database.url,
    message,
    send,
    say: async (name, text, o) => (await send(name, text, o)).map((m) => m.text),
    async close() {
      await db.$disconnect();
      await database.dispose();
    },
  };
}

/** True when this test run uses PostgreSQL (the "postgres" vitest project). */
export const onPostgres = process.env.WIJKBOT_TEST_DB === "postgres";

/**
 * A fresh, migrated, empty database for one test: a SQLite file in a temp dir, or on the
 * PostgreSQL run a database copied from the migrated template.
 */
export async function createTestDatabase(): Promise<{ url: string; path: string; dispose: () => Promise<void> }> {
  if (onPostgres) {
    const admin = (inject("postgresAdminUrl" as never) as string | undefined) ?? process.env.WIJKBOT_TEST_PG_ADMIN_URL;
    if (!admin) throw new Error("PostgreSQL test run without a cluster (see test/helpers/postgres-setup.ts)");
    const name = `t_${randomBytes(6).toString("hex")}`;
    await adminQuery(admin, `CREATE DATABASE ${name} TEMPLATE wijkbot_template`);
    const url = admin.replace(/\/postgres$/, `/${name}`);
    return { url, path: "", dispose: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-test-"));
  const path = join(dir, "test.db");
  migrateSqlite(path);
  return { url: `file:${path}`, path, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh migrated database as a Db for each test of the calling file (no demo wijk):
 * registers the beforeEach/afterEach itself and returns a getter.
 */
export function useTestDb(): () => Db {
  let db: Db | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const database = await createTestDatabase();
    dispose = database.dispose;
    db = await createDb(database.url);
  });
  afterEach(async () => {
    await db?.$disconnect();
    await dispose?.();
  });
  return () => db!;
}

/** Row counts of every table that user input could write to: equal before/after means "nothing stored". */
/** An action by its exact title, with what the command specs look at: owners, partners, pillar and notes. */
export function actionByTitle(db: Db, title: string) {
  return db.action.findFirstOrThrow({ where: { title }, include: { owners: { include: { person: true } }, partners: { include: { organisation: true } }, pillar: true, notes: true } });
}

export async function snapshotCounts(db: Db): Promise<Record<string, number>> {
  const [actions, history, notes, people, identities, chats, orgs, processed, owners, partners, codes] = await Promise.all([
    db.action.count({ where: { deletedAt: null } }),
    db.historyEntry.count(),
    db.progressNote.count({ where: { removedAt: null } }),
    db.person.count(),
    db.identity.count(),
    db.chat.count(),
    db.organisation.count(),
    db.processedMessage.count(),
    db.actionOwner.count(),
    db.actionPartner.count(),
    db.joinCode.count({ where: { usedAt: null } }),
  ]);
  return { actions, history, notes, people, identities, chats, orgs, processed, owners, partners, codes };
}
