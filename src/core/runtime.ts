import type { Bot } from "./bot.ts";
import type { Logger } from "./logger.ts";
import type { Adapter, IncomingMessage, OutgoingMessage } from "./types.ts";

/**
 * Connects an adapter to the core: every incoming message is handled in arrival order
 * per chat, and the replies go out through the adapter. A failing send is logged (no
 * message text), never thrown back into the adapter.
 */
export async function connectAdapter(bot: Bot, adapter: Adapter, logger: Logger): Promise<void> {
  await adapter.start(async (message: IncomingMessage) => {
    const replies = await bot.handle(message);
    for (const reply of replies) await sendSafely(adapter, reply, logger);
  });
}

export async function sendSafely(adapter: Adapter, message: OutgoingMessage, logger: Logger): Promise<boolean> {
  try {
    if (message.text.length > 300) await adapter.typing?.(message.chatId).catch(() => undefined);
    await adapter.send(message);
    return true;
  } catch (error) {
    logger.error({ adapter: adapter.name, err: { name: (error as Error)?.name, message: (error as Error)?.message } }, "sending a message failed");
    return false;
  }
}
