import type { Tx } from "../db.ts";
import { checkInYear, MID_YEAR, type PersonMessage } from "./check-in-items.ts";
import { findOwnersWithOpenActions } from "./find-owners-with-open-actions.ts";
import { openCheckIn } from "./open-check-in.ts";
import type { WijkRow } from "../db/rows.ts";

/**
 * /jaarplan check: the coördinator sends the check now to every owner who has not had it
 * this year (so running it again, or the scheduled day coming later, never sends twice).
 */
export async function startCheckIn(tx: Tx, input: { wijk: WijkRow; now: Date }): Promise<PersonMessage[]> {
  const year = checkInYear(input.wijk, input.now);
  const owners = await findOwnersWithOpenActions(tx, { wijkId: input.wijk.id, year });
  const already = new Set((await tx.checkIn.findMany({ where: { wijkId: input.wijk.id, year, round: MID_YEAR }, select: { personId: true } })).map((c) => c.personId));
  const messages: PersonMessage[] = [];
  for (const personId of owners.keys()) {
    if (already.has(personId)) continue;
    const text = await openCheckIn(tx, { wijkId: input.wijk.id, personId, year, sentAt: input.now, now: input.now });
    if (text) messages.push({ wijkId: input.wijk.id, personId, text });
  }
  return messages;
}
