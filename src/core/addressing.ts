import type { Tx } from "../db.ts";
import type { ChatKind } from "../domain.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import type { OutgoingMessage } from "./types.ts";

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

export interface ChatTarget {
  platform: string;
  chatId: string;
  /** Reached in a group instead of a DM: the text should start with an @mention. */
  viaGroup: boolean;
  /** Platform ids to mention (WhatsApp needs them to notify). */
  mentionIds: string[];
  /** The person's name, for the "@Naam" prefix when viaGroup. */
  displayName?: string;
}

/**
 * Where to reach a person: their direct chat with the bot when they have one, otherwise
 * the wijk's kartrekkers group with a mention. Null when neither exists.
 */
export async function resolvePersonTarget(tx: Tx, personId: string): Promise<ChatTarget | null> {
  const person = await tx.person.findUnique({ where: { id: personId }, include: { identities: true } });
  if (!person || person.leftAt) return null;
  const direct = await tx.chat.findFirst({ where: { wijkId: person.wijkId, kind: "direct", personId }, orderBy: { createdAt: "desc" } });
  if (direct) return { platform: direct.platform, chatId: direct.externalId, viaGroup: false, mentionIds: [] };
  const groups = await tx.chat.findMany({ where: { wijkId: person.wijkId, kind: "kartrekkers" }, orderBy: { createdAt: "asc" } });
  const group = groups.find((g) => person.identities.some((i) => i.platform === g.platform)) ?? groups[0];
  if (!group) return null;
  return { ...groupTarget(group, person.identities), displayName: person.displayName };
}

/**
 * resolvePersonTarget for several people at once (the scheduler's batch of recipients): the
 * same choice for each, in four queries instead of four per person. Absent from the map: not
 * reachable (left, unknown, or no chat).
 */
export async function resolvePersonTargets(tx: Tx, personIds: readonly string[]): Promise<Map<string, ChatTarget>> {
  const targets = new Map<string, ChatTarget>();
  if (!personIds.length) return targets;
  const { people, directs, groups } = await recipientsAndChats(tx, [...new Set(personIds)]);
  for (const person of people) {
    const direct = directs.find((c) => c.personId === person.id && c.wijkId === person.wijkId);
    if (direct) {
      targets.set(person.id, { platform: direct.platform, chatId: direct.externalId, viaGroup: false, mentionIds: [] });
      continue;
    }
    const own = groups.filter((g) => g.wijkId === person.wijkId);
    const group = own.find((g) => person.identities.some((i) => i.platform === g.platform)) ?? own[0];
    if (group) targets.set(person.id, { ...groupTarget(group, person.identities), displayName: person.displayName });
  }
  return targets;
}

type RecipientPerson = { id: string; wijkId: string; displayName: string; identities: { platform: string; externalId: string }[] };
type RecipientChat = { wijkId: string; personId: string | null; platform: string; externalId: string };

/**
 * The people who have not left, with their identities; their direct chats (newest first); their
 * wijken's kartrekkers groups (oldest first). Through the driver where there is one (three
 * statements, each id list one JSON parameter: no Prisma compile in the scheduler's tick), else Prisma.
 */
async function recipientsAndChats(tx: Tx, personIds: string[]): Promise<{ people: RecipientPerson[]; directs: RecipientChat[]; groups: RecipientChat[] }> {
  const driver = sqlOf(tx);
  if (!driver) {
    const people = (await tx.person.findMany({ where: { id: { in: personIds } }, include: { identities: true } })).filter((p) => !p.leftAt);
    const directs = await tx.chat.findMany({ where: { kind: "direct", personId: { in: people.map((p) => p.id) } }, orderBy: { createdAt: "desc" } });
    const groups = await tx.chat.findMany({ where: { wijkId: { in: [...new Set(people.map((p) => p.wijkId))] }, kind: "kartrekkers" }, orderBy: { createdAt: "asc" } });
    return { people, directs, groups };
  }
  const list = textList(driver);
  const rows = await driver.all<{ id: string; wijkId: string; displayName: string }>(`SELECT "id", "wijkId", "displayName" FROM "Person" WHERE "id" IN ${list} AND "leftAt" IS NULL`, [
    JSON.stringify(personIds),
  ]);
  const ids = JSON.stringify(rows.map((p) => p.id));
  const identities = await driver.all<{ personId: string; platform: string; externalId: string }>(`SELECT "personId", "platform", "externalId" FROM "Identity" WHERE "personId" IN ${list}`, [ids]);
  const people = rows.map((p) => ({ ...p, identities: identities.filter((i) => i.personId === p.id) }));
  const chat = `SELECT "wijkId", "personId", "platform", "externalId" FROM "Chat"`;
  const directs = await driver.all<RecipientChat>(`${chat} WHERE "kind" = 'direct' AND "personId" IN ${list} ORDER BY "createdAt" DESC`, [ids]);
  const groups = await driver.all<RecipientChat>(`${chat} WHERE "wijkId" IN ${list} AND "kind" = 'kartrekkers' ORDER BY "createdAt" ASC`, [
    JSON.stringify([...new Set(rows.map((p) => p.wijkId))]),
  ]);
  return { people, directs, groups };
}

/** All chats of a wijk of one kind (a wijk may have its group on several platforms). */
export async function resolveChatKindTargets(tx: Tx, wijkId: string, kind: ChatKind): Promise<ChatTarget[]> {
  // Through the driver where there is one (the scheduler's tick: no Prisma compile), else Prisma.
  const driver = sqlOf(tx);
  const chats = driver
    ? await driver.all<{ platform: string; externalId: string }>(`SELECT "platform", "externalId" FROM "Chat" WHERE "wijkId" = ? AND "kind" = ? ORDER BY "createdAt" ASC`, [wijkId, kind])
    : await tx.chat.findMany({ where: { wijkId, kind }, orderBy: { createdAt: "asc" } });
  return chats.map((c) => ({ platform: c.platform, chatId: c.externalId, viaGroup: false, mentionIds: [] }));
}

/**
 * Where to reach a person on a platform that works (`usable`): their usual target when it is
 * usable, else their direct chat on another platform, else a group of their wijk there (with
 * a mention). Null when none is usable.
 */
export async function resolvePersonTargetOn(
  tx: Tx,
  person: { id: string; wijkId: string; identities: { platform: string; externalId: string }[] },
  usable: (platform: string) => boolean,
): Promise<ChatTarget | null> {
  const preferred = await resolvePersonTarget(tx, person.id);
  return preferred && usable(preferred.platform) ? preferred : otherPlatformTarget(tx, person, usable);
}

/** The person's direct chat on another platform, else a group of their wijk there (with a mention). */
async function otherPlatformTarget(
  tx: Tx,
  person: { id: string; wijkId: string; identities: { platform: string; externalId: string }[] },
  usable: (platform: string) => boolean,
): Promise<ChatTarget | null> {
  const directs = await tx.chat.findMany({ where: { wijkId: person.wijkId, kind: "direct", personId: person.id }, orderBy: { createdAt: "desc" } });
  const direct = directs.find((c) => usable(c.platform));
  if (direct) return { platform: direct.platform, chatId: direct.externalId, viaGroup: false, mentionIds: [] };
  const groups = await tx.chat.findMany({ where: { wijkId: person.wijkId, kind: { in: ["kartrekkers", "stuurgroep"] } }, orderBy: { createdAt: "asc" } });
  const candidates = groups.filter((g) => usable(g.platform));
  const group = candidates.find((g) => person.identities.some((i) => i.platform === g.platform)) ?? candidates[0];
  if (!group) return null;
  return groupTarget(group, person.identities);
}

/** A person reached in a group: mentioned by their id(s) on the group's platform. */
function groupTarget(group: { platform: string; externalId: string }, identities: { platform: string; externalId: string }[]): ChatTarget {
  return {
    platform: group.platform,
    chatId: group.externalId,
    viaGroup: true,
    mentionIds: identities.filter((i) => i.platform === group.platform).map((i) => i.externalId),
  };
}
