import type { Db, Tx } from "../db.ts";
import { rawSql } from "../db-lists.ts";
import { OPEN_STATUSES } from "../domain.ts";

export interface ActionWithOwners {
  id: string;
  deadline: Date;
  ownerIds: string[];
}

/**
 * A wijk's open actions with a deadline on or before `latest`, with their owners' ids (an
 * action without owners is left out: nobody to remind). One join through the driver
 * (src/db-lists.ts), not Prisma's action query plus owner queries of 500 ids each: the
 * deadline job runs it every tick for every wijk.
 */
export async function findActionsDueBy(tx: Tx | Db, input: { wijkId: string; latest: Date }): Promise<ActionWithOwners[]> {
  const rows = await rawSql(tx).all<{ id: string; deadline: Date; personId: string }>(
    `SELECT a."id", a."deadline", o."personId" FROM "Action" a JOIN "ActionOwner" o ON o."actionId" = a."id"
    WHERE a."wijkId" = ? AND a."deletedAt" IS NULL AND a."status" IN (${OPEN_STATUSES.map(() => "?").join(", ")})
      AND a."deadline" IS NOT NULL AND a."deadline" <= ?`,
    [input.wijkId, ...OPEN_STATUSES, input.latest],
  );
  const actions = new Map<string, ActionWithOwners>();
  for (const row of rows) {
    const action = actions.get(row.id) ?? { id: row.id, deadline: new Date(row.deadline), ownerIds: [] };
    action.ownerIds.push(row.personId);
    actions.set(row.id, action);
  }
  return [...actions.values()];
}
