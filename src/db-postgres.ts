import type { Db } from "./db.ts";

/** PostgreSQL support arrives with the scale-out issue; until then a clear error. */
export async function createPostgresDb(_url: string): Promise<Db> {
  throw new Error("PostgreSQL wordt nog niet ondersteund; gebruik een file:-URL voor SQLite.");
}
