import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.ts";
import { Outbox, type GaveUp } from "../../src/core/outbox.ts";
import type { OutgoingMessage, SendPolicy } from "../../src/core/types.ts";
import { createRecordingAdapter } from "../helpers/recording-adapter.ts";

/**
 * The outbox hooks the scheduler's exactly-once bookkeeping relies on (issue 12, defects
 * 2, 4 and 5): a check right before each attempt, bookkeeping right after the platform took
 * the message — both in the chat's turn — and giving up a queued message without waiting.
 */
function platform(options: { fail?: number; sendPolicy?: SendPolicy } = {}) {
  /** What happened, in order: the tests' checks and bookkeeping, and each attempt the platform got. */
  const events: string[] = [];
  const held: (() => void)[] = [];
  let holding = false;
  const serviceUnavailable = Object.assign(new Error("503"), { status: 503 });
  const adapter = createRecordingAdapter({
    sendPolicy: options.sendPolicy ?? { retries: 2, backoffMs: 0 },
    beforeSend: async (message) => {
      if (holding && message.chatId === "groep") await new Promise<void>((resolve) => held.push(resolve));
      events.push(`attempt ${message.text}`);
    },
    fail: (attempt) => (attempt <= (options.fail ?? 0) ? serviceUnavailable : undefined),
    messageId: (message) => message.text,
  });
  return {
    adapter,
    events,
    /** The texts the platform took, in order. */
    sent: () => adapter.sent.map((m) => m.text),
    hold: () => (holding = true),
    release: () => {
      holding = false;
      for (const resume of held.splice(0)) resume();
    },
  };
}

const message = (text: string, chatId = "groep"): OutgoingMessage => ({ platform: "console", chatId, text });

describe("outbox send hooks", () => {
  it("runs the check right before each attempt and the bookkeeping right after, before the chat's next message", async () => {
    const p = platform({ fail: 1 });
    const outbox = new Outbox(silentLogger);
    outbox.register(p.adapter);
    const first = outbox.send(message("een"), {
      beforeAttempt: () => (p.events.push("check een"), true),
      afterSent: async (sent) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        p.events.push(`marked ${sent.messageId}`);
      },
    });
    const second = outbox.send(message("twee"), { beforeAttempt: () => (p.events.push("check twee"), true) });
    await Promise.all([first, second]);
    // The failed first attempt is checked again before its retry.
    expect(p.events).toEqual(["check een", "attempt een", "check een", "attempt een", "marked een", "check twee", "attempt twee"]);
    expect(p.sent()).toEqual(["een", "twee"]);
  });

  it("does not send, retry or dead-letter a message whose check says no; the chat's next message goes", async () => {
    const p = platform();
    const gaveUp: GaveUp[] = [];
    const outbox = new Outbox(silentLogger, undefined, { onGiveUp: (g) => void gaveUp.push(g) });
    outbox.register(p.adapter);
    const refused = await outbox.send(message("een"), { beforeAttempt: () => false });
    const failing = await outbox.send(message("twee"), {
      beforeAttempt: () => {
        throw new Error("database gone");
      },
    });
    const sent = await outbox.send(message("drie"));
    expect([refused, failing]).toEqual([undefined, undefined]);
    expect(sent?.messageId).toBe("drie");
    expect(p.events).toEqual(["attempt drie"]);
    expect(p.sent()).toEqual(["drie"]);
    expect(gaveUp).toEqual([]);
  });

  it("gives up a message still waiting for its turn at once when aborted, and skips it when the turn comes", async () => {
    const p = platform();
    const outbox = new Outbox(silentLogger);
    outbox.register(p.adapter);
    p.hold();
    const blocking = outbox.send(message("een"));
    const abort = new AbortController();
    const waiting = outbox.send(message("twee"), { signal: abort.signal, beforeAttempt: () => (p.events.push("check twee"), true) });
    // Another chat is not held up by the waiting one.
    const other = await outbox.send(message("elders", "andere chat"), { signal: abort.signal });
    expect(other?.messageId).toBe("elders");
    expect(outbox.busy("console", "groep")).toBe(true);
    abort.abort();
    expect(await waiting).toBeUndefined();
    p.release();
    await blocking;
    await outbox.idle();
    expect(p.events).toEqual(["attempt elders", "attempt een"]);
    expect(p.sent()).toEqual(["elders", "een"]);
    expect(outbox.busy("console", "groep")).toBe(false);
  });

  it("estimates a chat's wait from its queue and the platform's pace", () => {
    const outbox = new Outbox(silentLogger, { now: () => 0, sleep: () => new Promise(() => undefined) });
    const p = platform({ sendPolicy: { pace: (chatId) => (chatId === "groep" ? { maxPerWindow: 20, windowMs: 60_000 } : { minIntervalMs: 1000 }) } });
    outbox.register(p.adapter);
    expect(outbox.estimatedWaitMs("console", "groep")).toBe(0);
    for (let i = 0; i < 10; i++) void outbox.send(message(`m${i}`));
    expect(outbox.estimatedWaitMs("console", "groep")).toBe(10 * 3000);
    expect(outbox.estimatedWaitMs("console", "groep", 5)).toBe(15 * 3000);
    expect(outbox.estimatedWaitMs("console", "dm:henk", 2)).toBe(2000);
    expect(outbox.estimatedWaitMs("telegram", "groep")).toBe(0);
  });
});
