import type { Db } from "./db.ts";
import type { Clock } from "./core/clock.ts";
import { errorForLog, type Logger } from "./core/logger.ts";

/** How often the write probe runs (and how old its answer may be when /healthz asks). */
export const WRITE_PROBE_EVERY_MS = 60_000;
/** Writes failing this long get the coördinators one notice (and one when they work again). */
export const WRITES_FAILING_NOTICE_AFTER_MS = 5 * 60_000;
/** The one row the probe rewrites. */
const PROBE_ROW_ID = "write-probe";

export interface DatabaseHealthReport {
  ok: boolean;
  read: "ok" | "failing";
  write: "ok" | "failing" | "unknown";
  /** When writes started failing (ISO), while they fail. */
  writesFailingSince?: string;
}

/** What the coördinators are told: writes failed for a while, or work again after failing. */
export type StorageNotice = { kind: "failing"; since: Date; now: Date } | { kind: "working"; since: Date; now: Date };

export interface DatabaseHealth {
  /** GET /healthz: a cheap read now, and the write probe when its last answer is a minute old. */
  check(): Promise<DatabaseHealthReport>;
  /** Writes one row; records whether that worked (and sends a notice when one is due). */
  probeWrite(): Promise<boolean>;
  /** A write failure seen elsewhere (a command's transaction): writes count as failing at once. */
  noteWriteFailure(): void;
  /** The minute probe on a timer (real time between probes; the moments come from the clock). */
  start(): void;
  stop(): void;
}

/**
 * The database's real state for /healthz and the coördinators (issue 12, defect 1). A disk
 * that is full or read-only still reads fine, so only a write shows it: the probe upserts
 * one HealthProbe row every minute. Writes failing for five minutes (by the app's clock)
 * give one notice; writes working again after that give one more.
 */
export function createDatabaseHealth(options: {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Sends a notice to the coördinators; its failures are logged, never thrown. */
  notify?: (notice: StorageNotice) => Promise<void>;
  probeEveryMs?: number;
}): DatabaseHealth {
  const { db, clock, logger } = options;
  const probeEveryMs = options.probeEveryMs ?? WRITE_PROBE_EVERY_MS;
  let lastProbeAt: Date | undefined;
  let writesOk: boolean | undefined;
  let failingSince: Date | undefined;
  let noticeSent = false;
  let probing: Promise<boolean> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  async function notify(notice: StorageNotice): Promise<void> {
    try {
      await options.notify?.(notice);
    } catch (error) {
      logger.error({ err: errorForLog(error), notice: notice.kind }, "could not send the storage notice");
    }
  }

  async function recordFailure(now: Date): Promise<void> {
    writesOk = false;
    failingSince ??= now;
    if (!noticeSent && now.getTime() - failingSince.getTime() >= WRITES_FAILING_NOTICE_AFTER_MS) {
      noticeSent = true;
      logger.error({ failingForMs: now.getTime() - failingSince.getTime() }, "database writes keep failing; coordinators told");
      await notify({ kind: "failing", since: failingSince, now });
    }
  }

  async function recordSuccess(now: Date): Promise<void> {
    const since = failingSince;
    const told = noticeSent;
    writesOk = true;
    failingSince = undefined;
    noticeSent = false;
    if (since) logger.info({ failedForMs: now.getTime() - since.getTime() }, "database writes work again");
    if (since && told) await notify({ kind: "working", since, now });
  }

  async function probeOnce(): Promise<boolean> {
    const now = clock.now();
    lastProbeAt = now;
    try {
      await db.healthProbe.upsert({ where: { id: PROBE_ROW_ID }, create: { id: PROBE_ROW_ID, checkedAt: now }, update: { checkedAt: now } });
    } catch (error) {
      logger.warn({ err: errorForLog(error) }, "database write probe failed");
      await recordFailure(now);
      return false;
    }
    await recordSuccess(now);
    return true;
  }

  function probeWrite(): Promise<boolean> {
    // One probe at a time: /healthz and the timer asking together share it.
    probing ??= probeOnce().finally(() => {
      probing = undefined;
    });
    return probing;
  }

  return {
    probeWrite,
    noteWriteFailure() {
      writesOk = false;
      failingSince ??= clock.now();
    },
    async check() {
      let read: DatabaseHealthReport["read"] = "ok";
      try {
        await db.wijk.findFirst({ select: { id: true } });
      } catch (error) {
        logger.warn({ err: errorForLog(error) }, "database read check failed");
        read = "failing";
      }
      const now = clock.now();
      const stale = !lastProbeAt || now.getTime() - lastProbeAt.getTime() >= probeEveryMs;
      if (read === "ok" && stale) await probeWrite();
      const write: DatabaseHealthReport["write"] = writesOk === undefined ? "unknown" : writesOk ? "ok" : "failing";
      return {
        ok: read === "ok" && write !== "failing",
        read,
        write,
        ...(failingSince && write === "failing" ? { writesFailingSince: failingSince.toISOString() } : {}),
      };
    },
    start() {
      if (timer) return;
      timer = setInterval(() => void probeWrite(), probeEveryMs);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

/**
 * True for an error that says the database cannot store anything now: disk full, read-only
 * file or file system, an I/O error while writing (SQLite), or PostgreSQL's disk full and
 * read-only transaction.
 */
export function isWriteFailure(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: unknown; meta?: unknown; message?: unknown } | null | undefined;
  const text = [e?.code, (e?.cause as { code?: unknown } | undefined)?.code, JSON.stringify(e?.meta ?? null), e?.message].map(String).join(" ");
  return /SQLITE_FULL|SQLITE_READONLY|SQLITE_IOERR|database or disk is full|attempt to write a readonly database|disk I\/O error|EROFS|ENOSPC|\b53100\b|\b25006\b|could not extend file|No space left on device|read-only transaction/i.test(text);
}
