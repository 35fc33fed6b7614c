import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie update: progress notes on an action. */
export const nlUpdate = {
  "update.short": "noem de actie en wat er gebeurd is",
  "update.long": "die update is te lang (maximaal 1000 tekens)",
  "update.twoParts": "noem de actie én wat er gebeurd is",
  "update.noted": "📝 Voortgang bij {label} genoteerd: \"{text}\"",
} as const satisfies Record<string, CatalogueText>;
