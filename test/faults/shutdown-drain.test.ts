import { afterEach, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import pino from "pino";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createApp } from "../../src/app.ts";
import { connectAdapter, Intake } from "../../src/core/runtime.ts";
import { stopTakingAndDrain, SHUTDOWN_DRAIN_MS } from "../../src/start.ts";
import { chatHash } from "../../src/services/record-dead-letter.ts";
import { createRecordingAdapter } from "../helpers/recording-adapter.ts";
import { consoleId } from "../../src/services/seed-demo-wijk.ts";
import { VirtualTime } from "./virtual-time.ts";

const FLOOD = 30;
const PACE_MS = 1000;

function captureLogs() {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      raw.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** A platform that takes one message a second per chat (its network edge); every send is stamped with virtual time. */
function slowPlatform(time: VirtualTime) {
  // Replies too long to merge (merging waiting replies has its own test): each goes alone.
  return createRecordingAdapter({ clock: time.clock, sendPolicy: { pace: () => ({ minIntervalMs: PACE_MS }), maxTextChars: 10 } });
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("a normal stop (SIGTERM) with replies queued — issue 12, defect 11", () => {
  it("takes no new messages, sends what it can in 20 s, logs how many replies were left for which chats, and leaves scheduled messages pending", async () => {
    h = await createHarness();
    const time = new VirtualTime(h.clock);
    const logs = captureLogs();
    const app = createApp({ db: h.db, clock: h.clock, logger: logs.logger, outboxTiming: time });
    const platform = slowPlatform(time);
    const intake = new Intake();
    await connectAdapter(app.bot, platform, app.outbox, intake);

    // A reminder for the group falls due and is queued behind the group's replies.
    const group = await h.db.chat.findFirstOrThrow({ where: { wijkId: h.wijkId, externalId: "kartrekkers" } });
    await h.db.reminder.create({ data: { wijkId: h.wijkId, kind: "adhoc", number: 1, text: "MARK-reminder-END", nextAt: h.clock.now(), targetChatId: group.id } });
    await app.scheduler.init(new Date(h.clock.now().getTime() - 60_000));

    // One member floods the group; Sanne asks three things privately.
    for (let i = 0; i < FLOOD; i++) await platform.receive(h.message("Fatima", `/acties mijn`, { messageId: `flood-${i}` }));
    for (let i = 0; i < 3; i++) await platform.receive(h.message("Sanne", "/acties mijn", { chat: "dm", messageId: `dm-${i}` }));
    void app.scheduler.tick(h.clock.now(), { waitForSends: false });
    await time.settle();

    // When the drain begins (on PostgreSQL, virtual time moves on while the scheduler gives its claims back).
    let drainStarted = Number.NaN;
    const drain = app.outbox.drain.bind(app.outbox);
    app.outbox.drain = (timeoutMs) => {
      drainStarted = time.now();
      return drain(timeoutMs);
    };
    const stopping = stopTakingAndDrain({ app, intake, logger: logs.logger, drainMs: SHUTDOWN_DRAIN_MS });
    // Arrives while stopping: not handled, nothing stored, no reply.
    await platform.receive(h.message("Fatima", "/actie nieuw Na het stoppen pijler Gezond", { messageId: "late" }));
    // No platform time passes before the drain: the intake closing and the scheduler stopping wait for no send.
    while (Number.isNaN(drainStarted)) await time.settle();
    const report = await time.runWhile(stopping);
    const sentBeforeEnd = platform.sent.length;
    await time.runUntil(time.now() + 60_000);

    const groupSent = platform.sent.filter((s) => s.chatId === "kartrekkers");
    const dmSent = platform.sent.filter((s) => s.chatId === `dm:${consoleId("Sanne")}`);
    // Everything that went out did so within the 20 s; nothing after the stop was logged.
    expect(platform.sent.length).toBe(sentBeforeEnd);
    expect(Math.max(...platform.sent.map((s) => s.atMs)) - drainStarted).toBeLessThanOrEqual(SHUTDOWN_DRAIN_MS);
    expect(dmSent).toHaveLength(3);
    expect(groupSent.length).toBeGreaterThanOrEqual(15);
    expect(report).toEqual({ refused: 1, dropped: [{ platform: "console", chatId: "kartrekkers", count: FLOOD - groupSent.length }] });
    expect(await h.db.action.count({ where: { title: "Na het stoppen" } })).toBe(0);

    // The scheduled reminder was not sent and stays pending for the next start.
    expect(platform.sent.some((s) => s.text.includes("MARK-reminder-END"))).toBe(false);
    const delivery = await h.db.delivery.findFirstOrThrow({ where: { kind: "reminder" } });
    expect(delivery).toMatchObject({ status: "pending", sentAt: null, claimedUntil: null });

    // The log says how many and for which chat (hashed, as the dead letters), never a text or a raw chat id.
    const line = logs.lines().find((l) => l.msg === "stopped with replies not sent");
    expect(line).toMatchObject({ dropped: FLOOD - groupSent.length, refused: 1, chats: [{ platform: "console", chatHash: chatHash("console", "kartrekkers"), count: FLOOD - groupSent.length }] });
    const all = logs.raw.join("\n");
    expect(all).not.toContain("kartrekkers");
    expect(all).not.toContain(consoleId("Sanne"));
    expect(all).not.toMatch(/acties|Watertappunt|Na het stoppen|MARK-/);
  }, 60_000);

  it("stops at once when nothing is queued", async () => {
    h = await createHarness();
    const time = new VirtualTime(h.clock);
    const app = createApp({ db: h.db, clock: h.clock, logger: captureLogs().logger, outboxTiming: time });
    const platform = slowPlatform(time);
    const intake = new Intake();
    await connectAdapter(app.bot, platform, app.outbox, intake);
    await platform.receive(h.message("Fatima", "/acties mijn"));
    const started = time.now();
    const report = await time.runWhile(stopTakingAndDrain({ app, intake, logger: captureLogs().logger, drainMs: SHUTDOWN_DRAIN_MS }), 100);
    expect(report).toEqual({ refused: 0, dropped: [] });
    expect(platform.sent).toHaveLength(1);
    expect(time.now() - started).toBeLessThan(SHUTDOWN_DRAIN_MS);
  }, 60_000);
});
