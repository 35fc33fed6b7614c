import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, onPostgres } from "../helpers/harness.ts";
import { createDb, type Db } from "../../src/db.ts";
import { spawnTs, type Child } from "../multiprocess/spawn.ts";

const PAIRS = 400;
/** Kill once this many acknowledgements are on screen: well into the burst, long before its end. */
const KILL_AFTER_REPLIES = 60;

/**
 * kill -9 in the middle of a burst of commands: every change the bot confirmed (its reply
 * was printed) is in the database after reopening it, and nothing is half-written —
 * each action has its "created" history and its owner, each status change its history row.
 * SQLite: the real `npm start -- --script … --db …` process; PostgreSQL: the same through a worker.
 */
describe("kill -9 during a burst of commands", () => {
  let dir: string;
  let child: Child | undefined;
  let db: Db | undefined;
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    if (child && child.process.exitCode === null) child.process.kill("SIGKILL");
    await db?.$disconnect();
    await dispose?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loses no acknowledged change and leaves no half-written action", async () => {
    dir = mkdtempSync(join(tmpdir(), "wijkbot-kill-"));
    const script = join(dir, "burst.txt");
    const lines = ["@tijd 2026-01-05 09:00"];
    for (let n = 1; n <= PAIRS; n++) lines.push(`Fatima: /actie nieuw Reeks ${n} pijler Gezond deadline over 2 weken`, `Fatima: /actie bezig Reeks ${n}`);
    writeFileSync(script, `${lines.join("\n")}\n`);

    let url: string;
    if (onPostgres) {
      const database = await createTestDatabase();
      url = database.url;
      dispose = database.dispose;
      child = spawnTs("test/faults/burst-worker.ts", { DATABASE_URL: url, LOG_LEVEL: "warn" }, [script]);
    } else {
      const path = join(dir, "wijkbot.db");
      url = `file:${path}`;
      child = spawnTs("src/main.ts", { LOG_LEVEL: "warn" }, ["--script", script, "--db", path]);
    }
    await child.waitFor((out) => (out.match(/staat op (?:gepland|bezig)/g)?.length ?? 0) >= KILL_AFTER_REPLIES, 90_000);
    child.process.kill("SIGKILL");
    const exit = await child.exited;
    expect(exit.signal).toBe("SIGKILL");

    const printed = child.stdout();
    const created = [...printed.matchAll(/🆕 Reeks (\d+) \(Gezond\) staat op gepland/g)].map((m) => Number(m[1]));
    const started = [...printed.matchAll(/🔧 Reeks (\d+) \(Gezond\) staat op bezig/g)].map((m) => Number(m[1]));
    expect(created.length).toBeGreaterThanOrEqual(KILL_AFTER_REPLIES / 2 - 1);
    // Killed mid-burst, not after it.
    expect(created.length).toBeLessThan(PAIRS);

    db = await createDb(url);
    if (!onPostgres) expect(await db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    const fatima = await db.person.findFirstOrThrow({ where: { displayName: "Fatima" } });
    const actions = await db.action.findMany({
      where: { title: { startsWith: "Reeks " } },
      include: { owners: true, history: true },
    });
    const byNumber = new Map(actions.map((a) => [Number(a.title.split(" ")[1]), a]));

    // Every acknowledged change is there.
    for (const n of created) expect(byNumber.has(n), `Reeks ${n} was confirmed`).toBe(true);
    for (const n of started) expect(byNumber.get(n)?.status, `Reeks ${n} was confirmed bezig`).toBe("bezig");

    // Commands ran in order, so what is stored is a prefix of the burst: at most the one
    // command in flight at the kill went further than what was printed.
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(numbers.length - created.length).toBeLessThanOrEqual(1);
    const bezig = actions.filter((a) => a.status === "bezig").length;
    expect(bezig - started.length).toBeLessThanOrEqual(1);

    // Nothing half-written: each action whole, with its history and owner; each status in the history.
    for (const action of actions) {
      expect(action.owners.map((o) => o.personId)).toEqual([fatima.id]);
      expect(action.history.filter((h) => h.field === "created")).toHaveLength(1);
      const statusRows = action.history.filter((h) => h.field === "status");
      expect(statusRows.map((h) => h.toValue)).toEqual(action.status === "bezig" ? ["bezig"] : []);
      expect(new Set(action.history.map((h) => h.batchId)).size).toBe(action.status === "bezig" ? 2 : 1);
    }
    // Every recorded message id belongs to a change that is there (no record without its change, or the reverse).
    expect(await db.processedMessage.count()).toBe(actions.length + bezig);
  }, 150_000);
});
