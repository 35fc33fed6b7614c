import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../../src/db.ts";
import { migrateSqlite } from "../../src/migrate.ts";
import { migratePostgres } from "../../src/migrate-postgres.ts";
import { adminQuery, postgresAvailable, startPrivateCluster } from "../helpers/postgres.ts";

export interface BenchDatabase {
  kind: "sqlite" | "postgres";
  url: string;
  db: Db;
  close(): Promise<void>;
}

/** A fresh migrated SQLite file (WAL, as in production) in a temp dir. */
export async function benchSqlite(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-bench-"));
  const path = join(dir, "bench.db");
  migrateSqlite(path);
  const url = `file:${path}`;
  const db = await createDb(url);
  return { kind: "sqlite", url, db, close: async () => (await db.$disconnect(), rmSync(dir, { recursive: true, force: true })) };
}

let cluster: ReturnType<typeof startPrivateCluster> | undefined;

/** A fresh migrated database on a private PostgreSQL cluster (started once per bench run), or undefined when PostgreSQL is not installed. */
export async function benchPostgres(name: string): Promise<BenchDatabase | undefined> {
  if (!postgresAvailable()) return undefined;
  // (Below Linux's ephemeral ports, 32768–60999, and beside the test clusters' ranges.)
  cluster ??= startPrivateCluster(32_000 + Math.floor(Math.random() * 700));
  await adminQuery(cluster.url("postgres"), `CREATE DATABASE ${name}`);
  const url = cluster.url(name);
  await migratePostgres(url);
  const db = await createDb(url);
  return { kind: "postgres", url, db, close: async () => db.$disconnect() };
}

export function stopBenchPostgres(): void {
  cluster?.stop();
  cluster = undefined;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
