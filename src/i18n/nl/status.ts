import type { CatalogueText } from "../plural.ts";

/** Dutch texts of statuses as words in a sentence, and /actie klaar|bezig|stop|parkeer. */
export const nlStatus = {
  // Roles and statuses as words in a sentence
  "status.gepland": "gepland",
  "status.bezig": "bezig",
  "status.klaar": "klaar",
  "status.gestopt": "gestopt",
  "status.geparkeerd": "geparkeerd",

  // /actie klaar|bezig|stop|parkeer (src/core/status-command.ts)
  "status.unchanged": "{label} stond al op {status}.",
  "status.changed": "{emoji} {label} staat op {status}. Eigenaar: {owners}.",
  "status.noName": "noem de actie die je bedoelt",
  "status.nameTooLong": "die naam is te lang",
  "status.noted": "📝 Notitie bij {label}: “{note}”",
} as const satisfies Record<string, CatalogueText>;
