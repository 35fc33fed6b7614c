import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, onPostgres } from "../helpers/harness.ts";
import { createDb, type Db } from "../../src/db.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { toInstant } from "../../src/parse/dates.ts";
import { spawnTs, sleep, until, type Child } from "./spawn.ts";

const WORKERS = 3;
const REMINDERS = 240;
/** Simulated seconds between two reminders: 240 of them span 20 simulated minutes. */
const SPACING_MS = 5_000;
/** One real second is one simulated minute: the 5-minute claim of a dead worker expires after 5 real seconds. */
const SIM_SPEED = 60;
const SIM_START = toInstant({ year: 2026, month: 1, day: 7 }, 10, 0);

interface Line {
  worker: string;
  chatId: string;
  text: string;
  simAt: string;
}

/**
 * Three real bot processes share one PostgreSQL database and a simulated clock; 240
 * reminders fall due over 20 simulated minutes; one process is SIGKILLed mid-run. Every
 * reminder must reach its chat exactly once: no duplicates from the two survivors
 * racing each other, none lost with the dead one.
 */
describe.runIf(onPostgres)("several bot processes on one PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;
  let dir: string;
  const workers: Child[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await createDb(database.url);
    dir = mkdtempSync(join(tmpdir(), "wijkbot-multi-"));
  });
  afterAll(async () => {
    for (const w of workers) if (w.process.exitCode === null && !w.process.killed) w.process.kill("SIGKILL");
    await db?.$disconnect();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("send every due reminder exactly once while one of them is killed with SIGKILL", async () => {
    const { wijkId } = await seedDemoWijk(db, SIM_START);
    await db.schedulerCursor.create({ data: { name: "plan", until: SIM_START } });
    const chats = await db.chat.findMany({ where: { wijkId } });
    const people = await db.person.findMany({ where: { wijkId, displayName: { in: ["Sanne", "Henk"] } } });
    const recipients = [...chats.map((c) => ({ targetChatId: c.id })), ...people.map((p) => ({ targetPersonId: p.id }))];
    await db.reminder.createMany({
      data: Array.from({ length: REMINDERS }, (_, i) => ({
        wijkId,
        kind: "adhoc",
        number: i + 1,
        text: `MARK-${i + 1}-END`,
        nextAt: new Date(SIM_START.getTime() + (i + 1) * SPACING_MS),
        ...recipients[i % recipients.length],
      })),
    });

    const capture = join(dir, "sent.jsonl");
    // The simulated clock starts a little later, so every process has booted before anything is due.
    const realStart = Date.now() + 6_000;
    for (let i = 1; i <= WORKERS; i++) {
      workers.push(
        spawnTs("test/multiprocess/scheduler-worker.ts", {
          DATABASE_URL: database.url,
          WORKER_ID: `w${i}`,
          CAPTURE_FILE: capture,
          SIM_START_MS: String(SIM_START.getTime()),
          REAL_START_MS: String(realStart),
          SIM_SPEED: String(SIM_SPEED),
          TICK_MS: "150",
          ...(i === 2 ? { STALL_AFTER_SENDS: "8" } : {}),
        }),
      );
    }
    await Promise.all(workers.map((w) => w.waitFor("ready", 60_000)));

    const lines = (): Line[] =>
      existsSync(capture) ? readFileSync(capture, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Line) : [];
    const markers = (ls: Line[]) => ls.flatMap((l) => [...l.text.matchAll(/MARK-(\d+)-END/g)].map((m) => Number(m[1])));

    // Kill one process while it waits on the platform, holding claimed deliveries, after it sent 8 itself.
    const victim = workers[1];
    await victim.waitFor("stalled", 60_000);
    victim.process.kill("SIGKILL");
    const killed = await victim.exited;
    expect(killed.signal).toBe("SIGKILL");
    const sentByVictim = lines().filter((l) => l.worker === "w2");
    expect(sentByVictim.length).toBeGreaterThan(0);

    // Wait for the run to end (20 simulated minutes) plus the dead worker's claims expiring.
    const runEnd = realStart + (REMINDERS * SPACING_MS) / SIM_SPEED;
    await until(() => new Set(markers(lines())).size === REMINDERS && Date.now() > runEnd, runEnd - Date.now() + 40_000, 250);
    // A little longer, so a late duplicate would still show.
    await sleep(3_000);
    for (const w of workers) if (w !== victim) w.process.kill("SIGTERM");
    const exits = await Promise.all(workers.filter((w) => w !== victim).map((w) => w.exited));
    for (const w of workers) expect(w.stderr()).not.toMatch(/tick failed/);
    expect(exits.map((e) => e.code)).toEqual([0, 0]);

    const all = lines();
    const counts = new Map<number, number>();
    for (const n of markers(all)) counts.set(n, (counts.get(n) ?? 0) + 1);
    const lost = Array.from({ length: REMINDERS }, (_, i) => i + 1).filter((n) => !counts.has(n));
    const duplicated = [...counts].filter(([, c]) => c > 1).map(([n]) => n);

    // All three processes did part of the work: the claims really are shared.
    expect(new Set(all.map((l) => l.worker))).toEqual(new Set(["w1", "w2", "w3"]));
    expect(sentByVictim).toHaveLength(8);
    expect(lost).toEqual([]);
    expect(duplicated).toEqual([]);

    // What the killed process had claimed but not sent was taken over once its claim expired.
    const late = await db.delivery.findMany({ where: { kind: "reminder" }, select: { dueAt: true, sentAt: true } });
    const takenOver = late.filter((d) => d.sentAt!.getTime() - d.dueAt.getTime() >= 4 * 60_000).length;
    expect(takenOver).toBeGreaterThan(0);
    process.stderr.write(`multiprocess: sent per worker ${JSON.stringify(Object.fromEntries(["w1", "w2", "w3"].map((w) => [w, all.filter((l) => l.worker === w).length])))}, taken over after the claim expired: ${takenOver}, duplicates: ${duplicated.length}\n`);

    const deliveries = await db.delivery.groupBy({ by: ["status"], where: { kind: "reminder" }, _count: true });
    expect(deliveries).toEqual([{ status: "sent", _count: REMINDERS }]);
  }, 150_000);
});
