import type { Tx } from "../db.ts";
import type { ChangeMeta } from "./change-action.ts";
import { recordUndo, type UndoableRow } from "./record-undo.ts";
import { HOLIDAY_ADD_FIELD, HOLIDAY_REMOVE_FIELD, type HolidayValue } from "./add-holiday.ts";

/** What /ongedaan reverted of a holiday: it was added (now gone again) or removed (now back), and its period. */
export interface UndoneHoliday {
  what: "added" | "removed";
  startDate: Date;
  endDate: Date;
}

/** Whether a history row is a holiday change (no action; undone by undoHolidayChange). */
export function isHolidayChange(field: string): boolean {
  return field === HOLIDAY_ADD_FIELD || field === HOLIDAY_REMOVE_FIELD;
}

/**
 * Reverts one holiday change from the history, as /ongedaan does for actions: an added period
 * is removed again (if it still exists), a removed one comes back as it was, with its id. The
 * row is marked undone and the undo is a new batch.
 */
export async function undoHolidayChange(
  tx: Tx,
  meta: ChangeMeta,
  row: UndoableRow,
  undoBatchId: string,
): Promise<UndoneHoliday> {
  const added = row.field === HOLIDAY_ADD_FIELD;
  const period = JSON.parse((added ? row.toValue : row.fromValue)!) as HolidayValue;
  const startDate = new Date(period.startDate);
  const endDate = new Date(period.endDate);
  if (added) await tx.holiday.deleteMany({ where: { id: period.id } });
  else await tx.holiday.create({ data: { id: period.id, wijkId: meta.wijkId, startDate, endDate } });
  await recordUndo(tx, meta, row, undoBatchId);
  return { what: added ? "added" : "removed", startDate, endDate };
}
