import type { Api } from "grammy";
import type { PollAnswer as TelegramPollAnswer } from "grammy/types";
import type { OutgoingMessage, PollAnswer, PollCard, SentMessage } from "../../src/core/index.ts";
import { displayName, TELEGRAM_PLATFORM } from "./parse.ts";

/** Telegram's limits for a poll: the question up to 300 characters, 2 to 10 options of up to 100. */
const POLL_QUESTION_MAX_CHARS = 300;
const POLL_OPTION_MAX_CHARS = 100;

/**
 * A date poll as Telegram's own poll: not anonymous, so each vote reaches the bot as a
 * poll_answer with the voter; several answers allowed ("1 en 3"). Telegram shows the counts
 * and who voted itself, so the numbered text is not sent beside it.
 */
export async function sendTelegramPoll(api: Api, message: OutgoingMessage & { poll: PollCard }): Promise<SentMessage> {
  const { poll } = message;
  const sent = await api.sendPoll(
    message.chatId,
    poll.question.slice(0, POLL_QUESTION_MAX_CHARS),
    poll.options.map((o) => ({ text: o.label.slice(0, POLL_OPTION_MAX_CHARS) })),
    {
      is_anonymous: false,
      allows_multiple_answers: true,
      ...(message.replyTo && /^\d+$/.test(message.replyTo) ? { reply_parameters: { message_id: Number(message.replyTo), allow_sending_without_reply: true } } : {}),
    },
  );
  return { platform: TELEGRAM_PLATFORM, chatId: message.chatId, messageId: String(sent.message_id), ...(sent.poll ? { pollId: sent.poll.id } : {}) };
}

/**
 * A poll_answer update as the core's PollAnswer: who (a user; votes on behalf of a chat are
 * not a person and are ignored) chose which options (0-based; empty when the vote was
 * withdrawn). `updateId` makes a redelivered update recognisable.
 */
export function toPollAnswer(answer: TelegramPollAnswer, updateId: number, receivedAt: Date): PollAnswer | undefined {
  const user = answer.user;
  if (!user || user.is_bot) return undefined;
  return {
    platform: TELEGRAM_PLATFORM,
    pollId: answer.poll_id,
    voterId: String(user.id),
    voterName: displayName(user),
    optionIndexes: [...answer.option_ids],
    eventId: `poll_answer:${updateId}`,
    at: receivedAt,
  };
}
