import type { CatalogueText } from "../plural.ts";
import type { nlWhatsappLogout } from "../nl/whatsappLogout.ts";

/** English texts of the message to the coördinator when WhatsApp logged the bot out (keys as in nl/whatsappLogout.ts). */
export const enWhatsappLogout: Record<keyof typeof nlWhatsappLogout, CatalogueText> = {
  "whatsappLogout.text": "⚠️ *WhatsApp is disconnected.*\nWhatsApp logged out the bot's number (this happens when the phone has been offline for about 14 days). I can't read or write in the WhatsApp groups of {wijk} now.\nTo fix it: switch on the bot number's phone, restart wijkbot and scan the new QR code (or enter the pairing code) via WhatsApp → Settings → Linked devices.",
  "whatsappLogout.yourWijk": "your neighbourhood",
};
