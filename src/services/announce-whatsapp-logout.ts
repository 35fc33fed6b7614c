import type { Tx } from "../db.ts";
import type { OutgoingMessage } from "../core/types.ts";
import { resolvePersonTargetOn } from "./resolve-targets.ts";
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
      const target = await resolvePersonTargetOn(tx, person, usable);
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
