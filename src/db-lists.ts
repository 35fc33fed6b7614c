import type { Db, Tx } from "./db.ts";
import { sqlOf, type SqlValue } from "./db/sql.ts";

/**
 * Hand-written SQL for the scheduler's bulk statements, one text for SQLite and PostgreSQL
 * (tables and columns double-quoted, parameters as `?`), with lists of any length as one JSON
 * parameter. Prisma's cost grows with every parameter (~10 µs each here: an IN list of 500
 * keys took 6 ms through Prisma, as one JSON parameter 1.3 ms) and IN lists needed chunks of 500.
 */
export interface RawSql {
  readonly dialect: "sqlite" | "postgres";
  /** Rows of a read (or of an UPDATE … RETURNING); DateTime columns as Date. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** One write; the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** Whether `db` talks to PostgreSQL (the two generated clients share one API; only raw SQL differs). */
export function isPostgresDb(db: Tx | Db): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

/**
 * The driver behind a client createDb made (src/db/sql.ts: no per-query compile, ~0.02 ms a
 * statement on SQLite), else — a transaction client, a client made elsewhere — Prisma's raw
 * calls with the same SQL. Neither takes SQLite's transaction lock, as Prisma's own calls
 * outside a transaction do not.
 */
export function rawSql(db: Tx | Db): RawSql {
  const driver = sqlOf(db);
  if (driver) return driver;
  const dialect = isPostgresDb(db) ? "postgres" : "sqlite";
  const text = (sql: string) => {
    let n = 0;
    return dialect === "postgres" ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  };
  return {
    dialect,
    all: <T>(sql: string, params: readonly SqlValue[] = []) => db.$queryRawUnsafe<T[]>(text(sql), ...params),
    run: (sql: string, params: readonly SqlValue[] = []) => db.$executeRawUnsafe(text(sql), ...params),
  };
}

/** `"key" IN ${textList(sql)}` with JSON.stringify(values) as its one parameter. */
export function textList(sql: RawSql): string {
  return sql.dialect === "postgres" ? "(SELECT json_array_elements_text(CAST(? AS json)))" : "(SELECT value FROM json_each(?))";
}

/**
 * A table `r` of rows given as one parameter (JSON.stringify of an array of objects), with the
 * given columns: `INSERT … SELECT r."key", … FROM ${jsonRows(sql, { key: "text", dueAt: "timestamp" })}`.
 * Moments go in as jsonDate text.
 */
export function jsonRows(sql: RawSql, columns: Record<string, "text" | "timestamp">): string {
  const names = Object.keys(columns);
  if (sql.dialect === "postgres") {
    const types = names.map((c) => `"${c}" ${columns[c] === "timestamp" ? "timestamp(3)" : "text"}`).join(", ");
    return `json_to_recordset(CAST(? AS json)) AS r(${types})`;
  }
  return `(SELECT ${names.map((c) => `json_extract(value, '$.${c}') AS "${c}"`).join(", ")} FROM json_each(?)) AS r`;
}

/**
 * A moment as text inside jsonRows, the way the SQLite adapter writes DateTime columns
 * ("2026-01-05T08:00:00.000+00:00": SQLite compares them as text, so the form must match);
 * PostgreSQL reads the same text into a UTC timestamp.
 */
export function jsonDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
