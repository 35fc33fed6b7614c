import type { Db } from "../db.ts";
import { findOwnersWithOpenActions } from "./find-owners-with-open-actions.ts";
import type { RoundItem } from "../check-in/check-in-round-items.ts";

/** The people a round goes to: owners of open actions (still in the wijk) who have not had it, themselves or through their stand-in. */
export async function findCheckInRoundRecipients(db: Db, input: { wijkId: string; round: string }): Promise<string[]> {
  const owners = await findOwnersWithOpenActions(db, { wijkId: input.wijkId });
  const rows = await db.checkIn.findMany({ where: { wijkId: input.wijkId, round: input.round }, select: { personId: true, items: true } });
  const already = new Set(rows.flatMap((c) => [c.personId, ...(JSON.parse(c.items) as RoundItem[]).flatMap((i) => (i.for ? [i.for] : []))]));
  return [...owners.keys()].filter((id) => !already.has(id));
}
