import type { Tx } from "../db.ts";
import type { ChatRow, WijkRow } from "../db/rows.ts";

export interface ChatBinding {
  chat: ChatRow;
  wijk: WijkRow;
}

/**
 * The wijk a chat belongs to. A group chat is bound with /koppel; a direct chat is
 * bound on first use to the wijk the sender is known in (the first one, when several).
 */
export async function findChatBinding(
  tx: Tx,
  input: { platform: string; chatId: string; isDirect: boolean; senderIds: string[]; now?: Date },
): Promise<ChatBinding | null> {
  const chat = await tx.chat.findFirst({
    where: { platform: input.platform, externalId: input.chatId },
    include: { wijk: true },
    orderBy: { createdAt: "asc" },
  });
  if (chat) {
    const { wijk, ...row } = chat;
    return { chat: row, wijk };
  }
  if (!input.isDirect) return null;
  const identity = await tx.identity.findFirst({
    where: { platform: input.platform, externalId: { in: input.senderIds } },
    include: { wijk: true },
    orderBy: { person: { createdAt: "asc" } },
  });
  if (!identity) return null;
  const created = await tx.chat.create({
    data: {
      wijkId: identity.wijkId,
      platform: input.platform,
      externalId: input.chatId,
      kind: "direct",
      personId: identity.personId,
      // The wall clock of the bot (injectable), not the database's: a direct chat begins when its first message came.
      ...(input.now ? { createdAt: input.now } : {}),
    },
  });
  return { chat: created, wijk: identity.wijk };
}
