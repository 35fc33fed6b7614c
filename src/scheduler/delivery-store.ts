import type { Db } from "../db.ts";
import { Prisma } from "../generated/sqlite/client.ts";
import type { PlannedDelivery, Recipient } from "./types.ts";

/**
 * Delivery.lastError of a row that was being sent when its process stopped (kill -9, power):
 * it is sent once more, so the platform may have it twice. It stays on the row after it
 * was sent, so these can be counted (countInterruptedSends).
 */
export const INTERRUPTED_SEND = "onderbroken tijdens verzenden";
/** Keys per IN list (SQLite and PostgreSQL both cap the number of query parameters). */
const KEY_CHUNK = 500;

/** What a Delivery row carries besides its columns: who it is for and what the handler needs. */
export interface DeliveryPayload {
  recipient: Recipient;
  data: PlannedDelivery["data"];
}

export type DeliveryRow = { key: string; wijkId: string; kind: string; dueAt: Date; payload: string; attempts: number; lastError: string | null };

export type PlannedRow = PlannedDelivery & { kind: string; wijkId: string };

/**
 * Every database read and write of Delivery rows and their claims, for one process
 * (`processId`): the conditional updates here are what make a delivery go out once
 * when several processes share the database. Key lists of any length are split into
 * IN lists of KEY_CHUNK.
 */
export class DeliveryStore {
  readonly #db: Db;
  readonly #processId: string;

  constructor(db: Db, processId: string) {
    this.#db = db;
    this.#processId = processId;
  }

  /**
   * Writes the rows that do not exist yet; a key written before (an earlier tick, or another
   * process meanwhile) is simply skipped. One INSERT … ON CONFLICT DO NOTHING per chunk
   * (SQLite and PostgreSQL both have it): Prisma's createMany cannot skip existing keys on
   * SQLite, and reading the existing keys first, then createMany, took four times as long
   * for a tick with 10,000 deliveries.
   */
  async record(planned: PlannedRow[]): Promise<void> {
    const rows = [...new Map(planned.map((p) => [p.key, p])).values()];
    const createdAt = new Date();
    for (let i = 0; i < rows.length; i += KEY_CHUNK) {
      const values = rows.slice(i, i + KEY_CHUNK).map((p) => {
        const payload = JSON.stringify({ recipient: p.recipient, data: p.data } satisfies DeliveryPayload);
        return Prisma.sql`(${p.key}, ${p.wijkId}, ${p.kind}, ${p.dueAt}, ${payload}, ${createdAt})`;
      });
      await this.#db.$executeRaw`INSERT INTO "Delivery" ("key", "wijkId", "kind", "dueAt", "payload", "createdAt") VALUES ${Prisma.join(values)} ON CONFLICT ("key") DO NOTHING`;
    }
  }

  /** Pending rows due before `oldest` are dropped, never sent; how many. */
  async dropOlderThan(oldest: Date): Promise<number> {
    const tooOld = await this.#db.delivery.updateMany({
      where: { status: "pending", dueAt: { lt: oldest } },
      data: { status: "dropped", lastError: "ouder dan 7 dagen" },
    });
    return tooOld.count;
  }

  /**
   * Rows left in "sending" whose claim ran out (their process stopped mid-send) go back to
   * pending, marked INTERRUPTED_SEND; rows `held` by this process are left alone. The keys taken.
   */
  async takeOverInterrupted(at: Date, held: (key: string) => boolean): Promise<string[]> {
    const expired = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: at } }] };
    const stale = await this.#db.delivery.findMany({ where: { status: "sending", ...expired }, select: { key: true } });
    const keys: string[] = [];
    for (const { key } of stale) {
      if (held(key)) continue;
      const taken = await this.#db.delivery.updateMany({
        where: { key, status: "sending", ...expired },
        data: { status: "pending", claimedBy: null, claimedUntil: null, lastError: INTERRUPTED_SEND },
      });
      if (taken.count) keys.push(key);
    }
    return keys;
  }

  /** Pending rows due by `now` that nobody holds a live claim on at `at`, oldest first. */
  async findDue(now: Date, at: Date): Promise<DeliveryRow[]> {
    const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: at } }] };
    return this.#db.delivery.findMany({
      where: { status: "pending", dueAt: { lte: now }, ...free },
      orderBy: [{ dueAt: "asc" }, { key: "asc" }],
      select: { key: true, wijkId: true, kind: true, dueAt: true, payload: true, attempts: true, lastError: true },
    });
  }

  /**
   * Claims pending, unclaimed rows until `claimedUntil`: a conditional update per chunk, then
   * reading back which rows carry this claim (rows another process claimed first are left
   * alone). `onClaimed` hears each chunk's claimed keys as soon as they are this process's.
   */
  async claim(keys: string[], at: Date, claimedUntil: Date, onClaimed: (keys: string[]) => void): Promise<void> {
    const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: at } }] };
    for (let i = 0; i < keys.length; i += KEY_CHUNK) {
      const chunk = keys.slice(i, i + KEY_CHUNK);
      await this.#db.delivery.updateMany({
        where: { key: { in: chunk }, status: "pending", ...free },
        data: { claimedBy: this.#processId, claimedUntil, attempts: { increment: 1 } },
      });
      const mine = await this.#db.delivery.findMany({ where: { key: { in: chunk }, claimedBy: this.#processId, claimedUntil }, select: { key: true } });
      onClaimed(mine.map((row) => row.key));
    }
  }

  /** Extends this process's claims (pending or sending) until `claimedUntil`. */
  async renew(keys: string[], claimedUntil: Date): Promise<void> {
    await this.#updateKeys(keys, { claimedBy: this.#processId, status: { in: ["pending", "sending"] } }, { claimedUntil });
  }

  /** The fencing update: rows still this process's at `at` become "sending" until `claimedUntil`; how many did. */
  async fence(keys: string[], at: Date, claimedUntil: Date): Promise<number> {
    return this.#updateKeys(
      keys,
      { claimedBy: this.#processId, claimedUntil: { gt: at }, status: { in: ["pending", "sending"] } },
      { status: "sending", claimedUntil },
    );
  }

  /** Undoes this process's part of a fence that did not get every row: back to pending. */
  async unfence(keys: string[]): Promise<void> {
    await this.#updateKeys(keys, { claimedBy: this.#processId, status: "sending" }, { status: "pending", claimedUntil: null });
  }

  /** This process's "sending" rows are sent at `sentAt`; a suspect keeps its INTERRUPTED_SEND mark. How many were still ours. */
  async markSent(rows: DeliveryRow[], sentAt: Date): Promise<number> {
    const mine = { claimedBy: this.#processId, status: "sending" };
    const suspects = rows.filter((r) => r.lastError === INTERRUPTED_SEND).map((r) => r.key);
    const plain = rows.filter((r) => r.lastError !== INTERRUPTED_SEND).map((r) => r.key);
    return (
      (await this.#updateKeys(plain, mine, { status: "sent", sentAt, claimedUntil: null, lastError: null })) +
      (await this.#updateKeys(suspects, mine, { status: "sent", sentAt, claimedUntil: null }))
    );
  }

  /** This process's rows are dropped, never to be sent. */
  async drop(keys: string[], lastError: string | null): Promise<void> {
    await this.#updateKeys(keys, { claimedBy: this.#processId }, { status: "dropped", lastError, claimedUntil: null });
  }

  /** Claimed but not attempted: back to pending at once, free for anyone, the attempt not counted. */
  async unclaim(keys: string[]): Promise<void> {
    await this.#updateKeys(keys, { claimedBy: this.#processId, status: "pending" }, { claimedUntil: null, attempts: { decrement: 1 } });
  }

  /** A failed attempt of one row: dead, or pending again with its claim running until `retryAt` (the pause before the next try). */
  async release(key: string, outcome: { dead: boolean; lastError: string; retryAt: Date }): Promise<void> {
    await this.#db.delivery.updateMany({
      where: { key, claimedBy: this.#processId, status: { in: ["pending", "sending"] } },
      data: outcome.dead
        ? { status: "dead", lastError: outcome.lastError, claimedUntil: null }
        : { status: "pending", lastError: outcome.lastError, claimedUntil: outcome.retryAt },
    });
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
}

/** Deliveries that were sent again after their process stopped mid-send (so possibly twice), e.g. for /status. */
export async function countInterruptedSends(db: Db, where: { wijkId?: string; since?: Date } = {}): Promise<number> {
  return db.delivery.count({
    where: { lastError: INTERRUPTED_SEND, ...(where.wijkId ? { wijkId: where.wijkId } : {}), ...(where.since ? { dueAt: { gte: where.since } } : {}) },
  });
}
