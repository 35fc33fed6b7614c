import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "../helpers/harness.ts";
import { createDb, type Db } from "../../src/db.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { toInstant } from "../../src/time/amsterdam.ts";
import { INTERRUPTED_SEND } from "../../src/scheduler/engine.ts";
import { spawnTs, sleep, until, type Child } from "../multiprocess/spawn.ts";
import { addDirectChats, addReminder } from "./flood-helpers.ts";

const REMINDERS = 100;
/** Simulated seconds between two reminders (100 real ms); five chats take turns, so each chat gets one every minute. */
const SPACING_MS = 12_000;
/** One real second is two simulated minutes: a dead process's 5-minute claims expire after 2.5 real seconds. */
const SIM_SPEED = 120;
const SIM_START = toInstant({ year: 2026, month: 1, day: 7 }, 10, 0);

interface Line {
  worker: string;
  chatId: string;
  text: string;
}

/**
 * Issue 12, defect 5: kill -9 while reminders go out. A bot process sends 100 reminders to
 * five chats through a slow platform; it is killed twice — once by itself at the worst
 * moment (right after the platform took a message, before the database knows), once from
 * outside at an arbitrary moment — and restarted each time. Nothing may be lost; after each
 * kill at most one message per chat may go out again, and every delivery that may have
 * gone out twice is recorded (its row, and a log line with its key).
 */
describe("kill -9 while scheduled messages go out", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;
  let dir: string;
  const workers: Child[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await createDb(database.url);
    dir = mkdtempSync(join(tmpdir(), "wijkbot-killsend-"));
  });
  afterAll(async () => {
    for (const w of workers) if (w.process.exitCode === null && w.process.signalCode === null) w.process.kill("SIGKILL");
    await db?.$disconnect();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("resends at most one message per chat after each kill, and records which", async () => {
    const { wijkId } = await seedDemoWijk(db, SIM_START);
    await db.action.updateMany({ data: { deadline: null } });
    await db.schedulerCursor.create({ data: { name: "plan", until: SIM_START } });
    const groups = await db.chat.findMany({ where: { wijkId, kind: { in: ["kartrekkers", "stuurgroep"] } } });
    const dms = await addDirectChats(db, wijkId, ["Henk", "Sanne", "Lisa"]);
    const chatIds = [...groups.map((g) => g.id), ...[...dms.values()].map((d) => d.chatId)];
    for (let i = 0; i < REMINDERS; i++) {
      await addReminder(db, { wijkId, number: i + 1, at: new Date(SIM_START.getTime() + (i + 1) * SPACING_MS), chatId: chatIds[i % chatIds.length] });
    }

    const capture = join(dir, "sent.jsonl");
    const lines = (): Line[] => (existsSync(capture) ? readFileSync(capture, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Line) : []);
    const markers = (ls: Line[]) => ls.flatMap((l) => [...l.text.matchAll(/MARK-(\d+)-END/g)].map((m) => Number(m[1])));
    let realStart: number | undefined;
    const start = (id: string, extra: Record<string, string> = {}) => {
      const child = spawnTs("test/multiprocess/scheduler-worker.ts", {
        DATABASE_URL: database.url,
        WORKER_ID: id,
        CAPTURE_FILE: capture,
        SIM_START_MS: String(SIM_START.getTime()),
        // The first process gets the start once it has booted (slow on a loaded machine); the others share it.
        REAL_START_MS: realStart === undefined ? "stdin" : String(realStart),
        SIM_SPEED: String(SIM_SPEED),
        TICK_MS: "150",
        SEND_DELAY_MS: "40",
        ...extra,
      });
      workers.push(child);
      return child;
    };

    // 1. Killed by itself right after the platform took its 6th message.
    const k1 = start("k1", { KILL_AFTER_SENDS: "6" });
    await k1.waitFor("ready", 60_000);
    realStart = Date.now() + 500;
    k1.process.stdin!.write(`${realStart}\n`);
    expect((await k1.exited).signal).toBe("SIGKILL");
    const afterK1 = lines().length;
    expect(afterK1).toBe(6);

    // 2. Restarted; killed from outside once it sent a few more (wherever it is then).
    const k2 = start("k2");
    await k2.waitFor("ready", 60_000);
    expect(await until(() => lines().length >= afterK1 + 3, 60_000, 20), k2.stderr().slice(-2000)).toBe(true);
    k2.process.kill("SIGKILL");
    expect((await k2.exited).signal).toBe("SIGKILL");

    // 3. Restarted again; runs until everything is out.
    const k3 = start("k3");
    await k3.waitFor("ready", 60_000);
    const allSent = async () => new Set(markers(lines())).size === REMINDERS && (await db.delivery.count({ where: { kind: "reminder", status: "sent" } })) === REMINDERS;
    expect(await until(allSent, 90_000, 250)).toBe(true);
    await sleep(1_000);
    k3.process.kill("SIGTERM");
    expect((await k3.exited).code).toBe(0);

    const all = lines();
    const counts = new Map<number, number>();
    for (const n of markers(all)) counts.set(n, (counts.get(n) ?? 0) + 1);
    expect(Array.from({ length: REMINDERS }, (_, i) => i + 1).filter((n) => !counts.has(n)), "lost").toEqual([]);

    // Per kill: which messages of the killed process went out again later, per chat.
    const resentAfter = (victim: string) => {
      const seen = new Set(markers(all.filter((l) => l.worker === victim)));
      const later = all.slice(all.map((l) => l.worker).lastIndexOf(victim) + 1);
      const perChat = new Map<string, number>();
      for (const l of later) if (markers([l]).some((n) => seen.has(n))) perChat.set(l.chatId, (perChat.get(l.chatId) ?? 0) + 1);
      return perChat;
    };
    const afterFirst = resentAfter("k1");
    const afterSecond = resentAfter("k2");
    for (const perChat of [afterFirst, afterSecond]) for (const [, n] of perChat) expect(n).toBeLessThanOrEqual(1);
    // Within one process life nothing goes out twice.
    for (const w of ["k1", "k2", "k3"]) {
      const own = markers(all.filter((l) => l.worker === w));
      expect(own.length, w).toBe(new Set(own).size);
    }

    // The message k1 died right after went out again, and it is recorded as such.
    const lastOfK1 = all.filter((l) => l.worker === "k1").at(-1)!;
    const killedMarkers = markers([lastOfK1]);
    for (const n of killedMarkers) expect(counts.get(n)).toBe(2);
    const reminders = await db.reminder.findMany({ where: { wijkId }, select: { id: true, text: true } });
    const keyOf = new Map(reminders.map((r) => [Number(/MARK-(\d+)-END/.exec(r.text)![1]), r.id]));
    const recorded = await db.delivery.findMany({ where: { lastError: INTERRUPTED_SEND }, select: { key: true, status: true } });
    const recordedIds = new Set(recorded.map((r) => r.key.split(":")[1]));
    const duplicated = [...counts].filter(([, c]) => c > 1).map(([n]) => n);
    for (const n of duplicated) expect(recordedIds.has(keyOf.get(n)!), `MARK-${n} went out twice and is recorded`).toBe(true);
    expect(recorded.every((r) => r.status === "sent")).toBe(true);
    // …and a log line names the keys (ids only): the killed one's in the next process's log.
    const logs = [k2, k3].map((w) => w.stderr()).join("\n");
    for (const n of killedMarkers) expect(logs).toContain(`reminder:${keyOf.get(n)}:`);
    expect(logs).not.toMatch(/MARK-|Henk|Sanne|Lisa/);
    process.stderr.write(
      `kill during send: ${all.length} messages, duplicated reminders ${duplicated.length} (${JSON.stringify(duplicated)}), resent per chat after kill 1 ${JSON.stringify([...afterFirst.values()])}, after kill 2 ${JSON.stringify([...afterSecond.values()])}, recorded suspects ${recorded.length}\n`,
    );
  }, 180_000);
});
