import type { CatalogueText } from "../plural.ts";

/** Dutch texts of status changes typed without a command (src/parse/free-text.ts). */
export const nlFree = {
  "free.empty": "Ja? Typ /help om te zien wat ik kan.",
  "free.whichAction": "Welke actie bedoel je? Typ bijvoorbeeld: /actie {sub} watertappunt",
  "free.whichStatus": "Staat de actie nu op klaar, bezig, gestopt of geparkeerd? Typ bijvoorbeeld: /actie klaar watertappunt",
  "free.what": "Wat kan ik voor je doen? Typ bijvoorbeeld /actie klaar watertappunt, /overzicht, of /help voor alles.",
} as const satisfies Record<string, CatalogueText>;
