import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { createDailyLogFile } from "../../src/core/daily-log-file.ts";
import { createLogger } from "../../src/core/logger.ts";
import { DEFAULT_RETENTION_DAYS, MIN_RETENTION_DAYS, purgeExpiredData, retentionDaysFrom } from "../../src/services/purge-expired-data.ts";
import { createRetentionJob } from "../../src/jobs/retention.ts";
import { Scheduler } from "../../src/scheduler/engine.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { at } from "../scheduler/helpers.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";

const DAY_MS = 24 * 60 * 60_000;
let h: Harness;
beforeEach(async () => {
  h = await createHarness({ start: at("2026-03-02 10:00") });
});
afterEach(async () => h.close());

const daysAgo = (days: number) => new Date(h.clock.now().getTime() - days * DAY_MS);

/** One row of each kind at `age` days old (and, for prompts and codes, expired accordingly). */
async function seedBookkeeping(tag: string, age: number) {
  const when = daysAgo(age);
  await h.db.processedMessage.create({ data: { platform: "console", chatId: "kartrekkers", messageId: `pm-${tag}`, processedAt: when } });
  await h.db.pendingPrompt.create({ data: { platform: "console", chatId: `chat-${tag}`, senderId: "fatima", payload: "{}", expiresAt: new Date(when.getTime() + 10 * 60_000), createdAt: when } });
  await h.db.joinCode.create({ data: { code: `USED${tag}`, wijkId: h.wijkId, kind: "kartrekkers", expiresAt: new Date(when.getTime() + 7 * DAY_MS), usedAt: when, createdAt: when } });
  await h.db.joinCode.create({ data: { code: `EXP${tag}`, wijkId: h.wijkId, kind: "kartrekkers", expiresAt: when, createdAt: when } });
  const person = await h.db.person.findFirstOrThrow({ where: { wijkId: h.wijkId } });
  await h.db.identityLinkCode.create({ data: { code: `L${tag}`, wijkId: h.wijkId, personId: person.id, expiresAt: when, createdAt: when } });
  for (const status of ["sent", "dropped", "pending", "dead"]) {
    await h.db.delivery.create({
      data: { key: `test:${tag}:${status}`, wijkId: h.wijkId, kind: "adhoc", dueAt: when, status, sentAt: status === "sent" ? when : null, createdAt: when },
    });
  }
}

async function remaining(tag: string) {
  return {
    processed: await h.db.processedMessage.count({ where: { messageId: `pm-${tag}` } }),
    prompts: await h.db.pendingPrompt.count({ where: { chatId: `chat-${tag}` } }),
    joinCodes: await h.db.joinCode.count({ where: { code: { in: [`USED${tag}`, `EXP${tag}`] } } }),
    linkCodes: await h.db.identityLinkCode.count({ where: { code: `L${tag}` } }),
    deliveries: (await h.db.delivery.findMany({ where: { key: { startsWith: `test:${tag}:` } }, orderBy: { key: "asc" } })).map((d) => d.status),
  };
}

describe("purging data past its retention", () => {
  it("deletes processed-message ids, expired questions, used/expired codes and sent/dropped deliveries older than the retention", async () => {
    await seedBookkeeping("old", 31);
    await seedBookkeeping("new", 29);
    const counts = await purgeExpiredData(h.db, { now: h.clock.now(), retentionDays: 30 });
    expect(counts).toEqual({ processedMessages: 1, pendingPrompts: 2, joinCodes: 2, identityLinkCodes: 1, deliveries: 2 });
    // Old: only what the scheduler and /status still need (pending and dead deliveries) stays.
    expect(await remaining("old")).toEqual({ processed: 0, prompts: 0, joinCodes: 0, linkCodes: 0, deliveries: ["dead", "pending"] });
    // Within the retention everything stays, except a question whose answer time is over.
    expect(await remaining("new")).toEqual({ processed: 1, prompts: 0, joinCodes: 2, linkCodes: 1, deliveries: ["dead", "dropped", "pending", "sent"] });
  });

  it("keeps a question that is still waiting for its answer, and an unused code that is still valid", async () => {
    await h.db.pendingPrompt.create({ data: { platform: "console", chatId: "k", senderId: "fatima", payload: "{}", expiresAt: new Date(h.clock.now().getTime() + 60_000) } });
    await h.db.joinCode.create({ data: { code: "FRESH123", wijkId: h.wijkId, kind: "kartrekkers", expiresAt: new Date(h.clock.now().getTime() + DAY_MS) } });
    await purgeExpiredData(h.db, { now: h.clock.now(), retentionDays: 30 });
    expect(await h.db.pendingPrompt.count()).toBe(1);
    expect(await h.db.joinCode.count({ where: { code: "FRESH123" } })).toBe(1);
  });

  it("never keeps less than a week and a day, so the scheduler's catch-up can never send something twice", async () => {
    await seedBookkeeping("six", 6);
    await purgeExpiredData(h.db, { now: h.clock.now(), retentionDays: 1 });
    expect((await remaining("six")).deliveries).toEqual(["dead", "dropped", "pending", "sent"]);
    expect((await remaining("six")).processed).toBe(1);
  });

  it("reads RETENTION_DAYS from the environment: default 30, at least 8, whole days only", () => {
    expect(retentionDaysFrom({})).toBe(DEFAULT_RETENTION_DAYS);
    expect(DEFAULT_RETENTION_DAYS).toBe(30);
    expect(retentionDaysFrom({ RETENTION_DAYS: "90" })).toBe(90);
    expect(retentionDaysFrom({ RETENTION_DAYS: "2" })).toBe(MIN_RETENTION_DAYS);
    for (const bad of ["", "abc", "-5", "1.5", "30 dagen"]) expect(retentionDaysFrom({ RETENTION_DAYS: bad })).toBe(DEFAULT_RETENTION_DAYS);
  });
});

describe("the daily retention job", () => {
  it("is registered and runs once a day through the scheduler, sending nothing", async () => {
    const { jobs } = await import("../../src/jobs/index.ts");
    expect(jobs.map((j) => j.id)).toContain("retention");

    const sent = recordOutbox(h.app, { clock: h.clock });
    await h.app.scheduler.init(h.clock.now());
    await seedBookkeeping("old", 40);
    await h.app.scheduler.advanceTo(h.clock, at("2026-03-04 12:00"));
    // The 40-day-old pending delivery was dropped by the scheduler's 7-day catch-up limit, then purged.
    expect(await remaining("old")).toEqual({ processed: 0, prompts: 0, joinCodes: 0, linkCodes: 0, deliveries: ["dead"] });
    const runs = await h.db.delivery.findMany({ where: { kind: "retention" }, orderBy: { dueAt: "asc" } });
    expect(runs.map((r) => [r.key, r.status])).toEqual([
      ["retention:2026-03-03", "dropped"],
      ["retention:2026-03-04", "dropped"],
    ]);
    expect(sent.filter((m) => m.text.includes("retention"))).toEqual([]);
  });

  it("uses the configured retention at each run", async () => {
    let days = 60;
    const scheduler = new Scheduler({ db: h.db, logger: silentLogger, outbox: h.app.outbox, jobs: [createRetentionJob({ retentionDays: () => days })] });
    await scheduler.init(h.clock.now());
    await seedBookkeeping("mid", 45);
    await scheduler.advanceTo(h.clock, at("2026-03-03 12:00"));
    expect((await remaining("mid")).processed).toBe(1);
    days = 30;
    await scheduler.advanceTo(h.clock, at("2026-03-04 12:00"));
    expect((await remaining("mid")).processed).toBe(0);
  });
});

describe("log files: one per day, deleted after the retention", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "wijkbot-logs-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes wijkbot-YYYY-MM-DD.log per Amsterdam day and deletes files older than the retention", () => {
    const clock = new ManualClock(at("2026-03-01 23:30"));
    // A file from long ago and an unrelated file: only the first goes.
    writeFileSync(join(dir, "wijkbot-2026-01-01.log"), "oud\n");
    writeFileSync(join(dir, "notities.txt"), "blijft\n");
    const file = createDailyLogFile({ path: join(dir, "wijkbot.log"), retentionDays: 10, now: () => clock.now() });
    const logger = pino({ base: undefined }, file);
    logger.info({ count: 1 }, "first");
    clock.set(at("2026-03-02 00:30"));
    logger.info({ count: 2 }, "second");
    clock.set(at("2026-03-12 09:00"));
    logger.info({ count: 3 }, "third");
    file.close();
    expect(readdirSync(dir).sort()).toEqual(["notities.txt", "wijkbot-2026-03-02.log", "wijkbot-2026-03-12.log"]);
    expect(readFileSync(join(dir, "wijkbot-2026-03-02.log"), "utf8")).toContain('"msg":"second"');
    expect(readFileSync(join(dir, "wijkbot-2026-03-12.log"), "utf8")).toContain('"msg":"third"');
  });

  it("createLogger with a LOG_FILE path writes today's dated file", () => {
    const logger = createLogger({ destination: join(dir, "wijkbot.log"), retentionDays: 30, level: "info" });
    logger.info("started");
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^wijkbot-\d{4}-\d{2}-\d{2}\.log$/);
    expect(existsSync(join(dir, "wijkbot.log"))).toBe(false);
    expect(readFileSync(join(dir, files[0]), "utf8")).toContain('"msg":"started"');
  });
});
