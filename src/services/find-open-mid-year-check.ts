import type { Tx } from "../db.ts";
import { MID_YEAR, type CheckInItem } from "../check-in/check-in-items.ts";

/** The items of the mid-year check a person has not finished answering, or null when none is open. */
export async function findOpenMidYearCheck(tx: Tx, personId: string): Promise<CheckInItem[] | null> {
  const open = await tx.checkIn.findFirst({ where: { personId, answeredAt: null, round: MID_YEAR }, orderBy: { sentAt: "desc" }, select: { items: true } });
  return open ? (JSON.parse(open.items) as CheckInItem[]) : null;
}
