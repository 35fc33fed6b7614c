import { describe, expect, it } from "vitest";
import pino from "pino";
import { Writable } from "node:stream";
import { Outbox, type OutboxTiming } from "../../src/core/outbox.ts";
import type { OutgoingMessage, SendPolicy } from "../../src/core/types.ts";
import { createRecordingAdapter } from "../helpers/recording-adapter.ts";

/** Virtual time: sleeping moves the clock instead of waiting. */
function fakeTiming() {
  let now = 0;
  const sleeps: number[] = [];
  const timing: OutboxTiming = {
    now: () => now,
    async sleep(ms) {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { timing, sleeps, now: () => now };
}

/** A logger whose lines the test can read. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

/** The recording adapter on the outbox's fake time, failing as told. */
function fakeAdapter(name: string, clock: () => number, sendPolicy?: SendPolicy, failures: unknown[] = []) {
  const adapter = createRecordingAdapter({ name, clock: { now: () => new Date(clock()) }, sendPolicy, failures });
  return { adapter, sent: adapter.sent };
}

const msg = (chatId: string, text: string, platform = "fake"): OutgoingMessage => ({ platform, chatId, text });

describe("the outbox", () => {
  it("keeps each chat's messages in order and spaces them by the platform's interval", async () => {
    const t = fakeTiming();
    const { adapter, sent } = fakeAdapter("fake", t.now, { pace: () => ({ minIntervalMs: 1000 }) });
    const outbox = new Outbox(pino({ level: "silent" }), t.timing);
    outbox.register(adapter);
    await Promise.all([outbox.send(msg("g1", "een")), outbox.send(msg("g1", "twee")), outbox.send(msg("g1", "drie"))]);
    expect(sent.map((s) => s.text)).toEqual(["een", "twee", "drie"]);
    expect(sent.map((s) => s.atMs)).toEqual([0, 1000, 2000]);
  });

  it("holds a group to its per-minute limit (Telegram: 20 a minute)", async () => {
    const t = fakeTiming();
    const { adapter, sent } = fakeAdapter("fake", t.now, { pace: () => ({ maxPerWindow: 20, windowMs: 60_000 }) });
    const outbox = new Outbox(pino({ level: "silent" }), t.timing);
    outbox.register(adapter);
    await Promise.all(Array.from({ length: 25 }, (_, i) => outbox.send(msg("g1", `bericht ${i + 1}`))));
    expect(sent).toHaveLength(25);
    expect(sent.slice(0, 20).every((s) => s.atMs === 0)).toBe(true);
    // The 21st waits until the first one is a minute old.
    expect(sent[20].atMs).toBe(60_000);
    expect(sent.map((s) => s.text)).toEqual(Array.from({ length: 25 }, (_, i) => `bericht ${i + 1}`));
  });

  it("does not let one busy chat hold up another", async () => {
    const t = fakeTiming();
    const { adapter, sent } = fakeAdapter("fake", t.now, { pace: () => ({ minIntervalMs: 5000 }) });
    const outbox = new Outbox(pino({ level: "silent" }), t.timing);
    outbox.register(adapter);
    const busy = [outbox.send(msg("g1", "a1")), outbox.send(msg("g1", "a2"))];
    await outbox.send(msg("g2", "b1"));
    expect(sent.find((s) => s.text === "b1")!.atMs).toBe(0);
    await Promise.all(busy);
  });

  it("retries with exponential backoff and then delivers", async () => {
    const t = fakeTiming();
    const boom = Object.assign(new Error("network down"), { name: "HttpError" });
    const { adapter, sent } = fakeAdapter("fake", t.now, { backoffMs: 500 }, [boom, boom]);
    const outbox = new Outbox(pino({ level: "silent" }), t.timing);
    outbox.register(adapter);
    const ref = await outbox.send(msg("g1", "hallo"));
    expect(ref?.messageId).toBe("1");
    expect(t.sleeps).toEqual([500, 1000]);
    expect(sent.map((s) => s.text)).toEqual(["hallo"]);
  });

  it("waits as long as the platform asks after HTTP 429", async () => {
    const t = fakeTiming();
    const tooMany = Object.assign(new Error("Too Many Requests"), { status: 429, retryAfterMs: 7000 });
    const { adapter } = fakeAdapter("fake", t.now, {}, [tooMany]);
    const outbox = new Outbox(pino({ level: "silent" }), t.timing);
    outbox.register(adapter);
    expect(await outbox.send(msg("g1", "hallo"))).toBeDefined();
    expect(t.sleeps).toEqual([7000]);
  });

  it("gives up after the last retry with a log line that holds no message text or chat", async () => {
    const t = fakeTiming();
    const { logger, lines } = recordingLogger();
    const boom = () => Object.assign(new Error("server error"), { status: 502 });
    const { adapter, sent } = fakeAdapter("fake", t.now, { retries: 2 }, [boom(), boom(), boom(), undefined]);
    const outbox = new Outbox(logger, t.timing);
    outbox.register(adapter);
    expect(await outbox.send(msg("31612345678@s.whatsapp.net", "geheim verslag"))).toBeUndefined();
    expect(sent).toHaveLength(0);
    const gaveUp = lines.find((l) => l.msg === "gave up sending a message");
    expect(gaveUp).toMatchObject({ platform: "fake", attempts: 3, err: { status: 502 } });
    expect(JSON.stringify(lines)).not.toContain("geheim");
    expect(JSON.stringify(lines)).not.toContain("31612345678");
    // The next message in that chat is not blocked by the failed one.
    expect(await outbox.send(msg("31612345678@s.whatsapp.net", "volgende"))).toBeDefined();
  });

  it("does not retry what cannot succeed (bot removed from the chat)", async () => {
    const t = fakeTiming();
    const forbidden = Object.assign(new Error("Forbidden"), { status: 403, retryable: false });
    const { adapter } = fakeAdapter("fake", t.now, {}, [forbidden]);
    const outbox = new Outbox(pino({ level: "silent" }), t.timing);
    outbox.register(adapter);
    expect(await outbox.send(msg("g1", "hallo"))).toBeUndefined();
    expect(t.sleeps).toEqual([]);
  });

  it("leaves a platform without a policy (the console) unthrottled", async () => {
    const t = fakeTiming();
    const { adapter, sent } = fakeAdapter("console", t.now);
    const outbox = new Outbox(pino({ level: "silent" }), t.timing);
    outbox.register(adapter);
    await Promise.all(Array.from({ length: 50 }, (_, i) => outbox.send(msg("kartrekkers", `r${i}`, "console"))));
    expect(sent).toHaveLength(50);
    expect(t.sleeps).toEqual([]);
  });

  it("edits through the same queue and says false where the platform cannot edit", async () => {
    const t = fakeTiming();
    const edits: string[] = [];
    const { adapter } = fakeAdapter("fake", t.now, { pace: () => ({ minIntervalMs: 1000 }) });
    adapter.edit = async (_sent, message) => {
      edits.push(`${message.text}@${t.now()}`);
    };
    const outbox = new Outbox(pino({ level: "silent" }), t.timing);
    outbox.register(adapter);
    const ref = await outbox.send(msg("g1", "bord v1"));
    expect(await outbox.edit(ref!, msg("g1", "bord v2"))).toBe(true);
    expect(edits).toEqual(["bord v2@1000"]);
    const { adapter: plain } = fakeAdapter("plain", t.now);
    outbox.register(plain);
    expect(await outbox.edit({ platform: "plain", chatId: "x", messageId: "1" }, msg("x", "nieuw", "plain"))).toBe(false);
  });
});
