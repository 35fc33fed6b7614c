import type { Tx } from "../db.ts";
import { writeField, type ActionField } from "../db/action-fields.ts";
import { recordHistory, type ChangeMeta, type FieldChange } from "./change-action.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { isAbsenceChange, undoAbsenceChange, type UndoneAbsence } from "./undo-absence-change.ts";
import { isReminderChange, undoReminderSet, type UndoneReminders } from "./undo-reminder-set.ts";
import { isDecisionChange, undoDecision, type UndoneDecision } from "./undo-decision.ts";
import { isAgendaChange, undoAgendaChange, type UndoneAgenda } from "./undo-agenda-change.ts";
import { isRoleChange, undoRoleChange, type UndoneRole } from "./undo-role-change.ts";
import { isHolidayChange, undoHolidayChange, type UndoneHoliday } from "./undo-holiday-change.ts";

export const UNDO_BATCH_PREFIX = "undo:";

/** What /ongedaan reverted: fields of one action, or one change of another kind. */
export type UndoneChange =
  | { actionId: string; changes: FieldChange[] }
  | { absence: UndoneAbsence }
  | { reminders: UndoneReminders }
  | { decision: UndoneDecision }
  | { agenda: UndoneAgenda }
  | { role: UndoneRole }
  | { holiday: UndoneHoliday };

/**
 * Reverts the sender's last change in this wijk by writing the old values back as a new
 * history batch; the original rows stay and are marked undone. Undo batches themselves
 * are not undone again (a second /ongedaan goes one change further back).
 */
export async function undoLastChange(tx: Tx, meta: ChangeMeta): Promise<UndoneChange> {
  if (!meta.personId) throw new AppError("INVALID", localText("undo.unknownPerson"));
  const last = await tx.historyEntry.findFirst({
    where: { wijkId: meta.wijkId, personId: meta.personId, undoneAt: null, NOT: { batchId: { startsWith: UNDO_BATCH_PREFIX } } },
    // Ids are time-ordered within a process: the tie-break for changes made in the same instant.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (last && !last.actionId && isAbsenceChange(last.field)) {
    return { absence: await undoAbsenceChange(tx, meta, last, `${UNDO_BATCH_PREFIX}${meta.batchId}`) };
  }
  if (last && !last.actionId && isReminderChange(last.field)) {
    return { reminders: await undoReminderSet(tx, meta, last.batchId, `${UNDO_BATCH_PREFIX}${meta.batchId}`) };
  }
  if (last && !last.actionId && isDecisionChange(last.field)) {
    return { decision: await undoDecision(tx, meta, last, `${UNDO_BATCH_PREFIX}${meta.batchId}`) };
  }
  if (last && !last.actionId && isAgendaChange(last.field)) {
    return { agenda: await undoAgendaChange(tx, meta, last, `${UNDO_BATCH_PREFIX}${meta.batchId}`) };
  }
  if (last && !last.actionId && isRoleChange(last.field)) {
    return { role: await undoRoleChange(tx, meta, last, `${UNDO_BATCH_PREFIX}${meta.batchId}`) };
  }
  if (last && !last.actionId && isHolidayChange(last.field)) {
    return { holiday: await undoHolidayChange(tx, meta, last, `${UNDO_BATCH_PREFIX}${meta.batchId}`) };
  }
  if (!last || !last.actionId) throw new AppError("NOT_FOUND", localText("undo.nothing"));
  const batch = await tx.historyEntry.findMany({ where: { batchId: last.batchId, undoneAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  // Undoing a creation removes the action (softly); its initial field values stay as they were.
  const created = batch.find((row) => row.field === "created");
  const rows = created ? [created] : batch;
  const actionId = last.actionId;
  const reverted: FieldChange[] = [];
  for (const row of rows) {
    const field = row.field as ActionField;
    await writeField(tx, actionId, field, row.fromValue, row.toValue, meta.at);
    reverted.push({ field, from: row.toValue, to: row.fromValue });
  }
  await tx.historyEntry.updateMany({ where: { batchId: last.batchId }, data: { undoneAt: meta.at } });
  await recordHistory(tx, { ...meta, batchId: `${UNDO_BATCH_PREFIX}${meta.batchId}` }, actionId, reverted);
  return { actionId, changes: reverted };
}
