import type { Sql } from "../db/sql.ts";
import type { ChatRow, PersonRow, WijkRow } from "./rows.ts";

/**
 * A chat's binding read through the driver (src/db/sql.ts): the chat (the oldest with this
 * platform id), its wijk, and — when every platform id of the sender is known in that wijk —
 * the sender's person. The same rows and the same choice as the Prisma read in
 * findBindingReadOnly (src/core/bot-deps.ts), which every message makes; null when no chat
 * has this id.
 */
export async function findChatBindingDirectly(
  sql: Sql,
  input: { platform: string; chatId: string; senderIds: readonly string[] },
): Promise<{ chat: ChatRow; wijk: WijkRow; knownSender?: PersonRow } | null> {
  const [chat] = await sql.all<ChatRow>(`SELECT * FROM "Chat" WHERE "platform" = ? AND "externalId" = ? ORDER BY "createdAt" ASC LIMIT 1`, [input.platform, input.chatId]);
  if (!chat) return null;
  const [wijk] = await sql.all<WijkRow>(`SELECT * FROM "Wijk" WHERE "id" = ?`, [chat.wijkId]);
  if (!wijk) return null;
  if (!input.senderIds.length) return { chat, wijk };
  const identities = await sql.all<{ externalId: string; personId: string }>(
    `SELECT "externalId", "personId" FROM "Identity" WHERE "wijkId" = ? AND "platform" = ? AND "externalId" IN (${input.senderIds.map(() => "?").join(", ")})`,
    [wijk.id, input.platform, ...input.senderIds],
  );
  // As resolveSender decides: the first identity's person, when no id of the sender is missing.
  if (!identities.length || !input.senderIds.every((id) => identities.some((i) => i.externalId === id))) return { chat, wijk };
  const [knownSender] = await sql.all<PersonRow>(`SELECT * FROM "Person" WHERE "id" = ?`, [identities[0].personId]);
  return knownSender ? { chat, wijk, knownSender } : { chat, wijk };
}
