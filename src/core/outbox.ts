import type { Logger } from "./logger.ts";
import type { Adapter, OutgoingMessage, SentMessage } from "./types.ts";

/**
 * The one send path: every outgoing message — replies, reminders, digests, board
 * edits — goes through here to the adapter of its platform. Messages for a platform
 * without a running adapter are logged (never silently dropped).
 */
export class Outbox {
  readonly #adapters = new Map<string, Adapter>();

  constructor(private readonly logger: Logger) {}

  register(adapter: Adapter): void {
    this.#adapters.set(adapter.name, adapter);
  }

  adapter(platform: string): Adapter | undefined {
    return this.#adapters.get(platform);
  }

  platforms(): string[] {
    return [...this.#adapters.keys()];
  }

  /** Sends one message; resolves with the platform's reference, or undefined when it could not be sent. */
  async send(message: OutgoingMessage): Promise<SentMessage | undefined> {
    const adapter = this.#adapters.get(message.platform);
    if (!adapter) {
      this.logger.warn({ platform: message.platform }, "no adapter for platform; message not sent");
      return undefined;
    }
    try {
      if (message.text.length > 300) await adapter.typing?.(message.chatId).catch(() => undefined);
      return await adapter.send(message);
    } catch (error) {
      this.logger.error({ platform: message.platform, err: { name: (error as Error)?.name, message: (error as Error)?.message } }, "sending a message failed");
      return undefined;
    }
  }

  /** Edits a sent message where the platform can; otherwise returns false so the caller may post anew. */
  async edit(sent: SentMessage, message: OutgoingMessage): Promise<boolean> {
    const adapter = this.#adapters.get(sent.platform);
    if (!adapter?.edit) return false;
    try {
      await adapter.edit(sent, message);
      return true;
    } catch (error) {
      this.logger.error({ platform: sent.platform, err: { name: (error as Error)?.name, message: (error as Error)?.message } }, "editing a message failed");
      return false;
    }
  }
}
