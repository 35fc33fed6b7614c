/**
 * Scheduled-message delay while one chat floods (issue 12, defect 2), on virtual time:
 * a Telegram group has 600 replies queued (Telegram lets 20 a minute through in a group:
 * 30 minutes of queue), and for 30 minutes reminders fall due every minute for that group,
 * the stuurgroep and three people's DMs. The scheduler ticks every minute as in `npm start`.
 * The platform's pacing waits and the clock are virtual (the outbox's timing and the
 * scheduler's clock are one ManualClock, moved from one pacing wake-up to the next once
 * everything else has settled), so 30 minutes take seconds; the database is real (SQLite).
 *
 * Measured per delivery: when the platform got it (virtual time) minus when it was due, and
 * whether Delivery.sentAt says that same moment.
 */
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { Outbox, type OutboxTiming } from "../../src/core/outbox.ts";
import type { Adapter } from "../../src/core/types.ts";
import { Scheduler } from "../../src/scheduler/engine.ts";
import { jobs } from "../../src/jobs/index.ts";
import { toInstant } from "../../src/time/amsterdam.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { TELEGRAM_SEND_POLICY } from "../../adapters/telegram/send.ts";
import type { BenchDatabase } from "./setup.ts";

const START = toInstant({ year: 2026, month: 1, day: 7 }, 9, 59);
const FLOOD = 600;
const MINUTES = 30;
const FLOODED = "-1001";

/** Pacing sleeps on virtual time: each wakes when the driver moves the clock to its moment. */
class VirtualTime implements OutboxTiming {
  readonly #sleepers: { at: number; wake: () => void }[] = [];
  constructor(readonly clock: ManualClock) {}
  now(): number {
    return this.clock.now().getTime();
  }
  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.#sleepers.push({ at: this.now() + Math.max(0, ms), wake }));
  }
  /** Lets everything that can run without time passing run (SQLite answers within event-loop turns). */
  async settle(): Promise<void> {
    for (let i = 0; i < 30; i++) await new Promise((resolve) => setImmediate(resolve));
  }
  /** Runs virtual time up to `to`, waking each sleeper at its moment, in order. */
  async runUntil(to: number): Promise<void> {
    for (;;) {
      await this.settle();
      this.#sleepers.sort((a, b) => a.at - b.at);
      const next = this.#sleepers[0];
      if (!next || next.at > to) break;
      this.#sleepers.shift();
      if (next.at > this.now()) this.clock.set(new Date(next.at));
      next.wake();
    }
    if (to > this.now()) this.clock.set(new Date(to));
  }
}

export interface FloodResult {
  /** Delay of scheduled messages to the other chats (virtual seconds): median and worst. */
  othersP50S: number;
  othersMaxS: number;
  /** Delay of the flooded group's own reminders (virtual minutes): median and worst. */
  floodedP50Min: number;
  floodedMaxMin: number;
  /** Deliveries whose Delivery.sentAt is the moment the platform got them (within a second). */
  sentAtExact: number;
  deliveries: number;
  /** Virtual minutes until every scheduled message was out. */
  allOutAfterMin: number;
}

export async function schedulerFlood(bench: BenchDatabase): Promise<FloodResult> {
  const clock = new ManualClock(START);
  const db = bench.db;
  const { wijkId } = await seedDemoWijk(db, clock.now());
  await db.action.updateMany({ data: { deadline: null } });
  // The demo wijk on Telegram: its two groups and three people's DMs.
  const kartrekkers = await db.chat.create({ data: { wijkId, platform: "telegram", externalId: FLOODED, kind: "kartrekkers" } });
  const stuurgroep = await db.chat.create({ data: { wijkId, platform: "telegram", externalId: "-1002", kind: "stuurgroep" } });
  const dms = [];
  for (const [i, name] of ["Henk", "Sanne", "Lisa"].entries()) {
    const person = await db.person.findFirstOrThrow({ where: { wijkId, displayName: name } });
    dms.push(await db.chat.create({ data: { wijkId, platform: "telegram", externalId: String(5000 + i), kind: "direct", personId: person.id } }));
  }
  const targets = [kartrekkers, stuurgroep, ...dms];
  let number = 0;
  for (let minute = 1; minute <= MINUTES; minute++) {
    for (const chat of targets) {
      number++;
      await db.reminder.create({
        data: { wijkId, kind: "adhoc", number, text: `MARK-${number}-END`, nextAt: new Date(START.getTime() + minute * 60_000), targetChatId: chat.id },
      });
    }
  }

  const time = new VirtualTime(clock);
  const outbox = new Outbox(silentLogger, time);
  const got = new Map<number, { at: number; chatId: string }>();
  const telegram: Adapter = {
    name: "telegram",
    sendPolicy: TELEGRAM_SEND_POLICY,
    async start() {},
    async stop() {},
    async send(message) {
      for (const m of message.text.matchAll(/MARK-(\d+)-END/g)) got.set(Number(m[1]), { at: clock.now().getTime(), chatId: message.chatId });
      return { platform: "telegram", chatId: message.chatId, messageId: String(got.size) };
    },
  };
  outbox.register(telegram);
  const scheduler = new Scheduler({ db, logger: silentLogger, outbox, jobs, clock, renewEveryMs: 0 });
  await scheduler.init(clock.now());

  // A member floods the group: 600 replies queued a moment before the first reminder is due.
  for (let i = 0; i < FLOOD; i++) void outbox.send({ platform: "telegram", chatId: FLOODED, text: `antwoord ${i}` });
  const ticks: Promise<unknown>[] = [];
  let minute = 0;
  for (; minute <= MINUTES + 45 && got.size < number; minute++) {
    const at = START.getTime() + minute * 60_000;
    await time.runUntil(at);
    // As the cron driver does; an engine that waits for its sends makes the next tick wait too.
    ticks.push(scheduler.tick(new Date(at), { waitForSends: false }));
  }
  await time.runUntil(START.getTime() + (minute + 1) * 60_000);

  const rows = await db.delivery.findMany({ where: { kind: "reminder" }, select: { key: true, dueAt: true, sentAt: true } });
  const reminders = await db.reminder.findMany({ where: { wijkId }, select: { id: true, number: true } });
  const numberOf = new Map(reminders.map((r) => [r.id, r.number]));
  const others: number[] = [];
  const flooded: number[] = [];
  let sentAtExact = 0;
  for (const row of rows) {
    const n = numberOf.get(row.key.split(":")[1])!;
    const sent = got.get(n);
    if (!sent) continue;
    const delay = sent.at - row.dueAt.getTime();
    (sent.chatId === FLOODED ? flooded : others).push(delay);
    if (row.sentAt && Math.abs(row.sentAt.getTime() - sent.at) < 1000) sentAtExact++;
  }
  const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
  const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;
  const lastOut = Math.max(...[...got.values()].map((g) => g.at));
  await scheduler.stop();
  return {
    othersP50S: median(others) / 1000,
    othersMaxS: Math.max(...others) / 1000,
    floodedP50Min: median(flooded) / 60_000,
    floodedMaxMin: Math.max(...flooded) / 60_000,
    sentAtExact,
    deliveries: rows.length,
    allOutAfterMin: (lastOut - START.getTime()) / 60_000,
  };
}

// `tsx test/bench/scheduler-flood.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { benchSqlite } = await import("./setup.ts");
  const bench = await benchSqlite();
  const result = await schedulerFlood(bench);
  await bench.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
