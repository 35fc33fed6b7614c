import type { CatalogueText } from "../plural.ts";
import type { nlUndo } from "../nl/undo.ts";

/** English texts of /ongedaan (keys as in nl/undo.ts). */
export const enUndo: Record<keyof typeof nlUndo, CatalogueText> = {
  "undo.unknownPerson": "I don't know who you are, so I don't know your last change either.",
  "undo.nothing": "There is nothing to undo: you haven't changed anything yet.",
  "undo.done": "↩️ Undone on {label}: {what}.",
};
