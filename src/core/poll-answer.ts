import type { BotDeps } from "./bot-deps.ts";
import type { IncomingMessage, OutgoingMessage, PollAnswer, SentMessage } from "./types.ts";
import { errorForLog } from "./logger.ts";
import { findDatePollByPlatformId } from "../services/find-date-poll-by-platform-id.ts";
import { linkPlatformPoll } from "../services/link-platform-poll.ts";

/**
 * A vote in a platform's own poll (Telegram's poll_answer names only the poll and the voter):
 * found by the poll id stored when it was sent, then handled as the typed vote it stands for
 * (`/datumprikker stem 1 3`, or `geen` when withdrawn) in the poll's chat, through the whole
 * message path (who, permissions, history). A vote that went in needs no reply; a vote that
 * cannot (the poll was closed) gets its short answer in the chat.
 */
export async function handlePollAnswer(deps: BotDeps, handle: (message: IncomingMessage) => Promise<OutgoingMessage[]>, event: PollAnswer): Promise<OutgoingMessage[]> {
  const poll = await findDatePollByPlatformId(deps.db, event.pollId);
  if (!poll || poll.chat.platform !== event.platform) {
    deps.logger.info({ platform: event.platform }, "a vote in a poll wijkbot does not know; ignored");
    return [];
  }
  const numbers = event.optionIndexes.map((i) => i + 1);
  return handle({
    platform: event.platform,
    chatId: poll.chat.externalId,
    ...(poll.chat.title ? { chatTitle: poll.chat.title } : {}),
    isDirect: false,
    senderId: event.voterId,
    senderName: event.voterName,
    text: `/datumprikker stem ${numbers.length ? numbers.join(" ") : "geen"}`,
    messageId: event.eventId,
    at: event.at,
    pollRef: poll.ref,
    pollVote: true,
  });
}

/** A date poll went out as the platform's own poll: remember its id, so its votes find it (never throws). */
export async function rememberPlatformPoll(deps: Pick<BotDeps, "db" | "logger">, ref: string, sent: SentMessage): Promise<void> {
  if (!sent.pollId) return;
  try {
    await linkPlatformPoll(deps.db, { ref, platformPollId: sent.pollId });
  } catch (error) {
    deps.logger.error({ platform: sent.platform, err: errorForLog(error) }, "storing a platform poll id failed");
  }
}
