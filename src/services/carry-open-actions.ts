import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import type { WijkRow } from "../db/rows.ts";
import { setPlanYear } from "./set-plan-year.ts";

/**
 * Carries every open action of earlier years (or without a year) into `year` and makes
 * it the plan year: one command at the turn of the year. Each action gets its own history
 * batch, so the move shows in its history.
 */
export async function carryOpenActions(tx: Tx, meta: ChangeMeta, input: { wijk: WijkRow; year: number }): Promise<{ count: number; from: number | null }> {
  const from = input.wijk.planYear;
  const actions = await tx.action.findMany({
    where: { wijkId: input.wijk.id, deletedAt: null, status: { in: [...OPEN_STATUSES] }, OR: [{ planYear: { lt: input.year } }, { planYear: null }] },
    select: { id: true },
  });
  for (const [i, action] of actions.entries()) {
    await changeAction(tx, { ...meta, batchId: `${meta.batchId}:${i}` }, action.id, { planYear: String(input.year) });
  }
  await setPlanYear(tx, input);
  return { count: actions.length, from };
}
