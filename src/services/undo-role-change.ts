import type { Tx } from "../db.ts";
import type { ChangeMeta } from "./change-action.ts";
import { recordUndo, type UndoableRow } from "./record-undo.ts";
import { ROLE_FIELD, type RoleState } from "./set-role.ts";

/** What /ongedaan put back of a /rol: whose role, and the role (and pillar) they have again. */
export interface UndoneRole {
  personName: string;
  role: string;
  pillarName: string | null;
}

/** Whether a history row is a role that was set (no action; undone by undoRoleChange). */
export function isRoleChange(field: string): boolean {
  return field === ROLE_FIELD;
}

/**
 * Reverts one /rol from the history, as /ongedaan does for actions: the person gets back
 * exactly the role and pillar they had before. The row is marked undone and the undo is a
 * new batch.
 */
export async function undoRoleChange(
  tx: Tx,
  meta: ChangeMeta,
  row: UndoableRow,
  undoBatchId: string,
): Promise<UndoneRole> {
  const before = JSON.parse(row.fromValue!) as RoleState;
  const person = await tx.person.update({
    where: { id: before.personId },
    data: { role: before.role, pillarId: before.pillarId },
    select: { displayName: true, role: true, pillar: { select: { name: true } } },
  });
  await recordUndo(tx, meta, row, undoBatchId);
  return { personName: person.displayName, role: person.role, pillarName: person.pillar?.name ?? null };
}
