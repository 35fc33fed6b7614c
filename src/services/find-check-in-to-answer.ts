import type { Tx } from "../db.ts";
import { MID_YEAR } from "../check-in/check-in-items.ts";

/** The check a person answers now: their latest unanswered one; a round (not the mid-year check) comes back with its kind. */
export async function findCheckInToAnswer(tx: Tx, personId: string) {
  const open = await tx.checkIn.findFirst({ where: { personId, answeredAt: null }, orderBy: { sentAt: "desc" } });
  if (open) return open.round === MID_YEAR ? null : open;
  const latest = await tx.checkIn.findFirst({ where: { personId }, orderBy: { sentAt: "desc" } });
  return latest && latest.round !== MID_YEAR ? latest : null;
}
