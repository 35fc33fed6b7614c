/**
 * The world of the NLU corpus (issue 11, "Understanding people"): the demo wijk
 * Lewenborg XL plus the extra people, actions, a planned stuurgroep meeting with an
 * agenda and a reminder that make the corpus realistic.
 *
 * The template SQLite file is built once (migrate + seed); every world is a copy of
 * that file (a file copy, no re-seeding), opened with its own Prisma client, app and
 * ManualClock. Messages go through app.bot.handle exactly like test/helpers/harness.ts
 * sends them on the console platform.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../../src/db.ts";
import { migrateSqlite } from "../../src/migrate.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { createApp, type App } from "../../src/app.ts";
import { seedDemoWijk, consoleId, DEMO_CHATS } from "../../src/services/seed-demo-wijk.ts";
import { markActionNamesChanged } from "../../src/action-names/action-index.ts";
import { createMeeting } from "../../src/services/create-meeting.ts";
import { addDays, localParts, toInstant } from "../../src/time/amsterdam.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";
import { consoleMessage } from "../helpers/message.ts";
import type { IncomingMessage, OutgoingMessage } from "../../src/core/types.ts";

/** The moment the template is seeded at (the demo's deadlines are relative to it) and the default clock of a case. */
export const WORLD_START = TRANSCRIPT_START;

/** Where a corpus message is typed. */
export type ChatName = "group" | "stuurgroep" | "dm";

/** People added to the demo wijk: the professionals of DOMAIN.md who type on their phones. */
export const EXTRA_PEOPLE: { name: string; role: "kartrekker"; pillar: string; org: string; job: string }[] = [
  { name: "Bram", role: "kartrekker", pillar: "Vreedzaam", org: "Politie Groningen", job: "wijkagent" },
  { name: "Esther", role: "kartrekker", pillar: "Kansrijk", org: "Woningcorporatie Lefier", job: "woonconsulent" },
  { name: "Anouk", role: "kartrekker", pillar: "Gezond", org: "GGD Groningen", job: "jeugdverpleegkundige JGZ" },
  { name: "Daan", role: "kartrekker", pillar: "Kansrijk", org: "OBS De Zonnewijzer", job: "leerkracht groep 8" },
];

/** Everyone a corpus line may come from: the demo's ten and the extras. */
export const WORLD_PEOPLE = ["Marieke", "Henk", "Ingrid", "Sanne", "Youssef", "Joke", "Ahmed", "Lisa", "Fatima", "Peter", ...EXTRA_PEOPLE.map((p) => p.name)];

/** Actions added to the demo's ten (deadlines in days from WORLD_START). */
export const EXTRA_ACTIONS: {
  title: string; pillar: string; age: string; status: string; owners: string[]; dueInDays?: number; partners?: string[]; note?: string;
  reach?: [number | null, number | null]; budget?: [number | null, number | null];
}[] = [
  { title: "Buurtmoestuin", pillar: "Gezond", age: "4-12", status: "bezig", owners: ["Fatima"], dueInDays: 45, note: "Bakken staan er, zaaien in maart." },
  { title: "Speeltuin Kastanjelaan opknappen", pillar: "Kansrijk", age: "4-12", status: "gepland", owners: ["Peter"], dueInDays: 60, partners: ["Woningcorporatie Lefier"], budget: [1500000, null] },
  { title: "Zomerkamp", pillar: "Vreedzaam", age: "12+", status: "gepland", owners: ["Ahmed"], dueInDays: 200, reach: [40, null] },
  { title: "Geldlessen groep 8", pillar: "Kansrijk", age: "4-12", status: "bezig", owners: ["Peter"], dueInDays: 30, partners: ["OBS De Zonnewijzer"] },
  { title: "Gezonde School vignet", pillar: "Gezond", age: "4-12", status: "bezig", owners: ["Fatima"], dueInDays: 18 },
  { title: "Huiswerkbegeleiding buurthuis", pillar: "Kansrijk", age: "4-12", status: "bezig", owners: ["Lisa"], dueInDays: 74, reach: [25, 12] },
  { title: "Voorleesochtend bibliotheek", pillar: "Kansrijk", age: "0-4", status: "gepland", owners: ["Sanne"], dueInDays: 10 },
  { title: "Ouderavond mediawijsheid", pillar: "Vreedzaam", age: "algemeen", status: "gepland", owners: ["Youssef"], dueInDays: 17 },
  { title: "Veilig naar school", pillar: "Vreedzaam", age: "4-12", status: "bezig", owners: ["Bram"], dueInDays: 35, partners: ["Politie Groningen"] },
  { title: "Huiskamer in de flat", pillar: "Kansrijk", age: "algemeen", status: "gepland", owners: ["Esther"], dueInDays: 50, partners: ["Woningcorporatie Lefier"] },
  { title: "Inloopspreekuur JGZ in het buurthuis", pillar: "Gezond", age: "0-4", status: "gepland", owners: ["Anouk"], dueInDays: 28 },
  { title: "Techniekdag groep 7 en 8", pillar: "Kansrijk", age: "4-12", status: "gepland", owners: ["Daan"] },
  { title: "Schoolontbijt", pillar: "Gezond", age: "4-12", status: "klaar", owners: ["Anouk"], dueInDays: -10, reach: [200, 180] },
];

/** The next stuurgroep meeting: Thursday 22 January 2026 19:30, then one in March. */
export const MEETINGS = [
  { startsAt: toInstant({ year: 2026, month: 1, day: 22 }, 19, 30), place: "MFC Lewenborg" },
  { startsAt: toInstant({ year: 2026, month: 3, day: 12 }, 19, 30), place: "MFC Lewenborg" },
];

/**
 * Builds the template database file (migrated, seeded, extras added) in its own temp
 * directory and returns its path. The client is disconnected, so the file (WAL
 * checkpointed) can be copied.
 */
export async function buildTemplate(): Promise<{ path: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-nlu-template-"));
  const path = join(dir, "template.db");
  migrateSqlite(path);
  const db = await createDb(`file:${path}`);
  try {
    await addWorld(db, WORLD_START);
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    await db.$disconnect();
  }
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function addWorld(db: Db, now: Date): Promise<void> {
  const { wijkId } = await seedDemoWijk(db, now);
  await db.$transaction(async (tx) => {
    const pillars = new Map((await tx.pillar.findMany({ where: { wijkId } })).map((p) => [p.name, p.id]));
    const orgId = async (name: string) =>
      (await tx.organisation.findFirst({ where: { wijkId, name } }))?.id ?? (await tx.organisation.create({ data: { wijkId, name } })).id;
    for (const p of EXTRA_PEOPLE) {
      await tx.person.create({
        data: {
          wijkId,
          displayName: p.name,
          role: p.role,
          pillarId: pillars.get(p.pillar),
          organisationId: await orgId(p.org),
          createdAt: now,
          identities: { create: { wijkId, platform: "console", externalId: consoleId(p.name) } },
        },
      });
    }
    const people = new Map((await tx.person.findMany({ where: { wijkId } })).map((p) => [p.displayName, p.id]));
    const today = localParts(now);
    for (const a of EXTRA_ACTIONS) {
      const pillarId = pillars.get(a.pillar)!;
      const partnerIds = [];
      for (const name of a.partners ?? []) partnerIds.push(await orgId(name));
      const action = await tx.action.create({
        data: {
          wijkId,
          title: a.title,
          pillarId,
          goalId: (await tx.goal.findFirst({ where: { pillarId } }))?.id,
          ageGroup: a.age,
          status: a.status,
          deadline: a.dueInDays === undefined ? null : toInstant(addDays(today, a.dueInDays)),
          startDate: a.status === "gepland" ? null : toInstant(addDays(today, -30)),
          reachIntended: a.reach?.[0] ?? null,
          reachReached: a.reach?.[1] ?? null,
          budgetPlannedCents: a.budget?.[0] ?? null,
          budgetSpentCents: a.budget?.[1] ?? null,
          planYear: today.year,
          createdAt: now,
          lastActivityAt: now,
          owners: { create: a.owners.map((name) => ({ personId: people.get(name)! })) },
          partners: { create: partnerIds.map((organisationId) => ({ organisationId })) },
        },
      });
      if (a.note) await tx.progressNote.create({ data: { actionId: action.id, personId: people.get(a.owners[0]), text: a.note, createdAt: now } });
    }
    await markActionNamesChanged(tx, wijkId);

    // The stuurgroep cycle: two planned meetings; the first has an agenda beyond the fixed item.
    const meetings = [];
    for (const m of MEETINGS) {
      meetings.push((await createMeeting(tx, { wijkId, startsAt: m.startsAt, place: m.place, fixedItems: ["Voortgang per pijler"], now })).meeting);
    }
    const watertappunt = await tx.action.findFirst({ where: { wijkId, title: "Watertappunt in de wijk" } });
    const items = [
      { text: "Begroting 2026 vaststellen", kind: "besluit", status: "geaccepteerd", proposer: "Marieke" },
      { text: "Plek watertappunt kiezen", kind: "besluit", status: "voorgesteld", proposer: "Fatima", actionId: watertappunt?.id },
    ];
    let position = await tx.agendaItem.count({ where: { meetingId: meetings[0].id } });
    for (const item of items) {
      position += 1;
      await tx.agendaItem.create({
        data: {
          wijkId,
          meetingId: meetings[0].id,
          proposerId: people.get(item.proposer),
          text: item.text,
          kind: item.kind,
          status: item.status,
          actionId: item.actionId ?? null,
          position,
          createdAt: now,
        },
      });
    }

    // Marieke already has one reminder of her own (so /herinneringen and "stop herinnering 1" mean something).
    await tx.reminder.create({
      data: {
        wijkId,
        creatorId: people.get("Marieke"),
        targetPersonId: people.get("Marieke"),
        text: "weekoverzicht doorlezen",
        kind: "adhoc",
        number: 1,
        recurrence: JSON.stringify({ kind: "weekly", weekday: 1, hour: 9, minute: 0 }),
        nextAt: toInstant({ year: 2026, month: 1, day: 12 }, 9, 0),
        createdAt: now,
      },
    });
  });
}

export interface SendOptions {
  repliesToBot?: boolean;
  mentionsBot?: boolean;
}

/** One copy of the template with its own app and clock (and, with freshFiles, its own database file and client). */
export interface World {
  app: App;
  db: Db;
  clock: ManualClock;
  wijkId: string;
  /** A plain SQLite connection to the same file, for fast read-only snapshots. */
  sqlite: Database.Database;
  /** A message from `from` in `chat`; returns every outgoing message the bot produced for it. */
  send(from: string, chat: ChatName, text: string, options?: SendOptions): Promise<OutgoingMessage[]>;
  close(): Promise<void>;
}

/** Hands out worlds; a few may be open at once (A while B is built). */
export interface WorldHost {
  open(at?: Date): Promise<World>;
  dispose(): Promise<void>;
}

let counter = 0;

/**
 * Worlds on the template. By default a process keeps a few database files ("slots", one
 * per world open at the same time), each with one Prisma client, and resets a slot to the
 * template for every new world with plain SQL (DELETE + INSERT … SELECT from the attached
 * template, about 2 ms): a new Prisma client per world costs ~5× more, because every client
 * compiles its queries anew. With `freshFiles` every world is a copy of the
 * template file with its own client (createDb), as independent as worlds can be.
 * Either way each world gets its own createApp (bot, caches) and ManualClock.
 */
export async function createWorldHost(templatePath: string, options: { freshFiles?: boolean } = {}): Promise<WorldHost> {
  if (options.freshFiles) {
    return {
      async open(at = WORLD_START) {
        const dir = mkdtempSync(join(tmpdir(), "wijkbot-nlu-"));
        const path = join(dir, "world.db");
        copyFileSync(templatePath, path);
        const db = await createDb(`file:${path}`);
        const sqlite = new Database(path);
        return makeWorld(db, sqlite, at, async () => {
          sqlite.close();
          await db.$disconnect();
          rmSync(dir, { recursive: true, force: true });
        });
      },
      async dispose() {},
    };
  }
  const slots: Slot[] = [];
  return {
    async open(at = WORLD_START) {
      let slot = slots.find((s) => !s.busy);
      if (!slot) {
        if (slots.length >= MAX_SLOTS) throw new Error(`at most ${MAX_SLOTS} worlds open at once`);
        slot = await openSlot(templatePath);
        slots.push(slot);
      }
      slot.busy = true;
      slot.reset();
      const taken = slot;
      return makeWorld(taken.db, taken.sqlite, at, async () => {
        taken.busy = false;
      });
    },
    async dispose() {
      for (const slot of slots) await slot.dispose();
    },
  };
}

/** Worlds open at the same time in one process (A, and B or a replay of A while A is judged). */
const MAX_SLOTS = 3;

interface Slot {
  db: Db;
  sqlite: Database.Database;
  busy: boolean;
  reset(): void;
  dispose(): Promise<void>;
}

/** A database file of its own with a Prisma client, reset to the template by reset(). */
async function openSlot(templatePath: string): Promise<Slot> {
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-nlu-"));
  const path = join(dir, "world.db");
  copyFileSync(templatePath, path);
  const db = await createDb(`file:${path}`);
  const sqlite = new Database(path);
  sqlite.pragma("foreign_keys = OFF");
  sqlite.prepare("ATTACH DATABASE ? AS template").run(templatePath);
  const tables = (sqlite.prepare(`SELECT name FROM template.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`).all() as { name: string }[]).map((t) => t.name);
  // A reset copies back only the tables a case wrote to: triggers in this world's own file (the bot
  // writes through Prisma's connection, so temporary triggers would not see it) note each table
  // written. (Not "INSERT OR IGNORE": inside a trigger an upsert's own conflict policy overrides it.) Most cases touch a handful of the ~40 tables; copying all of them back was a tenth of a run.
  sqlite.exec(`CREATE TABLE "_nlu_dirty" ("name" TEXT PRIMARY KEY) WITHOUT ROWID`);
  for (const table of tables) {
    for (const event of ["INSERT", "UPDATE", "DELETE"]) {
      sqlite.exec(`CREATE TRIGGER "_nlu_${table}_${event}" AFTER ${event} ON main."${table}" BEGIN INSERT INTO "_nlu_dirty" SELECT '${table}' WHERE NOT EXISTS (SELECT 1 FROM "_nlu_dirty" WHERE "name" = '${table}'); END`);
    }
  }
  // (Prepared once: a world is reset for every case, and preparing ~80 statements each time cost ~8% of a run.)
  const copyBack = new Map(tables.map((table) => [table, [sqlite.prepare(`DELETE FROM main."${table}"`), sqlite.prepare(`INSERT INTO main."${table}" SELECT * FROM template."${table}"`)]]));
  const dirty = sqlite.prepare<[], { name: string }>(`SELECT "name" FROM "_nlu_dirty"`);
  const clean = sqlite.prepare(`DELETE FROM "_nlu_dirty"`);
  const reset = sqlite.transaction(() => {
    for (const { name } of dirty.all()) for (const statement of copyBack.get(name) ?? []) statement.run();
    clean.run();
  });
  return {
    db,
    sqlite,
    busy: false,
    reset: () => reset(),
    async dispose() {
      sqlite.close();
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function makeWorld(db: Db, sqlite: Database.Database, at: Date, release: () => Promise<void>): Promise<World> {
  const clock = new ManualClock(at);
  const app = createApp({ db, clock, logger: process.env.NLU_DEBUG ? (console as never) : silentLogger });
  const wijk = sqlite.prepare("SELECT id FROM Wijk LIMIT 1").get() as { id: string };
  /** The last bot message per chat id, quoted by a reply to the bot. */
  const lastBotMessage = new Map<string, { id: string; text: string }>();

  function message(from: string, chat: ChatName, text: string, options: SendOptions): IncomingMessage {
    const isDirect = chat === "dm";
    const chatId = isDirect ? `dm:${consoleId(from)}` : chat === "stuurgroep" ? DEMO_CHATS.stuurgroep : DEMO_CHATS.kartrekkers;
    const quoted = options.repliesToBot ? lastBotMessage.get(chatId) : undefined;
    const incoming = consoleMessage(from, text, clock.now(), { chat: isDirect ? "dm" : chatId, messageId: `nlu${++counter}`, mentionsBot: options.mentionsBot });
    if (options.repliesToBot) {
      incoming.repliesToBot = true;
      incoming.quoted = { messageId: quoted?.id ?? `bot${counter}`, ...(quoted ? { text: quoted.text } : {}) };
    }
    return incoming;
  }

  return {
    app,
    db,
    clock,
    wijkId: wijk.id,
    sqlite,
    async send(from, chat, text, options = {}) {
      const incoming = message(from, chat, text, options);
      const out = await app.bot.handle(incoming);
      for (const m of out) if (m.chatId === incoming.chatId) lastBotMessage.set(m.chatId, { id: `bot${++counter}`, text: m.text });
      return out;
    },
    async close() {
      await app.liveBoard.idle().catch(() => undefined);
      app.liveBoard.stop();
      await release();
    },
  };
}
