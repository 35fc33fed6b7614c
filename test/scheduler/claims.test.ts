import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { Outbox } from "../../src/core/outbox.ts";
import { CLAIM_MS, INTERRUPTED_SEND, Scheduler } from "../../src/scheduler/engine.ts";
import { jobs } from "../../src/jobs/index.ts";
import { at, clearDemoDeadlines } from "./helpers.ts";
import { addReminder, eventually, gatedPlatform } from "./flood-helpers.ts";

/**
 * Issue 12, defect 4: exactly once across processes when sending is slow. Two schedulers
 * on one database stand for two bot processes, each with its own outbox and platform.
 * Ten people without a DM each get a reminder at 10:00: all ten go to the kartrekkers
 * group (with a mention), so one process sends them one after the other.
 */
let h: Harness;
const PEOPLE = 10;
let stopped: (() => void)[] = [];

beforeEach(async () => {
  h = await createHarness();
  await clearDemoDeadlines(h.db);
  const people = await h.db.person.findMany({ where: { wijkId: h.wijkId }, orderBy: { displayName: "asc" }, take: PEOPLE });
  expect(people).toHaveLength(PEOPLE);
  for (const [i, p] of people.entries()) await addReminder(h.db, { wijkId: h.wijkId, number: i + 1, at: at("2026-01-05 10:00"), personId: p.id });
});
afterEach(async () => {
  for (const stop of stopped.splice(0)) stop();
  await h.close();
});

/** One "process": a scheduler with its own outbox and platform on the shared database. */
function processWith(options: { onSend?: () => Promise<void> | void; renewEveryMs?: number; logger?: pino.Logger } = {}) {
  const outbox = new Outbox(silentLogger);
  const platform = gatedPlatform(h.clock, { onSend: options.onSend });
  outbox.register(platform.adapter);
  const scheduler = new Scheduler({ db: h.db, logger: options.logger ?? silentLogger, outbox, jobs, clock: h.clock, renewEveryMs: options.renewEveryMs });
  stopped.push(() => platform.open("kartrekkers"));
  return { outbox, platform, scheduler };
}

const markers = (texts: string[]) => texts.flatMap((t) => [...t.matchAll(/MARK-(\d+)-END/g)].map((m) => Number(m[1])));

function countsOf(...sent: { text: string }[][]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const n of markers(sent.flat().map((s) => s.text))) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

describe("two processes, slow sending", () => {
  it("keeps its claim while it sends slowly: the other process takes nothing over and nothing goes out twice", async () => {
    let b!: ReturnType<typeof processWith>;
    // Every message takes the platform a minute (pacing, a Monday burst); meanwhile the other process ticks.
    const a = processWith({
      onSend: async () => {
        h.clock.advance(61_000);
        await b.scheduler.tick(h.clock.now());
      },
    });
    b = processWith();
    await a.scheduler.init(at("2026-01-05 09:00"));
    h.clock.set(at("2026-01-05 10:00"));
    await a.scheduler.tick(h.clock.now());
    await a.outbox.idle();

    // Ten minutes of sending, twice the claim: still each reminder exactly once.
    expect(h.clock.now().getTime() - at("2026-01-05 10:00").getTime()).toBeGreaterThan(2 * CLAIM_MS);
    const counts = countsOf(a.platform.sent, b.platform.sent);
    expect([...counts.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: PEOPLE }, (_, i) => i + 1));
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect(b.platform.sent).toEqual([]);
    const rows = await h.db.delivery.findMany({ where: { kind: "reminder" } });
    expect(rows.map((r) => r.status)).toEqual(Array(PEOPLE).fill("sent"));
    // Each marked sent at its own moment, a minute apart (not all at the tick's time).
    expect(new Set(rows.map((r) => r.sentAt!.getTime())).size).toBe(PEOPLE);
  });

  it("checks its claim right before each send: a process that stalled past its claim sends nothing the other took over", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    // A stalls in its first send (a hung request, a frozen machine) and cannot renew its claims.
    const a = processWith({ renewEveryMs: 0 });
    const b = processWith({ logger });
    a.platform.hold("kartrekkers");
    let attempts = 0;
    a.platform.adapter.send = ((send) => (message) => (attempts++, send(message)))(a.platform.adapter.send.bind(a.platform.adapter));
    await a.scheduler.init(at("2026-01-05 09:00"));
    h.clock.set(at("2026-01-05 10:00"));
    const aTick = a.scheduler.tick(h.clock.now());
    expect(await eventually(() => attempts === 1)).toBe(true);

    // Six minutes later the other process finds A's claims expired and takes over.
    h.clock.set(at("2026-01-05 10:06"));
    await b.scheduler.tick(h.clock.now());
    await b.outbox.idle();
    a.platform.open("kartrekkers");
    await aTick;
    await a.outbox.idle();

    const counts = countsOf(a.platform.sent, b.platform.sent);
    expect([...counts.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: PEOPLE }, (_, i) => i + 1));
    // A sent only the one message that was already on its way when it stalled.
    expect(a.platform.sent).toHaveLength(1);
    const twice = [...counts].filter(([, c]) => c > 1).map(([n]) => n);
    expect(twice).toEqual(markers(a.platform.sent.map((s) => s.text)));
    // …and that one is recorded: the delivery row says so, and B's log names its key (ids only).
    const suspect = await h.db.delivery.findMany({ where: { lastError: INTERRUPTED_SEND } });
    expect(suspect).toHaveLength(1);
    const reminder = await h.db.reminder.findFirstOrThrow({ where: { text: `MARK-${twice[0]}-END` } });
    expect(suspect[0].key.startsWith(`reminder:${reminder.id}:`)).toBe(true);
    expect(suspect[0].status).toBe("sent");
    const logged = lines.map((l) => JSON.parse(l) as { msg: string; keys?: string[] }).find((l) => l.keys?.includes(suspect[0].key));
    expect(logged?.msg).toMatch(/interrupted/);
    expect(lines.join("\n")).not.toMatch(/MARK-|Marieke|Henk/);
    const rows = await h.db.delivery.findMany({ where: { kind: "reminder" } });
    expect(rows.map((r) => r.status)).toEqual(Array(PEOPLE).fill("sent"));
  });
});
