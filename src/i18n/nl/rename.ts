import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie hernoem. */
export const nlRename = {
  "rename.short": "noem de actie en de nieuwe titel",
  "rename.long": "dat is te lang",
  "rename.twoParts": "noem de actie én de nieuwe titel",
  "rename.length": "Een titel heeft 3 tot 200 tekens.",
  "rename.exists": "Er bestaat al een actie \"{title}\".",
  "rename.done": "✏️ \"{from}\" heet nu \"{to}\".",
} as const satisfies Record<string, CatalogueText>;
