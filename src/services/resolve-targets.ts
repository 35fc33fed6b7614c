import type { Tx } from "../db.ts";
import type { ChatKind } from "../domain.ts";

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
  const people = (await tx.person.findMany({ where: { id: { in: [...new Set(personIds)] } }, include: { identities: true } })).filter((p) => !p.leftAt);
  const directs = await tx.chat.findMany({ where: { kind: "direct", personId: { in: people.map((p) => p.id) } }, orderBy: { createdAt: "desc" } });
  const groups = await tx.chat.findMany({ where: { wijkId: { in: [...new Set(people.map((p) => p.wijkId))] }, kind: "kartrekkers" }, orderBy: { createdAt: "asc" } });
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

/** All chats of a wijk of one kind (a wijk may have its group on several platforms). */
export async function resolveChatKindTargets(tx: Tx, wijkId: string, kind: ChatKind): Promise<ChatTarget[]> {
  const chats = await tx.chat.findMany({ where: { wijkId, kind }, orderBy: { createdAt: "asc" } });
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
