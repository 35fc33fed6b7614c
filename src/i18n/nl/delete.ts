import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie verwijder. */
export const nlDelete = {
  "delete.name": "noem de actie die weg moet",
  "delete.what": "acties verwijderen",
  "delete.question": "Weet je zeker dat je {label} wilt verwijderen?",
  "delete.done": "🗑️ {label} is verwijderd. De geschiedenis blijft bewaard; /ongedaan zet hem terug.",
} as const satisfies Record<string, CatalogueText>;
