import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createDb, type Db } from "../../src/db.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { createApp, type App } from "../../src/app.ts";
import { addAction, at, clearDemoDeadlines, personId } from "./helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

/**
 * A restart mid-year: the first process runs until 20 March, the bot is down for twelve
 * days, and a new app starts on the same database on 1 April at 12:00.
 */
let h: Harness;
let sentBefore: Recorded[];
let db2: Db;
let app2: App;
let clock2: ManualClock;
let sentAfter: Recorded[];
let zomerfeestId: string;

beforeEach(async () => {
  h = await createHarness();
  sentBefore = recordOutbox(h.app, { clock: h.clock });
  await clearDemoDeadlines(h.db);
  const marieke = await personId(h.db, "Marieke");
  await h.db.chat.create({ data: { wijkId: h.wijkId, platform: "console", externalId: "dm:marieke", kind: "direct", personId: marieke } });
  await addAction(h.db, { wijkId: h.wijkId, title: "Zomerschool", owner: "Lisa", deadline: "2026-03-31", now: h.clock.now() });
  zomerfeestId = await addAction(h.db, { wijkId: h.wijkId, title: "Zomerfeest", owner: "Fatima", deadline: "2026-03-27", now: h.clock.now() });
  await h.say("Marieke", "/herinner mij weekplanning maken elke maandag 9:00");
  await h.app.scheduler.advanceTo(h.clock, at("2026-03-20 12:00"));

  // Down from 20 March 12:00 until 1 April 12:00; meanwhile Zomerfeest was finished elsewhere (e.g. another process).
  await h.db.action.update({ where: { id: zomerfeestId }, data: { status: "klaar" } });
  clock2 = new ManualClock(at("2026-04-01 12:00"));
  db2 = await createDb(h.url);
  app2 = createApp({ db: db2, clock: clock2, logger: silentLogger });
  sentAfter = recordOutbox(app2, { clock: clock2 });
});
afterEach(async () => {
  await db2.$disconnect();
  await h.close();
});

/**
 * Ticks of several processes at the same moment. On PostgreSQL truly concurrent; on
 * SQLite interleaved one after the other, because better-sqlite3 waits for a lock
 * synchronously, which inside ONE test process would block the holder as well (separate
 * processes, as in production, do not have that problem).
 */
async function together(ticks: (() => Promise<unknown>)[]) {
  if (process.env.WIJKBOT_TEST_DB === "postgres") await Promise.all(ticks.map((t) => t()));
  else for (const t of ticks) await t();
}

async function start() {
  await app2.scheduler.init(clock2.now());
  await app2.scheduler.tick(clock2.now());
}

describe("a restart after twelve days of downtime", () => {
  it("sends what fell due in the last 7 days once, coalesced per recipient, oldest first", async () => {
    await start();
    // d-1 (30 March) and the deadline morning (31 March) read the same now: one message; d-7 (24 March) is older than 7 days.
    const lisa = sentAfter.filter((m) => m.text.includes("@Lisa"));
    expect(lisa).toHaveLength(1);
    expect(lisa[0].text.match(/\*Zomerschool\*/g)).toHaveLength(1);
    expect(lisa[0].text).toContain("is over de deadline: die was di 31 mrt (1 dag geleden)");
    expect(lisa[0].at).toBe("2026-04-01 12:00");
    // sentAt is the moment it left: this app's scheduler has no clock of its own, so real time moves on from the tick's 12:00.
    const lisaRows = await db2.delivery.findMany({ where: { key: { contains: "deadline:" }, status: "sent", sentAt: { gte: at("2026-04-01 12:00"), lt: at("2026-04-01 12:01") } } });
    expect(lisaRows.map((r) => r.key.split(":")[3]).sort()).toEqual(["d-1", "d0"]);

    const marieke = sentAfter.filter((m) => m.chatId === "dm:marieke");
    expect(marieke).toHaveLength(1);
    expect(marieke[0].text).toMatch(/^Dit had je eerder van mij moeten krijgen \(oudste eerst\):/);
    // The digest of Monday 30 March 08:30 before the reminder of 09:00 that day; 23 March is too old.
    expect(marieke[0].text.indexOf("Weekoverzicht")).toBeLessThan(marieke[0].text.indexOf("weekplanning maken"));
    expect(marieke[0].text.match(/weekplanning maken/g)).toHaveLength(1);
  });

  it("says so in the recipient's own language: English for someone who chose /taal en", async () => {
    await db2.person.update({ where: { id: await personId(db2, "Marieke") }, data: { language: "en" } });
    await start();
    const marieke = sentAfter.filter((m) => m.chatId === "dm:marieke");
    expect(marieke).toHaveLength(1);
    expect(marieke[0].text).toMatch(/^You should have had this from me earlier \(oldest first\):/);
    expect(marieke[0].text).not.toContain("Dit had je eerder");
  });

  it("drops what became pointless and never sends anything older than 7 days", async () => {
    await start();
    expect(sentAfter.some((m) => m.text.includes("Zomerfeest"))).toBe(false);
    expect(sentAfter.some((m) => m.text.includes("Over 7 dagen"))).toBe(false);
    const planned = await db2.delivery.findMany({ where: { dueAt: { gt: at("2026-03-20 12:00") } } });
    expect(planned.filter((d) => d.dueAt < at("2026-03-25 12:00"))).toEqual([]);
  });

  it("sends nothing twice: not on a second start, not from the old process, not from two processes at once", async () => {
    await start();
    const count = sentAfter.length;
    expect(count).toBeGreaterThan(0);
    const before = sentBefore.length;

    // A third process starts on the same database.
    const db3 = await createDb(h.url);
    const app3 = createApp({ db: db3, clock: clock2, logger: silentLogger });
    const sent3 = recordOutbox(app3, { clock: clock2 });
    await app3.scheduler.init(clock2.now());
    await together([() => app3.scheduler.tick(clock2.now()), () => app2.scheduler.tick(clock2.now()), () => h.app.scheduler.tick(clock2.now())]);
    expect(sent3).toEqual([]);
    expect(sentAfter.length).toBe(count);
    expect(sentBefore.length).toBe(before);

    // Next Monday both running processes tick at the same moment: each message goes out once in total.
    const monday = at("2026-04-06 09:00");
    clock2.set(monday);
    h.clock.set(monday);
    await together([() => app3.scheduler.tick(monday), () => app2.scheduler.tick(monday), () => h.app.scheduler.tick(monday)]);
    const weekly = [...sent3, ...sentAfter, ...sentBefore].filter((m) => m.at === "2026-04-06 09:00" && m.text.includes("weekplanning maken"));
    expect(weekly).toHaveLength(1);
    await db3.$disconnect();
  });

  it("takes over a delivery another process claimed and then died on, once its claim expired", async () => {
    await start();
    await db2.delivery.create({
      data: {
        key: "reminder:crashed:1",
        wijkId: h.wijkId,
        kind: "reminder",
        dueAt: at("2026-04-01 11:00"),
        payload: JSON.stringify({ recipient: { personId: await personId(db2, "Peter") }, data: { reminderId: "none" } }),
        claimedBy: "dead-process",
        claimedUntil: at("2026-04-01 12:05"),
      },
    });
    await app2.scheduler.tick(at("2026-04-01 12:01"));
    expect((await db2.delivery.findUniqueOrThrow({ where: { key: "reminder:crashed:1" } })).status).toBe("pending");
    await app2.scheduler.tick(at("2026-04-01 12:06"));
    // Its reminder no longer exists: taken over, found pointless, dropped (never sent).
    expect((await db2.delivery.findUniqueOrThrow({ where: { key: "reminder:crashed:1" } })).status).toBe("dropped");
  });
});
