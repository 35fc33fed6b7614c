import type { Db } from "../db.ts";

/** Unbound chats whose reference is kept in memory only (they are not stored: privacy, and no row to put it on). */
const MAX_UNBOUND_REFERENCES = 1000;

export interface ConversationReferenceStore {
  save(chatId: string, referenceJson: string): Promise<void>;
  load(chatId: string): Promise<string | undefined>;
}

/**
 * Where a platform adapter keeps the data it needs to write to a chat later (Teams:
 * the conversation reference), on `Chat.conversationRef`. Only bound chats are stored;
 * an unbound chat's reference stays in memory so the bot can still answer it (e.g. the
 * reply to /koppel), and is stored as soon as the chat turns out to be bound.
 */
export function createConversationReferenceStore(db: Db, platform: string): ConversationReferenceStore {
  /** What is in the database, so an unchanged reference costs no write. */
  const stored = new Map<string, string>();
  const unbound = new Map<string, string>();

  async function persist(chatId: string, referenceJson: string): Promise<boolean> {
    const { count } = await db.chat.updateMany({ where: { platform, externalId: chatId }, data: { conversationRef: referenceJson } });
    if (count) {
      stored.set(chatId, referenceJson);
      unbound.delete(chatId);
    }
    return count > 0;
  }

  return {
    async save(chatId, referenceJson) {
      if (stored.get(chatId) === referenceJson) return;
      if (await persist(chatId, referenceJson)) return;
      unbound.delete(chatId);
      unbound.set(chatId, referenceJson);
      if (unbound.size > MAX_UNBOUND_REFERENCES) unbound.delete(unbound.keys().next().value as string);
    },
    async load(chatId) {
      const row = await db.chat.findFirst({
        where: { platform, externalId: chatId, conversationRef: { not: null } },
        select: { conversationRef: true },
      });
      if (row?.conversationRef) return row.conversationRef;
      const remembered = unbound.get(chatId);
      // Bound since we last saw it (e.g. /koppel): store it now.
      if (remembered) await persist(chatId, remembered);
      return remembered;
    },
  };
}
