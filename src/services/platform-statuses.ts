import type { AdapterStatus } from "../core/types.ts";

type StatusSource = () => Record<string, AdapterStatus>;

/**
 * The connection state of this process's adapters, for /status. One process has one
 * outbox with its adapters; the composition root registers it here so a command (which
 * only sees the database) can report it. Another process may hold other connections
 * (the WhatsApp lease), so this is "what this process sees".
 */
let source: StatusSource = () => ({});

export function setPlatformStatusSource(next: StatusSource): void {
  source = next;
}

export function platformStatuses(): Record<string, AdapterStatus> {
  try {
    return source();
  } catch {
    return {};
  }
}
