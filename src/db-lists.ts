import type { Db, Tx } from "./db.ts";
import { Prisma } from "./generated/sqlite/client.ts";

/**
 * Whether `db` talks to PostgreSQL. The two generated clients share one API, so only raw SQL
 * needs to know: the JSON functions of SQLite and PostgreSQL differ.
 */
export function isPostgresDb(db: Tx | Db): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

/**
 * A list of strings as one query parameter (a JSON array), for raw SQL: `"key" IN ${textList(db, keys)}`.
 * Prisma's cost grows with every parameter of a query (~10 µs each here: an IN list of 500 keys
 * took 6 ms, this 1.3 ms), and one parameter has no length limit, so lists need no chunking.
 */
export function textList(db: Tx | Db, values: readonly string[]): Prisma.Sql {
  const json = JSON.stringify(values);
  return isPostgresDb(db) ? Prisma.sql`(SELECT json_array_elements_text(${json}::json))` : Prisma.sql`(SELECT value FROM json_each(${json}))`;
}

/**
 * Rows as one query parameter (a JSON array of objects), read back as a table `r` with the
 * given columns: `INSERT … SELECT … FROM ${jsonRows(db, rows, { key: "text", dueAt: "timestamp" })}`.
 * Moments go in as jsonDate text.
 */
export function jsonRows(db: Tx | Db, rows: readonly Record<string, string | null>[], columns: Record<string, "text" | "timestamp">): Prisma.Sql {
  const json = JSON.stringify(rows);
  const names = Object.keys(columns);
  if (isPostgresDb(db)) {
    const types = names.map((c) => `"${c}" ${columns[c] === "timestamp" ? "timestamp(3)" : "text"}`).join(", ");
    return Prisma.sql`json_to_recordset(${json}::json) AS r(${Prisma.raw(types)})`;
  }
  const picks = names.map((c) => `json_extract(value, '$.${c}') AS "${c}"`).join(", ");
  return Prisma.sql`(SELECT ${Prisma.raw(picks)} FROM json_each(${json})) AS r`;
}

/**
 * A moment as text inside jsonRows, the way the SQLite adapter writes DateTime columns
 * ("2026-01-05T08:00:00.000+00:00": SQLite compares them as text, so the form must match);
 * PostgreSQL reads the same text into a UTC timestamp.
 */
export function jsonDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
