/**
 * Recovery after a full disk (issue 12, defect 1): the SQLite file on a 4 MB tmpfs that is
 * filled to the last block (root only; elsewhere SQLITE_FULL is injected at the driver's
 * COMMIT, as test/faults/write-failure.test.ts does). Measured in wall-clock time: how long
 * a command takes to answer "probeer het zo nog eens" while full, and from freeing the space
 * to the first command that is stored again.
 */
import { execFileSync } from "node:child_process";
import { consoleMessage } from "../helpers/message.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createApp } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { createDb } from "../../src/db.ts";
import { migrateSqlite } from "../../src/migrate.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { TRANSCRIPT_START } from "../../src/transcript.ts";

export interface DiskFullResult {
  how: "tmpfs" | "injected";
  /** Answer time of a command while the disk is full (ms, median of 5). */
  failingAnswerMs: number;
  /** From freeing the space to the first stored command's answer (ms). */
  recoveryMs: number;
  /** Commands answered "probeer het zo nog eens" / commands sent while full. */
  failedAnswers: string;
}

function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) return false;
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-tmpfs-probe-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], { stdio: "ignore" });
    execFileSync("umount", [dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function diskFullRecovery(): Promise<DiskFullResult> {
  const tmpfs = canMountTmpfs();
  const dir = mkdtempSync(join(tmpdir(), "wijkbot-bench-full-"));
  if (tmpfs) execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", dir]);
  let injected = false;
  const prepare = Database.prototype.prepare;
  if (!tmpfs) {
    Database.prototype.prepare = function (this: Database.Database, sql: string) {
      if (injected && /^\s*COMMIT\b/i.test(sql)) throw new Database.SqliteError("database or disk is full", "SQLITE_FULL");
      return prepare.call(this, sql);
    } as typeof prepare;
  }
  const path = join(dir, "bench.db");
  migrateSqlite(path);
  const db = await createDb(`file:${path}`);
  try {
    const clock = new ManualClock(TRANSCRIPT_START);
    await seedDemoWijk(db, clock.now());
    const app = createApp({ db, clock, logger: silentLogger });
    let n = 0;
    const say = async (text: string) =>
      (await app.bot.handle(consoleMessage("Fatima", text, clock.now(), { messageId: `b${++n}` })))
        .map((r) => r.text)
        .join("\n");
    await say("/actie nieuw Voor de storing pijler Gezond");
    if (tmpfs) {
      try {
        execFileSync("dd", ["if=/dev/zero", `of=${join(dir, "filler")}`, "bs=4k"], { stdio: "ignore" });
      } catch {
        // "No space left on device": full.
      }
    } else injected = true;
    const times: number[] = [];
    let failed = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const answer = await say(`/actie nieuw Tijdens de storing ${i} ${"met een beschrijving ".repeat(6)}pijler Gezond`);
      times.push(performance.now() - started);
      if (/probeer het zo nog eens/.test(answer)) failed++;
    }
    const freed = performance.now();
    if (tmpfs) rmSync(join(dir, "filler"));
    else injected = false;
    let stored = false;
    for (let i = 0; i < 100 && !stored; i++) stored = /🆕 Na de storing/.test(await say(`/actie nieuw Na de storing ${i} pijler Gezond`));
    const recoveryMs = performance.now() - freed;
    times.sort((a, b) => a - b);
    return { how: tmpfs ? "tmpfs" : "injected", failingAnswerMs: times[2], recoveryMs: stored ? recoveryMs : Number.POSITIVE_INFINITY, failedAnswers: `${failed} / 5` };
  } finally {
    Database.prototype.prepare = prepare;
    await db.$disconnect();
    if (tmpfs) execFileSync("umount", ["-l", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}
