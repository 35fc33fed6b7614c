import type { Bot } from "./bot.ts";
import type { Outbox } from "./outbox.ts";
import type { Adapter, IncomingMessage } from "./types.ts";

/**
 * Connects an adapter to the core: each incoming message is handled in arrival order and
 * its replies go out through the outbox (the one send path).
 */
export async function connectAdapter(bot: Bot, adapter: Adapter, outbox: Outbox): Promise<void> {
  outbox.register(adapter);
  await adapter.start(async (message: IncomingMessage) => {
    const replies = await bot.handle(message);
    for (const reply of replies) await outbox.send(reply);
  });
}
