import type { Db } from "../db.ts";
import { errorForLog, type Logger } from "../core/logger.ts";
import type { Outbox } from "../core/outbox.ts";
import type { OutgoingMessage } from "../core/types.ts";
import { addressedMessage, recipientTargets } from "../core/addressing.ts";
import { saveScheduledPrompt } from "../core/prompts.ts";
import { resolvePersonTargets, type ChatTarget } from "../core/addressing.ts";
import { translate } from "../i18n/index.ts";
import { recipientLanguage } from "./recipient-language.ts";
import { CLAIM_MS, type Claims } from "./claims.ts";
import type { DeliveryPayload, DeliveryRow, DeliveryStore } from "./delivery-store.ts";
import { jobContexts } from "./planning.ts";
import type { DueDelivery, JobContext, Recipient, ScheduledAnswers, ScheduledJob } from "./types.ts";

/** A chat whose queue would hold a new message longer than this is not claimed for now: the claim must cover the wait. */
export const MAX_QUEUE_WAIT_MS = CLAIM_MS / 2;
/** Deliveries this much behind their time were missed (downtime), not merely due this minute. */
export const LATE_AFTER_MS = 15 * 60_000;
/** Recipients claimed at a time: claim only what can leave soon, so other processes share a burst. */
const DISPATCH_BATCH = 20;
/** How long dispatch waits for a send to an idle chat before it moves on to the next chat (the send carries on). Real time. */
const INLINE_WAIT_MS = 3_000;

/** The due rows of one recipient: they become one message. */
interface RecipientRows {
  wijkId: string;
  recipient: Recipient;
  rows: { row: DeliveryRow; payload: DeliveryPayload }[];
}

export interface Outcome {
  sent: number;
  dropped: number;
}

/** One message to one recipient (the coalesced rows), on its way through a lane. */
export interface Outgoing {
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
 * Sends what is due: claims a few recipients' rows at a time, builds each recipient's
 * message (one per recipient, coalesced), addresses it and sends it in its chat's lane —
 * fenced right before the send and marked sent right after, in the chat's turn. A chat
 * whose queue is busy (a flooded group) is served in the background while the others go
 * on time, and a chat whose queue would outlast the claim is not claimed until it is shorter.
 */
export class Dispatcher {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #outbox: Outbox;
  readonly #jobs: Map<string, ScheduledJob>;
  readonly #store: DeliveryStore;
  readonly #claims: Claims;
  readonly #at: () => Date;
  readonly #signal: () => AbortSignal;
  readonly #lanes = new Map<string, Lane>();

  /** `at`: the process's current moment; `signal`: aborted when the scheduler stops. */
  constructor(options: { db: Db; logger: Logger; outbox: Outbox; jobs: Map<string, ScheduledJob>; store: DeliveryStore; claims: Claims; at: () => Date; signal: () => AbortSignal }) {
    this.#db = options.db;
    this.#logger = options.logger;
    this.#outbox = options.outbox;
    this.#jobs = options.jobs;
    this.#store = options.store;
    this.#claims = options.claims;
    this.#at = options.at;
    this.#signal = options.signal;
  }

  /** Claims and sends what is due by `now`; the messages on their way (each settles when its send is done). */
  async dispatch(now: Date): Promise<Outgoing[]> {
    const due = (await this.#store.findDue(now, this.#at())).filter((row) => !this.#claims.holds(row.key));
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
    for (let i = 0; i < entries.length && !this.#signal().aborted; i += DISPATCH_BATCH) {
      contexts ??= new Map((await jobContexts(this.#db, this.#logger, now)).map((c) => [c.wijk.id, c]));
      outgoing.push(...(await this.#dispatchBatch(now, entries.slice(i, i + DISPATCH_BATCH), contexts)));
    }
    return outgoing;
  }

  /** Resolves when no lane has anything left to send. */
  async drain(): Promise<void> {
    while (this.#lanes.size) await Promise.all([...this.#lanes.values()].map((lane) => lane.running));
  }

  async #dispatchBatch(now: Date, entries: RecipientRows[], contexts: Map<string, JobContext>): Promise<Outgoing[]> {
    // A recipient whose chat's queue would outlast the claim is left for a later tick.
    const planned: { entry: RecipientRows; targets: ChatTarget[]; lane: string }[] = [];
    const aheadPerChat = new Map<string, number>();
    let deferred = 0;
    // The batch's people are looked up together; groups and chats one by one (few).
    const people = await resolvePersonTargets(this.#db, entries.flatMap((e) => ("personId" in e.recipient ? [e.recipient.personId] : [])));
    for (const entry of entries) {
      const person = "personId" in entry.recipient ? people.get(entry.recipient.personId) : undefined;
      const targets = "personId" in entry.recipient ? (person ? [person] : []) : await recipientTargets(this.#db, entry.recipient, entry.wijkId);
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
    const claimed = await this.#claims.claim(planned.flatMap((p) => p.entry.rows.map((r) => r.row)), this.#at());
    if (!claimed.size) return [];

    const built = await this.#buildMany(
      planned.flatMap((p) => p.entry.rows.filter((r) => claimed.has(r.row.key))),
      contexts,
    );
    const outgoing: Outgoing[] = [];
    for (const { entry, targets, lane } of planned) {
      const mine = entry.rows.filter((r) => claimed.has(r.row.key));
      if (!mine.length) continue;
      if (this.#signal().aborted) {
        await this.#claims.unclaim(mine.map((r) => r.row));
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
          this.#logger.error({ kind: row.kind, err: errorForLog(error) }, "building a scheduled message failed");
          await this.#claims.release([row], "opbouwen mislukt");
          continue;
        }
        if (text === null) {
          await this.#claims.drop([row]);
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
        await this.#claims.drop(items.map((i) => i.row), "geen chat om naartoe te sturen");
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
        this.#logger.warn({ kind: job.id, err: errorForLog(error) }, "building scheduled messages together failed: one by one instead");
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
      this.#logger.warn({ kind: first.kind, err: errorForLog(error) }, "building the answers of a scheduled message failed");
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
          this.#logger.error({ err: errorForLog(error) }, "sending a scheduled message failed");
          this.#claims.forget(out.rows);
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
    const signal = this.#signal();
    let fenced = false;
    let lost = false;
    let delivered = false;
    for (const [i, target] of out.targets.entries()) {
      if (signal.aborted || lost) break;
      const last = i === out.targets.length - 1;
      const message = await this.#withAnswers(out, target, addressedMessage(target, out.text));
      const sent = await this.#outbox.send(message, {
        signal,
        beforeAttempt: async () => {
          if (await this.#claims.fence(out.rows, fenced)) return (fenced = true);
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
    if (signal.aborted && !fenced) await this.#claims.unclaim(out.rows);
    else await this.#claims.release(out.rows, "verzenden mislukt");
    return { sent: 0, dropped: 0 };
  }

  async #markSent(out: Outgoing): Promise<void> {
    out.marked = true;
    await this.#claims.markSent(out.rows);
  }
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
