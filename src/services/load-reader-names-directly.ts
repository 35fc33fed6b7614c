import type { Sql } from "../db/sql.ts";

/** The names the free-text reader looks for in a wijk, and the version of its action names. */
export interface ReaderNames {
  actionNamesVersion: string;
  /** People still in the wijk (not left, not erased). */
  people: { displayName: string }[];
  pillars: { name: string }[];
  organisations: { name: string }[];
}

/**
 * The wijk's names for the reader (src/core/steps/understand.ts) read through the driver
 * (src/db/sql.ts) in one statement: the same rows, in the same order (each part is the very
 * scan Prisma makes for the nested read), as the Prisma read it replaces on the message path.
 * Null when there is no such wijk.
 */
export async function loadReaderNamesDirectly(sql: Sql, wijkId: string): Promise<ReaderNames | null> {
  // One round trip on PostgreSQL; each part keeps its own order (UNION ALL appends them as they come).
  const rows = await sql.all<{ part: string; name: string }>(
    `SELECT 'v' AS "part", "actionNamesVersion" AS "name" FROM "Wijk" WHERE "id" = ?
     UNION ALL SELECT 'p', "displayName" FROM "Person" WHERE ("leftAt" IS NULL AND "erasedAt" IS NULL) AND "wijkId" = ?
     UNION ALL SELECT 'l', "name" FROM "Pillar" WHERE "wijkId" = ?
     UNION ALL SELECT 'o', "name" FROM "Organisation" WHERE "wijkId" = ?`,
    [wijkId, wijkId, wijkId, wijkId],
  );
  const version = rows.find((r) => r.part === "v");
  if (!version) return null;
  const names: ReaderNames = { actionNamesVersion: version.name, people: [], pillars: [], organisations: [] };
  for (const { part, name } of rows) {
    if (part === "p") names.people.push({ displayName: name });
    else if (part === "l") names.pillars.push({ name });
    else if (part === "o") names.organisations.push({ name });
  }
  return names;
}
