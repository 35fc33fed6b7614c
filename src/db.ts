import { PrismaClient } from "./generated/sqlite/client.ts";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

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
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path}` }) });
  // WAL keeps readers off the writer's back; busy_timeout rides out a second process briefly holding the lock.
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout=5000");
  await db.$queryRawUnsafe("PRAGMA foreign_keys=ON");
  return db;
}
