import type { Tx } from "../db.ts";
import type { ChangeMeta } from "./change-action.ts";
import { recordUndo, type UndoableRow } from "./record-undo.ts";
import { ABSENCE_END_FIELD, ABSENCE_SET_FIELD } from "./set-absence.ts";

/** What /ongedaan reverted of an absence: it was set (now never happened) or ended early (now running again). */
export interface UndoneAbsence {
  what: "set" | "ended";
  personName: string;
}

/** Whether a history row is an absence change (no action; undone by undoAbsenceChange). */
export function isAbsenceChange(field: string): boolean {
  return field === ABSENCE_SET_FIELD || field === ABSENCE_END_FIELD;
}

/**
 * Reverts one absence change from the history, as /ongedaan does for actions: a set absence
 * ends at its own start (so it never covered anything) and the one it replaced runs again; an
 * early return is taken back. The rows are marked undone and the undo is a new batch.
 */
export async function undoAbsenceChange(
  tx: Tx,
  meta: ChangeMeta,
  row: UndoableRow,
  undoBatchId: string,
): Promise<UndoneAbsence> {
  let absenceId: string;
  if (row.field === ABSENCE_SET_FIELD) {
    absenceId = row.toValue!;
    const absence = await tx.absence.findUniqueOrThrow({ where: { id: absenceId } });
    await tx.absence.update({ where: { id: absenceId }, data: { endedAt: absence.startsAt } });
    const replaced = (row.fromValue ?? "").split(",").filter(Boolean);
    if (replaced.length) await tx.absence.updateMany({ where: { id: { in: replaced } }, data: { endedAt: null } });
  } else {
    absenceId = row.fromValue!;
    await tx.absence.update({ where: { id: absenceId }, data: { endedAt: null } });
  }
  await recordUndo(tx, meta, row, undoBatchId);
  const person = await tx.absence.findUniqueOrThrow({ where: { id: absenceId }, select: { person: { select: { displayName: true } } } });
  return { what: row.field === ABSENCE_SET_FIELD ? "set" : "ended", personName: person.person.displayName };
}
