import type { Db } from "../db.ts";
import { sqlOf } from "../db/sql.ts";

/** How long bookkeeping (processed message ids, used codes, sent deliveries) and log files are kept by default. */
export const DEFAULT_RETENTION_DAYS = 30;
/**
 * Never less than this: the scheduler catches up at most 7 days after downtime and relies
 * on the Delivery rows of that week to send nothing twice; a day more keeps that safe.
 */
export const MIN_RETENTION_DAYS = 8;
const DAY_MS = 24 * 60 * 60_000;

/** RETENTION_DAYS from the environment: a whole number of days, at least MIN_RETENTION_DAYS; anything else gives the default. */
export function retentionDaysFrom(env: Record<string, string | undefined>): number {
  const raw = env.RETENTION_DAYS?.trim();
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_RETENTION_DAYS;
  return Math.max(MIN_RETENTION_DAYS, Number(raw));
}

export interface PurgeCounts {
  processedMessages: number;
  pendingPrompts: number;
  joinCodes: number;
  identityLinkCodes: number;
  deliveries: number;
}

/**
 * Deletes what is only kept for a while (AVG: store no longer than the job needs):
 * processed-message ids older than the retention, questions whose answer time has passed,
 * join and link codes used or expired longer than the retention ago, and deliveries sent
 * or dropped longer than the retention ago. Pending and dead deliveries stay (the
 * scheduler and /status still need them). Safe to run in several processes at once.
 */
export async function purgeExpiredData(db: Db, input: { now: Date; retentionDays: number }): Promise<PurgeCounts> {
  const days = Math.max(MIN_RETENTION_DAYS, input.retentionDays);
  const cutoff = new Date(input.now.getTime() - days * DAY_MS);
  const [processed, prompts, joinCodes, linkCodes, deliveries] = await purge(db, cutoff, input.now);
  return {
    processedMessages: processed,
    pendingPrompts: prompts,
    joinCodes,
    identityLinkCodes: linkCodes,
    deliveries,
  };
}

/** The five deletes of purgeExpiredData in one transaction, the rows each deleted: through the driver where there is one (no Prisma compile in the scheduler's tick), else Prisma. */
async function purge(db: Db, cutoff: Date, now: Date): Promise<number[]> {
  const driver = sqlOf(db);
  if (driver) {
    return driver.batchChanges([
      { sql: `DELETE FROM "ProcessedMessage" WHERE "processedAt" < ?`, params: [cutoff] },
      { sql: `DELETE FROM "PendingPrompt" WHERE "expiresAt" < ?`, params: [now] },
      { sql: `DELETE FROM "JoinCode" WHERE "usedAt" < ? OR "expiresAt" < ?`, params: [cutoff, cutoff] },
      { sql: `DELETE FROM "IdentityLinkCode" WHERE "usedAt" < ? OR "expiresAt" < ?`, params: [cutoff, cutoff] },
      {
        sql: `DELETE FROM "Delivery" WHERE "status" IN ('sent', 'dropped') AND ("sentAt" < ? OR ("sentAt" IS NULL AND "dueAt" < ?))`,
        params: [cutoff, cutoff],
      },
    ]);
  }
  const deleted = await db.$transaction([
    db.processedMessage.deleteMany({ where: { processedAt: { lt: cutoff } } }),
    db.pendingPrompt.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.joinCode.deleteMany({ where: { OR: [{ usedAt: { lt: cutoff } }, { expiresAt: { lt: cutoff } }] } }),
    db.identityLinkCode.deleteMany({ where: { OR: [{ usedAt: { lt: cutoff } }, { expiresAt: { lt: cutoff } }] } }),
    db.delivery.deleteMany({
      where: {
        status: { in: ["sent", "dropped"] },
        OR: [{ sentAt: { lt: cutoff } }, { sentAt: null, dueAt: { lt: cutoff } }],
      },
    }),
  ]);
  return deleted.map((d) => d.count);
}
