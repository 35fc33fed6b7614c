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
import type { DueDelivery, JobContext, PlannedDelivery, Recipient, ScheduledAnswers, ScheduledJob } from "./types.ts";
import { saveScheduledPrompt } from "../core/prompts.ts";

/** Nothing older than this is sent as if new: missed deliveries beyond it are never planned, pending ones are dropped. */
export const CATCH_UP_LIMIT_MS = 7 * 24 * 60 * 60_000;
/**
 * A claimed row belongs to one process this long; the process renews its claims while it
 * holds them (see RENEW_AFTER_MS), so only a process that died (or froze) loses them, and
 * another process takes them over.
 */
export const CLAIM_MS = 5 * 60_000;
/** Claims still held are renewed once this much of them has passed (at a tick, before a send, or by the renewal timer). */
export const RENEW_AFTER_MS = CLAIM_MS / 4;
/** A chat whose queue would hold a new message longer than this is not claimed for now: the claim must cover the wait. */
export const MAX_QUEUE_WAIT_MS = CLAIM_MS / 2;
/** Deliveries this much behind their time were missed (downtime), not merely due this minute. */
export const LATE_AFTER_MS = 15 * 60_000;
/** Failed sends are retried this many times, then the row is marked dead. */
export const MAX_SEND_ATTEMPTS = 5;
/**
 * Delivery.lastError of a row that was being sent when its process stopped (kill -9, power):
 * it is sent once more, so the platform may have it twice. It stays on the row after it
 * was sent, so these can be counted (countInterruptedSends).
 */
export const INTERRUPTED_SEND = "onderbroken tijdens verzenden";
/** Recipients claimed at a time: claim only what can leave soon, so other processes share a burst. */
const DISPATCH_BATCH = 20;
/** How long dispatch waits for a send to an idle chat before it moves on to the next chat (the send carries on). Real time. */
const INLINE_WAIT_MS = 3_000;
/** How often (real time) a process holding claims checks whether they need renewing when no tick or send comes along. */
const DEFAULT_RENEW_EVERY_MS = 1_000;
const PLAN_CURSOR = "plan";
/** Keys per IN list (SQLite and PostgreSQL both cap the number of query parameters). */
const KEY_CHUNK = 500;
const DAY_MS = 24 * 60 * 60_000;
const LOOKAHEAD_DAYS = [2, 8, 40, Infinity];

interface DeliveryPayload {
  recipient: Recipient;
  data: PlannedDelivery["data"];
}

type DeliveryRow = { key: string; wijkId: string; kind: string; dueAt: Date; payload: string; attempts: number; lastError: string | null };

/** The due rows of one recipient: they become one message. */
interface RecipientRows {
  wijkId: string;
  recipient: Recipient;
  rows: { row: DeliveryRow; payload: DeliveryPayload }[];
}

interface Outcome {
  sent: number;
  dropped: number;
}

/** One message to one recipient (the coalesced rows), on its way through a lane. */
interface Outgoing {
  rows: DeliveryRow[];
  text: string;
  targets: ChatTarget[];
  /** The bookkeeping after the send was done (whether or not every row was still ours). */
  marked: boolean;
  /** Rows of the same recipient dropped while the message was built (counted with its outcome). */
  dropped: number;
  /** One-tap answers for a message of its own to a person. */
  answers?: ScheduledAnswers & { personId: string };
  outcome?: Outcome;
  done: Promise<Outcome>;
  settle(outcome: Outcome): void;
}

/** The messages for one chat (or set of chats), sent one after the other; lanes of different chats never wait for each other. */
interface Lane {
  queue: Outgoing[];
  running?: Promise<void>;
}

/**
 * Plans and sends everything that is due. All logic runs from `tick(now)` with the
 * injected clock's time: node-cron only calls it every minute in `npm start`, tests
 * and transcripts call it (or `advanceTo`) with simulated time.
 *
 * Exactly once: every occurrence is first written as a Delivery row with a unique key,
 * then claimed with a conditional update (so several processes can share one database),
 * and sent. The claim is renewed while the process holds it; right before each send a
 * fencing update (claim still this process's, not expired) moves the row to "sending",
 * and right after the platform took the message — still in that chat's turn — it is
 * marked "sent" with the moment it left. So after a crash at most one message per chat
 * can have left without being marked: a row found in "sending" with an expired claim is
 * sent once more, recorded (INTERRUPTED_SEND, and a log line with its key).
 *
 * Sending never waits behind another chat: each chat has its own lane; a chat whose
 * queue is busy (a flooded group) is served in the background while the others go on
 * time, and a chat whose queue would outlast the claim is not claimed until it is shorter.
 */
export class Scheduler {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #outbox: Outbox;
  readonly #jobs: Map<string, ScheduledJob>;
  readonly #renewEveryMs: number;
  readonly #processId = randomUUID();
  #clock: Clock | undefined;
  #running: Promise<unknown> = Promise.resolve();
  #task: ScheduledTask | undefined;
  /** This process's current moment: the latest tick's time, moving on with the clock (real time without one). */
  #at: () => Date = () => new Date();
  /** Rows this process has claimed and not finished yet, by key: renewed, never taken over by itself. */
  readonly #held = new Map<string, DeliveryRow>();
  #lastRenewAt = 0;
  #renewing: Promise<void> | undefined;
  #renewTimer: ReturnType<typeof setInterval> | undefined;
  readonly #lanes = new Map<string, Lane>();
  #abort = new AbortController();

  /**
   * `clock`: where time goes on while a tick sends (claims, renewals, sentAt); without it the
   * clock given to startCron/advanceTo, else real time from the tick's moment.
   * `renewEveryMs`: the real-time renewal check (0: only at ticks and sends; tests).
   */
  constructor(options: { db: Db; logger: Logger; outbox: Outbox; jobs: readonly ScheduledJob[]; clock?: Clock; renewEveryMs?: number }) {
    this.#db = options.db;
    this.#logger = options.logger;
    this.#outbox = options.outbox;
    this.#jobs = new Map(options.jobs.map((job) => [job.id, job]));
    this.#clock = options.clock;
    this.#renewEveryMs = options.renewEveryMs ?? DEFAULT_RENEW_EVERY_MS;
  }

  /** On a fresh database nothing counts as missed: planning starts now. Safe to call again. */
  async init(now: Date): Promise<void> {
    const existing = await this.#db.schedulerCursor.findUnique({ where: { name: PLAN_CURSOR } });
    if (!existing) {
      await this.#db.schedulerCursor.create({ data: { name: PLAN_CURSOR, until: now } }).catch(() => undefined);
    }
  }

  /**
   * Plans what fell due up to `now` and sends it. Planning and claiming never overlap
   * within one process; sending does (per chat in order). Resolves when everything this
   * tick started is sent, or — with waitForSends: false, as the cron driver does — once
   * it is on its way (a busy chat's messages then follow in the background).
   */
  tick(now: Date, options: { waitForSends?: boolean } = {}): Promise<{ sent: number; dropped: number }> {
    const prepared = this.#running.then(() => this.#tickOnce(now));
    this.#running = prepared.catch(() => undefined);
    return prepared.then(async (outgoing) => {
      const outcomes = options.waitForSends === false ? outgoing.map((o) => o.outcome ?? { sent: 0, dropped: 0 }) : await Promise.all(outgoing.map((o) => o.done));
      return outcomes.reduce((sum, o) => ({ sent: sum.sent + o.sent, dropped: sum.dropped + o.dropped }), { sent: 0, dropped: 0 });
    });
  }

  /**
   * Moves a manual clock forward to `to`, stopping at every moment something falls due
   * on the way, so each message goes out at its own time (transcripts, tests).
   */
  async advanceTo(clock: ManualClock, to: Date): Promise<void> {
    this.#clock ??= clock;
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

  /** Starts the real-time driver: a tick every minute with the given clock; a busy chat's sends carry on between ticks. */
  startCron(clock: Clock): void {
    if (this.#task) return;
    this.#clock ??= clock;
    this.#task = cron.schedule(
      "* * * * *",
      async () => {
        await this.tick(clock.now(), { waitForSends: false }).catch((error: unknown) => this.#logger.error({ err: summary(error) }, "scheduler tick failed"));
      },
      { name: "wijkbot-scheduler", noOverlap: true },
    );
  }

  /**
   * Stops ticking and sending: messages still waiting for their chat's turn are not sent
   * and their rows go back to pending for the next start (or another process); a send
   * already with the platform is finished and marked.
   */
  async stop(): Promise<void> {
    await this.#task?.stop();
    this.#task = undefined;
    this.#abort.abort();
    await this.#running;
    while (this.#lanes.size) await Promise.all([...this.#lanes.values()].map((lane) => lane.running));
    await this.#unclaim([...this.#held.values()]);
    this.#stopRenewing();
  }

  async #tickOnce(now: Date): Promise<Outgoing[]> {
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
    this.#startTimeline(now);
    await this.#plan(now);
    await this.#recoverInterrupted();
    await this.#renew();
    return this.#dispatch(now);
  }

  /** From now on this process's time is `now`, moving on as the clock does (real time without a clock). */
  #startTimeline(now: Date): void {
    const base = now.getTime();
    const clock = this.#clock;
    if (clock) {
      const start = clock.now().getTime();
      this.#at = () => new Date(base + Math.max(0, clock.now().getTime() - start));
    } else {
      const start = performance.now();
      this.#at = () => new Date(base + (performance.now() - start));
    }
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

  /**
   * Rows left in "sending" by a process that stopped mid-send (its claim ran out without
   * being renewed): the platform may or may not have the message. They go back to pending
   * to be sent once more, marked INTERRUPTED_SEND, and the keys (ids only) are logged.
   */
  async #recoverInterrupted(): Promise<void> {
    const at = this.#at();
    const expired = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: at } }] };
    const stale = await this.#db.delivery.findMany({ where: { status: "sending", ...expired }, select: { key: true } });
    const keys: string[] = [];
    for (const { key } of stale) {
      if (this.#held.has(key)) continue;
      const taken = await this.#db.delivery.updateMany({
        where: { key, status: "sending", ...expired },
        data: { status: "pending", claimedBy: null, claimedUntil: null, lastError: INTERRUPTED_SEND },
      });
      if (taken.count) keys.push(key);
    }
    if (keys.length) {
      this.#logger.warn({ count: keys.length, keys }, "deliveries interrupted while sending (their process stopped mid-send): sending them once more; the platform may already have them");
    }
  }

  async #dispatch(now: Date): Promise<Outgoing[]> {
    const at = this.#at();
    const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: at } }] };
    const due: DeliveryRow[] = (
      await this.#db.delivery.findMany({
        where: { status: "pending", dueAt: { lte: now }, ...free },
        orderBy: [{ dueAt: "asc" }, { key: "asc" }],
        select: { key: true, wijkId: true, kind: true, dueAt: true, payload: true, attempts: true, lastError: true },
      })
    ).filter((row) => !this.#held.has(row.key));
    if (!due.length) return [];

    // One message per recipient, in the order of their first due row.
    const recipients = new Map<string, RecipientRows>();
    for (const row of due) {
      const payload = JSON.parse(row.payload) as DeliveryPayload;
      const key = `${row.wijkId}:${JSON.stringify(payload.recipient)}`;
      const entry = recipients.get(key) ?? { wijkId: row.wijkId, recipient: payload.recipient, rows: [] };
      entry.rows.push({ row, payload });
      recipients.set(key, entry);
    }

    // In batches of a few recipients: claim only what can leave soon, so other processes take the rest meanwhile.
    const entries = [...recipients.values()];
    const outgoing: Outgoing[] = [];
    let contexts: Map<string, JobContext> | undefined;
    for (let i = 0; i < entries.length && !this.#abort.signal.aborted; i += DISPATCH_BATCH) {
      contexts ??= new Map((await this.#contexts(now)).map((c) => [c.wijk.id, c]));
      outgoing.push(...(await this.#dispatchBatch(now, entries.slice(i, i + DISPATCH_BATCH), contexts)));
    }
    return outgoing;
  }

  async #dispatchBatch(now: Date, entries: RecipientRows[], contexts: Map<string, JobContext>): Promise<Outgoing[]> {
    // A recipient whose chat's queue would outlast the claim is left for a later tick.
    const planned: { entry: RecipientRows; targets: ChatTarget[]; lane: string }[] = [];
    const aheadPerChat = new Map<string, number>();
    let deferred = 0;
    for (const entry of entries) {
      const targets = await this.#targets(entry.wijkId, entry.recipient);
      const chats = targets.map((t) => chatKey(t.platform, t.chatId));
      const wait = Math.max(0, ...targets.map((t, i) => this.#outbox.estimatedWaitMs(t.platform, t.chatId, (aheadPerChat.get(chats[i]) ?? 0) + this.#queuedFor(chats[i]))));
      if (wait > MAX_QUEUE_WAIT_MS) {
        deferred += entry.rows.length;
        continue;
      }
      for (const chat of chats) aheadPerChat.set(chat, (aheadPerChat.get(chat) ?? 0) + 1);
      planned.push({ entry, targets, lane: [...new Set(chats)].sort().join("\n") });
    }
    if (deferred) this.#logger.info({ count: deferred }, "deliveries left for a later tick: their chat's queue is longer than a claim");
    const claimed = await this.#claim(planned.flatMap((p) => p.entry.rows.map((r) => r.row)), this.#at());
    if (!claimed.size) return [];

    const built = await this.#buildMany(
      planned.flatMap((p) => p.entry.rows.filter((r) => claimed.has(r.row.key))),
      contexts,
    );
    const outgoing: Outgoing[] = [];
    for (const { entry, targets, lane } of planned) {
      const mine = entry.rows.filter((r) => claimed.has(r.row.key));
      if (!mine.length) continue;
      if (this.#abort.signal.aborted) {
        await this.#unclaim(mine.map((r) => r.row));
        continue;
      }
      const items: { row: DeliveryRow; text: string; delivery: DueDelivery }[] = [];
      let dropped = 0;
      for (const { row, payload } of mine) {
        const ctx = contexts.get(row.wijkId);
        const job = this.#jobs.get(row.kind);
        const delivery = dueDelivery(row, payload);
        let text: string | null = null;
        try {
          if (built.has(row.key)) text = built.get(row.key) ?? null;
          else text = ctx && job ? await job.handler(ctx, delivery) : null;
        } catch (error) {
          this.#logger.error({ kind: row.kind, err: summary(error) }, "building a scheduled message failed");
          await this.#release([row], "opbouwen mislukt");
          continue;
        }
        if (text === null) {
          await this.#finish([row], "dropped");
          dropped++;
          continue;
        }
        items.push({ row, text, delivery });
      }
      if (!items.length) {
        if (dropped) outgoing.push(settled({ sent: 0, dropped }));
        continue;
      }
      if (!targets.length) {
        await this.#finish(items.map((i) => i.row), "dropped", "geen chat om naartoe te sturen");
        outgoing.push(settled({ sent: 0, dropped: dropped + items.length }));
        continue;
      }
      const { body, late } = coalesce(items, now);
      // Only a late batch gets a heading, and only then is the recipient's language looked up.
      const text = late ? `${translate(await recipientLanguage(this.#db, entry), "scheduler.catchUp")}\n\n${body}` : body;
      const out = outgoingMessage(items.map((i) => i.row), text, targets, dropped);
      out.answers = await this.#answers(items, late, contexts);
      outgoing.push(out);
      // A chat that is busy (queued replies, pacing, our own earlier messages) is served in the
      // background; for an idle chat wait for the send, so messages leave in order of their time.
      const busy = this.#queuedFor(lane) > 0 || targets.some((t) => this.#outbox.busy(t.platform, t.chatId));
      this.#enqueue(lane, out);
      if (!busy) await waitAtMost(out.done, INLINE_WAIT_MS);
    }
    return outgoing;
  }

  /**
   * The messages of jobs that build many at once (handleMany), per wijk and kind, by row key.
   * A batch that fails is left out: its deliveries go through `handler` one by one.
   */
  async #buildMany(rows: { row: DeliveryRow; payload: DeliveryPayload }[], contexts: Map<string, JobContext>): Promise<Map<string, string | null>> {
    const batches = new Map<string, { job: ScheduledJob; ctx: JobContext; deliveries: DueDelivery[] }>();
    for (const { row, payload } of rows) {
      const job = this.#jobs.get(row.kind);
      const ctx = contexts.get(row.wijkId);
      if (!job?.handleMany || !ctx) continue;
      const key = `${row.wijkId}\u0000${row.kind}`;
      const batch = batches.get(key) ?? { job, ctx, deliveries: [] };
      batch.deliveries.push(dueDelivery(row, payload));
      batches.set(key, batch);
    }
    const built = new Map<string, string | null>();
    for (const { job, ctx, deliveries } of batches.values()) {
      try {
        const texts = await job.handleMany!(ctx, deliveries);
        for (const [i, delivery] of deliveries.entries()) built.set(delivery.key, texts[i]);
      } catch (error) {
        this.#logger.warn({ kind: job.id, err: summary(error) }, "building scheduled messages together failed: one by one instead");
      }
    }
    return built;
  }

  /** A person's message about one thing (the same text, one kind) may carry its job's answers. */
  async #answers(items: { text: string; delivery: DueDelivery }[], late: boolean, contexts: Map<string, JobContext>): Promise<Outgoing["answers"]> {
    const first = items[0].delivery;
    const job = this.#jobs.get(first.kind);
    const ctx = contexts.get(first.wijkId);
    if (late || !job?.answers || !ctx || !("personId" in first.recipient)) return undefined;
    if (items.some((i) => i.text !== items[0].text || i.delivery.kind !== first.kind)) return undefined;
    try {
      const answers = await job.answers(ctx, first);
      return answers ? { ...answers, personId: first.recipient.personId } : undefined;
    } catch (error) {
      // The message still goes out, only without buttons.
      this.#logger.warn({ kind: first.kind, err: summary(error) }, "building the answers of a scheduled message failed");
      return undefined;
    }
  }

  /** The message for one chat, with the answers (stored for the recipient first) when there are any. */
  async #withAnswers(out: Outgoing, target: ChatTarget, message: OutgoingMessage): Promise<OutgoingMessage> {
    if (!out.answers) return message;
    const identities = await this.#db.identity.findMany({ where: { personId: out.answers.personId, platform: target.platform }, select: { externalId: true } });
    const { promptRef, choices } = await saveScheduledPrompt(this.#db, { platform: target.platform, chatId: target.chatId, senderIds: identities.map((i) => i.externalId) }, out.answers.payload, this.#at(), out.answers.choices);
    return { ...message, text: `${message.text}\n${out.answers.line}`, choices, promptRef };
  }

  /** Messages of this process already waiting in a lane for the chat(s). */
  #queuedFor(lane: string): number {
    const l = this.#lanes.get(lane);
    return l ? l.queue.length + (l.running ? 1 : 0) : 0;
  }

  #enqueue(key: string, out: Outgoing): void {
    let lane = this.#lanes.get(key);
    if (!lane) {
      lane = { queue: [] };
      this.#lanes.set(key, lane);
    }
    lane.queue.push(out);
    lane.running ??= this.#runLane(key, lane);
  }

  async #runLane(key: string, lane: Lane): Promise<void> {
    // Start on the next microtask, so `running` is set before the first message is taken.
    await Promise.resolve();
    try {
      for (let out = lane.queue.shift(); out; out = lane.queue.shift()) {
        let outcome: Outcome;
        try {
          outcome = await this.#send(out);
        } catch (error) {
          this.#logger.error({ err: summary(error) }, "sending a scheduled message failed");
          for (const row of out.rows) this.#held.delete(row.key);
          outcome = { sent: 0, dropped: 0 };
        }
        out.settle({ sent: outcome.sent, dropped: outcome.dropped + out.dropped });
      }
    } finally {
      lane.running = undefined;
      if (this.#lanes.get(key) === lane) this.#lanes.delete(key);
    }
  }

  /** Sends one message to its chat(s): fenced right before, marked right after, both in the chat's turn. */
  async #send(out: Outgoing): Promise<Outcome> {
    const signal = this.#abort.signal;
    let fenced = false;
    let lost = false;
    let delivered = false;
    for (const [i, target] of out.targets.entries()) {
      if (signal.aborted || lost) break;
      const last = i === out.targets.length - 1;
      const message = await this.#withAnswers(out, target, {
        platform: target.platform,
        chatId: target.chatId,
        text: target.viaGroup && target.displayName ? `@${target.displayName} ${out.text}` : out.text,
        ...(target.mentionIds.length ? { mentions: target.mentionIds } : {}),
      });
      const sent = await this.#outbox.send(message, {
        signal,
        beforeAttempt: async () => {
          if (await this.#fence(out.rows, fenced)) return (fenced = true);
          lost = true;
          return false;
        },
        ...(last ? { afterSent: () => this.#markSent(out) } : {}),
      });
      if (sent) delivered = true;
    }
    if (delivered) {
      if (!out.marked) await this.#markSent(out);
      return { sent: out.rows.length, dropped: 0 };
    }
    if (lost) return { sent: 0, dropped: 0 };
    if (signal.aborted && !fenced) await this.#unclaim(out.rows);
    else await this.#release(out.rows, "verzenden mislukt");
    return { sent: 0, dropped: 0 };
  }

  /**
   * The fencing check right before a send: the rows are still this process's (claim not
   * expired, nobody took them over) — then they become "sending" with a fresh claim.
   * Anything less and nothing is sent: the rows belong to whoever has them now.
   */
  async #fence(rows: DeliveryRow[], again: boolean): Promise<boolean> {
    await this.#renew();
    const at = this.#at();
    const keys = rows.map((r) => r.key);
    const count = await this.#updateKeys(
      keys,
      { claimedBy: this.#processId, claimedUntil: { gt: at }, status: { in: ["pending", "sending"] } },
      { status: "sending", claimedUntil: new Date(at.getTime() + CLAIM_MS) },
    );
    if (count === keys.length) return true;
    // Some were taken over meanwhile: undo our part (unless an earlier chat of this message already has it).
    if (count && !again) await this.#updateKeys(keys, { claimedBy: this.#processId, status: "sending" }, { status: "pending", claimedUntil: null });
    for (const key of keys) this.#held.delete(key);
    this.#logger.warn({ keys }, "claim lost before sending (another process took it over): not sent here");
    return false;
  }

  /** Right after the platform took the message: sent, at this moment. A suspect keeps its mark. */
  async #markSent(out: Outgoing): Promise<void> {
    out.marked = true;
    const sentAt = this.#at();
    const mine = { claimedBy: this.#processId, status: "sending" };
    const suspects = out.rows.filter((r) => r.lastError === INTERRUPTED_SEND).map((r) => r.key);
    const plain = out.rows.filter((r) => r.lastError !== INTERRUPTED_SEND).map((r) => r.key);
    let count: number;
    try {
      count =
        (await this.#updateKeys(plain, mine, { status: "sent", sentAt, claimedUntil: null, lastError: null })) +
        (await this.#updateKeys(suspects, mine, { status: "sent", sentAt, claimedUntil: null }));
    } finally {
      // Not renewed any more: if marking failed, the rows stay "sending" and are resent once after the claim (recorded).
      for (const row of out.rows) this.#held.delete(row.key);
    }
    if (count < out.rows.length) {
      this.#logger.warn({ keys: out.rows.map((r) => r.key) }, "sent after the claim passed to another process (it stalled too long): it may go out twice");
    }
  }

  /**
   * Claims due rows for this process in a few statements (not one per row): a conditional
   * update per chunk, then reading back which rows carry this claim. Rows another
   * process claimed first are left alone.
   */
  async #claim(rows: DeliveryRow[], at: Date): Promise<Set<string>> {
    const claimedUntil = new Date(at.getTime() + CLAIM_MS);
    const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: at } }] };
    const claimed = new Set<string>();
    if (!this.#held.size) this.#lastRenewAt = at.getTime();
    for (let i = 0; i < rows.length; i += KEY_CHUNK) {
      const chunk = rows.slice(i, i + KEY_CHUNK);
      const keys = chunk.map((row) => row.key);
      await this.#db.delivery.updateMany({
        where: { key: { in: keys }, status: "pending", ...free },
        data: { claimedBy: this.#processId, claimedUntil, attempts: { increment: 1 } },
      });
      const mine = await this.#db.delivery.findMany({ where: { key: { in: keys }, claimedBy: this.#processId, claimedUntil }, select: { key: true } });
      for (const row of mine) claimed.add(row.key);
      for (const row of chunk) if (claimed.has(row.key)) this.#held.set(row.key, row);
    }
    if (claimed.size) this.#startRenewing();
    return claimed;
  }

  /** Renews the claims this process holds, once RENEW_AFTER_MS of them has passed. */
  async #renew(): Promise<void> {
    if (!this.#held.size) return;
    if (this.#renewing) return this.#renewing;
    const at = this.#at().getTime();
    if (at - this.#lastRenewAt < RENEW_AFTER_MS) return;
    this.#lastRenewAt = at;
    const run = this.#updateKeys(
      [...this.#held.keys()],
      { claimedBy: this.#processId, status: { in: ["pending", "sending"] } },
      { claimedUntil: new Date(at + CLAIM_MS) },
    ).then(() => undefined);
    this.#renewing = run;
    try {
      await run;
    } finally {
      this.#renewing = undefined;
    }
  }

  #startRenewing(): void {
    if (this.#renewTimer || !this.#renewEveryMs) return;
    this.#renewTimer = setInterval(() => {
      if (!this.#held.size) return this.#stopRenewing();
      this.#renew().catch((error: unknown) => this.#logger.error({ err: summary(error) }, "renewing scheduler claims failed"));
    }, this.#renewEveryMs);
    this.#renewTimer.unref?.();
  }

  #stopRenewing(): void {
    if (this.#renewTimer) clearInterval(this.#renewTimer);
    this.#renewTimer = undefined;
  }

  /** updateMany over a key list of any length (chunked); the number of rows changed. */
  async #updateKeys(keys: string[], where: object, data: object): Promise<number> {
    let count = 0;
    for (let i = 0; i < keys.length; i += KEY_CHUNK) {
      const result = await this.#db.delivery.updateMany({ where: { key: { in: keys.slice(i, i + KEY_CHUNK) }, ...where }, data });
      count += result.count;
    }
    return count;
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

  async #finish(rows: DeliveryRow[], status: "dropped", lastError: string | null = null): Promise<void> {
    const keys = rows.map((r) => r.key);
    for (const key of keys) this.#held.delete(key);
    await this.#updateKeys(keys, { claimedBy: this.#processId }, { status, lastError, claimedUntil: null });
  }

  /** Claimed but not attempted (stopping): back to pending at once, free for anyone, the attempt not counted. */
  async #unclaim(rows: DeliveryRow[]): Promise<void> {
    const keys = rows.map((r) => r.key);
    for (const key of keys) this.#held.delete(key);
    await this.#updateKeys(keys, { claimedBy: this.#processId, status: "pending" }, { claimedUntil: null, attempts: { decrement: 1 } });
  }

  /** A failed attempt: retried later with growing pauses, given up after MAX_SEND_ATTEMPTS. */
  async #release(rows: DeliveryRow[], reason: string): Promise<void> {
    const now = this.#at();
    for (const row of rows) {
      this.#held.delete(row.key);
      const attempts = row.attempts + 1;
      const dead = attempts >= MAX_SEND_ATTEMPTS;
      // A row that may already have gone out once keeps saying so.
      const lastError = row.lastError === INTERRUPTED_SEND ? INTERRUPTED_SEND : reason;
      await this.#db.delivery.updateMany({
        where: { key: row.key, claimedBy: this.#processId, status: { in: ["pending", "sending"] } },
        data: dead
          ? { status: "dead", lastError, claimedUntil: null }
          : { status: "pending", lastError, claimedUntil: new Date(now.getTime() + attempts * CLAIM_MS) },
      });
    }
  }
}

/** Deliveries that were sent again after their process stopped mid-send (so possibly twice), e.g. for /status. */
export async function countInterruptedSends(db: Db, where: { wijkId?: string; since?: Date } = {}): Promise<number> {
  return db.delivery.count({
    where: { lastError: INTERRUPTED_SEND, ...(where.wijkId ? { wijkId: where.wijkId } : {}), ...(where.since ? { dueAt: { gte: where.since } } : {}) },
  });
}

function dueDelivery(row: DeliveryRow, payload: DeliveryPayload): DueDelivery {
  return { key: row.key, kind: row.kind, wijkId: row.wijkId, dueAt: row.dueAt, ...payload };
}

function chatKey(platform: string, chatId: string): string {
  return `${platform}\u0000${chatId}`;
}

function outgoingMessage(rows: DeliveryRow[], text: string, targets: ChatTarget[], dropped: number): Outgoing {
  let resolve!: (outcome: Outcome) => void;
  const out: Outgoing = {
    rows,
    text,
    targets,
    marked: false,
    dropped,
    done: new Promise<Outcome>((r) => (resolve = r)),
    settle(outcome) {
      out.outcome = outcome;
      resolve(outcome);
    },
  };
  return out;
}

/** What a recipient's rows came to without a message (all dropped). */
function settled(outcome: Outcome): Outgoing {
  return { rows: [], text: "", targets: [], marked: true, dropped: 0, outcome, done: Promise.resolve(outcome), settle() {} };
}

/** Waits for `promise`, but not longer than `ms` of real time. */
async function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
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
