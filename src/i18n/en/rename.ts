import type { CatalogueText } from "../plural.ts";
import type { nlRename } from "../nl/rename.ts";

/** English texts of /actie hernoem (keys as in nl/rename.ts). */
export const enRename: Record<keyof typeof nlRename, CatalogueText> = {
  "rename.short": "name the action and the new title",
  "rename.long": "that is too long",
  "rename.twoParts": "name the action and the new title",
  "rename.length": "A title has 3 to 200 characters.",
  "rename.exists": "There already is an action \"{title}\".",
  "rename.done": "✏️ \"{from}\" is now called \"{to}\".",
};
