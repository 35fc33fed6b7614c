import type { CatalogueText } from "../plural.ts";
import type { nlHistory } from "../nl/history.ts";

/** English texts of the history lines of an action (keys as in nl/history.ts). */
export const enHistory: Record<keyof typeof nlHistory, CatalogueText> = {
  "history.created": "created",
  "history.createdUndone": "creation undone",
  "history.deleted": "deleted",
  "history.restored": "restored",
  "history.note": "progress: \"{text}\"",
  "history.noteUndone": "progress note undone",
  "history.undone": " (undone)",
};
