import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie nieuw. */
export const nlNew = {
  "new.titleShort": "geef de actie een titel van minstens 3 tekens",
  "new.titleLong": "die titel is te lang (maximaal 200 tekens)",
  "new.pillarMissing": "noem na 'pijler' de naam van de pijler",
  "new.deadlineMissing": "noem na 'deadline' een datum",
  "new.ownerMissing": "noem na 'eigenaar' een persoon, bijvoorbeeld @Sanne",
  "new.partnerMissing": "noem na 'partner' een organisatie",
  "new.created": "🆕 {label} staat op gepland. Eigenaar: {owners}.{due}{hint}",
  "new.due": " Deadline: {date}.",
  "new.pillarHint": "\nTip: geef een pijler met /actie pijler <naam> <pijler>.",
} as const satisfies Record<string, CatalogueText>;
