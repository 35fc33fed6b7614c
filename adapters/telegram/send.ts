import { GrammyError, HttpError, type Api } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { OutgoingMessage, SendPolicy, SentMessage } from "../../src/core/index.ts";
import { choicesKeyboard, splitForTelegram, toTelegramHtml, TELEGRAM_MAX_MESSAGE_CHARS } from "./format.ts";
import { TELEGRAM_PLATFORM } from "./parse.ts";
import { sendTelegramPoll } from "./poll.ts";

/**
 * Telegram's published limits: about one message a second per chat, and no more than
 * 20 a minute in a group (group chat ids are negative).
 */
export const TELEGRAM_SEND_POLICY: SendPolicy = {
  pace: (chatId) =>
    chatId.startsWith("-") ? { minIntervalMs: 1000, maxPerWindow: 20, windowMs: 60_000 } : { minIntervalMs: 1000 },
  retries: 4,
  backoffMs: 1000,
};

/** Sends, edits and pins through the Bot API; errors are translated for the outbox's retry logic. */
export function createTelegramSender(api: Api) {
  async function sendPart(chatId: string, text: string, other: Record<string, unknown>) {
    try {
      return await api.sendMessage(chatId, toTelegramHtml(text), { ...other, parse_mode: "HTML" });
    } catch (error) {
      // Our HTML is escaped, but should Telegram still refuse it, plain text beats silence.
      if (error instanceof GrammyError && /can't parse entities/i.test(error.description)) {
        return api.sendMessage(chatId, text, other).catch((e: unknown) => Promise.reject(toSendError(e)));
      }
      throw toSendError(error);
    }
  }

  return {
    async send(message: OutgoingMessage): Promise<SentMessage> {
      if (message.poll && !message.poll.closed) return sendTelegramPoll(api, { ...message, poll: message.poll }).catch((e: unknown) => Promise.reject(toSendError(e)));
      const parts = splitForTelegram(message.text);
      let lastId = 0;
      for (const [i, part] of parts.entries()) {
        const other: Record<string, unknown> = { link_preview_options: { is_disabled: true } };
        if (i === 0 && message.replyTo && /^\d+$/.test(message.replyTo)) {
          other.reply_parameters = { message_id: Number(message.replyTo), allow_sending_without_reply: true };
        }
        const keyboard = i === parts.length - 1 && message.choices ? choicesKeyboard(message.choices) : undefined;
        if (keyboard) other.reply_markup = keyboard;
        lastId = (await sendPart(message.chatId, part, other)).message_id;
      }
      return { platform: TELEGRAM_PLATFORM, chatId: message.chatId, messageId: String(lastId) };
    },

    async edit(sent: SentMessage, message: OutgoingMessage): Promise<void> {
      const text = message.text.slice(0, TELEGRAM_MAX_MESSAGE_CHARS);
      try {
        await api.editMessageText(sent.chatId, Number(sent.messageId), toTelegramHtml(text), {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
        });
      } catch (error) {
        // Editing to the same text is a no-op, not a failure.
        if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
        throw toSendError(error);
      }
    },

    async pin(sent: SentMessage): Promise<void> {
      await api.pinChatMessage(sent.chatId, Number(sent.messageId), { disable_notification: true }).catch((e: unknown) => {
        throw toSendError(e);
      });
    },

    async typing(chatId: string): Promise<void> {
      await api.sendChatAction(chatId, "typing");
    },

    /**
     * A pressed question once the press did its work: the line saying what was done and by
     * whom under its text (its formatting kept: the same entities), without the buttons.
     */
    async closeQuestion(question: { chatId: string; messageId: number; text?: string; entities?: MessageEntity[] }, outcome: string): Promise<void> {
      if (!question.text) return this.clearButtons(question.chatId, question.messageId);
      const text = `${question.text}\n\n${outcome}`.slice(0, TELEGRAM_MAX_MESSAGE_CHARS);
      await api
        .editMessageText(question.chatId, question.messageId, text, {
          ...(question.entities?.length ? { entities: question.entities } : {}),
          link_preview_options: { is_disabled: true },
          reply_markup: { inline_keyboard: [] },
        })
        .catch(() => undefined);
    },

    /** Removes the buttons under a question once one was tapped, so it is not answered twice. */
    async clearButtons(chatId: string, messageId: number): Promise<void> {
      await api.editMessageReplyMarkup(chatId, messageId, { reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
    },
  };
}

/**
 * The outbox's view of a Bot API failure: 429 carries Telegram's retry_after; other 4xx
 * (chat not found, bot kicked, bad request) cannot succeed on retry; network errors and
 * 5xx may.
 */
export function toSendError(error: unknown): Error {
  if (error instanceof GrammyError) {
    const retryAfterSeconds = error.parameters?.retry_after;
    const retryable = error.error_code === 429 || error.error_code >= 500;
    return Object.assign(error, {
      status: error.error_code,
      retryable,
      ...(retryAfterSeconds !== undefined ? { retryAfterMs: retryAfterSeconds * 1000 } : {}),
    });
  }
  if (error instanceof HttpError) return Object.assign(error, { retryable: true });
  return error instanceof Error ? error : new Error(String(error));
}
