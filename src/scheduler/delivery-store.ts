import type { Db } from "../db.ts";
import { sqlOf, type SqlStatement, type SqlValue } from "../db/sql.ts";
import { jsonDate, jsonRows, rawSql, textList, type RawSql } from "../db-lists.ts";
import type { PlannedDelivery, Recipient } from "./types.ts";

/**
 * Delivery.lastError of a row that was being sent when its process stopped (kill -9, power):
 * it is sent once more, so the platform may have it twice. It stays on the row after it
 * was sent, so these can be counted (countInterruptedSends).
 */
export const INTERRUPTED_SEND = "onderbroken tijdens verzenden";

/** What a Delivery row carries besides its columns: who it is for and what the handler needs. */
export interface DeliveryPayload {
  recipient: Recipient;
  data: PlannedDelivery["data"];
}

export type DeliveryRow = { key: string; wijkId: string; kind: string; dueAt: Date; payload: string; attempts: number; lastError: string | null };

export type PlannedRow = PlannedDelivery & { kind: string; wijkId: string };

/**
 * The status column in conditions beside a key list: the keys narrow the rows. Written as an
 * expression, or SQLite (no statistics) reads every pending row through the (status, dueAt)
 * index instead of looking the keys up — 12 ms instead of 1 for a fence of 100 keys among 10,000.
 */
const STATUS = `("status" || '')`;

/** Rows per INSERT when SQLite writes planned rows: one text for every full chunk, prepared once. */
const ROWS_PER_INSERT = 500;

/**
 * Every database read and write of Delivery rows and their claims, for one process
 * (`processId`): the conditional updates here are what make a delivery go out once
 * when several processes share the database. They are hand-written SQL that both databases
 * run, through the driver where there is one (src/db-lists.ts), each key list one JSON
 * parameter: one statement however many keys.
 */
export class DeliveryStore {
  readonly #db: Db;
  readonly #sql: RawSql;
  readonly #processId: string;

  constructor(db: Db, processId: string) {
    this.#db = db;
    this.#sql = rawSql(db);
    this.#processId = processId;
  }

  /**
   * Writes the rows that do not exist yet; a key written before (an earlier tick, or another
   * process meanwhile) is simply skipped: INSERT … ON CONFLICT DO NOTHING (SQLite and
   * PostgreSQL both have it), in one commit however many rows (Prisma's createMany cannot skip
   * existing keys on SQLite, and its cost grows with every parameter). PostgreSQL gets every
   * row in one JSON parameter (one round trip); SQLite gets VALUES lists of ROWS_PER_INSERT
   * rows in one transaction, as it reads plain parameters ~3× faster than a JSON row's columns
   * (10,000 rows: ~50 instead of ~150 ms CPU).
   */
  async record(planned: PlannedRow[]): Promise<void> {
    if (!planned.length) return;
    const createdAt = jsonDate(new Date());
    // Each recipient's rows side by side (SQLite keeps rows in insertion order): the fence and
    // the mark after each message then rewrite a few pages, not one page per row. A key planned
    // twice is written once, as last planned.
    const last = new Map<string, PlannedRow>();
    for (const p of planned) last.set(p.key, p);
    const byRecipient = new Map<string, PlannedRow[]>();
    for (const p of last.values()) {
      const recipient = `${p.wijkId}\u0000${"personId" in p.recipient ? `p${p.recipient.personId}` : JSON.stringify(p.recipient)}`;
      const rows = byRecipient.get(recipient);
      if (rows) rows.push(p);
      else byRecipient.set(recipient, [p]);
    }
    // Many rows share a moment: each one's text is made once.
    const dueAts = new Map<number, string>();
    const dueAtText = (date: Date) => {
      let text = dueAts.get(date.getTime());
      if (text === undefined) dueAts.set(date.getTime(), (text = jsonDate(date)));
      return text;
    };
    const rows: { key: string; wijkId: string; kind: string; dueAt: string; payload: string; createdAt: string }[] = [];
    for (const group of byRecipient.values()) {
      for (const p of group) {
        rows.push({
          key: p.key,
          wijkId: p.wijkId,
          kind: p.kind,
          dueAt: dueAtText(p.dueAt),
          payload: JSON.stringify({ recipient: p.recipient, data: p.data } satisfies DeliveryPayload),
          createdAt,
        });
      }
    }
    const driver = sqlOf(this.#db);
    if (this.#sql.dialect === "sqlite" && driver) {
      const inserts: SqlStatement[] = [];
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const chunk = rows.slice(i, i + ROWS_PER_INSERT);
        const params: SqlValue[] = [];
        for (const r of chunk) params.push(r.key, r.wijkId, r.kind, r.dueAt, r.payload, r.createdAt);
        inserts.push({
          sql: `INSERT INTO "Delivery" ("key", "wijkId", "kind", "dueAt", "payload", "createdAt") VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?)").join(", ")}
          ON CONFLICT ("key") DO NOTHING`,
          params,
        });
      }
      await driver.batch(inserts);
      return;
    }
    const table = jsonRows(this.#sql, { key: "text", wijkId: "text", kind: "text", dueAt: "timestamp", payload: "text", createdAt: "timestamp" });
    // "WHERE true": SQLite reads ON CONFLICT after a bare SELECT … FROM as part of a join.
    await this.#sql.run(
      `INSERT INTO "Delivery" ("key", "wijkId", "kind", "dueAt", "payload", "createdAt")
      SELECT r."key", r."wijkId", r."kind", r."dueAt", r."payload", r."createdAt" FROM ${table} WHERE true
      ON CONFLICT ("key") DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  /** Pending rows due before `oldest` are dropped, never sent; how many. Through the driver where there is one (no Prisma compile in a tick). */
  async dropOlderThan(oldest: Date): Promise<number> {
    const driver = sqlOf(this.#db);
    if (driver) return driver.run(`UPDATE "Delivery" SET "status" = 'dropped', "lastError" = ? WHERE "status" = 'pending' AND "dueAt" < ?`, ["ouder dan 7 dagen", oldest]);
    const tooOld = await this.#db.delivery.updateMany({
      where: { status: "pending", dueAt: { lt: oldest } },
      data: { status: "dropped", lastError: "ouder dan 7 dagen" },
    });
    return tooOld.count;
  }

  /**
   * Rows left in "sending" whose claim ran out (their process stopped mid-send) go back to
   * pending, marked INTERRUPTED_SEND; rows `held` by this process are left alone. The keys taken.
   * Through the driver where there is one (no Prisma compile in a tick).
   */
  async takeOverInterrupted(at: Date, held: (key: string) => boolean): Promise<string[]> {
    const driver = sqlOf(this.#db);
    const expired = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: at } }] };
    const expiredSql = `("claimedUntil" IS NULL OR "claimedUntil" < ?)`;
    const stale = driver
      ? await driver.all<{ key: string }>(`SELECT "key" FROM "Delivery" WHERE "status" = 'sending' AND ${expiredSql}`, [at])
      : await this.#db.delivery.findMany({ where: { status: "sending", ...expired }, select: { key: true } });
    const keys: string[] = [];
    for (const { key } of stale) {
      if (held(key)) continue;
      const taken = driver
        ? await driver.run(
            `UPDATE "Delivery" SET "status" = 'pending', "claimedBy" = NULL, "claimedUntil" = NULL, "lastError" = ? WHERE "key" = ? AND "status" = 'sending' AND ${expiredSql}`,
            [INTERRUPTED_SEND, key, at],
          )
        : (
            await this.#db.delivery.updateMany({
              where: { key, status: "sending", ...expired },
              data: { status: "pending", claimedBy: null, claimedUntil: null, lastError: INTERRUPTED_SEND },
            })
          ).count;
      if (taken) keys.push(key);
    }
    return keys;
  }

  /** Pending rows due by `now` that nobody holds a live claim on at `at`, oldest first. */
  async findDue(now: Date, at: Date): Promise<DeliveryRow[]> {
    return this.#sql.all<DeliveryRow>(
      `SELECT "key", "wijkId", "kind", "dueAt", "payload", "attempts", "lastError" FROM "Delivery"
      WHERE "status" = 'pending' AND "dueAt" <= ? AND ("claimedUntil" IS NULL OR "claimedUntil" < ?)
      ORDER BY "dueAt", "key"`,
      [now, at],
    );
  }

  /**
   * Claims pending, unclaimed rows until `claimedUntil` with one conditional UPDATE … RETURNING:
   * the keys it returns are this process's (a row another process claimed first no longer
   * matches the condition — on PostgreSQL the update waits for that process's row lock and
   * checks again).
   */
  async claim(keys: string[], at: Date, claimedUntil: Date): Promise<string[]> {
    if (!keys.length) return [];
    const claimed = await this.#sql.all<{ key: string }>(
      `UPDATE "Delivery" SET "claimedBy" = ?, "claimedUntil" = ?, "attempts" = "attempts" + 1
      WHERE "key" IN ${textList(this.#sql)} AND ${STATUS} = 'pending' AND ("claimedUntil" IS NULL OR "claimedUntil" < ?)
      RETURNING "key"`,
      [this.#processId, claimedUntil, JSON.stringify(keys), at],
    );
    return claimed.map((row) => row.key);
  }

  /** Extends this process's claims (pending or sending) until `claimedUntil`. */
  async renew(keys: string[], claimedUntil: Date): Promise<void> {
    await this.#update(keys, `"claimedUntil" = ?`, [claimedUntil], `"claimedBy" = ? AND ${STATUS} IN ('pending', 'sending')`, [this.#processId]);
  }

  /** The fencing update: rows still this process's at `at` become "sending" until `claimedUntil`; how many did. */
  async fence(keys: string[], at: Date, claimedUntil: Date): Promise<number> {
    return this.#update(keys, `"status" = 'sending', "claimedUntil" = ?`, [claimedUntil], `"claimedBy" = ? AND "claimedUntil" > ? AND ${STATUS} IN ('pending', 'sending')`, [
      this.#processId,
      at,
    ]);
  }

  /** Undoes this process's part of a fence that did not get every row: back to pending. */
  async unfence(keys: string[]): Promise<void> {
    await this.#update(keys, `"status" = 'pending', "claimedUntil" = NULL`, [], `"claimedBy" = ? AND ${STATUS} = 'sending'`, [this.#processId]);
  }

  /** This process's "sending" rows are sent at `sentAt`; a suspect keeps its INTERRUPTED_SEND mark. How many were still ours. */
  async markSent(keys: string[], sentAt: Date): Promise<number> {
    return this.#update(
      keys,
      `"status" = 'sent', "sentAt" = ?, "claimedUntil" = NULL, "lastError" = CASE WHEN "lastError" = ? THEN "lastError" ELSE NULL END`,
      [sentAt, INTERRUPTED_SEND],
      `"claimedBy" = ? AND ${STATUS} = 'sending'`,
      [this.#processId],
    );
  }

  /** This process's rows are dropped, never to be sent. */
  async drop(keys: string[], lastError: string | null): Promise<void> {
    await this.#update(keys, `"status" = 'dropped', "lastError" = ?, "claimedUntil" = NULL`, [lastError], `"claimedBy" = ?`, [this.#processId]);
  }

  /** Claimed but not attempted: back to pending at once, free for anyone, the attempt not counted. */
  async unclaim(keys: string[]): Promise<void> {
    await this.#update(keys, `"claimedUntil" = NULL, "attempts" = "attempts" - 1`, [], `"claimedBy" = ? AND ${STATUS} = 'pending'`, [this.#processId]);
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

  /** UPDATE "Delivery" SET `set` WHERE the key is one of `keys` AND `where`: one statement however many keys; the rows changed. */
  async #update(keys: string[], set: string, setParams: SqlValue[], where: string, whereParams: SqlValue[]): Promise<number> {
    if (!keys.length) return 0;
    return this.#sql.run(`UPDATE "Delivery" SET ${set} WHERE "key" IN ${textList(this.#sql)} AND ${where}`, [...setParams, JSON.stringify(keys), ...whereParams]);
  }
}

/** Deliveries that were sent again after their process stopped mid-send (so possibly twice), e.g. for /status. */
export async function countInterruptedSends(db: Db, where: { wijkId?: string; since?: Date } = {}): Promise<number> {
  return db.delivery.count({
    where: { lastError: INTERRUPTED_SEND, ...(where.wijkId ? { wijkId: where.wijkId } : {}), ...(where.since ? { dueAt: { gte: where.since } } : {}) },
  });
}
