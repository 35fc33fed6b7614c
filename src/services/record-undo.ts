import type { Tx } from "../db.ts";
import type { ChangeMeta } from "./change-action.ts";

/** One history row of a change without an action (an absence, a role, a holiday). */
export interface UndoableRow {
  batchId: string;
  field: string;
  fromValue: string | null;
  toValue: string | null;
}

/**
 * The history side of undoing one such change: its batch is marked undone and the undo is written
 * as a new batch with the values the other way round (so a further /ongedaan goes one change back).
 */
export async function recordUndo(tx: Tx, meta: ChangeMeta, row: UndoableRow, undoBatchId: string): Promise<void> {
  await tx.historyEntry.updateMany({ where: { batchId: row.batchId }, data: { undoneAt: meta.at } });
  await tx.historyEntry.create({
    data: {
      wijkId: meta.wijkId,
      personId: meta.personId,
      batchId: undoBatchId,
      field: row.field,
      fromValue: row.toValue,
      toValue: row.fromValue,
      platform: meta.platform,
      chatId: meta.chatId,
      messageId: meta.messageId,
      createdAt: meta.at,
    },
  });
}
