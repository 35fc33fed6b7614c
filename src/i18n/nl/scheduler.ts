import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the scheduler's own messages. */
export const nlScheduler = {
  "scheduler.catchUp": "Dit had je eerder van mij moeten krijgen (oudste eerst):",
} as const satisfies Record<string, CatalogueText>;
