import type { CatalogueText } from "../plural.ts";
import type { nlTelegramState } from "../nl/telegramState.ts";

/** English texts of the Telegram connection's state on /status (keys as in nl/telegramState.ts). */
export const enTelegramState: Record<keyof typeof nlTelegramState, CatalogueText> = {
  "telegramState.pollingStopped": "long polling stopped",
};
