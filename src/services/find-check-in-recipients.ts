import type { Db } from "../db.ts";
import { checkInYear, MID_YEAR } from "../check-in/check-in-items.ts";
import { findOwnersWithOpenActions } from "./find-owners-with-open-actions.ts";
import type { WijkRow } from "../db/rows.ts";

/** The people the scheduled check will go to: owners of open actions who have not had it this year. */
export async function findCheckInRecipients(db: Db, input: { wijk: WijkRow; now: Date }): Promise<{ personIds: string[]; year: number }> {
  const year = checkInYear(input.wijk, input.now);
  const owners = await findOwnersWithOpenActions(db, { wijkId: input.wijk.id, year });
  const already = new Set((await db.checkIn.findMany({ where: { wijkId: input.wijk.id, year, round: MID_YEAR }, select: { personId: true } })).map((c) => c.personId));
  return { personIds: [...owners.keys()].filter((id) => !already.has(id)), year };
}
