import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "./generated/pg/client.ts";
import type { Db } from "./db.ts";

/**
 * PostgreSQL through @prisma/adapter-pg: the same schema (derived), the same code. The
 * generated model APIs are identical to SQLite's, so the app keeps one Db type.
 */
export async function createPostgresDb(url: string): Promise<Db> {
  const client = new PgClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }) });
  return client as unknown as Db;
}
