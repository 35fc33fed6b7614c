import type { CatalogueText } from "../plural.ts";
import type { nlTelegram } from "../nl/telegram.ts";

/** English texts of Telegram's command menu (keys as in nl/telegram.ts). */
export const enTelegram: Record<keyof typeof nlTelegram, CatalogueText> = {
  "telegram.menuSubs": "{subs} (type /help {command})",
  "telegram.menuAlso": " · also: {subs}",
};
