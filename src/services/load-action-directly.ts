import type { Sql } from "../db/sql.ts";
import type { ActionPeople } from "./find-action.ts";
import type { ActionRow } from "./rows.ts";

/**
 * An action of the wijk (not deleted) with its pillar's name and its owners, read through the
 * driver (src/db/sql.ts): the same rows, owners in the same order, as findAction's Prisma read.
 */
export async function loadActionDirectly(sql: Sql, wijkId: string, id: string): Promise<{ action: ActionRow; people: ActionPeople } | null> {
  const [action] = await sql.all<ActionRow>(`SELECT * FROM "Action" WHERE "id" = ? AND "wijkId" = ? AND "deletedAt" IS NULL`, [id, wijkId]);
  if (!action) return null;
  const pillar = action.pillarId ? (await sql.all<{ name: string }>(`SELECT "name" FROM "Pillar" WHERE "id" = ?`, [action.pillarId]))[0] : undefined;
  // The owner rows as Prisma reads them (the same statement, so the same order), then their names.
  const owners = await sql.all<{ personId: string }>(`SELECT "actionId", "personId" FROM "ActionOwner" WHERE "actionId" IN (?)`, [id]);
  const names = new Map<string, string>();
  if (owners.length) {
    const people = await sql.all<{ id: string; displayName: string }>(`SELECT "id", "displayName" FROM "Person" WHERE "id" IN (${owners.map(() => "?").join(", ")})`, owners.map((o) => o.personId));
    for (const p of people) names.set(p.id, p.displayName);
  }
  return {
    action,
    people: { pillarName: pillar?.name ?? null, owners: owners.map((o) => ({ personId: o.personId, displayName: names.get(o.personId)! })) },
  };
}
