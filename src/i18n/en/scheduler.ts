import type { CatalogueText } from "../plural.ts";
import type { nlScheduler } from "../nl/scheduler.ts";

/** English texts of the scheduler's own messages (keys as in nl/scheduler.ts). */
export const enScheduler: Record<keyof typeof nlScheduler, CatalogueText> = {
  "scheduler.catchUp": "You should have had this from me earlier (oldest first):",
};
