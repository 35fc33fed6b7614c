import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { isoDayOf } from "../time/amsterdam.ts";

const DAY_MS = 24 * 60 * 60_000;

/**
 * A pino destination that writes one file per (Amsterdam) day: LOG_FILE=data/wijkbot.log
 * gives data/wijkbot-2026-11-23.log, data/wijkbot-2026-11-24.log, … Files of days older
 * than the retention are deleted when the day's file is opened (at start and at each
 * day change), so logs are kept no longer than RETENTION_DAYS. Writes are synchronous
 * appends: log volume is small, and a crash then loses no line.
 */
export interface DailyLogFile {
  write(line: string): void;
  /** The file written to today. */
  currentPath(): string;
  close(): void;
}

export function createDailyLogFile(options: { path: string; retentionDays: number; now?: () => Date }): DailyLogFile {
  const now = options.now ?? (() => new Date());
  const dir = dirname(options.path);
  const ext = extname(options.path) || ".log";
  const prefix = basename(options.path, extname(options.path));
  let day = "";
  let fd: number | undefined;

  function fileFor(stamp: string): string {
    return join(dir, `${prefix}-${stamp}${ext}`);
  }

  function open(at: Date): void {
    const stamp = dayStamp(at);
    if (stamp === day && fd !== undefined) return;
    if (fd !== undefined) closeSync(fd);
    mkdirSync(dir, { recursive: true });
    fd = openSync(fileFor(stamp), "a");
    day = stamp;
    deleteOldLogFiles({ dir, prefix, ext, retentionDays: options.retentionDays, now: at });
  }

  return {
    write(line) {
      open(now());
      writeSync(fd!, line);
    },
    currentPath() {
      open(now());
      return fileFor(day);
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      day = "";
    },
  };
}

/** Deletes <prefix>-YYYY-MM-DD<ext> files whose day lies more than `retentionDays` before `now`; returns the deleted names. */
export function deleteOldLogFiles(input: { dir: string; prefix: string; ext: string; retentionDays: number; now: Date }): string[] {
  const pattern = new RegExp(`^${escapeRegExp(input.prefix)}-(\\d{4})-(\\d{2})-(\\d{2})${escapeRegExp(input.ext)}$`);
  const cutoff = dayStamp(new Date(input.now.getTime() - input.retentionDays * DAY_MS));
  const deleted: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(input.dir);
  } catch {
    return deleted;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || `${m[1]}-${m[2]}-${m[3]}` >= cutoff) continue;
    rmSync(join(input.dir, name), { force: true });
    deleted.push(name);
  }
  return deleted;
}

function dayStamp(at: Date): string {
  return isoDayOf(at);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
