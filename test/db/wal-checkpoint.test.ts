import { describe, expect, it } from "vitest";
import { statSync } from "node:fs";
import { onPostgres, useTestDb, createTestDatabase } from "../helpers/harness.ts";
import { createDb, WAL_CHECKPOINT_INTERVAL_MS } from "../../src/db.ts";

const db = useTestDb();

/**
 * SQLite: the WAL is copied back into the database file between messages, by a timer, not by
 * whichever command's COMMIT happens to cross SQLite's threshold (that made one command in ~80
 * slow, the status command's p99).
 */
describe.skipIf(onPostgres)("WAL checkpoints (SQLite)", () => {
  it("leave SQLite's own checkpoint in a COMMIT only as a backstop, far above its default of 1,000 pages", async () => {
    const [row] = await db().$queryRawUnsafe<{ wal_autocheckpoint: number | bigint }[]>("PRAGMA wal_autocheckpoint");
    expect(Number(row.wal_autocheckpoint)).toBeGreaterThanOrEqual(10_000);
  });

  it("copy what was written into the database file within a few intervals, with no message coming in", async () => {
    const database = await createTestDatabase();
    const client = await createDb(database.url);
    try {
      await client.$executeRawUnsafe("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)");
      const before = statSync(database.path).size;
      // ~2 MB in the log: far below the backstop, so only the timer can move it into the file.
      for (let i = 0; i < 20; i++) await client.$executeRawUnsafe(`INSERT INTO filler (body) SELECT hex(randomblob(500)) FROM (WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100) SELECT x FROM n)`);
      expect(statSync(database.path).size).toBe(before);
      const deadline = Date.now() + 20 * WAL_CHECKPOINT_INTERVAL_MS;
      while (statSync(database.path).size === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(statSync(database.path).size).toBeGreaterThan(before + 1_000_000);
    } finally {
      await client.$disconnect();
      await database.dispose();
    }
  });
});
