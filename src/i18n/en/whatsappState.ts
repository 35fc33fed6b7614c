import type { CatalogueText } from "../plural.ts";
import type { nlWhatsappState } from "../nl/whatsappState.ts";

/** English texts of the WhatsApp connection's state on /status (keys as in nl/whatsappState.ts). */
export const enWhatsappState: Record<keyof typeof nlWhatsappState, CatalogueText> = {
  "whatsappState.stoppedUnexpectedly": "the connection stopped unexpectedly; see the log",
  "whatsappState.replaced": "another program is using this WhatsApp link; restart wijkbot if that is not right",
  "whatsappState.forbidden": "WhatsApp refuses this number (possibly blocked)",
  "whatsappState.standby": "another process holds the WhatsApp connection",
  "whatsappState.attempt": "attempt {attempt}",
  "whatsappState.reconnecting": "connection lost (code {code}); retrying in {seconds} s",
  "whatsappState.enterPairingCode": "enter the pairing code on the phone",
  "whatsappState.scanQr": "scan the QR code with WhatsApp",
  "whatsappState.loggedOut": "WhatsApp logged out the linked phone; restart and link it again (QR code or pairing code)",
};
