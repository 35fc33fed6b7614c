import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db.ts";
import { createTestDatabase } from "../helpers/harness.ts";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { acquireLease, createLease, releaseLease, renewLease } from "../../src/db/lease.ts";

const NAME = "whatsapp:default";
const TTL_MS = 40_000;
const T0 = new Date("2026-11-23T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe("a lease in the database (one WhatsApp connection per number)", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  // Two "processes": each its own Prisma client on the same SQLite file.
  let first: Db;
  let second: Db;
  let url: string;

  beforeEach(async () => {
    database = await createTestDatabase();
    url = database.url;
    first = await createDb(url);
    second = await createDb(url);
  });
  afterEach(async () => {
    await first.$disconnect();
    await second.$disconnect();
    await database.dispose();
  });

  it("is held by one process; the other waits until it expires, then takes over", async () => {
    expect(await acquireLease(first, { name: NAME, holder: "A", now: at(0), ttlMs: TTL_MS })).toBe(true);
    expect(await acquireLease(second, { name: NAME, holder: "B", now: at(5), ttlMs: TTL_MS })).toBe(false);

    expect(await renewLease(first, { name: NAME, holder: "A", now: at(10), ttlMs: TTL_MS })).toBe(true);
    // Renewed at 10 s: still A's at 45 s, free at 50 s.
    expect(await acquireLease(second, { name: NAME, holder: "B", now: at(45), ttlMs: TTL_MS })).toBe(false);
    expect(await acquireLease(second, { name: NAME, holder: "B", now: at(50), ttlMs: TTL_MS })).toBe(true);

    // A comes back from a pause: its renewal fails, so it knows to disconnect.
    expect(await renewLease(first, { name: NAME, holder: "A", now: at(55), ttlMs: TTL_MS })).toBe(false);
    await releaseLease(first, { name: NAME, holder: "A" });
    expect(await first.lease.findUnique({ where: { name: NAME } })).toMatchObject({ holder: "B" });
  });

  it("released, it can be taken at once", async () => {
    await acquireLease(first, { name: NAME, holder: "A", now: at(0), ttlMs: TTL_MS });
    await releaseLease(first, { name: NAME, holder: "A" });
    expect(await acquireLease(second, { name: NAME, holder: "B", now: at(1), ttlMs: TTL_MS })).toBe(true);
  });

  // Separate processes, as in production: within one process better-sqlite3 waits for a
  // lock synchronously and would block the other client's commit.
  it("two processes racing for a free lease: exactly one wins", async () => {
    const results = await race(url, at(0));
    expect(results.filter((r) => r.won)).toHaveLength(1);
  });

  it("two processes racing for an expired lease: exactly one wins, and holds it", async () => {
    await acquireLease(first, { name: NAME, holder: "old", now: at(0), ttlMs: TTL_MS });
    const results = await race(url, at(60));
    const winners = results.filter((r) => r.won);
    expect(winners).toHaveLength(1);
    expect((await first.lease.findUniqueOrThrow({ where: { name: NAME } })).holder).toBe(winners[0].holder);
  });

  it("createLease binds name, holder and clock for the adapter", async () => {
    let now = T0;
    const a = createLease(first, { name: NAME, ttlMs: TTL_MS, now: () => now, holder: "A" });
    const b = createLease(second, { name: NAME, ttlMs: TTL_MS, now: () => now });
    expect(b.holder).toMatch(/:\d+:/);
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    now = at(41);
    expect(await b.acquire()).toBe(true);
    expect(await a.renew()).toBe(false);
    await b.release();
    expect(await first.lease.count()).toBe(0);
  });
});

const RACER = fileURLToPath(new URL("./lease-racer.ts", import.meta.url));

/** Two processes try to take the lease at the same wall-clock moment. */
async function race(url: string, now: Date): Promise<{ holder: string; won: boolean }[]> {
  const startAt = Date.now() + 2500;
  const run = (holder: string) =>
    new Promise<{ holder: string; won: boolean }>((resolve, reject) => {
      execFile(process.execPath, ["--import", "tsx", RACER, url, holder, String(startAt), now.toISOString()], (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout)),
      );
    });
  return Promise.all([run("A"), run("B")]);
}
