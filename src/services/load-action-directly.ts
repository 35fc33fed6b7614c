import { Prisma } from "../generated/sqlite/client.ts";
import { columnsAs, pickRow, type Sql } from "../db/sql.ts";
import type { ActionPeople } from "./find-action.ts";
import type { ActionRow } from "../db/rows.ts";

const ACTION = Prisma.ActionScalarFieldEnum;

/**
 * An action of the wijk (not deleted) with its pillar's name and its owners, read through the
 * driver (src/db/sql.ts) in two statements: the same rows, owners in the same order (the
 * same scan of ActionOwner), as findAction's Prisma read.
 */
export async function loadActionDirectly(sql: Sql, wijkId: string, id: string): Promise<{ action: ActionRow; people: ActionPeople } | null> {
  const [row] = await sql.all<Record<string, unknown>>(
    `SELECT ${columnsAs("a", ACTION)}, "pl"."name" AS "pillarName" FROM "Action" "a" LEFT JOIN "Pillar" "pl" ON "pl"."id" = "a"."pillarId"
     WHERE "a"."id" = ? AND "a"."wijkId" = ? AND "a"."deletedAt" IS NULL`,
    [id, wijkId],
  );
  if (!row) return null;
  const owners = await sql.all<{ personId: string; displayName: string }>(
    `SELECT "o"."personId", (SELECT "p"."displayName" FROM "Person" "p" WHERE "p"."id" = "o"."personId") AS "displayName" FROM "ActionOwner" "o" WHERE "o"."actionId" IN (?)`,
    [id],
  );
  return {
    action: pickRow<ActionRow>(row, "a", ACTION)!,
    people: { pillarName: (row.pillarName as string | null) ?? null, owners: owners.map((o) => ({ personId: o.personId, displayName: o.displayName })) },
  };
}
