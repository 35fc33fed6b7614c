import { randomBytes } from "node:crypto";
import type pg from "pg";
import type Database from "better-sqlite3";

/**
 * Hand-written SQL straight through the database driver, for the few statements on the
 * message path that run on every command. Prisma 6 in driver-adapter mode compiles every
 * query anew (no plan cache): a Prisma call costs 0.6–0.8 ms on SQLite and ~1.3 ms on
 * PostgreSQL, the same statement through the driver 0.01–0.02 ms and ~0.13 ms
 * (BENCHMARKS.md, issue 15). Everything else stays on Prisma.
 *
 * One SQL text serves both databases: tables and columns double-quoted as Prisma names them
 * ("Action"."wijkId"), parameters as `?` (numbered for PostgreSQL here). Rows come back as
 * Prisma returns them: DateTime columns as Date, Boolean columns as boolean, Int as number.
 */
export type SqlValue = string | number | boolean | Date | null;

export interface SqlStatement {
  sql: string;
  params: readonly SqlValue[];
  /** The batch writes nothing (and resolves false) when this statement changes another number of rows. */
  expectChanges?: number;
}

export interface Sql {
  readonly dialect: "sqlite" | "postgres";
  /** The rows of one read, outside any transaction. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** One write on its own; the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Writes in one transaction, all or nothing; false (nothing written) when an `expectChanges` did not hold. */
  batch(statements: readonly SqlStatement[]): Promise<boolean>;
  /** Writes in one transaction, all or nothing; the number of rows each changed. */
  batchChanges(statements: readonly SqlStatement[]): Promise<number[]>;
}

/** The driver behind each client made by createDb (a client made otherwise has none: its callers keep to Prisma). */
const drivers = new WeakMap<object, Sql>();

export function registerSql(db: object, sql: Sql): void {
  drivers.set(db, sql);
}

/** The driver of this client; undefined for a transaction client or a client createDb did not make. */
export function sqlOf(db: object): Sql | undefined {
  return drivers.get(db);
}

/** A unique or primary-key violation from the driver (another process wrote the same key first). */
export function isUniqueViolationInDriver(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  return code === "23505" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

// ---- SQLite (better-sqlite3: the very connection Prisma's adapter uses) ----

/** What SQLite needs of Prisma's better-sqlite3 adapter: its connection, and its transaction lock. */
export interface SqliteAdapterHandle {
  client: Database.Database;
  startTransaction(): Promise<{
    executeRaw(query: { sql: string; args: unknown[]; argTypes: unknown[] }): Promise<number>;
    commit(): Promise<void>;
    rollback(): Promise<void>;
  }>;
}

const COMMIT = { sql: "COMMIT", args: [], argTypes: [] };
/** Distinct read texts kept prepared per connection (IN lists of different lengths are different texts). */
const MAX_PREPARED_READS = 100;
const ROLLBACK = { sql: "ROLLBACK", args: [], argTypes: [] };

/**
 * SQLite through Prisma's own connection, so there is one writer per process as before. A
 * batch takes the adapter's transaction lock (Prisma's interactive transactions wait for it,
 * and it for them) and runs its statements synchronously between BEGIN and COMMIT.
 * Statements are prepared each time (a few microseconds) as the adapter does.
 */
export function sqliteSql(adapter: () => SqliteAdapterHandle | undefined): Sql {
  const connection = () => {
    const handle = adapter();
    if (!handle) throw new Error("the SQLite connection is not open yet");
    return handle;
  };
  // Reads are prepared once per connection (the texts are few and fixed); writes are prepared
  // each time, as the adapter does, so a write fault seen at prepare time shows as it would through Prisma.
  const prepared = new WeakMap<Database.Database, Map<string, { stmt: Database.Statement; columns: Database.ColumnDefinition[] }>>();
  const reader = (client: Database.Database, sql: string) => {
    let statements = prepared.get(client);
    if (!statements) prepared.set(client, (statements = new Map()));
    let entry = statements.get(sql);
    if (!entry) {
      const stmt = client.prepare(sql);
      stmt.safeIntegers(false);
      entry = { stmt, columns: stmt.columns() };
      if (statements.size >= MAX_PREPARED_READS) statements.clear();
      statements.set(sql, entry);
    }
    return entry;
  };
  /**
   * One statement outside any transaction. Prisma's adapter runs whatever reaches the connection
   * inside a transaction that is open on it (a command's, awaiting its next query), so a write
   * here would be undone by that command's rollback (a delivery marked sent, sent again) and a
   * read would see its uncommitted rows. So while a transaction is open the statement waits for
   * the adapter's transaction lock, as a batch does, and runs between BEGIN and COMMIT of its own.
   */
  const alone = async <T>(work: (client: Database.Database) => T): Promise<T> => {
    const { client } = connection();
    // Nothing open on the connection: the statement runs at once (synchronously, so nothing can begin in between).
    if (!client.inTransaction) return work(client);
    return locked((c) => ({ commit: true, value: work(c) }));
  };
  /** Work between BEGIN and COMMIT (or ROLLBACK, when it says so) under the adapter's transaction lock. */
  const locked = async <T>(work: (client: Database.Database) => { commit: boolean; value: T }): Promise<T> => {
    const handle = connection();
    const tx = await handle.startTransaction();
    let open = true;
    try {
      const { commit, value } = work(handle.client);
      // A failed COMMIT rolls back and releases the lock itself (releasingTransactionLock in src/db.ts).
      open = false;
      await tx.executeRaw(commit ? COMMIT : ROLLBACK);
      await (commit ? tx.commit() : tx.rollback());
      return value;
    } catch (error) {
      if (open) {
        await tx.executeRaw(ROLLBACK).catch(() => undefined);
        await tx.rollback();
      }
      throw error;
    }
  };
  return {
    dialect: "sqlite",
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      const { rows, columns } = await alone((client) => {
        const { stmt, columns } = reader(client, sql);
        return { rows: stmt.all(...params.map(sqliteParam)) as Record<string, unknown>[], columns };
      });
      for (const row of rows) {
        for (const { name, type } of columns) {
          const value = row[name];
          if (value === null || value === undefined) continue;
          if (type === "DATETIME") row[name] = new Date(value as string | number);
          else if (type === "BOOLEAN") row[name] = Boolean(value);
        }
      }
      return rows as T[];
    },
    async run(sql, params = []) {
      return alone((client) => client.prepare(sql).run(...params.map(sqliteParam)).changes);
    },
    async batch(statements) {
      return locked((client) => {
        // A text that comes back within the batch (rows written in equal chunks) is prepared once.
        const prepared = new Map<string, Database.Statement>();
        for (const s of statements) {
          let stmt = prepared.get(s.sql);
          if (!stmt) prepared.set(s.sql, (stmt = client.prepare(s.sql)));
          const { changes } = stmt.run(...s.params.map(sqliteParam));
          if (s.expectChanges !== undefined && changes !== s.expectChanges) return { commit: false, value: false };
        }
        return { commit: true, value: true };
      });
    },
    async batchChanges(statements) {
      return locked((client) => ({ commit: true, value: statements.map((s) => client.prepare(s.sql).run(...s.params.map(sqliteParam)).changes) }));
    },
  };
}

/** As Prisma's adapter stores them: dates as ISO text, booleans as 0/1. */
function sqliteParam(value: SqlValue): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

// ---- PostgreSQL (the pg pool Prisma's adapter uses) ----

/** PostgreSQL's oid for `timestamp without time zone` (Prisma's DateTime): the stored value is UTC. */
const TIMESTAMP_OID = 1114;

export function postgresSql(pool: pg.Pool, types: typeof pg.types): Sql {
  // Each text becomes a named prepared statement: every connection parses and plans it once.
  // (Name the columns rather than `*`: a prepared result must keep its shape when a migration adds one.)
  const numbered = new Map<string, { name: string; text: string }>();
  const statement = (sql: string) => {
    let converted = numbered.get(sql);
    if (converted === undefined) {
      let n = 0;
      converted = { name: `wijkbot_${numbered.size}`, text: sql.replace(/\?/g, () => `$${++n}`) };
      numbered.set(sql, converted);
    }
    return converted;
  };
  const parsers = {
    getTypeParser: (oid: number, format?: "text" | "binary") => (oid === TIMESTAMP_OID ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : types.getTypeParser(oid, format)),
  };
  const query = (client: pg.Pool | pg.PoolClient, sql: string, params: readonly SqlValue[]) =>
    client.query({ ...statement(sql), values: params.map(postgresParam), types: parsers as pg.CustomTypesConfig });
  /** Work between BEGIN and COMMIT (or ROLLBACK, when it says so) on one pooled connection. */
  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<{ commit: boolean; value: T }>): Promise<T> => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const { commit, value } = await work(client);
      await client.query(commit ? "COMMIT" : "ROLLBACK");
      return value;
    } catch (error) {
      await client.query("ROLLBACK").catch((e: Error) => void (broken = e));
      throw error;
    } finally {
      client.release(broken);
    }
  };
  return {
    dialect: "postgres",
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(pool, sql, params)).rows as T[];
    },
    async run(sql, params = []) {
      return (await query(pool, sql, params)).rowCount ?? 0;
    },
    async batch(statements) {
      return inTransaction(async (client) => {
        for (const s of statements) {
          const { rowCount } = await query(client, s.sql, s.params);
          if (s.expectChanges !== undefined && rowCount !== s.expectChanges) return { commit: false, value: false };
        }
        return { commit: true, value: true };
      });
    },
    async batchChanges(statements) {
      return inTransaction(async (client) => {
        const changes: number[] = [];
        for (const s of statements) changes.push((await query(client, s.sql, s.params)).rowCount ?? 0);
        return { commit: true, value: changes };
      });
    },
  };
}

/** Dates as UTC text (the columns are `timestamp(3)` without zone), as Prisma's adapter sends them. */
function postgresParam(value: SqlValue): unknown {
  return value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value;
}

// ---- joined reads ----

/** `"c"."id" AS "c.id", …`: a table's columns under a prefix, for a read that joins several tables. */
export function columnsAs(alias: string, columns: Record<string, string>): string {
  return Object.keys(columns)
    .map((column) => `"${alias}"."${column}" AS "${alias}.${column}"`)
    .join(", ");
}

/** The row of one table out of a joined read (see columnsAs); null when the join found none (its id is null). */
export function pickRow<T>(row: Record<string, unknown>, alias: string, columns: Record<string, string>): T | null {
  if (row[`${alias}.id`] === null || row[`${alias}.id`] === undefined) return null;
  const picked: Record<string, unknown> = {};
  for (const column of Object.keys(columns)) picked[column] = row[`${alias}.${column}`];
  return picked as T;
}

// ---- ids ----

let counter = Math.floor(Math.random() * 36 ** 4);
const fingerprint = randomBytes(3).readUIntBE(0, 3).toString(36).padStart(4, "0").slice(-4);

/** A cuid ("c" + time + counter + process + random, 25 characters), the form of Prisma's `@default(cuid())`: ids made here sort by time like Prisma's. */
export function newCuid(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(8, "0").slice(-8);
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${fingerprint}${random}`;
}
