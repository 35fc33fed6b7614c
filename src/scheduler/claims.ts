import { errorForLog, type Logger } from "../core/logger.ts";
import { INTERRUPTED_SEND, type DeliveryRow, type DeliveryStore } from "./delivery-store.ts";

/**
 * A claimed row belongs to one process this long; the process renews its claims while it
 * holds them (see RENEW_AFTER_MS), so only a process that died (or froze) loses them, and
 * another process takes them over.
 */
export const CLAIM_MS = 5 * 60_000;
/** Claims still held are renewed once this much of them has passed (at a tick, before a send, or by the renewal timer). */
export const RENEW_AFTER_MS = CLAIM_MS / 4;
/** Failed sends are retried this many times, then the row is marked dead. */
export const MAX_SEND_ATTEMPTS = 5;

/**
 * The rows this process has claimed and not finished yet: claimed, renewed while held,
 * fenced right before each send and released after it. A row it holds is never taken
 * over by itself. `at` is the process's current moment (the tick's time, moving on).
 */
export class Claims {
  readonly #store: DeliveryStore;
  readonly #logger: Logger;
  readonly #at: () => Date;
  readonly #renewEveryMs: number;
  /** Rows this process has claimed and not finished yet, by key: renewed, never taken over by itself. */
  readonly #held = new Map<string, DeliveryRow>();
  #lastRenewAt = 0;
  #renewing: Promise<void> | undefined;
  #renewTimer: ReturnType<typeof setInterval> | undefined;

  /** `renewEveryMs`: how often (real time) held claims are checked for renewal without a tick or send; 0: only then. */
  constructor(options: { store: DeliveryStore; logger: Logger; at: () => Date; renewEveryMs: number }) {
    this.#store = options.store;
    this.#logger = options.logger;
    this.#at = options.at;
    this.#renewEveryMs = options.renewEveryMs;
  }

  holds(key: string): boolean {
    return this.#held.has(key);
  }

  /** Every row still held (stopping: they go back). */
  held(): DeliveryRow[] {
    return [...this.#held.values()];
  }

  /**
   * Rows left in "sending" by a process that stopped mid-send (its claim ran out without
   * being renewed): the platform may or may not have the message. They go back to pending
   * to be sent once more, marked INTERRUPTED_SEND, and the keys (ids only) are logged.
   */
  async recoverInterrupted(): Promise<void> {
    const keys = await this.#store.takeOverInterrupted(this.#at(), (key) => this.#held.has(key));
    if (keys.length) {
      this.#logger.warn({ count: keys.length, keys }, "deliveries interrupted while sending (their process stopped mid-send): sending them once more; the platform may already have them");
    }
  }

  /** Claims due rows for this process in a few statements (not one per row); the keys it got. */
  async claim(rows: DeliveryRow[], at: Date): Promise<Set<string>> {
    const claimedUntil = new Date(at.getTime() + CLAIM_MS);
    const claimed = new Set<string>();
    if (!this.#held.size) this.#lastRenewAt = at.getTime();
    const byKey = new Map(rows.map((row) => [row.key, row]));
    for (const key of await this.#store.claim([...byKey.keys()], at, claimedUntil)) {
      claimed.add(key);
      this.#held.set(key, byKey.get(key)!);
    }
    if (claimed.size) this.#startRenewing();
    return claimed;
  }

  /** Renews the claims this process holds, once RENEW_AFTER_MS of them has passed. */
  async renew(): Promise<void> {
    if (!this.#held.size) return;
    if (this.#renewing) return this.#renewing;
    const at = this.#at().getTime();
    if (at - this.#lastRenewAt < RENEW_AFTER_MS) return;
    this.#lastRenewAt = at;
    const run = this.#store.renew([...this.#held.keys()], new Date(at + CLAIM_MS));
    this.#renewing = run;
    try {
      await run;
    } finally {
      this.#renewing = undefined;
    }
  }

  /**
   * The fencing check right before a send: the rows are still this process's (claim not
   * expired, nobody took them over) — then they become "sending" with a fresh claim.
   * Anything less and nothing is sent: the rows belong to whoever has them now.
   * `again`: an earlier chat of the same message already fenced them.
   */
  async fence(rows: DeliveryRow[], again: boolean): Promise<boolean> {
    await this.renew();
    const at = this.#at();
    const keys = rows.map((r) => r.key);
    const count = await this.#store.fence(keys, at, new Date(at.getTime() + CLAIM_MS));
    if (count === keys.length) return true;
    // Some were taken over meanwhile: undo our part (unless an earlier chat of this message already has it).
    if (count && !again) await this.#store.unfence(keys);
    for (const key of keys) this.#held.delete(key);
    this.#logger.warn({ keys }, "claim lost before sending (another process took it over): not sent here");
    return false;
  }

  /** Right after the platform took the message: sent, at this moment. A suspect keeps its mark. */
  async markSent(rows: DeliveryRow[]): Promise<void> {
    const sentAt = this.#at();
    let count: number;
    try {
      count = await this.#store.markSent(rows.map((r) => r.key), sentAt);
    } finally {
      // Not renewed any more: if marking failed, the rows stay "sending" and are resent once after the claim (recorded).
      for (const row of rows) this.#held.delete(row.key);
    }
    if (count < rows.length) {
      this.#logger.warn({ keys: rows.map((r) => r.key) }, "sent after the claim passed to another process (it stalled too long): it may go out twice");
    }
  }

  /** Never to be sent (the handler found it pointless, or there is no chat). */
  async drop(rows: DeliveryRow[], lastError: string | null = null): Promise<void> {
    const keys = rows.map((r) => r.key);
    for (const key of keys) this.#held.delete(key);
    await this.#store.drop(keys, lastError);
  }

  /** Claimed but not attempted (stopping): back to pending at once, free for anyone, the attempt not counted. */
  async unclaim(rows: DeliveryRow[]): Promise<void> {
    const keys = rows.map((r) => r.key);
    for (const key of keys) this.#held.delete(key);
    await this.#store.unclaim(keys);
  }

  /** A failed attempt: retried later with growing pauses, given up after MAX_SEND_ATTEMPTS. */
  async release(rows: DeliveryRow[], reason: string): Promise<void> {
    const now = this.#at();
    for (const row of rows) {
      this.#held.delete(row.key);
      const attempts = row.attempts + 1;
      // A row that may already have gone out once keeps saying so.
      const lastError = row.lastError === INTERRUPTED_SEND ? INTERRUPTED_SEND : reason;
      await this.#store.release(row.key, { dead: attempts >= MAX_SEND_ATTEMPTS, lastError, retryAt: new Date(now.getTime() + attempts * CLAIM_MS) });
    }
  }

  /** No longer this process's concern (sending failed unexpectedly): not renewed; the claim runs out. */
  forget(rows: DeliveryRow[]): void {
    for (const row of rows) this.#held.delete(row.key);
  }

  stopRenewing(): void {
    if (this.#renewTimer) clearInterval(this.#renewTimer);
    this.#renewTimer = undefined;
  }

  #startRenewing(): void {
    if (this.#renewTimer || !this.#renewEveryMs) return;
    this.#renewTimer = setInterval(() => {
      if (!this.#held.size) return this.stopRenewing();
      this.renew().catch((error: unknown) => this.#logger.error({ err: errorForLog(error) }, "renewing scheduler claims failed"));
    }, this.#renewEveryMs);
    this.#renewTimer.unref?.();
  }
}
