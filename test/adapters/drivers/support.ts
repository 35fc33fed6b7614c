import { createServer } from "node:net";
import type { Adapter } from "../../../src/core/types.ts";
import type { Outbox } from "../../../src/core/outbox.ts";
import type { Harness } from "../../helpers/harness.ts";
import type { ContractDriver } from "../contract.ts";
import { createJoinCode } from "../../../src/services/create-join-code.ts";

/**
 * Counts the incoming messages the core has finished with (replies delivered), so a
 * driver can wait for exactly that instead of sleeping.
 */
export function trackHandled(adapter: Adapter, outbox: Outbox) {
  let handled = 0;
  let waiters: { count: number; resolve: () => void }[] = [];
  const start = adapter.start.bind(adapter);
  const counted = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const result = await work();
      // Paced platforms queue their replies without waiting for delivery.
      await outbox.idle();
      return result;
    } finally {
      handled++;
      waiters = waiters.filter((w) => (w.count <= handled ? (w.resolve(), false) : true));
    }
  };
  // A button press counts as a handled message too (it reaches the core through events.press).
  adapter.start = (onMessage, events) =>
    start((message) => counted(() => onMessage(message)), events && { ...events, ...(events.press ? { press: (m) => counted(() => events.press!(m)) } : {}) });
  return {
    get handled() {
      return handled;
    },
    /** Resolves once `count` messages in total have been handled. */
    waitFor(count: number, timeoutMs = 10_000): Promise<void> {
      if (handled >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${handled} of ${count} messages handled in ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** What a person sees of an HTML or Markdown formatted message: the plain text. */
export function visibleText(formatted: string): string {
  return formatted
    .replace(/<[^>]+>/g, "")
    .replace(/\*\*/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The driver's second chat ("other") bound as the wijk's stuurgroep chat by `chair`, who is
 * then made its voorzitter (the date poll tests put up a poll there).
 */
export async function bindStuurgroepChat(driver: ContractDriver, h: Harness, chair: string): Promise<void> {
  const code = await createJoinCode(h.db, { wijkId: h.wijkId, kind: "stuurgroep", now: h.clock.now() });
  await driver.sendText(chair, `/koppel ${code.code}`, { chat: "other" });
  const person = await h.db.person.findFirstOrThrow({ where: { wijkId: h.wijkId, displayName: chair } });
  await h.db.person.update({ where: { id: person.id }, data: { role: "voorzitter" } });
  await driver.replies();
}
