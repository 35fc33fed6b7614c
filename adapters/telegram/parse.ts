import type { CallbackQuery, Chat, Message, MessageEntity, User } from "grammy/types";
import type { IncomingMessage, MemberLeft, Mention } from "../../src/core/index.ts";
import { readCallbackData } from "./format.ts";

export const TELEGRAM_PLATFORM = "telegram";

/**
 * A Telegram text message as the core's IncomingMessage, or undefined for what the
 * bot does not read (other bots, service messages, media without text).
 */
export function toIncoming(message: Message, botUsername: string | undefined, receivedAt: Date): IncomingMessage | undefined {
  const from = message.from;
  if (!from || from.is_bot || typeof message.text !== "string") return undefined;
  const entities = message.entities ?? [];
  const botHandle = botUsername ? `@${botUsername.toLowerCase()}` : undefined;
  const mentions: Mention[] = [];
  let mentionsBot = false;
  const botMentionRanges: MessageEntity[] = [];
  for (const entity of entities) {
    if (entity.type === "mention") {
      const handle = message.text.slice(entity.offset, entity.offset + entity.length);
      if (botHandle && handle.toLowerCase() === botHandle) {
        mentionsBot = true;
        botMentionRanges.push(entity);
      } else {
        // Only the @username is known; the core matches it on name.
        mentions.push({ id: handle.slice(1).toLowerCase(), name: handle.slice(1) });
      }
    } else if (entity.type === "text_mention") {
      mentions.push({ id: String(entity.user.id), name: displayName(entity.user) });
    }
  }
  const isDirect = message.chat.type === "private";
  const reply = message.reply_to_message;
  return {
    platform: TELEGRAM_PLATFORM,
    chatId: String(message.chat.id),
    chatTitle: "title" in message.chat ? message.chat.title : undefined,
    isDirect,
    senderId: String(from.id),
    senderName: displayName(from),
    text: removeRanges(message.text, botMentionRanges),
    messageId: String(message.message_id),
    at: receivedAt,
    mentions,
    // In a direct chat every message is meant for the bot.
    mentionsBot: mentionsBot || isDirect,
    ...(reply ? { quoted: { messageId: String(reply.message_id), ...(reply.text ? { text: reply.text } : {}) } } : {}),
    ...(reply?.from?.is_bot && botUsername && reply.from.username?.toLowerCase() === botUsername.toLowerCase() ? { repliesToBot: true } : {}),
  };
}

/** A tap on an inline button: its data for the core to look up, from the same person in the same chat. */
export function choiceToIncoming(query: CallbackQuery, receivedAt: Date): IncomingMessage | undefined {
  const chat = query.message?.chat;
  if (!chat || typeof query.data !== "string" || query.from.is_bot) return undefined;
  const { answer, promptRef } = readCallbackData(query.data);
  return {
    platform: TELEGRAM_PLATFORM,
    chatId: String(chat.id),
    chatTitle: "title" in chat ? chat.title : undefined,
    isDirect: chat.type === "private",
    senderId: String(query.from.id),
    senderName: displayName(query.from),
    text: answer,
    messageId: `callback-${query.id}`,
    at: receivedAt,
    isChoiceAnswer: true,
    promptRef,
  };
}

/**
 * Someone gone from a group — a `left_chat_member` service message, or a `chat_member`
 * update whose new status is "left" or "kicked" — as the core's MemberLeft. Bots (the bot
 * itself among them) are not members.
 */
export function toMemberLeft(chat: Chat, user: User, at: Date): MemberLeft | undefined {
  if (user.is_bot || chat.type === "private" || chat.type === "channel") return undefined;
  return { platform: TELEGRAM_PLATFORM, chatId: String(chat.id), memberId: String(user.id), at };
}

export function displayName(user: User): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ") || user.username || "Onbekend";
}

function removeRanges(text: string, ranges: MessageEntity[]): string {
  let out = text;
  for (const r of [...ranges].sort((a, b) => b.offset - a.offset)) out = out.slice(0, r.offset) + out.slice(r.offset + r.length);
  return out.replace(/^[\s,:]+/, "").replace(/\s{2,}/g, " ").trim();
}
