import type { CatalogueText } from "../plural.ts";
import type { nlFree } from "../nl/free.ts";

/** English texts of status changes typed without a command (src/parse/free-text.ts) (keys as in nl/free.ts). */
export const enFree: Record<keyof typeof nlFree, CatalogueText> = {
  "free.empty": "Yes? Type /help to see what I can do.",
  "free.whichAction": "Which action do you mean? Type for example: /actie {sub} watertappunt",
  "free.whichStatus": "Is the action now done, in progress, stopped or parked? Type for example: /action done watertappunt",
  "free.what": "What can I do for you? Type for example /action done watertappunt, /overview, or /help for everything.",
};
