import type { Tx } from "../db.ts";
import { DEAD_LETTER_WINDOW_MS } from "./list-dead-letters.ts";

/** A pending delivery this far past its time is overdue (the scheduler sends every minute). */
export const DELIVERY_OVERDUE_MS = 15 * 60_000;

/** Scheduled deliveries of the wijk still to go out, how many are overdue, and how many were given up recently. */
export async function countOpenDeliveries(
  db: Tx,
  input: { wijkId: string; now: Date },
): Promise<{ pending: number; overdue: number; dead: number; maxAttempts: number }> {
  const since = new Date(input.now.getTime() - DEAD_LETTER_WINDOW_MS);
  const [pending, overdue, dead] = await Promise.all([
    db.delivery.count({ where: { wijkId: input.wijkId, status: "pending" } }),
    db.delivery.count({ where: { wijkId: input.wijkId, status: "pending", dueAt: { lt: new Date(input.now.getTime() - DELIVERY_OVERDUE_MS) } } }),
    db.delivery.findMany({ where: { wijkId: input.wijkId, status: "dead", dueAt: { gte: since } }, select: { attempts: true } }),
  ]);
  return { pending, overdue, dead: dead.length, maxAttempts: Math.max(0, ...dead.map((d) => d.attempts)) };
}
