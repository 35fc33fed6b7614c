import type { Tx } from "../db.ts";
import type { ChatKind } from "../domain.ts";
import type { OutgoingMessage } from "./types.ts";
import { resolveChatKindTargets, resolvePersonTarget, type ChatTarget } from "../services/resolve-targets.ts";

/**
 * Who a message is for: a person (their direct chat with the bot, else the kartrekkers group
 * with an @mention), a wijk's group(s) of one kind, or one bound chat (Chat.id).
 */
export type Recipient = { personId: string } | { chatKind: ChatKind } | { chatId: string };

/**
 * The chats a recipient is reached in: none when they cannot be reached (a person who left or
 * has no chat, a wijk without that group, or no wijk for a group or chat).
 */
export async function recipientTargets(tx: Tx, recipient: Recipient, wijkId: string | undefined): Promise<ChatTarget[]> {
  if ("personId" in recipient) {
    const target = await resolvePersonTarget(tx, recipient.personId);
    return target ? [target] : [];
  }
  if (!wijkId) return [];
  if ("chatKind" in recipient) return resolveChatKindTargets(tx, wijkId, recipient.chatKind);
  const chat = await tx.chat.findFirst({ where: { id: recipient.chatId, wijkId } });
  return chat ? [{ platform: chat.platform, chatId: chat.externalId, viaGroup: false, mentionIds: [] }] : [];
}

/** The message for one target: a person reached in a group is named first ("@Naam …") and mentioned. */
export function addressedMessage(target: ChatTarget, text: string): OutgoingMessage {
  return {
    platform: target.platform,
    chatId: target.chatId,
    text: target.viaGroup && target.displayName ? `@${target.displayName} ${text}` : text,
    ...(target.mentionIds.length ? { mentions: target.mentionIds } : {}),
  };
}
