import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../src/db.ts";
import { createWijk } from "../../src/services/create-wijk.ts";
import { DeliveryStore, INTERRUPTED_SEND, type PlannedRow } from "../../src/scheduler/delivery-store.ts";
import { createTestDatabase } from "../helpers/harness.ts";

/**
 * The Delivery rows' bulk statements (raw SQL with each key list as one JSON parameter) on
 * SQLite and PostgreSQL. Two clients on one database stand for two processes.
 */
let a: Db;
let b: Db;
let dispose: () => Promise<void>;
let wijkId: string;
const DUE = new Date("2026-01-05T08:00:00.000Z");
const LATER = new Date("2026-01-05T08:05:00.000Z");

beforeEach(async () => {
  const database = await createTestDatabase();
  dispose = database.dispose;
  a = await createDb(database.url);
  b = await createDb(database.url);
  wijkId = (await createWijk(a, { name: "Teststad", pillars: [] })).wijk.id;
});
afterEach(async () => {
  await a.$disconnect();
  await b.$disconnect();
  await dispose();
});

function planned(count: number, from = 0): PlannedRow[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `test:${from + i}`,
    kind: "test",
    wijkId,
    dueAt: DUE,
    // Two recipients, interleaved.
    recipient: { personId: `person-${(from + i) % 2}` },
    data: { n: from + i, note: `'quotes' and "double" ones, é` },
  }));
}

describe("DeliveryStore.record", () => {
  it("writes each key once, with its columns and payload as Prisma reads them, and skips keys written before", async () => {
    const store = new DeliveryStore(a, "p1");
    await store.record(planned(3));
    await store.record([...planned(4), ...planned(2)]);
    const rows = await a.delivery.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((r) => r.key)).toEqual(["test:0", "test:1", "test:2", "test:3"]);
    expect(rows[1]).toMatchObject({ wijkId, kind: "test", dueAt: DUE, status: "pending", attempts: 0, claimedBy: null, claimedUntil: null });
    expect(JSON.parse(rows[1].payload)).toEqual({ recipient: { personId: "person-1" }, data: { n: 1, note: `'quotes' and "double" ones, é` } });
    // The moments compare in SQL as Prisma's own do.
    expect(await a.delivery.count({ where: { dueAt: { lte: DUE } } })).toBe(4);
    expect(await a.delivery.count({ where: { dueAt: { lt: DUE } } })).toBe(0);
  });

  it("writes thousands of rows in one go", async () => {
    await new DeliveryStore(a, "p1").record(planned(5000));
    expect(await a.delivery.count()).toBe(5000);
  });
});

describe("DeliveryStore.claim (UPDATE … RETURNING)", () => {
  it("two processes claiming the same 2,000 rows at once: every row goes to exactly one of them", async () => {
    const keys = planned(2000).map((p) => p.key);
    await new DeliveryStore(a, "p1").record(planned(2000));
    const until = new Date(DUE.getTime() + 5 * 60_000);
    const [first, second] = await Promise.all([new DeliveryStore(a, "p1").claim(keys, DUE, until), new DeliveryStore(b, "p2").claim([...keys].reverse(), DUE, until)]);
    expect(first.length + second.length).toBe(2000);
    expect(new Set([...first, ...second]).size).toBe(2000);
    const rows = await a.delivery.findMany({ select: { key: true, claimedBy: true, attempts: true } });
    const owner = new Map(rows.map((r) => [r.key, r.claimedBy]));
    expect(first.every((k) => owner.get(k) === "p1")).toBe(true);
    expect(second.every((k) => owner.get(k) === "p2")).toBe(true);
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
  });

  it("takes nothing that is claimed and not expired, and an expired claim again", async () => {
    const keys = planned(3).map((p) => p.key);
    await new DeliveryStore(a, "p1").record(planned(3));
    expect(await new DeliveryStore(a, "p1").claim(keys.slice(0, 2), DUE, LATER)).toEqual(expect.arrayContaining(keys.slice(0, 2)));
    expect((await new DeliveryStore(b, "p2").claim(keys, DUE, LATER)).sort()).toEqual([keys[2]]);
    // Once the claims ran out (p1's and p2's own), p2 may have all of them.
    expect(await new DeliveryStore(b, "p2").claim(keys, LATER, new Date(LATER.getTime() + 60_000))).toEqual([]);
    expect((await new DeliveryStore(b, "p2").claim(keys, new Date(LATER.getTime() + 1), new Date(LATER.getTime() + 60_000))).sort()).toEqual(keys);
    expect(await new DeliveryStore(b, "p2").claim([], DUE, LATER)).toEqual([]);
  });
});

describe("fence, markSent, unclaim, drop", () => {
  it("fence moves only this process's live claims to sending; markSent keeps an interrupted send's mark and clears other errors", async () => {
    const p1 = new DeliveryStore(a, "p1");
    const p2 = new DeliveryStore(b, "p2");
    await p1.record(planned(4));
    const keys = ["test:0", "test:1", "test:2", "test:3"];
    await p1.claim(keys.slice(0, 3), DUE, LATER);
    await p2.claim(["test:3"], DUE, LATER);
    await a.delivery.update({ where: { key: "test:0" }, data: { lastError: INTERRUPTED_SEND } });
    await a.delivery.update({ where: { key: "test:1" }, data: { lastError: "verzenden mislukt" } });
    // A claim that ran out is not fenced.
    expect(await p1.fence(keys, LATER, new Date(LATER.getTime() + 60_000))).toBe(0);
    expect(await p1.fence(keys, DUE, LATER)).toBe(3);
    expect(await p1.markSent(keys, LATER)).toBe(3);
    const rows = await a.delivery.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((r) => [r.status, r.lastError, r.sentAt?.toISOString() ?? null, r.claimedUntil])).toEqual([
      ["sent", INTERRUPTED_SEND, LATER.toISOString(), null],
      ["sent", null, LATER.toISOString(), null],
      ["sent", null, LATER.toISOString(), null],
      ["pending", null, null, LATER],
    ]);
    // Someone else's rows are theirs: p1 can neither drop nor unclaim them.
    await p1.drop(["test:3"], "weg");
    await p1.unclaim(["test:3"]);
    expect(await a.delivery.findUniqueOrThrow({ where: { key: "test:3" } })).toMatchObject({ status: "pending", claimedBy: "p2", attempts: 1 });
    await p2.unclaim(["test:3"]);
    expect(await a.delivery.findUniqueOrThrow({ where: { key: "test:3" } })).toMatchObject({ status: "pending", claimedUntil: null, attempts: 0 });
  });
});

describe("without the driver (a transaction client): the same SQL through Prisma's raw calls", () => {
  it("records, claims with RETURNING, fences and marks sent", async () => {
    await a.$transaction(async (tx) => {
      const store = new DeliveryStore(tx as unknown as Db, "p1");
      await store.record(planned(3));
      await store.record(planned(3));
      expect((await store.claim(["test:0", "test:1", "test:2"], DUE, LATER)).sort()).toEqual(["test:0", "test:1", "test:2"]);
      expect((await store.findDue(DUE, LATER)).map((r) => r.key)).toEqual([]);
      expect(await store.fence(["test:0", "test:1"], DUE, LATER)).toBe(2);
      expect(await store.markSent(["test:0", "test:1"], LATER)).toBe(2);
    });
    const rows = await a.delivery.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((r) => [r.key, r.status, r.claimedBy, r.dueAt])).toEqual([
      ["test:0", "sent", "p1", DUE],
      ["test:1", "sent", "p1", DUE],
      ["test:2", "pending", "p1", DUE],
    ]);
  });
});

describe("findDue", () => {
  it("gives pending rows due by then that nobody holds, oldest first, as Prisma reads them", async () => {
    const store = new DeliveryStore(a, "p1");
    await store.record([...planned(2), { ...planned(1, 2)[0], dueAt: new Date(DUE.getTime() - 60_000) }, { ...planned(1, 3)[0], dueAt: LATER }]);
    await store.claim(["test:1"], DUE, LATER);
    const due = await store.findDue(DUE, DUE);
    expect(due.map((r) => r.key)).toEqual(["test:2", "test:0"]);
    const prisma = await a.delivery.findUniqueOrThrow({ where: { key: "test:2" }, select: { key: true, wijkId: true, kind: true, dueAt: true, payload: true, attempts: true, lastError: true } });
    expect(due[0]).toEqual(prisma);
    // Once test:1's claim ran out it is due again.
    expect((await store.findDue(DUE, new Date(LATER.getTime() + 1))).map((r) => r.key)).toEqual(["test:2", "test:0", "test:1"]);
  });
});

