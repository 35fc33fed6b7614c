import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { Outbox, type OutboxTiming } from "../../src/core/outbox.ts";
import { Scheduler } from "../../src/scheduler/engine.ts";
import { jobs } from "../../src/jobs/index.ts";
import { at, clearDemoDeadlines } from "./helpers.ts";
import { addDirectChats, addReminder, eventually, gatedPlatform } from "./flood-helpers.ts";

/**
 * Issue 12, defect 2: one busy chat must not hold up scheduled messages for other chats.
 * A group gets 600 replies queued (a member flooding it; the platform lets one through a
 * second), and reminders fall due for that group, the stuurgroep and two people's DMs.
 */
let h: Harness;
let chats: { kartrekkers: string; stuurgroep: string };
let dms: Awaited<ReturnType<typeof addDirectChats>>;
const FLOOD = 600;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  h = await createHarness();
  await clearDemoDeadlines(h.db);
  dms = await addDirectChats(h.db, h.wijkId, ["Henk", "Sanne"]);
  const groups = await h.db.chat.findMany({ where: { wijkId: h.wijkId, kind: { in: ["kartrekkers", "stuurgroep"] } } });
  chats = { kartrekkers: groups.find((c) => c.kind === "kartrekkers")!.id, stuurgroep: groups.find((c) => c.kind === "stuurgroep")!.id };
  // The flooded group's reminder is due first, so a scheduler that sends in order meets it first.
  await addReminder(h.db, { wijkId: h.wijkId, number: 1, at: at("2026-01-05 09:59"), chatId: chats.kartrekkers });
  await addReminder(h.db, { wijkId: h.wijkId, number: 2, at: at("2026-01-05 10:00"), chatId: chats.stuurgroep });
  await addReminder(h.db, { wijkId: h.wijkId, number: 3, at: at("2026-01-05 10:00"), chatId: dms.get("Henk")!.chatId });
  await addReminder(h.db, { wijkId: h.wijkId, number: 4, at: at("2026-01-05 10:00"), personId: dms.get("Sanne")!.personId });
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await h.close();
});

async function deliveryOf(marker: number) {
  const reminder = await h.db.reminder.findFirstOrThrow({ where: { number: marker, text: `MARK-${marker}-END` } });
  return h.db.delivery.findFirstOrThrow({ where: { key: { startsWith: `reminder:${reminder.id}:` } } });
}

describe("one chat flooded with replies", () => {
  it("lets scheduled messages for other chats leave on time, and records when each really left", async () => {
    const platform = gatedPlatform(h.clock);
    h.app.outbox.register(platform.adapter);
    const scheduler = new Scheduler({ db: h.db, logger: silentLogger, outbox: h.app.outbox, jobs, clock: h.clock });
    await scheduler.init(h.clock.now());
    // The group's queue: 600 replies the platform has not let through yet.
    platform.hold("kartrekkers");
    cleanups.push(() => platform.open("kartrekkers"));
    for (let i = 0; i < FLOOD; i++) void h.app.outbox.send({ platform: "console", chatId: "kartrekkers", text: `antwoord ${i}` });

    h.clock.set(at("2026-01-05 10:00"));
    const ticking = scheduler.tick(h.clock.now());
    const others = () => platform.sent.filter((s) => s.chatId !== "kartrekkers");
    expect(await eventually(() => others().length === 3), "reminders to the other chats went out").toBe(true);
    expect(others().map((s) => [s.chatId, s.at]).sort()).toEqual([
      ["dm:henk", "2026-01-05 10:00"],
      ["dm:sanne", "2026-01-05 10:00"],
      ["stuurgroep", "2026-01-05 10:00"],
    ]);
    for (const n of [2, 3, 4]) {
      const row = await deliveryOf(n);
      expect(row.status).toBe("sent");
      expect(row.sentAt).toEqual(at("2026-01-05 10:00"));
    }

    // The flood drains 27 minutes later: the group's own reminder leaves then, and says so.
    h.clock.set(at("2026-01-05 10:27"));
    platform.open("kartrekkers");
    await ticking;
    await h.app.outbox.idle();
    const group = platform.sent.filter((s) => s.chatId === "kartrekkers");
    expect(group).toHaveLength(FLOOD + 1);
    expect(group.find((s) => s.text.includes("MARK-1-END"))?.at).toBe("2026-01-05 10:27");
    const late = await deliveryOf(1);
    expect(late.status).toBe("sent");
    expect(late.sentAt).toEqual(at("2026-01-05 10:27"));
  });

  it("leaves a message for a chat whose queue cannot drain within the claim unclaimed, and sends it once the queue is short", async () => {
    // A paced platform (one message a second in the group) on virtual time: the queue stays
    // full until the test lets the pauses pass; then each pause moves the injected clock.
    let paused = true;
    const waiting: (() => void)[] = [];
    const timing: OutboxTiming = {
      now: () => h.clock.now().getTime(),
      async sleep(ms) {
        while (paused) await new Promise<void>((resolve) => waiting.push(resolve));
        h.clock.advance(ms);
      },
    };
    cleanups.push(() => {
      paused = false;
      for (const resume of waiting.splice(0)) resume();
    });
    const outbox = new Outbox(silentLogger, timing);
    const platform = gatedPlatform(h.clock, { sendPolicy: { pace: (chatId) => (chatId === "kartrekkers" ? { minIntervalMs: 1000 } : {}) } });
    outbox.register(platform.adapter);
    const scheduler = new Scheduler({ db: h.db, logger: silentLogger, outbox, jobs, clock: h.clock });
    await scheduler.init(h.clock.now());
    for (let i = 0; i < FLOOD; i++) void outbox.send({ platform: "console", chatId: "kartrekkers", text: `antwoord ${i}` });

    h.clock.set(at("2026-01-05 10:00"));
    const result = await Promise.race([scheduler.tick(h.clock.now()), new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 15_000))]);
    expect(result, "the tick did not wait behind the flooded group").toEqual({ sent: 3, dropped: 0 });
    expect(platform.sent.filter((s) => s.chatId !== "kartrekkers").map((s) => s.at)).toEqual(["2026-01-05 10:00", "2026-01-05 10:00", "2026-01-05 10:00"]);
    // Ten minutes of queue is more than a claim: the group's reminder is left for later, not claimed and parked.
    const parked = await deliveryOf(1);
    expect(parked).toMatchObject({ status: "pending", claimedBy: null, attempts: 0 });

    // The flood drains (599 paced seconds of virtual time); the next tick sends the reminder.
    paused = false;
    for (const resume of waiting.splice(0)) resume();
    await outbox.idle();
    expect(h.clock.now().getTime()).toBeGreaterThan(at("2026-01-05 10:09").getTime());
    await scheduler.tick(h.clock.now());
    await outbox.idle();
    const sentAt = (await deliveryOf(1)).sentAt!;
    const reminder = platform.sent.filter((s) => s.text.includes("MARK-1-END"));
    expect(reminder).toHaveLength(1);
    // The real moment of sending: after the platform's one-second pause, not the tick's time.
    expect(sentAt.getTime()).toBe(h.clock.now().getTime());
    expect(reminder[0].at).toBe("2026-01-05 10:10");
  });
});
