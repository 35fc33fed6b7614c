import type { Bot } from "./bot.ts";
import type { Outbox } from "./outbox.ts";
import type { Adapter, IncomingMessage } from "./types.ts";

/**
 * Connects an adapter to the core: each incoming message is handled in arrival order and
 * its replies go out through the outbox (the one send path). Replies are queued in order
 * at once; a paced platform (one with a sendPolicy) does not wait for delivery, so a
 * retry backoff in one chat never holds up incoming messages. The unpaced console waits,
 * which keeps a transcript's output in line with its input.
 */
export async function connectAdapter(bot: Bot, adapter: Adapter, outbox: Outbox): Promise<void> {
  outbox.register(adapter);
  await adapter.start(async (message: IncomingMessage) => {
    const replies = await bot.handle(message);
    if (adapter.sendPolicy) {
      for (const reply of replies) void outbox.send(reply);
      return;
    }
    for (const reply of replies) await outbox.send(reply);
  });
}
