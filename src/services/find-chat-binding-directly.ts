import { Prisma } from "../generated/sqlite/client.ts";
import { columnsAs, pickRow, type Sql } from "../db/sql.ts";
import type { ChatRow, PersonRow, WijkRow } from "../db/rows.ts";

const CHAT = Prisma.ChatScalarFieldEnum;
const WIJK = Prisma.WijkScalarFieldEnum;
const PERSON = Prisma.PersonScalarFieldEnum;

/**
 * A chat's binding read through the driver (src/db/sql.ts) in one statement: the chat (the
 * oldest with this platform id), its wijk, and — when every platform id of the sender is
 * known in that wijk — the sender's person. The same rows and the same choice as the Prisma
 * read in findBindingReadOnly (src/core/bot-deps.ts), which every message makes; null when
 * no chat has this id.
 */
export async function findChatBindingDirectly(
  sql: Sql,
  input: { platform: string; chatId: string; senderIds: readonly string[] },
): Promise<{ chat: ChatRow; wijk: WijkRow; knownSender?: PersonRow } | null> {
  const ids = input.senderIds.length ? input.senderIds : [""];
  const rows = await sql.all<Record<string, unknown>>(
    `SELECT ${columnsAs("c", CHAT)}, ${columnsAs("w", WIJK)}, "i"."externalId" AS "i.externalId", ${columnsAs("p", PERSON)}
     FROM "Chat" "c" JOIN "Wijk" "w" ON "w"."id" = "c"."wijkId"
     LEFT JOIN "Identity" "i" ON "i"."wijkId" = "w"."id" AND "i"."platform" = ? AND "i"."externalId" IN (${ids.map(() => "?").join(", ")})
     LEFT JOIN "Person" "p" ON "p"."id" = "i"."personId"
     WHERE "c"."id" = (SELECT "id" FROM "Chat" WHERE "platform" = ? AND "externalId" = ? ORDER BY "createdAt" ASC LIMIT 1)`,
    [input.platform, ...ids, input.platform, input.chatId],
  );
  if (!rows.length) return null;
  const chat = pickRow<ChatRow>(rows[0], "c", CHAT)!;
  const wijk = pickRow<WijkRow>(rows[0], "w", WIJK)!;
  const people = rows.map((row) => pickRow<PersonRow>(row, "p", PERSON)).filter((p): p is PersonRow => p !== null);
  const known = new Set(rows.map((row) => row["i.externalId"]).filter((id) => id !== null));
  // As resolveSender decides: the first identity's person, when no id of the sender is missing.
  if (!input.senderIds.length || !input.senderIds.every((id) => known.has(id)) || !people.length) return { chat, wijk };
  if (people.every((p) => p.id === people[0].id)) return { chat, wijk, knownSender: people[0] };
  // Two ids of one sender that belong to two people: the first identity in the order Prisma's own read gets them.
  const [first] = await sql.all<{ personId: string }>(
    `SELECT "personId" FROM "Identity" WHERE "wijkId" = ? AND "platform" = ? AND "externalId" IN (${ids.map(() => "?").join(", ")})`,
    [wijk.id, input.platform, ...ids],
  );
  return { chat, wijk, knownSender: people.find((p) => p.id === first.personId)! };
}
