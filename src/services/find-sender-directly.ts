import type { Sql } from "../db/sql.ts";
import type { PersonRow } from "../db/rows.ts";

/** What the reader needs of the sender. */
export type SenderPerson = Pick<PersonRow, "id" | "role" | "pillarId" | "displayName" | "language">;

/**
 * The person behind one of the sender's platform ids in a wijk, read through the driver
 * (src/db/sql.ts) in one statement: the same person as the Prisma read it replaces in the
 * understanding step (the first identity that matches, as that read's `findFirst` takes it —
 * whether the sender left is not asked, as there). Null when no id of the sender is known there.
 */
export async function findSenderDirectly(sql: Sql, input: { wijkId: string; platform: string; senderIds: readonly string[] }): Promise<SenderPerson | null> {
  if (!input.senderIds.length) return null;
  const [person] = await sql.all<SenderPerson>(
    `SELECT "id", "role", "pillarId", "displayName", "language" FROM "Person"
     WHERE "id" = (SELECT "personId" FROM "Identity" WHERE "platform" = ? AND "externalId" IN (${input.senderIds.map(() => "?").join(", ")}) AND "wijkId" = ? LIMIT 1)`,
    [input.platform, ...input.senderIds, input.wijkId],
  );
  return person ?? null;
}
