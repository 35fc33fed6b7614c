import type { Tx } from "../db.ts";
import type { OutgoingMessage } from "../core/types.ts";
import { messagesToCoordinators } from "./notify-coordinators.ts";
import { renderWhatsAppLogout } from "../render/whatsapp-logout.ts";

const WHATSAPP = "whatsapp";

/**
 * What to send when WhatsApp logged the bot's linked device out (after ~14 days without
 * the phone online): a note to the coördinator(s) of every wijk with a WhatsApp chat,
 * on a platform that still works — their direct chat there, or their group with a
 * mention. Coördinators only reachable on WhatsApp cannot be told (the log says so).
 */
export async function whatsappLogoutAnnouncements(tx: Tx, input: { platforms: readonly string[] }): Promise<OutgoingMessage[]> {
  const chats = await tx.chat.findMany({ where: { platform: WHATSAPP }, select: { wijkId: true }, distinct: ["wijkId"] });
  return messagesToCoordinators(tx, {
    wijkIds: chats.map((c) => c.wijkId),
    platforms: input.platforms.filter((p) => p !== WHATSAPP),
    text: (t, wijkName) => renderWhatsAppLogout(wijkName, t),
  });
}

