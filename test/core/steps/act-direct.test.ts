import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import { createDb, type Db } from "../../../src/db.ts";
import { createApp } from "../../../src/app.ts";
import { silentLogger } from "../../../src/core/logger.ts";
import { consoleMessage } from "../../helpers/message.ts";
import { sqlOf } from "../../../src/db/sql.ts";

/**
 * The status commands' direct path (src/core/steps/act-direct.ts, issue 15) must be
 * invisible: the same replies and the same rows as the ordinary path through Prisma. Each
 * spec runs the same messages against two demo wijken — one app whose database has a driver
 * (createDb), one whose database is wrapped so it has none (the ordinary path throughout) —
 * and compares everything a user or a later command could see.
 */
const MESSAGES: [string, string][] = [
  ["Fatima", "/actie klaar Watertappunt in de wijk"],
  ["Fatima", "/actie klaar Watertappunt in de wijk"], // already done: nothing written
  ["Fatima", "/actie bezig Watertappunt in de wijk"], // has a start date: only the status
  ["Marieke", "/actie bezig Eén wijkwebsite"], // coördinator; gets a start date
  ["Youssef", "/actie gestopt Eén wijkwebsite"], // owner
  ["Joke", "/actie parkeer Verhoogde betrokkenheid CB en GGD"], // aanjager of the pillar, and owner
  ["Sanne", "/actie klaar Ouderbetrokkenheid"], // not hers: refused by the ordinary path
  ["Lisa", "/actie klaar watertappunt"], // short name, not hers: refused by the ordinary path
  ["Fatima", "/actie bezig watertapunt"], // a typo that fits one action only
  ["Joke", "/actie bezig gezonde school"], // a short name of two words
  ["Marieke", "/actie klaar betrokkenheid"], // fits two: the ordinary path ranks them
  ["Marieke", "/actie bezig Kindteams (KIEM) ook voorschools"], // coördinator, a parked action
  ["Fatima", "/actie klaar Watertappunt in de wijk: de kraan doet het"], // with a note: the ordinary path
  ["Ahmed", "/actie klaar Ouderbetrokkenheid"], // co-owner
  ["Ahmed", "/ongedaan"], // undoes the direct change
];

async function transcript(db: Db, h: Harness, wrap: boolean) {
  const app = createApp({ db: wrap ? (new Proxy(db, {}) as Db) : db, clock: h.clock, logger: silentLogger });
  const replies: string[][] = [];
  for (const [i, [name, text]] of MESSAGES.entries()) {
    replies.push((await app.bot.handle(consoleMessage(name, text, h.clock.now(), { messageId: `direct-${i}` }))).map((m) => m.text));
    h.clock.advance(60_000);
  }
  await app.liveBoard.idle();
  const actions = (await db.action.findMany({ orderBy: { title: "asc" } })).map(({ id, wijkId, updatedAt, pillarId, goalId, ...a }) => a);
  const history = (await db.historyEntry.findMany({ where: { field: { not: "created" } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { action: { select: { title: true } }, person: { select: { displayName: true } } } })).map(
    // A note's history row names the note by its id: the ids differ between the two databases.
    ({ id, wijkId, actionId, personId, batchId, ...e }) => (e.field === "note" ? { ...e, toValue: "(note id)" } : e),
  );
  const processed = (await db.processedMessage.findMany({ orderBy: { messageId: "asc" } })).map((p) => [p.messageId, p.processedAt.toISOString()]);
  const titles = new Map((await db.action.findMany()).map((a) => [a.id, a.title]));
  const prompts = (await db.pendingPrompt.findMany({ orderBy: { senderId: "asc" } })).map((p) => {
    const { actionId, ...payload } = JSON.parse(p.payload) as { actionId?: string };
    return [p.senderId, payload, actionId && titles.get(actionId), p.expiresAt.toISOString()];
  });
  const notes = (await db.progressNote.findMany({ orderBy: { createdAt: "asc" } })).map((n) => n.text);
  return { replies, actions, history, processed, prompts, notes };
}

describe("the status commands' direct path", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h.close());

  it("gives the same replies and writes the same rows as the ordinary path", async () => {
    const start = h.clock.now();
    const direct = await transcript(h.db, h, false);
    const other = await createHarness({ start });
    try {
      const ordinary = await transcript(other.db, other, true);
      expect(direct).toEqual(ordinary);
    } finally {
      await other.close();
    }
    expect(direct.replies[0]).toEqual(["✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima."]);
    expect(direct.replies[6][0]).toMatch(/^Alleen Youssef en Ahmed/);
  });

  it("is taken for a plain status change and writes it through the driver", async () => {
    const sql = sqlOf(h.db)!;
    const batch = vi.spyOn(sql, "batch");
    const all = vi.spyOn(sql, "all");
    // SQLite: a batch of statements; PostgreSQL: one statement.
    const updates = () => [...batch.mock.calls.flatMap(([statements]) => statements.map((s) => s.sql)), ...all.mock.calls.map(([text]) => text)].filter((text) => /UPDATE "Action"/.test(text)).length;
    expect(await h.say("Fatima", "/actie klaar Watertappunt in de wijk")).toEqual(["✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima."]);
    expect(updates()).toBe(1);
    expect(await h.say("Fatima", "/actie bezig watertappunt")).toEqual(["🔧 Watertappunt in de wijk (Gezond) staat op bezig. Eigenaar: Fatima."]);
    expect(updates()).toBe(2);
    // A note alongside is the ordinary path's.
    await h.say("Fatima", "/actie klaar watertappunt: de kraan doet het");
    expect(updates()).toBe(2);
    expect((await h.db.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } })).status).toBe("klaar");
  });

  it("answers a redelivered message with silence, also in a second process on the same database", async () => {
    const message = h.message("Fatima", "/actie klaar Watertappunt in de wijk", { messageId: "twice" });
    expect(await h.app.bot.handle(message)).toHaveLength(1);
    const db2 = await createDb(h.url);
    try {
      const app2 = createApp({ db: db2, clock: h.clock, logger: silentLogger });
      expect(await app2.bot.handle(message)).toEqual([]);
      expect(await h.db.historyEntry.count({ where: { messageId: "twice" } })).toBe(1);
    } finally {
      await db2.$disconnect();
    }
  });

  it("sees what another app instance on the same database changed (nothing about chats, people or actions is kept between messages)", async () => {
    const db2 = await createDb(h.url);
    try {
      const app2 = createApp({ db: db2, clock: h.clock, logger: silentLogger });
      const say2 = async (name: string, text: string) => (await app2.bot.handle(h.message(name, text))).map((m) => m.text);
      expect(await h.say("Fatima", "/actie klaar Watertappunt in de wijk")).toEqual(["✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima."]);
      expect(await say2("Fatima", "/actie klaar Watertappunt in de wijk")).toEqual(["Watertappunt in de wijk (Gezond) stond al op klaar."]);
      // The other instance hands the action over: the first one's next change names the new owner, and Fatima may no longer change it.
      await db2.actionOwner.deleteMany({ where: { action: { title: "Watertappunt in de wijk" } } });
      const lisa = await db2.person.findFirstOrThrow({ where: { displayName: "Lisa" } });
      const action = await db2.action.findFirstOrThrow({ where: { title: "Watertappunt in de wijk" } });
      await db2.actionOwner.create({ data: { actionId: action.id, personId: lisa.id } });
      expect((await h.say("Fatima", "/actie bezig Watertappunt in de wijk"))[0]).toMatch(/Lisa/);
      expect(await h.say("Lisa", "/actie bezig Watertappunt in de wijk")).toEqual(["🔧 Watertappunt in de wijk (Gezond) staat op bezig. Eigenaar: Lisa."]);
      // Lisa's account unlinked by the other instance: her next message here is no longer read as Lisa's.
      await db2.identity.deleteMany({ where: { person: { displayName: "Lisa" } } });
      expect(await h.say("Lisa", "/actie klaar Watertappunt in de wijk")).toEqual(['Alleen Lisa (eigenaar), de aanjager van Gezond of de coördinator kan "Watertappunt in de wijk" wijzigen.']);
    } finally {
      await db2.$disconnect();
    }
  });
});
