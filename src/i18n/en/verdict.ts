import type { CatalogueText } from "../plural.ts";
import type { nlVerdict } from "../nl/verdict.ts";

/** English texts of the answers to the mid-year check-in (keys as in nl/verdict.ts). */
export const enVerdict: Record<keyof typeof nlVerdict, CatalogueText> = {
  "verdict.op-koers": "on track",
  "verdict.loopt-achter": "behind",
  "verdict.stoppen": "stop",
};
