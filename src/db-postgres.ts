import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { postgresSql, registerSql } from "./db/sql.ts";
import { PrismaClient as PgClient } from "./generated/pg/client.ts";
import type { Db } from "./db.ts";

/**
 * PostgreSQL through @prisma/adapter-pg: the same schema (derived), the same code. The
 * generated model APIs are identical to SQLite's, so the app keeps one Db type.
 */
export async function createPostgresDb(url: string): Promise<Db> {
  // One pool for Prisma and for the hot path's hand-written statements (src/db/sql.ts).
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection the server drops (a restart) is an event, not a crash; the next query reconnects.
  pool.on("error", () => undefined);
  const client = new PgClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerSql(client, postgresSql(pool, pg.types));
  return client as unknown as Db;
}
