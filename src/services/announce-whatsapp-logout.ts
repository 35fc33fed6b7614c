import type { Tx } from "../db.ts";
import type { OutgoingMessage } from "../core/types.ts";
import { resolvePersonTarget, type ChatTarget } from "./resolve-targets.ts";
import { dutch, translator, type Translate } from "../i18n/index.ts";

const WHATSAPP = "whatsapp";

/**
 * What to send when WhatsApp logged the bot's linked device out (after ~14 days without
 * the phone online): a note to the coördinator(s) of every wijk with a WhatsApp chat,
 * on a platform that still works — their direct chat there, or their group with a
 * mention. Coördinators only reachable on WhatsApp cannot be told (the log says so).
 */
export async function whatsappLogoutAnnouncements(tx: Tx, input: { platforms: readonly string[] }): Promise<OutgoingMessage[]> {
  const usable = (platform: string) => platform !== WHATSAPP && input.platforms.includes(platform);
  const chats = await tx.chat.findMany({ where: { platform: WHATSAPP }, select: { wijkId: true }, distinct: ["wijkId"] });
  const out: OutgoingMessage[] = [];
  const seen = new Set<string>();
  for (const { wijkId } of chats) {
    const wijk = await tx.wijk.findUnique({ where: { id: wijkId }, select: { name: true } });
    const coordinators = await tx.person.findMany({
      where: { wijkId, role: "coordinator", leftAt: null },
      include: { identities: true },
      orderBy: { createdAt: "asc" },
    });
    for (const person of coordinators) {
      const preferred = await resolvePersonTarget(tx, person.id);
      const target = preferred && usable(preferred.platform) ? preferred : await otherPlatformTarget(tx, person, usable);
      if (!target) continue;
      const key = `${target.platform}\u0000${target.chatId}\u0000${person.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = logoutText(wijk?.name, translator(person.language));
      out.push({
        platform: target.platform,
        chatId: target.chatId,
        text: target.viaGroup ? `@${person.displayName} ${text}` : text,
        ...(target.mentionIds.length ? { mentions: target.mentionIds } : {}),
      });
    }
  }
  return out;
}

/** The announcement in the coördinator's own language. */
export function logoutText(wijkName: string | undefined, t: Translate = dutch): string {
  return t("whatsappLogout.text", { wijk: wijkName ?? t("whatsappLogout.yourWijk") });
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
  return {
    platform: group.platform,
    chatId: group.externalId,
    viaGroup: true,
    mentionIds: person.identities.filter((i) => i.platform === group.platform).map((i) => i.externalId),
  };
}
