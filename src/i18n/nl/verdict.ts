import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the answers to the mid-year check-in. */
export const nlVerdict = {
  // The mid-year check-in
  "verdict.op-koers": "op koers",
  "verdict.loopt-achter": "loopt achter",
  "verdict.stoppen": "stoppen",
} as const satisfies Record<string, CatalogueText>;
