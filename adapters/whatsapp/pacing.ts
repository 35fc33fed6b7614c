import { isJidGroup } from "@whiskeysockets/baileys";
import type { SendPolicy } from "../../src/core/index.ts";

/** Time as the adapter sees it; tests hand in a manual one. */
export interface Timers {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  // Unref'd: a pending backoff or pacing wait must not keep a stopping process alive.
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
};

export interface Pacing {
  /** Minimum gap between two messages into the same chat (applied by the outbox's per-chat queue). */
  perChatMs: number;
  /** At most this many messages into one group per minute. */
  perGroupPerMinute: number;
  /** Minimum gap between any two messages the number sends, whatever the chat. */
  numberWideMs: number;
}

/**
 * WhatsApp bans numbers that burst messages into groups. The outbox gives every chat
 * its own ordered queue and applies this policy to it: a few seconds between messages,
 * a cap per minute in groups, and patient retries while the connection is restored.
 */
export function whatsappSendPolicy(pacing: Pacing): SendPolicy {
  return {
    pace: (chatId) =>
      isJidGroup(chatId)
        ? { minIntervalMs: pacing.perChatMs, maxPerWindow: pacing.perGroupPerMinute, windowMs: 60_000 }
        : { minIntervalMs: pacing.perChatMs },
    // 2 + 4 + 8 + 16 + 32 s: rides out a reconnect of about a minute.
    retries: 5,
    backoffMs: 2_000,
    maxBackoffMs: 60_000,
  };
}

/**
 * The per-chat queues run side by side, but they all leave from one phone number:
 * this keeps a gap between any two sends. The slot is reserved synchronously, so two
 * chats never get the same one.
 */
export class NumberWideGap {
  #next = 0;

  constructor(
    private readonly gapMs: number,
    private readonly timers: Timers,
  ) {}

  async waitTurn(): Promise<void> {
    const now = this.timers.now();
    const slot = Math.max(now, this.#next);
    this.#next = slot + this.gapMs;
    if (slot > now) await this.timers.sleep(slot - now);
  }
}
