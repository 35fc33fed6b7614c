import { dutch, type Translate } from "../i18n/index.ts";

/** The note to a coördinator that WhatsApp logged the bot out, and how to link it again, in their language. */
export function renderWhatsAppLogout(wijkName: string | undefined, t: Translate = dutch): string {
  return t("whatsappLogout.text", { wijk: wijkName ?? t("whatsappLogout.yourWijk") });
}
