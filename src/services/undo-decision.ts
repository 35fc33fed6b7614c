import type { Tx } from "../db.ts";
import type { ChangeMeta } from "./change-action.ts";
import { DECISION_FIELD } from "./record-decision.ts";

/** What /ongedaan took back of a /besluit: the decision's text, and whether the kartrekkers had it already. */
export interface UndoneDecision {
  text: string;
  shared: boolean;
}

/** Whether a history row is a decision that was recorded (no action; undone by undoDecision). */
export function isDecisionChange(field: string): boolean {
  return field === DECISION_FIELD;
}

/**
 * Reverts one /besluit from the history, as /ongedaan does for actions: the decision is removed
 * and the agenda item it was recorded at gets its status back. The row is marked undone and the
 * undo is a new batch (its old value keeps the decision's text).
 */
export async function undoDecision(tx: Tx, meta: ChangeMeta, row: { id: string; batchId: string; fromValue: string | null; toValue: string | null }, undoBatchId: string): Promise<UndoneDecision> {
  const decision = row.toValue ? await tx.decision.findUnique({ where: { id: row.toValue } }) : null;
  if (decision) await tx.decision.delete({ where: { id: decision.id } });
  const item = row.fromValue ? (JSON.parse(row.fromValue) as { itemId: string; status: string }) : null;
  if (item) await tx.agendaItem.updateMany({ where: { id: item.itemId }, data: { status: item.status } });
  await tx.historyEntry.updateMany({ where: { batchId: row.batchId }, data: { undoneAt: meta.at } });
  await tx.historyEntry.create({
    data: { wijkId: meta.wijkId, personId: meta.personId, batchId: undoBatchId, field: DECISION_FIELD, fromValue: decision?.text ?? null, toValue: null, platform: meta.platform, chatId: meta.chatId, messageId: meta.messageId, createdAt: meta.at },
  });
  return { text: decision?.text ?? "", shared: Boolean(decision?.pushedAt) };
}
