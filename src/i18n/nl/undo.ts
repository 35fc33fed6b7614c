import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /ongedaan. */
export const nlUndo = {
  "undo.unknownPerson": "Ik weet niet wie je bent, dus ook niet wat je laatste wijziging was.",
  "undo.nothing": "Er is niets om ongedaan te maken: je hebt nog niets gewijzigd.",
  "undo.done": "↩️ Teruggedraaid bij {label}: {what}.",
} as const satisfies Record<string, CatalogueText>;
