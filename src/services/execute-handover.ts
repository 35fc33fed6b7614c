import type { Tx } from "../db.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import { decodeIdSet, encodeIdSet, readFields } from "../db/action-fields.ts";
import type { HandoverPlan } from "./plan-handover.ts";

/**
 * Moves the plan in the caller's transaction. Owners change through changeAction, one
 * history batch per action, so /ongedaan takes back one action at a time and the history
 * of each action says who handed it over.
 */
export async function executeHandover(tx: Tx, meta: ChangeMeta, input: { fromId: string; toId: string; plan: HandoverPlan }): Promise<void> {
  for (const [i, action] of input.plan.actions.entries()) {
    const { owners } = await readFields(tx, action.id, ["owners"]);
    const next = [...new Set([...decodeIdSet(owners).filter((id) => id !== input.fromId), input.toId])];
    await changeAction(tx, { ...meta, batchId: `${meta.batchId}:${i}` }, action.id, { owners: encodeIdSet(next) });
  }
  if (input.plan.reminderIds.length) {
    await tx.reminder.updateMany({ where: { id: { in: input.plan.reminderIds } }, data: { targetPersonId: input.toId } });
  }
  if (input.plan.agendaItemIds.length) {
    await tx.agendaItem.updateMany({ where: { id: { in: input.plan.agendaItemIds } }, data: { proposerId: input.toId } });
  }
}
