import type { Tx } from "../db.ts";
import type { PersonRow } from "../db/rows.ts";
import { findOrphanedActions, type OrphanedAction } from "./find-orphaned-actions.ts";
import { markPersonLeft } from "./mark-person-left.ts";

export type ChatDepartureResult =
  | { kind: "ignored" }
  | {
      kind: "recorded";
      wijkId: string;
      person: PersonRow;
      chatKind: string;
      /** Gone from every group of the wijk on this platform: marked as left, as after /vertrek. */
      goneFromWijk: boolean;
      /** Their open actions that now have no owner (only when they left the wijk). */
      orphans: OrphanedAction[];
    };

/**
 * A platform reported that someone is no longer in a bound group chat (issue 12, defect 13).
 * They are marked as gone from that chat (once: a repeated report changes nothing). When
 * that leaves them in none of the wijk's groups on that platform, they leave the wijk as
 * after /vertrek — no more messages, not found by name, and in a direct chat no wijk data
 * (act step) — and their open actions without another owner are returned for the coördinator.
 * Someone who was already marked as left, or is unknown in the wijk, is ignored.
 */
export async function recordChatDeparture(
  tx: Tx,
  input: { platform: string; chatId: string; memberIds: string[]; at: Date },
): Promise<ChatDepartureResult> {
  const chat = await tx.chat.findFirst({ where: { platform: input.platform, externalId: input.chatId, kind: { not: "direct" } }, orderBy: { createdAt: "asc" } });
  if (!chat) return { kind: "ignored" };
  const identity = await tx.identity.findFirst({
    where: { wijkId: chat.wijkId, platform: input.platform, externalId: { in: input.memberIds } },
    include: { person: true },
  });
  const person = identity?.person;
  if (!person || person.leftAt) return { kind: "ignored" };
  const known = await tx.chatDeparture.findUnique({ where: { chatId_personId: { chatId: chat.id, personId: person.id } } });
  if (known) return { kind: "ignored" };
  await tx.chatDeparture.create({ data: { chatId: chat.id, personId: person.id, leftAt: input.at } });

  const groups = await tx.chat.findMany({ where: { wijkId: chat.wijkId, platform: input.platform, kind: { not: "direct" } }, select: { id: true } });
  const departedFrom = await tx.chatDeparture.count({ where: { personId: person.id, chatId: { in: groups.map((g) => g.id) } } });
  const goneFromWijk = departedFrom >= groups.length;
  if (!goneFromWijk) return { kind: "recorded", wijkId: chat.wijkId, person, chatKind: chat.kind, goneFromWijk, orphans: [] };
  await markPersonLeft(tx, { personId: person.id, at: input.at });
  const orphans = await findOrphanedActions(tx, { wijkId: chat.wijkId, formerOwnerId: person.id });
  return { kind: "recorded", wijkId: chat.wijkId, person, chatKind: chat.kind, goneFromWijk, orphans };
}
