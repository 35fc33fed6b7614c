import type { CatalogueText } from "../plural.ts";
import type { nlUpdate } from "../nl/update.ts";

/** English texts of /actie update: progress notes on an action (keys as in nl/update.ts). */
export const enUpdate: Record<keyof typeof nlUpdate, CatalogueText> = {
  "update.short": "name the action and what happened",
  "update.long": "that update is too long (at most 1000 characters)",
  "update.twoParts": "name the action and what happened",
  "update.noted": "📝 Progress on {label} noted: \"{text}\"",
};
