import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie budget: what an action may spend and has spent. */
export const nlBudget = {
  "budget.name": "noem de actie",
  "budget.kind": "zeg of het bedrag begroot of besteed is",
  "budget.amount": "dat bedrag begrijp ik niet (bijvoorbeeld 2500 of € 1.250,50)",
  "budget.askKindAmount": "💶 Welk bedrag voor {label}, en is het begroot of besteed? Typ bijvoorbeeld: begroot 2500 of besteed 300.",
  "budget.askAmount": "💶 Welk bedrag {kind} voor {label}? Typ het bedrag (bijvoorbeeld 2500 of € 1.250,50).",
  "budget.set": "💶 {label}: begroot {planned}, besteed {spent}.",
} as const satisfies Record<string, CatalogueText>;
