import type { CatalogueText } from "../plural.ts";
import type { nlDelete } from "../nl/delete.ts";

/** English texts of /actie verwijder (keys as in nl/delete.ts). */
export const enDelete: Record<keyof typeof nlDelete, CatalogueText> = {
  "delete.name": "name the action to delete",
  "delete.what": "delete actions",
  "delete.question": "Are you sure you want to delete {label}?",
  "delete.done": "🗑️ {label} was deleted. Its history is kept; /undo brings it back.",
};
