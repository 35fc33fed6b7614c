import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the WhatsApp connection's state on /status. */
export const nlWhatsappState = {
  // /status for the coördinator (commands/status.ts)
  "whatsappState.stoppedUnexpectedly": "de verbinding is onverwacht gestopt; zie de log",
  "whatsappState.replaced": "een ander programma gebruikt deze WhatsApp-koppeling; herstart wijkbot als dat niet klopt",
  "whatsappState.forbidden": "WhatsApp weigert dit nummer (mogelijk geblokkeerd)",
  "whatsappState.standby": "een ander proces houdt de WhatsApp-verbinding",
  "whatsappState.attempt": "poging {attempt}",
  "whatsappState.reconnecting": "verbinding verbroken (code {code}); opnieuw over {seconds} s",
  "whatsappState.enterPairingCode": "vul de koppelcode in op de telefoon",
  "whatsappState.scanQr": "scan de QR-code met WhatsApp",
  "whatsappState.loggedOut": "WhatsApp heeft de gekoppelde telefoon uitgelogd; start opnieuw en koppel opnieuw (QR-code of koppelcode)",
} as const satisfies Record<string, CatalogueText>;
