import type { Tx } from "../db.ts";
import type { ChangeMeta } from "./change-action.ts";
import { REMINDER_SET_FIELD } from "./create-reminder.ts";

/** What /ongedaan took back of a /herinner: the reminders it set, now cancelled. */
export interface UndoneReminders {
  reminders: { number: number; text: string }[];
}

/** Whether a history row is a reminder that was set (no action; undone by undoReminderSet). */
export function isReminderChange(field: string): boolean {
  return field === REMINDER_SET_FIELD;
}

/**
 * Reverts one /herinner from the history, as /ongedaan does for actions: every reminder that
 * message set (one per person named) is cancelled, unless it was stopped already. The rows are
 * marked undone and the undo is a new batch.
 */
export async function undoReminderSet(tx: Tx, meta: ChangeMeta, batchId: string, undoBatchId: string): Promise<UndoneReminders> {
  const rows = await tx.historyEntry.findMany({ where: { batchId, field: REMINDER_SET_FIELD, undoneAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const ids = rows.map((row) => row.toValue).filter((id): id is string => Boolean(id));
  await tx.reminder.updateMany({ where: { id: { in: ids }, cancelledAt: null }, data: { cancelledAt: meta.at } });
  await tx.historyEntry.updateMany({ where: { batchId }, data: { undoneAt: meta.at } });
  for (const row of rows) {
    await tx.historyEntry.create({
      data: { wijkId: meta.wijkId, personId: meta.personId, batchId: undoBatchId, field: row.field, fromValue: row.toValue, toValue: null, platform: meta.platform, chatId: meta.chatId, messageId: meta.messageId, createdAt: meta.at },
    });
  }
  const reminders = await tx.reminder.findMany({ where: { id: { in: ids } }, orderBy: { number: "asc" }, select: { number: true, text: true } });
  return { reminders };
}
