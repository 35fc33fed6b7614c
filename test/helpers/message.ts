import type { IncomingMessage, Mention } from "../../src/core/types.ts";
import { consoleId } from "../../src/services/seed-demo-wijk.ts";

export interface MessageOptions {
  /** The chat's name: "kartrekkers" unless given; "dm" is the sender's private chat with the bot. */
  chat?: string;
  /** Unique unless given (the core drops a message id it has seen in the chat). */
  messageId?: string;
  platform?: string;
  isDirect?: boolean;
  /** Every @word in the text unless given. */
  mentions?: Mention[];
  mentionsBot?: boolean;
  /** The message is a reply to one of the bot's own messages. */
  repliesToBot?: boolean;
}

let counter = 0;

/**
 * A message from `name` as the console adapter delivers it to the core: the demo wijk's people
 * by name (their console id), every @word a mention. The one builder of incoming messages in the tests.
 */
export function consoleMessage(name: string, text: string, at: Date, options: MessageOptions = {}): IncomingMessage {
  const chat = options.chat ?? "kartrekkers";
  const isDirect = options.isDirect ?? chat === "dm";
  return {
    platform: options.platform ?? "console",
    chatId: isDirect ? `dm:${consoleId(name)}` : chat,
    chatTitle: chat,
    isDirect,
    senderId: consoleId(name),
    senderName: name,
    text,
    messageId: options.messageId ?? `m${++counter}`,
    at,
    mentions: options.mentions ?? [...text.matchAll(/@([\p{L}][\p{L}\p{N}_-]*)/gu)].map((m) => ({ id: m[1].toLowerCase(), name: m[1] })),
    mentionsBot: options.mentionsBot,
    repliesToBot: options.repliesToBot,
  };
}
