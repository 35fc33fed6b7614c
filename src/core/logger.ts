import pino, { type Logger, type DestinationStream } from "pino";

export type { Logger };

/**
 * Logs go to stderr (or a file), never into chat output. Personal data is kept out by
 * convention (ids and counts only) and by redaction of the fields that could carry it.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream | string } = {}): Logger {
  const dest =
    typeof options.destination === "string"
      ? pino.destination({ dest: options.destination, mkdir: true, sync: false })
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
