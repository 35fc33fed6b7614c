import type { Tx } from "../db.ts";
import { checkInYear, MID_YEAR, type CheckInList } from "../check-in/check-in-items.ts";
import { findOwnersWithOpenActions } from "./find-owners-with-open-actions.ts";
import { openCheckIn } from "./open-check-in.ts";
import type { WijkRow } from "../db/rows.ts";

/**
 * /jaarplan check: the coördinator sends the check now to every owner who has not had it
 * this year (so running it again, or the scheduled day coming later, never sends twice).
 * Per person what their check asks, as data (src/render/check-in.ts writes it).
 */
export async function startCheckIn(tx: Tx, input: { wijk: WijkRow; now: Date }): Promise<{ personId: string; check: CheckInList }[]> {
  const year = checkInYear(input.wijk, input.now);
  const owners = await findOwnersWithOpenActions(tx, { wijkId: input.wijk.id, year });
  const already = new Set((await tx.checkIn.findMany({ where: { wijkId: input.wijk.id, year, round: MID_YEAR }, select: { personId: true } })).map((c) => c.personId));
  const checks: { personId: string; check: CheckInList }[] = [];
  for (const personId of owners.keys()) {
    if (already.has(personId)) continue;
    const check = await openCheckIn(tx, { wijkId: input.wijk.id, personId, year, sentAt: input.now, now: input.now });
    if (check) checks.push({ personId, check });
  }
  return checks;
}
