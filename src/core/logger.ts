import pino, { type Logger, type DestinationStream } from "pino";
import { createDailyLogFile } from "./daily-log-file.ts";
import { retentionDaysFrom } from "../services/purge-expired-data.ts";

export type { Logger };

/**
 * Logs go to stderr (or a file), never into chat output. Personal data is kept out by
 * convention (ids and counts only) and by redaction of the fields that could carry it.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream | string; retentionDays?: number } = {}): Logger {
  // A file path (LOG_FILE) becomes one file per day, deleted after the retention (AVG).
  const dest =
    typeof options.destination === "string"
      ? createDailyLogFile({ path: options.destination, retentionDays: options.retentionDays ?? retentionDaysFrom(process.env) })
      : (options.destination ?? pino.destination(2));
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      base: undefined,
      redact: {
        paths: ["text", "*.text", "senderName", "*.senderName", "phone", "*.phone", "displayName", "*.displayName"],
        censor: "[verborgen]",
      },
    },
    dest,
  );
}

export const silentLogger: Logger = pino({ level: "silent" });

/**
 * Error details that are safe to log: name, code, HTTP status and the stack frames.
 * Never the message: Prisma repeats a failed call's arguments in it, platform SDKs the
 * chat id (a phone number) or the text, so a message can carry personal data.
 */
export function errorForLog(error: unknown): { name?: string; code?: string; status?: number | string; frames?: string } {
  const e = error as { name?: string; code?: unknown; status?: unknown; statusCode?: unknown; stack?: unknown } | null | undefined;
  const status = e?.status ?? e?.statusCode;
  const frames = typeof e?.stack === "string" ? e.stack.split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 5).join("\n") : undefined;
  return {
    name: typeof e?.name === "string" ? e.name : undefined,
    code: typeof e?.code === "string" ? e.code : undefined,
    status: typeof status === "number" || typeof status === "string" ? status : undefined,
    frames: frames || undefined,
  };
}
