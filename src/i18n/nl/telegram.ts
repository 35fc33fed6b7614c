import type { CatalogueText } from "../plural.ts";

/** Dutch texts of Telegram's command menu. */
export const nlTelegram = {
  // /status for the coördinator (commands/status.ts)
  "telegram.menuSubs": "{subs} (typ /help {command})",
  "telegram.menuAlso": " · ook: {subs}",
} as const satisfies Record<string, CatalogueText>;
