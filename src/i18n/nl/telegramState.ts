import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the Telegram connection's state on /status. */
export const nlTelegramState = {
  // /status for the coördinator (commands/status.ts)
  "telegramState.pollingStopped": "long polling gestopt",
} as const satisfies Record<string, CatalogueText>;
