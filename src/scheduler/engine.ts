import { randomUUID } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import type { Db } from "../db.ts";
import type { Clock, ManualClock } from "../core/clock.ts";
import { errorForLog, type Logger } from "../core/logger.ts";
import type { Outbox } from "../core/outbox.ts";
import type { OutgoingMessage } from "../core/types.ts";
import { resolveChatKindTargets, resolvePersonTarget, type ChatTarget } from "../services/resolve-targets.ts";
import type { WijkRow } from "../services/rows.ts";
import { holidayPeriod } from "./quiet-hours.ts";
import { readScheduleSettings } from "./settings.ts";
import { translate } from "../i18n/index.ts";
import { recipientLanguage } from "./recipient-language.ts";
import type { DueDelivery, JobContext, PlannedDelivery, Recipient, ScheduledJob } from "./types.ts";

/** Nothing older than this is sent as if new: missed deliveries beyond it are never planned, pending ones are dropped. */
export const CATCH_UP_LIMIT_MS = 7 * 24 * 60 * 60_000;
/** A claimed row belongs to one process this long; after a crash another process takes it over. */
export const CLAIM_MS = 5 * 60_000;
/** Deliveries this much behind their time were missed (downtime), not merely due this minute. */
export const LATE_AFTER_MS = 15 * 60_000;
/** Failed sends are retried this many times, then the row is marked dead. */
export const MAX_SEND_ATTEMPTS = 5;
const PLAN_CURSOR = "plan";
/** Keys per IN list (SQLite and PostgreSQL both cap the number of query parameters). */
const KEY_CHUNK = 500;
const DAY_MS = 24 * 60 * 60_000;
const LOOKAHEAD_DAYS = [2, 8, 40, Infinity];

interface DeliveryPayload {
  recipient: Recipient;
  data: PlannedDelivery["data"];
}

type DeliveryRow = { key: string; wijkId: string; kind: string; dueAt: Date; payload: string; attempts: number };

/**
 * Plans and sends everything that is due. All logic runs from `tick(now)` with the
 * injected clock's time: node-cron only calls it every minute in `npm start`, tests
 * and transcripts call it (or `advanceTo`) with simulated time.
 *
 * Exactly once: every occurrence is first written as a Delivery row with a unique key,
 * then claimed with a conditional update (so several processes can share one
 * database), sent, and marked sent.
 */
export class Scheduler {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #outbox: Outbox;
  readonly #jobs: Map<string, ScheduledJob>;
  readonly #processId = randomUUID();
  #running: Promise<unknown> = Promise.resolve();
  #task: ScheduledTask | undefined;

  constructor(options: { db: Db; logger: Logger; outbox: Outbox; jobs: readonly ScheduledJob[] }) {
    this.#db = options.db;
    this.#logger = options.logger;
    this.#outbox = options.outbox;
    this.#jobs = new Map(options.jobs.map((job) => [job.id, job]));
  }

  /** On a fresh database nothing counts as missed: planning starts now. Safe to call again. */
  async init(now: Date): Promise<void> {
    const existing = await this.#db.schedulerCursor.findUnique({ where: { name: PLAN_CURSOR } });
    if (!existing) {
      await this.#db.schedulerCursor.create({ data: { name: PLAN_CURSOR, until: now } }).catch(() => undefined);
    }
  }

  /** Plans what fell due up to `now` and sends it; ticks never overlap within one process. */
  tick(now: Date): Promise<{ sent: number; dropped: number }> {
    const run = this.#running.then(() => this.#tickOnce(now));
    this.#running = run.catch(() => undefined);
    return run;
  }

  /**
   * Moves a manual clock forward to `to`, stopping at every moment something falls due
   * on the way, so each message goes out at its own time (transcripts, tests).
   */
  async advanceTo(clock: ManualClock, to: Date): Promise<void> {
    await this.init(clock.now());
    for (let guard = 0; guard < 100_000; guard++) {
      const next = await this.nextDueAt(clock.now(), to);
      if (!next || next.getTime() <= clock.now().getTime()) break;
      clock.set(next);
      await this.tick(next);
    }
    clock.set(to);
    await this.tick(to);
  }

  /** The earliest moment in (after, until] when some job has something due. */
  async nextDueAt(after: Date, until: Date): Promise<Date | undefined> {
    // Something is nearly always due within a week (the digest), so look close by first.
    for (const days of LOOKAHEAD_DAYS) {
      const horizon = new Date(Math.min(until.getTime(), after.getTime() + days * DAY_MS));
      const found = await this.#earliestDue(after, horizon);
      if (found || horizon.getTime() >= until.getTime()) return found;
    }
    return undefined;
  }

  async #earliestDue(after: Date, until: Date): Promise<Date | undefined> {
    if (until.getTime() <= after.getTime()) return undefined;
    let earliest: Date | undefined;
    for (const ctx of await this.#contexts(after)) {
      for (const job of this.#jobs.values()) {
        for (const planned of await job.schedule(ctx, { from: after, to: until })) {
          if (!earliest || planned.dueAt < earliest) earliest = planned.dueAt;
        }
      }
    }
    return earliest;
  }

  /** Starts the real-time driver: a tick every minute with the given clock. */
  startCron(clock: Clock): void {
    if (this.#task) return;
    this.#task = cron.schedule(
      "* * * * *",
      async () => {
        await this.tick(clock.now()).catch((error: unknown) => this.#logger.error({ err: summary(error) }, "scheduler tick failed"));
      },
      { name: "wijkbot-scheduler", noOverlap: true },
    );
  }

  async stop(): Promise<void> {
    await this.#task?.stop();
    this.#task = undefined;
    await this.#running;
  }

  async #tickOnce(now: Date): Promise<{ sent: number; dropped: number }> {
    await this.#plan(now);
    return this.#dispatch(now);
  }

  async #contexts(now: Date): Promise<JobContext[]> {
    const wijken: WijkRow[] = await this.#db.wijk.findMany({ orderBy: { createdAt: "asc" } });
    const holidays = await this.#db.holiday.findMany();
    return wijken.map((wijk) => ({
      db: this.#db,
      logger: this.#logger,
      now,
      wijk,
      settings: readScheduleSettings(wijk.settings),
      holidays: holidays.filter((h) => h.wijkId === wijk.id).map(holidayPeriod),
    }));
  }

  async #plan(now: Date): Promise<void> {
    const cursor = await this.#db.schedulerCursor.findUnique({ where: { name: PLAN_CURSOR } });
    if (!cursor) {
      await this.init(now);
      return;
    }
    const oldest = new Date(now.getTime() - CATCH_UP_LIMIT_MS);
    const from = cursor.until > oldest ? cursor.until : oldest;
    if (from.getTime() < now.getTime()) {
      const planned: (PlannedDelivery & { kind: string; wijkId: string })[] = [];
      for (const ctx of await this.#contexts(now)) {
        for (const job of this.#jobs.values()) {
          for (const p of await job.schedule(ctx, { from, to: now })) planned.push({ ...p, kind: job.id, wijkId: ctx.wijk.id });
        }
      }
      await this.#record(planned);
      await this.#db.schedulerCursor.updateMany({ where: { name: PLAN_CURSOR, until: { lt: now } }, data: { until: now } });
    }
    const tooOld = await this.#db.delivery.updateMany({
      where: { status: "pending", dueAt: { lt: oldest } },
      data: { status: "dropped", lastError: "ouder dan 7 dagen" },
    });
    if (tooOld.count) this.#logger.info({ count: tooOld.count }, "dropped deliveries older than the catch-up limit");
  }

  /** Writes the rows that do not exist yet; a key another process wrote first is simply skipped. */
  async #record(planned: (PlannedDelivery & { kind: string; wijkId: string })[]): Promise<void> {
    if (!planned.length) return;
    const unique = new Map(planned.map((p) => [p.key, p]));
    const existing = new Set<string>();
    // In chunks: one IN list with every key of a large tick exceeds the database's parameter limit.
    const keys = [...unique.keys()];
    for (let i = 0; i < keys.length; i += KEY_CHUNK) {
      const rows = await this.#db.delivery.findMany({ where: { key: { in: keys.slice(i, i + KEY_CHUNK) } }, select: { key: true } });
      for (const row of rows) existing.add(row.key);
    }
    const rows = [...unique.values()]
      .filter((p) => !existing.has(p.key))
      .map((p) => ({ key: p.key, wijkId: p.wijkId, kind: p.kind, dueAt: p.dueAt, payload: JSON.stringify({ recipient: p.recipient, data: p.data } satisfies DeliveryPayload) }));
    for (let i = 0; i < rows.length; i += KEY_CHUNK) {
      const chunk = rows.slice(i, i + KEY_CHUNK);
      try {
        await this.#db.delivery.createMany({ data: chunk });
      } catch (error) {
        if ((error as { code?: string }).code !== "P2002") throw error;
        // Another process wrote some of these keys meanwhile: write the rest one by one.
        for (const row of chunk) {
          await this.#db.delivery.create({ data: row }).catch((e: unknown) => {
            if ((e as { code?: string }).code !== "P2002") throw e;
          });
        }
      }
    }
  }

  async #dispatch(now: Date): Promise<{ sent: number; dropped: number }> {
    const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
    const due: DeliveryRow[] = await this.#db.delivery.findMany({
      where: { status: "pending", dueAt: { lte: now }, ...free },
      orderBy: [{ dueAt: "asc" }, { key: "asc" }],
    });
    if (!due.length) return { sent: 0, dropped: 0 };
    const contexts = new Map((await this.#contexts(now)).map((c) => [c.wijk.id, c]));
    const groups = new Map<string, { recipient: Recipient; wijkId: string; items: { row: DeliveryRow; text: string }[] }>();
    let dropped = 0;
    const claimed = await this.#claim(due, now, free);
    for (const row of due) {
      if (!claimed.has(row.key)) continue;
      const ctx = contexts.get(row.wijkId);
      const job = this.#jobs.get(row.kind);
      const payload = JSON.parse(row.payload) as DeliveryPayload;
      const delivery: DueDelivery = { key: row.key, kind: row.kind, wijkId: row.wijkId, dueAt: row.dueAt, ...payload };
      let text: string | null = null;
      try {
        text = ctx && job ? await job.handler(ctx, delivery) : null;
      } catch (error) {
        this.#logger.error({ kind: row.kind, err: summary(error) }, "building a scheduled message failed");
        await this.#release(row, now, "opbouwen mislukt");
        continue;
      }
      if (text === null) {
        await this.#finish([row.key], "dropped");
        dropped++;
        continue;
      }
      const groupKey = `${row.wijkId}:${JSON.stringify(payload.recipient)}`;
      const group = groups.get(groupKey) ?? { recipient: payload.recipient, wijkId: row.wijkId, items: [] };
      group.items.push({ row, text });
      groups.set(groupKey, group);
    }

    let sent = 0;
    for (const group of groups.values()) {
      const targets = await this.#targets(group.wijkId, group.recipient);
      const keys = group.items.map((i) => i.row.key);
      if (!targets.length) {
        await this.#finish(keys, "dropped", "geen chat om naartoe te sturen");
        dropped += keys.length;
        continue;
      }
      const { body, late } = coalesce(group.items, now);
      // Only a late batch gets a heading, and only then is the recipient's language looked up.
      const text = late ? `${translate(await recipientLanguage(this.#db, group), "scheduler.catchUp")}\n\n${body}` : body;
      let delivered = false;
      for (const target of targets) {
        const message: OutgoingMessage = {
          platform: target.platform,
          chatId: target.chatId,
          text: target.viaGroup && target.displayName ? `@${target.displayName} ${text}` : text,
          ...(target.mentionIds.length ? { mentions: target.mentionIds } : {}),
        };
        if (await this.#outbox.send(message)) delivered = true;
      }
      if (delivered) {
        await this.#finish(keys, "sent", null, now);
        sent += keys.length;
      } else {
        for (const item of group.items) await this.#release(item.row, now, "verzenden mislukt");
      }
    }
    return { sent, dropped };
  }

  /**
   * Claims due rows for this process in a few statements (not one per row): a conditional
   * update per chunk, then reading back which rows carry this tick's claim. Rows another
   * process claimed first are left alone.
   */
  async #claim(due: DeliveryRow[], now: Date, free: object): Promise<Set<string>> {
    const claimedUntil = new Date(now.getTime() + CLAIM_MS);
    const claimed = new Set<string>();
    for (let i = 0; i < due.length; i += KEY_CHUNK) {
      const keys = due.slice(i, i + KEY_CHUNK).map((row) => row.key);
      await this.#db.delivery.updateMany({
        where: { key: { in: keys }, status: "pending", ...free },
        data: { claimedBy: this.#processId, claimedUntil, attempts: { increment: 1 } },
      });
      const mine = await this.#db.delivery.findMany({ where: { key: { in: keys }, claimedBy: this.#processId, claimedUntil }, select: { key: true } });
      for (const row of mine) claimed.add(row.key);
    }
    return claimed;
  }

  async #targets(wijkId: string, recipient: Recipient): Promise<ChatTarget[]> {
    if ("personId" in recipient) {
      const target = await resolvePersonTarget(this.#db, recipient.personId);
      return target ? [target] : [];
    }
    if ("chatKind" in recipient) return resolveChatKindTargets(this.#db, wijkId, recipient.chatKind);
    const chat = await this.#db.chat.findFirst({ where: { id: recipient.chatId, wijkId } });
    return chat ? [{ platform: chat.platform, chatId: chat.externalId, viaGroup: false, mentionIds: [] }] : [];
  }

  async #finish(keys: string[], status: "sent" | "dropped", lastError: string | null = null, sentAt?: Date): Promise<void> {
    for (let i = 0; i < keys.length; i += KEY_CHUNK) {
      await this.#db.delivery.updateMany({
        where: { key: { in: keys.slice(i, i + KEY_CHUNK) }, claimedBy: this.#processId },
        data: { status, lastError, claimedUntil: null, ...(sentAt ? { sentAt } : {}) },
      });
    }
  }


  /** A failed attempt: retried later with growing pauses, given up after MAX_SEND_ATTEMPTS. */
  async #release(row: DeliveryRow, now: Date, reason: string): Promise<void> {
    const attempts = row.attempts + 1;
    const dead = attempts >= MAX_SEND_ATTEMPTS;
    await this.#db.delivery.updateMany({
      where: { key: row.key, claimedBy: this.#processId },
      data: dead
        ? { status: "dead", lastError: reason, claimedUntil: null }
        : { lastError: reason, claimedUntil: new Date(now.getTime() + attempts * CLAIM_MS) },
    });
  }
}

/** One message per recipient: on time as is, after downtime under one heading, oldest first. */
function coalesce(items: { row: DeliveryRow; text: string }[], now: Date): { body: string; late: boolean } {
  // Texts are built from the current state, so two missed reminders of one action read the same: say it once.
  const texts = [...new Set(items.map((i) => i.text))];
  if (texts.length === 1) return { body: texts[0], late: false };
  return { body: texts.join("\n\n"), late: items.some((i) => now.getTime() - i.row.dueAt.getTime() > LATE_AFTER_MS) };
}

/** No error message: it may echo a name or text (see errorForLog). */
function summary(error: unknown): ReturnType<typeof errorForLog> {
  return errorForLog(error);
}
