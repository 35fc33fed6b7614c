import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, onPostgres } from "../helpers/harness.ts";
import { createDb, type Db } from "../../src/db.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { toInstant } from "../../src/time/amsterdam.ts";
import { spawnTs, sleep, until, type Child } from "./spawn.ts";
import { loadAverage, startCpuLoad, type CpuLoad } from "./scheduler-load.ts";

const WORKERS = 3;
/** Simulated seconds between two reminders. */
const SPACING_MS = 5_000;
/** One real second is one simulated minute: the 5-minute claim of a dead worker expires after 5 real seconds. */
const SIM_SPEED = 60;
const SIM_START = toInstant({ year: 2026, month: 1, day: 7 }, 10, 0);

/**
 * The demo wijk, retried: on a machine loaded by other work its one interactive transaction
 * can outlast Prisma's 5-second limit (P2028), and then nothing of it was written (seeding
 * again is safe: an existing demo wijk is left as it is).
 */
async function seedUnderLoad(db: Db): Promise<{ wijkId: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await seedDemoWijk(db, SIM_START);
    } catch (error) {
      if (!(error as { code?: string }).code?.startsWith("P") || attempt >= 3) throw error;
    }
  }
}

interface Line {
  worker: string;
  chatId: string;
  text: string;
  simAt: string;
}

/**
 * Three real bot processes share one PostgreSQL database and a simulated clock; reminders
 * fall due every 5 simulated seconds; one process is SIGKILLed mid-run while it holds
 * claimed deliveries. Every reminder must reach its chat exactly once: no duplicates from
 * the two survivors racing each other (also when sending is slow and the machine is fully
 * loaded, so a claim's 5 real seconds pass while a process sends: issue 12, defect 4),
 * none lost with the dead one.
 */
describe.runIf(onPostgres)("several bot processes on one PostgreSQL", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("send every due reminder exactly once while one of them is killed with SIGKILL", async () => {
    await scenario({ reminders: 240, stallAfter: 8 });
  }, 150_000);

  it("the same with the machine fully loaded (stress-ng --cpu 2×cores, or Node busy loops) and a slow platform", async () => {
    // Half the run: the load makes every step slower, and the test should stay around a minute.
    // On a loaded machine few, larger (coalesced) messages go out and the quickest process takes
    // most: the victim ticks alone for the first 3 seconds and stalls after 2 sends.
    await scenario({ reminders: 120, stallAfter: 2, victimFirstMs: 3_000, withLoad: true, sendDelayMs: 25 });
  }, 150_000);

  async function scenario(options: { reminders: number; stallAfter: number; victimFirstMs?: number; withLoad?: boolean; sendDelayMs?: number }) {
    const database = await createTestDatabase();
    const db: Db = await createDb(database.url);
    const dir = mkdtempSync(join(tmpdir(), "wijkbot-multi-"));
    const workers: Child[] = [];
    cleanups.push(async () => {
      for (const w of workers) if (w.process.exitCode === null && w.process.signalCode === null) w.process.kill("SIGKILL");
      await db.$disconnect();
      await database.dispose();
      rmSync(dir, { recursive: true, force: true });
    });
    const REMINDERS = options.reminders;
    const { wijkId } = await seedUnderLoad(db);
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
    for (let i = 1; i <= WORKERS; i++) {
      workers.push(
        spawnTs("test/multiprocess/scheduler-worker.ts", {
          DATABASE_URL: database.url,
          WORKER_ID: `w${i}`,
          CAPTURE_FILE: capture,
          SIM_START_MS: String(SIM_START.getTime()),
          REAL_START_MS: "stdin",
          SIM_SPEED: String(SIM_SPEED),
          TICK_MS: "150",
          ...(options.sendDelayMs ? { SEND_DELAY_MS: String(options.sendDelayMs) } : {}),
          ...(i === 2 ? { STALL_AFTER_SENDS: String(options.stallAfter) } : { FIRST_TICK_DELAY_MS: String(options.victimFirstMs ?? 0) }),
        }),
      );
    }
    const spawnedAt = Date.now();
    await Promise.all(workers.map((w) => w.waitFor("ready", 90_000)));
    const bootMs = Date.now() - spawnedAt;
    let load: CpuLoad | undefined;
    if (options.withLoad) {
      // From the moment every process has booted until the end of the run.
      const started = startCpuLoad({ timeoutS: 120 });
      load = started;
      cleanups.push(() => started.stop());
    }
    // The simulated clock starts once every process has booted (slow on a loaded machine), a second from now.
    const realStart = Date.now() + 1_000;
    for (const w of workers) w.process.stdin!.write(`${realStart}\n`);

    const lines = (): Line[] =>
      existsSync(capture) ? readFileSync(capture, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Line) : [];
    const markers = (ls: Line[]) => ls.flatMap((l) => [...l.text.matchAll(/MARK-(\d+)-END/g)].map((m) => Number(m[1])));
    const perWorker = () => JSON.stringify(Object.fromEntries(["w1", "w2", "w3"].map((w) => [w, lines().filter((l) => l.worker === w).length])));

    // Kill one process while it waits on the platform, holding claimed deliveries, after it sent a few itself.
    const victim = workers[1];
    await victim.waitFor("stalled", 90_000).catch((error: Error) => {
      throw new Error(`${error.message}; sent per worker ${perWorker()}`);
    });
    victim.process.kill("SIGKILL");
    const killed = await victim.exited;
    expect(killed.signal).toBe("SIGKILL");
    const sentByVictim = lines().filter((l) => l.worker === "w2");
    expect(sentByVictim.length).toBeGreaterThan(0);

    // Wait for the run to end plus the dead worker's claims expiring.
    const runEnd = realStart + (REMINDERS * SPACING_MS) / SIM_SPEED;
    await until(() => new Set(markers(lines())).size === REMINDERS && Date.now() > runEnd, runEnd - Date.now() + 40_000, 250);
    // A little longer, so a late duplicate would still show.
    await sleep(3_000);
    for (const w of workers) if (w !== victim) w.process.kill("SIGTERM");
    const exits = await Promise.all(workers.filter((w) => w !== victim).map((w) => w.exited));
    await load?.stop();

    const all = lines();
    const counts = new Map<number, number>();
    for (const n of markers(all)) counts.set(n, (counts.get(n) ?? 0) + 1);
    const lost = Array.from({ length: REMINDERS }, (_, i) => i + 1).filter((n) => !counts.has(n));
    const duplicated = [...counts].filter(([, c]) => c > 1).map(([n]) => n);
    const late = await db.delivery.findMany({ where: { kind: "reminder" }, select: { dueAt: true, sentAt: true, lastError: true } });
    const takenOver = late.filter((d) => d.sentAt && d.sentAt.getTime() - d.dueAt.getTime() >= 4 * 60_000).length;
    const resent = late.filter((d) => d.lastError === "onderbroken tijdens verzenden").length;
    process.stderr.write(
      `multiprocess${load ? ` under load (${load.kind} × ${load.workers}, load average ${loadAverage()})` : ""}: ${REMINDERS} reminders, boot ${(bootMs / 1000).toFixed(1)} s, run ${((Date.now() - realStart) / 1000).toFixed(1)} s, sent per worker ${perWorker()}, taken over after the claim expired: ${takenOver}, resent after the kill: ${resent}, duplicates: ${duplicated.length}, lost: ${lost.length}\n`,
    );

    for (const w of workers) expect(w.stderr()).not.toMatch(/tick failed/);
    expect(exits.map((e) => e.code)).toEqual([0, 0]);
    // All three processes did part of the work: the claims really are shared.
    expect(new Set(all.map((l) => l.worker))).toEqual(new Set(["w1", "w2", "w3"]));
    expect(sentByVictim).toHaveLength(options.stallAfter);
    expect(lost).toEqual([]);
    expect(duplicated).toEqual([]);

    // What the killed process had claimed but not sent was taken over once its claim expired —
    // including the message it was sending when it died, sent once more and recorded as such.
    expect(takenOver).toBeGreaterThan(0);
    expect(resent).toBeGreaterThan(0);
    const deliveries = await db.delivery.groupBy({ by: ["status"], where: { kind: "reminder" }, _count: true });
    expect(deliveries).toEqual([{ status: "sent", _count: REMINDERS }]);
  }
});
