import { PrismaClient } from "./generated/sqlite/client.ts";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { registerSql, sqliteSql, type SqliteAdapterHandle } from "./db/sql.ts";

/** The app-facing database type. Services take it (or a transaction) as a parameter. */
export type Db = PrismaClient;
/** What a service may be handed: the client itself or an interactive transaction. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export const DEFAULT_DATABASE_URL = "file:./data/wijkbot.db";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Path of the SQLite file a `file:` URL points to, resolved against the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, ""));
}

export async function createDb(url: string = DEFAULT_DATABASE_URL): Promise<Db> {
  if (isPostgresUrl(url)) {
    const { createPostgresDb } = await import("./db-postgres.ts");
    return createPostgresDb(url);
  }
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  let connection: SqliteAdapterHandle | undefined;
  const db = new PrismaClient({ adapter: releasingTransactionLock(new PrismaBetterSQLite3({ url: `file:${path}` }), (adapter) => (connection = adapter as unknown as SqliteAdapterHandle)) });
  // The hot path's hand-written statements (src/db/sql.ts) run on this same connection.
  registerSql(db, sqliteSql(() => connection));
  // WAL keeps readers off the writer's back; busy_timeout rides out a second process briefly holding the lock.
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout=5000");
  await db.$queryRawUnsafe("PRAGMA foreign_keys=ON");
  await db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint=${WAL_AUTOCHECKPOINT_PAGES}`);
  checkpointInTheBackground(() => connection);
  return db;
}

/** A WAL checkpoint copies the log back into the database file; every this many ms, between messages. */
export const WAL_CHECKPOINT_INTERVAL_MS = 1000;
/** SQLite's own checkpoint inside a COMMIT stays as a backstop, at this many pages of log (~40 MB). */
const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/**
 * SQLite checkpoints the WAL inside whichever COMMIT crosses 1,000 pages, so one command in
 * ~80 paid for copying the log back (the status command's p99). Here a passive checkpoint
 * runs on a timer when no transaction is open, so a message rarely meets one; the automatic
 * one stays as a backstop for a process too busy to run the timer. The timer stops once the
 * connection is closed.
 */
function checkpointInTheBackground(connection: () => SqliteAdapterHandle | undefined): void {
  let opened = false;
  const timer = setInterval(() => {
    const client = connection()?.client;
    if (!client) {
      if (opened) clearInterval(timer);
      return;
    }
    opened = true;
    if (!client.open) return clearInterval(timer);
    if (client.inTransaction) return;
    try {
      client.pragma("wal_checkpoint(PASSIVE)");
    } catch {
      // Busy, read-only or full: the next round (or the automatic checkpoint) does it.
    }
  }, WAL_CHECKPOINT_INTERVAL_MS);
  timer.unref();
}

type AdapterFactory = PrismaBetterSQLite3;
type DriverAdapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type DriverTransaction = Awaited<ReturnType<DriverAdapter["startTransaction"]>>;
type DriverQuery = Parameters<DriverTransaction["executeRaw"]>[0];

const ROLLBACK: DriverQuery = { sql: "ROLLBACK", args: [], argTypes: [] };

/**
 * The better-sqlite3 adapter lets one transaction run at a time behind a lock that only its
 * transaction's commit()/rollback() release. Prisma's engine sends COMMIT (or ROLLBACK) as a
 * statement first and skips commit()/rollback() when that statement fails — a full disk
 * (SQLITE_FULL) or a read-only file at COMMIT — so the lock stayed taken and every later
 * transaction waited for it forever: one failed write silenced the bot (issue 12, defect 1).
 * Here a failed COMMIT rolls the open transaction back (nothing half-written stays) and a
 * failed COMMIT or ROLLBACK releases the lock, so the next message works once the fault is gone.
 */
export function releasingTransactionLock(factory: AdapterFactory, onConnect?: (adapter: DriverAdapter) => void): AdapterFactory {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop !== "connect") return Reflect.get(target, prop, receiver);
      return async () => {
        const adapter = guardAdapter(await target.connect());
        onConnect?.(adapter);
        return adapter;
      };
    },
  });
}

function guardAdapter(adapter: DriverAdapter): DriverAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== "startTransaction") return typeof value === "function" ? value.bind(target) : value;
      return async (...args: Parameters<DriverAdapter["startTransaction"]>) => guardTransaction(await target.startTransaction(...args));
    },
  });
}

function guardTransaction(transaction: DriverTransaction): DriverTransaction {
  const executeRaw = async (query: DriverQuery): Promise<number> => {
    const ending = /^\s*(COMMIT|ROLLBACK)\b/i.exec(query.sql)?.[1]?.toUpperCase();
    if (!ending) return transaction.executeRaw(query);
    try {
      return await transaction.executeRaw(query);
    } catch (error) {
      // After a failed COMMIT the transaction may still be open on the connection.
      if (ending === "COMMIT") await transaction.executeRaw(ROLLBACK).catch(() => undefined);
      await transaction.rollback();
      // SQLite rolls a transaction back itself after some failures (a full disk mid-statement): nothing is open, as wanted.
      if (ending === "ROLLBACK" && /no transaction is active/i.test(String((error as Error)?.message))) return 0;
      throw error;
    }
  };
  return new Proxy(transaction, {
    get(target, prop, receiver) {
      if (prop === "executeRaw") return executeRaw;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
