import { afterEach, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import pino from "pino";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createApp } from "../../src/app.ts";
import { createRecordingAdapter, type RecordingAdapter } from "../helpers/recording-adapter.ts";
import type { OutboxTiming } from "../../src/core/outbox.ts";
import { connectAdapter } from "../../src/core/runtime.ts";

/** A platform whose API fails the first `failFirst` calls (or every call), like a 502 from the platform. */
function flakyAdapter(options: { failFirst: number; status?: number; retryable?: boolean }) {
  const badGateway = () => Object.assign(new Error("Bad Gateway"), { name: "HttpError", status: options.status ?? 502, ...(options.retryable === false ? { retryable: false } : {}) });
  return createRecordingAdapter({
    sendPolicy: { retries: 3, backoffMs: 1000, maxBackoffMs: 60_000 },
    status: () => ({ ok: true, state: "connected" }),
    fail: (attempt) => (attempt <= options.failFirst ? badGateway() : undefined),
    messageId: (_message, attempt) => `sent-${attempt}`,
  });
}

/** Time the outbox sees: sleeps are recorded and return at once, so backoff is checked without waiting. */
function recordingTiming(): OutboxTiming & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    async sleep(ms) {
      sleeps.push(ms);
      now += ms;
    },
  };
}

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

describe("platform send failures: retry with backoff, then a dead letter the coördinator sees", () => {
  let h: Harness;
  afterEach(async () => h?.close());

  async function setup(platform: RecordingAdapter, logger = captureLogs().logger) {
    h = await createHarness();
    const timing = recordingTiming();
    const app = createApp({ db: h.db, clock: h.clock, logger, outboxTiming: timing });
    await connectAdapter(app.bot, platform, app.outbox);
    return { app, timing };
  }

  it("retries a failing send with growing pauses and delivers it once the platform recovers", async () => {
    const platform = flakyAdapter({ failFirst: 2 });
    const { app, timing } = await setup(platform);

    const sent = await app.outbox.send({ platform: "console", chatId: "kartrekkers", text: "Hallo groep" });

    expect(sent).toEqual({ platform: "console", chatId: "kartrekkers", messageId: "sent-3" });
    expect(platform.attempts.length).toBe(3);
    expect(timing.sleeps).toEqual([1000, 2000]);
    expect(platform.sent.map((m) => m.text)).toEqual(["Hallo groep"]);
    expect(await h.db.deadLetter.count()).toBe(0);
  });

  it("gives up after the policy's retries, stores a dead letter without the text, and logs it", async () => {
    const platform = flakyAdapter({ failFirst: Infinity });
    const logs = captureLogs();
    const { app, timing } = await setup(platform, logs.logger);

    const sent = await app.outbox.send({ platform: "console", chatId: "kartrekkers", text: "Geheime tekst 0612345678" });

    expect(sent).toBeUndefined();
    expect(platform.attempts.length).toBe(4);
    expect(timing.sleeps).toEqual([1000, 2000, 4000]);
    const letters = await h.db.deadLetter.findMany();
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ wijkId: h.wijkId, platform: "console", what: "send", attempts: 4, reason: "HttpError 502" });
    expect(JSON.stringify(letters)).not.toMatch(/Geheime|0612345678|kartrekkers/);
    const gaveUp = logs.lines.filter((l) => l.msg === "gave up sending a message");
    expect(gaveUp).toHaveLength(1);
    expect(JSON.stringify(logs.lines)).not.toMatch(/Geheime|0612345678/);
  });

  it("does not retry what the platform calls permanent, but still records it", async () => {
    const platform = flakyAdapter({ failFirst: Infinity, status: 403, retryable: false });
    const { app, timing } = await setup(platform);

    expect(await app.outbox.send({ platform: "console", chatId: "kartrekkers", text: "x" })).toBeUndefined();

    expect(platform.attempts.length).toBe(1);
    expect(timing.sleeps).toEqual([]);
    expect(await h.db.deadLetter.findFirst()).toMatchObject({ attempts: 1, reason: "HttpError 403" });
  });

  it("shows the coördinator in /status which messages did not arrive, where, and what is still to be sent", async () => {
    const platform = flakyAdapter({ failFirst: Infinity });
    const { app } = await setup(platform);
    await app.outbox.send({ platform: "console", chatId: "kartrekkers", text: "eerste" });
    await app.outbox.send({ platform: "console", chatId: "stuurgroep", text: "tweede" });

    const [status] = await app.bot.handle(h.message("Marieke", "/status"));

    expect(status.text).toContain("2 berichten kwamen de afgelopen 7 dagen niet aan");
    expect(status.text).toMatch(/console · stuurgroep · 4× geprobeerd · HttpError 502/);
    expect(status.text).toMatch(/console · kartrekkers · 4× geprobeerd/);
    expect(status.text).toMatch(/console: ✅ verbonden/);
    expect(status.text).toContain("Nog te versturen: 0");
  });

  it("reports overdue scheduled deliveries and ones the scheduler gave up on", async () => {
    const platform = flakyAdapter({ failFirst: 0 });
    const { app } = await setup(platform);
    const now = h.clock.now();
    const due = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
    await h.db.delivery.createMany({
      data: [
        { key: "t:1", wijkId: h.wijkId, kind: "reminder", dueAt: due(60), status: "pending" },
        { key: "t:2", wijkId: h.wijkId, kind: "reminder", dueAt: due(-60), status: "pending" },
        { key: "t:3", wijkId: h.wijkId, kind: "reminder", dueAt: due(120), status: "dead", attempts: 5 },
      ],
    });

    const [status] = await app.bot.handle(h.message("Marieke", "/status"));

    expect(status.text).toContain("Nog te versturen: 2 (waarvan 1 te laat)");
    expect(status.text).toContain("1 geplande herinnering opgegeven na 5 pogingen");
    expect(status.text).toContain("Alle berichten van de afgelopen 7 dagen zijn aangekomen.");
  });

  it("keeps /status for the coördinator and shows nothing of another wijk", async () => {
    const platform = flakyAdapter({ failFirst: Infinity });
    const { app } = await setup(platform);
    await h.db.deadLetter.create({ data: { wijkId: "een-andere-wijk", platform: "telegram", chatHash: "x", attempts: 4 } });

    const [refused] = await app.bot.handle(h.message("Ahmed", "/status"));
    expect(refused.text).toMatch(/coördinator/i);
    expect(refused.text).not.toContain("Verbindingen");

    const [status] = await app.bot.handle(h.message("Marieke", "/status"));
    expect(status.text).toContain("Alle berichten van de afgelopen 7 dagen zijn aangekomen.");
  });

  it("a reply that cannot be delivered ends as a dead letter, never silently", async () => {
    const platform = flakyAdapter({ failFirst: Infinity });
    const { app } = await setup(platform);

    await platform.receive(h.message("Ahmed", "/acties"));
    await app.outbox.idle();

    expect(await h.db.deadLetter.count({ where: { wijkId: h.wijkId } })).toBe(1);
  });
});
