import type { CatalogueText } from "../plural.ts";
import type { nlStatus } from "../nl/status.ts";

/** English texts of statuses as words in a sentence, and /actie klaar|bezig|stop|parkeer (keys as in nl/status.ts). */
export const enStatus: Record<keyof typeof nlStatus, CatalogueText> = {
  "status.gepland": "planned",
  "status.bezig": "in progress",
  "status.klaar": "done",
  "status.gestopt": "stopped",
  "status.geparkeerd": "parked",

  "status.unchanged": "{label} was already {status}.",
  "status.changed": "{emoji} {label} is now {status}. Owner: {owners}.",
  "status.noName": "name the action you mean",
  "status.nameTooLong": "that name is too long",
  "status.noted": "📝 Note on {label}: “{note}”",
};
