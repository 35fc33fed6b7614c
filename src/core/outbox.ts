import type { Logger } from "./logger.ts";
import type { Adapter, ChatPace, OutgoingMessage, SentMessage } from "./types.ts";

/** Retries after a failed attempt when the adapter's policy does not say. */
export const DEFAULT_SEND_RETRIES = 3;
export const DEFAULT_BACKOFF_MS = 1000;
export const DEFAULT_MAX_BACKOFF_MS = 60_000;
/** Texts this long get a "typing…" first, where the platform has it. */
const TYPING_BEFORE_CHARS = 300;
/** Idle chat queues kept for pacing history before they are forgotten. */
const MAX_IDLE_QUEUES = 1000;
/** Merged replies stay below this length unless the platform's policy says otherwise (Telegram allows 4096). */
export const DEFAULT_MAX_TEXT_CHARS = 4000;
/** Between two replies merged into one message. */
const MERGE_SEPARATOR = "\n\n";
/** While draining, how often the deadline is looked at (outbox time). */
const DRAIN_CHECK_EVERY_MS = 250;

/** Time as the outbox sees it: injectable so tests never sleep for real. */
export interface OutboxTiming {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** A message the outbox gave up on: what the dead-letter store needs, never the text. */
export interface GaveUp {
  platform: string;
  chatId: string;
  what: "send" | "edit";
  attempts: number;
  error: { name?: string; status?: number | string };
}

/** Messages still queued for one chat when a drain ran out of time (shutdown). */
export interface DroppedMessages {
  platform: string;
  chatId: string;
  count: number;
}

export interface OutboxOptions {
  /** Called (and awaited) for every message given up after its retries, so a failure is never silent. */
  onGiveUp?: (gaveUp: GaveUp) => Promise<void> | void;
  /** Called once a date poll went out as the platform's own poll (SentMessage.pollId), so its votes can be found. */
  onPollSent?: (ref: string, sent: SentMessage) => Promise<void> | void;
}

/**
 * Hooks of one send that run in the chat's turn, so nothing else is sent to that chat in
 * between (the scheduler's exactly-once bookkeeping: check the claim right before, mark sent
 * right after).
 */
export interface SendHooks {
  /** Right before each attempt (after any pacing wait): false means "do not send" — no retry, no dead letter. */
  beforeAttempt?(): Promise<boolean> | boolean;
  /** Right after the platform accepted the message, before the chat's next message goes. */
  afterSent?(sent: SentMessage): Promise<void> | void;
  /** Aborted before the message's turn came: it is not sent, and send() resolves undefined at once. */
  signal?: AbortSignal;
}

export const realTiming: OutboxTiming = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface ChatQueue {
  /** The last job in line: the next one starts after it. */
  tail: Promise<unknown>;
  pending: number;
  /** Of the pending, those their caller gave up on (aborted): skipped when their turn comes. */
  abandoned: number;
  /** When recent attempts went out (for the per-window limit), oldest first. */
  sentAt: number[];
  /** Jobs queued and not yet started, in order: a send may take the plain replies right behind it along. */
  waiting: Waiting[];
}

/** A queued job before its turn; `mergeable` for a plain text reply, `merged` once another send took it along. */
interface Waiting {
  mergeable: boolean;
  message?: OutgoingMessage;
  merged?: Promise<Delivery<SentMessage | undefined>>;
}

type Delivery<T> = { ok: true; value: T } | { ok: false };
const NOT_SENT = { ok: false } as const;

/**
 * The one send path: every outgoing message — replies, reminders, digests, board
 * edits — goes through here to the adapter of its platform. Each chat has its own
 * ordered queue, paced by the adapter's `sendPolicy` (rate limits of the platform);
 * a failed attempt is retried with exponential backoff (or after the platform's
 * "retry after"), and a message that still cannot be sent is logged as given up and
 * handed to `onGiveUp` (the composition root stores it as a dead letter for /status).
 * Nothing is dropped silently. Adapters without a policy (console) are not paced.
 */
export class Outbox {
  readonly #adapters = new Map<string, Adapter>();
  readonly #queues = new Map<string, ChatQueue>();
  /** Set when a drain ran out of time: what is still queued is not attempted any more. */
  #dropping = false;

  constructor(
    private readonly logger: Logger,
    private readonly timing: OutboxTiming = realTiming,
    private readonly options: OutboxOptions = {},
  ) {}

  register(adapter: Adapter): void {
    this.#adapters.set(adapter.name, adapter);
  }

  adapter(platform: string): Adapter | undefined {
    return this.#adapters.get(platform);
  }

  platforms(): string[] {
    return [...this.#adapters.keys()];
  }

  /**
   * Sends one message in its chat's order; resolves with the platform's reference once
   * it went out, or undefined when it could not be sent (after retries, logged).
   */
  async send(message: OutgoingMessage, hooks: SendHooks = {}): Promise<SentMessage | undefined> {
    return this.#send(message, hooks, false);
  }

  /**
   * A reply to an incoming message: sent like send(), but on a paced platform the plain
   * replies that are waiting for the same chat at its turn go out with it as one message
   * (in order, within the platform's length), rather than each waiting for the pace.
   */
  async reply(message: OutgoingMessage): Promise<SentMessage | undefined> {
    return this.#send(message, {}, true);
  }

  async #send(message: OutgoingMessage, hooks: SendHooks, mayMerge: boolean): Promise<SentMessage | undefined> {
    const adapter = this.#adapters.get(message.platform);
    if (!adapter) {
      this.logger.warn({ platform: message.platform }, "no adapter for platform; message not sent");
      return undefined;
    }
    let typed = false;
    let outgoing: OutgoingMessage | undefined;
    const paced = Boolean(adapter.sendPolicy?.pace);
    const job: Waiting = { mergeable: mayMerge && paced && isPlainReply(message), message };
    let settle: (delivery: Delivery<SentMessage | undefined>) => void = () => undefined;
    const delivered = new Promise<Delivery<SentMessage | undefined>>((resolve) => (settle = resolve));
    const result = await this.#enqueue(
      adapter,
      message.chatId,
      "send",
      async () => {
        // At its turn, plain replies already waiting behind it go along in this one message,
        // rather than each waiting for the platform's pace (issue 12, defect 3).
        outgoing ??= job.mergeable ? this.#takeAlong(adapter, message, delivered) : message;
        if (!typed && outgoing.text.length > TYPING_BEFORE_CHARS) {
          typed = true;
          await adapter.typing?.(message.chatId).catch(() => undefined);
        }
        return adapter.send(outgoing);
      },
      hooks,
      job,
    );
    settle(result);
    if (result.ok && result.value?.pollId && message.poll) await this.options.onPollSent?.(message.poll.ref, result.value);
    return result.ok ? result.value : undefined;
  }

  /**
   * Roughly how long a message for this chat queued now would wait for its turn, behind the
   * messages already queued and `ahead` more: the platform's pacing only (retries not counted).
   * 0 for platforms without pacing. The scheduler uses it to claim only what it can send soon.
   */
  estimatedWaitMs(platform: string, chatId: string, ahead = 0): number {
    const pace = this.#adapters.get(platform)?.sendPolicy?.pace?.(chatId);
    if (!pace) return 0;
    const interval = Math.max(pace.minIntervalMs ?? 0, pace.maxPerWindow && pace.windowMs ? pace.windowMs / pace.maxPerWindow : 0);
    const pending = this.#queues.get(queueKey(platform, chatId))?.pending ?? 0;
    return (pending + ahead) * interval;
  }

  /** True while messages for this chat are queued or on their way. */
  busy(platform: string, chatId: string): boolean {
    return (this.#queues.get(queueKey(platform, chatId))?.pending ?? 0) > 0;
  }

  /** Edits a sent message where the platform can; otherwise returns false so the caller may post anew. */
  async edit(sent: SentMessage, message: OutgoingMessage): Promise<boolean> {
    const adapter = this.#adapters.get(sent.platform);
    if (!adapter?.edit) return false;
    const result = await this.#enqueue(adapter, sent.chatId, "edit", () => adapter.edit!(sent, message));
    return result.ok;
  }

  /** Resolves when every queued message has been sent or given up (shutdown, tests). */
  async idle(): Promise<void> {
    while ([...this.#queues.values()].some((q) => q.pending > 0)) {
      await Promise.all([...this.#queues.values()].map((q) => q.tail));
    }
  }

  /**
   * Shutdown: waits until every queued message has gone out or `timeoutMs` (outbox time) has
   * passed, then stops sending and returns what was still queued, per chat. New messages may
   * still be queued while it drains (a reply to a message handled just before) and are waited for.
   */
  async drain(timeoutMs: number): Promise<DroppedMessages[]> {
    const deadline = this.timing.now() + timeoutMs;
    for (;;) {
      const busy = [...this.#queues.values()].filter((q) => q.pending > 0);
      if (!busy.length) return [];
      const leftMs = deadline - this.timing.now();
      if (leftMs <= 0) break;
      await Promise.race([Promise.all(busy.map((q) => q.tail)), this.timing.sleep(Math.min(leftMs, DRAIN_CHECK_EVERY_MS))]);
    }
    this.#dropping = true;
    const dropped: DroppedMessages[] = [];
    for (const [key, q] of this.#queues) {
      // An aborted message (a scheduled one the scheduler took back) is not a dropped reply.
      const count = q.pending - q.abandoned;
      if (count <= 0) continue;
      const [platform, chatId] = key.split("\u0000");
      dropped.push({ platform, chatId, count });
    }
    return dropped;
  }

  #enqueue<T>(
    adapter: Adapter,
    chatId: string,
    what: "send" | "edit",
    attempt: () => Promise<T>,
    hooks: SendHooks = {},
    job: Waiting = { mergeable: false },
  ): Promise<Delivery<T>> {
    const key = queueKey(adapter.name, chatId);
    let queue = this.#queues.get(key);
    if (!queue) {
      this.#forgetIdleQueues();
      queue = { tail: Promise.resolve(), pending: 0, abandoned: 0, sentAt: [], waiting: [] };
      this.#queues.set(key, queue);
    }
    const q = queue;
    q.pending++;
    let settled = false;
    let abandoned = false;
    q.waiting.push(job);
    const run = q.tail.then(() => {
      const at = q.waiting.indexOf(job);
      if (at >= 0) q.waiting.splice(at, 1);
      // Sent along with the message before it: that send's outcome is this one's.
      if (job.merged) return job.merged as Promise<Delivery<T>>;
      return this.#deliver(adapter, chatId, q, what, attempt, hooks);
    });
    q.tail = run.finally(() => {
      settled = true;
      q.pending--;
      if (abandoned) q.abandoned--;
      // Unpaced platforms need no history: drop the queue as soon as it is empty.
      if (!q.pending && !adapter.sendPolicy?.pace && this.#queues.get(key) === q) this.#queues.delete(key);
    });
    const signal = hooks.signal;
    if (!signal) return run;
    // Aborted while waiting for its turn: the caller hears "not sent" now; the turn is skipped when it comes.
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (!settled && !abandoned) {
          abandoned = true;
          q.abandoned++;
        }
        resolve(NOT_SENT);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      run.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
  }

  /**
   * The message as it goes out: with the plain replies queued right behind it appended, in
   * order, while they fit the platform's length. Those replies are settled with this send's outcome.
   */
  #takeAlong(adapter: Adapter, message: OutgoingMessage, delivered: Promise<Delivery<SentMessage | undefined>>): OutgoingMessage {
    const queue = this.#queues.get(queueKey(adapter.name, message.chatId));
    if (!queue) return message;
    const maxChars = adapter.sendPolicy?.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
    let text = message.text;
    const mentions = new Set(message.mentions ?? []);
    for (const next of queue.waiting) {
      if (!next.mergeable || next.merged || !next.message) break;
      const longer = `${text}${MERGE_SEPARATOR}${next.message.text}`;
      if (longer.length > maxChars) break;
      text = longer;
      for (const id of next.message.mentions ?? []) mentions.add(id);
      next.merged = delivered;
    }
    if (text === message.text) return message;
    return { ...message, text, ...(mentions.size ? { mentions: [...mentions] } : {}) };
  }

  async #deliver<T>(adapter: Adapter, chatId: string, queue: ChatQueue, what: string, attempt: () => Promise<T>, hooks: SendHooks): Promise<Delivery<T>> {
    const policy = adapter.sendPolicy;
    const retries = policy?.retries ?? DEFAULT_SEND_RETRIES;
    const backoffMs = policy?.backoffMs ?? DEFAULT_BACKOFF_MS;
    const maxBackoffMs = policy?.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
    const pace = policy?.pace?.(chatId);
    for (let failures = 0; ; failures++) {
      // Given up on (shutdown, or the caller aborted) before its turn: no pacing wait for nothing.
      if (this.#dropping || hooks.signal?.aborted) return NOT_SENT;
      if (pace) await this.#waitForTurn(queue, pace);
      if (this.#dropping || hooks.signal?.aborted || !(await this.#mayAttempt(adapter, hooks))) return NOT_SENT;
      let value: T;
      try {
        value = await attempt();
      } catch (error) {
        // A failed attempt may still count against the platform's limit.
        if (pace) this.#recordAttempt(queue, pace);
        const err = describeError(error);
        if (failures >= retries || isPermanent(error)) {
          this.logger.error({ platform: adapter.name, what, attempts: failures + 1, err }, "gave up sending a message");
          await this.#reportGiveUp({ platform: adapter.name, chatId, what: what === "edit" ? "edit" : "send", attempts: failures + 1, error: err });
          return { ok: false };
        }
        const waitMs = retryAfterMs(error) ?? Math.min(maxBackoffMs, backoffMs * 2 ** failures);
        this.logger.warn({ platform: adapter.name, what, attempt: failures + 1, waitMs, err }, "sending failed; retrying");
        await this.timing.sleep(waitMs);
        continue;
      }
      if (pace) this.#recordAttempt(queue, pace);
      if (hooks.afterSent) {
        try {
          await hooks.afterSent(value as SentMessage);
        } catch (error) {
          this.logger.error({ platform: adapter.name, err: describeError(error) }, "bookkeeping after a sent message failed");
        }
      }
      return { ok: true, value };
    }
  }

  /** The caller's last word before an attempt; a failing check counts as "no". */
  async #mayAttempt(adapter: Adapter, hooks: SendHooks): Promise<boolean> {
    if (!hooks.beforeAttempt) return true;
    try {
      return await hooks.beforeAttempt();
    } catch (error) {
      this.logger.error({ platform: adapter.name, err: describeError(error) }, "check before sending failed; message not sent");
      return false;
    }
  }

  async #reportGiveUp(gaveUp: GaveUp): Promise<void> {
    try {
      await this.options.onGiveUp?.(gaveUp);
    } catch (error) {
      this.logger.error({ platform: gaveUp.platform, err: describeError(error) }, "could not record a message that was given up");
    }
  }

  async #waitForTurn(queue: ChatQueue, pace: ChatPace): Promise<void> {
    const now = this.timing.now();
    let waitMs = 0;
    const last = queue.sentAt.at(-1);
    if (pace.minIntervalMs && last !== undefined) waitMs = Math.max(waitMs, last + pace.minIntervalMs - now);
    if (pace.maxPerWindow && pace.windowMs) {
      const recent = queue.sentAt.filter((at) => at > now - pace.windowMs!);
      if (recent.length >= pace.maxPerWindow) {
        waitMs = Math.max(waitMs, recent[recent.length - pace.maxPerWindow] + pace.windowMs - now);
      }
    }
    if (waitMs > 0) await this.timing.sleep(waitMs);
  }

  #recordAttempt(queue: ChatQueue, pace: ChatPace): void {
    queue.sentAt.push(this.timing.now());
    const keep = Math.max(1, pace.maxPerWindow ?? 1);
    if (queue.sentAt.length > keep) queue.sentAt.splice(0, queue.sentAt.length - keep);
  }

  #forgetIdleQueues(): void {
    if (this.#queues.size < MAX_IDLE_QUEUES) return;
    const hourAgo = this.timing.now() - 3600_000;
    for (const [key, q] of this.#queues) {
      if (!q.pending && (q.sentAt.at(-1) ?? 0) < hourAgo) this.#queues.delete(key);
    }
  }
}

/** Text only: no buttons, no board card or poll, nothing edited in place later. */
function isPlainReply(message: OutgoingMessage): boolean {
  return !message.choices?.length && !message.board && !message.editKey && !message.poll;
}

function queueKey(platform: string, chatId: string): string {
  return `${platform}\u0000${chatId}`;
}

/** The platform's own "retry after" (HTTP 429), when the adapter passed it on. */
function retryAfterMs(error: unknown): number | undefined {
  const value = (error as { retryAfterMs?: unknown })?.retryAfterMs;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function isPermanent(error: unknown): boolean {
  return (error as { retryable?: unknown })?.retryable === false;
}

/** Error details for logs: never the message text or the chat (it may be a phone number). */
function describeError(error: unknown): { name?: string; status?: number | string } {
  const e = error as { name?: string; status?: number | string; statusCode?: number; code?: string; error_code?: number };
  return { name: e?.name, status: e?.status ?? e?.statusCode ?? e?.error_code ?? e?.code };
}
