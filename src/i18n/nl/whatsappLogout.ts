import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the message to the coördinator when WhatsApp logged the bot out. */
export const nlWhatsappLogout = {
  // To the coördinator when WhatsApp logged the bot out (src/services/announce-whatsapp-logout.ts)
  "whatsappLogout.text": "⚠️ *WhatsApp is ontkoppeld.*\nWhatsApp heeft het botnummer uitgelogd (dat gebeurt als de telefoon ongeveer 14 dagen niet online was). In de WhatsApp-groepen van {wijk} lees en schrijf ik nu niets.\nZo los je het op: zet de telefoon van het botnummer aan, herstart wijkbot en scan de nieuwe QR-code (of vul de koppelcode in) via WhatsApp → Instellingen → Gekoppelde apparaten.",
  "whatsappLogout.yourWijk": "je wijk",
} as const satisfies Record<string, CatalogueText>;
