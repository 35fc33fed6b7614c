import { createHash } from "node:crypto";
import type { Tx } from "../db.ts";
import type { GaveUp } from "../core/outbox.ts";

/** Dead letters are evidence for the coördinator, not an archive: older ones are removed. */
export const DEAD_LETTER_RETENTION_MS = 30 * 24 * 60 * 60_000;

/** Chat ids are stored hashed: a WhatsApp DM id is a phone number. */
export function chatHash(platform: string, chatId: string): string {
  return createHash("sha256").update(`${platform}\u0000${chatId}`).digest("hex").slice(0, 16);
}

/**
 * Stores a message the outbox gave up on, with the wijk of its chat when the chat is
 * bound (group chats; a DM through the person's identity), so /status can show it.
 */
export async function recordDeadLetter(db: Tx, giveUp: GaveUp, at: Date): Promise<void> {
  const wijkId = await wijkOfChat(db, giveUp.platform, giveUp.chatId);
  const reason = [giveUp.error.name, giveUp.error.status].filter((part) => part !== undefined && part !== "").join(" ") || null;
  await db.deadLetter.create({
    data: {
      wijkId,
      platform: giveUp.platform,
      chatHash: chatHash(giveUp.platform, giveUp.chatId),
      what: giveUp.what,
      reason: reason?.slice(0, 120) ?? null,
      attempts: giveUp.attempts,
      createdAt: at,
    },
  });
  await db.deadLetter.deleteMany({ where: { createdAt: { lt: new Date(at.getTime() - DEAD_LETTER_RETENTION_MS) } } });
}

async function wijkOfChat(db: Tx, platform: string, chatId: string): Promise<string | null> {
  const chat = await db.chat.findFirst({ where: { platform, externalId: chatId }, select: { wijkId: true } });
  if (chat) return chat.wijkId;
  // A DM without a chat row: the person it goes to is known by their platform identity.
  const dmOwner = chatId.startsWith("dm:") ? chatId.slice(3) : chatId;
  const identity = await db.identity.findFirst({ where: { platform, externalId: dmOwner }, select: { wijkId: true } });
  return identity?.wijkId ?? null;
}
