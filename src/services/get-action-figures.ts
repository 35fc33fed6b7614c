import type { Tx } from "../db.ts";

/** An action's reach and budget as they stand now (after a change, for the reply). */
export async function getActionFigures(tx: Tx, actionId: string) {
  return tx.action.findUniqueOrThrow({
    where: { id: actionId },
    select: { reachReached: true, reachIntended: true, budgetPlannedCents: true, budgetSpentCents: true },
  });
}
