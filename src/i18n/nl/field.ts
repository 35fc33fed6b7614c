import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the names of an action's fields, as /actie info and the history show them. */
export const nlField = {
  "field.title": "titel",
  "field.shortName": "korte naam",
  "field.status": "status",
  "field.deadline": "deadline",
  "field.startDate": "startdatum",
  "field.pillar": "pijler",
  "field.goal": "doel",
  "field.ageGroup": "doelgroep",
  "field.reachIntended": "beoogd bereik",
  "field.reachReached": "bereikt",
  "field.budgetPlanned": "begroot",
  "field.budgetSpent": "besteed",
  "field.owners": "eigenaar",
  "field.partners": "partners",
} as const satisfies Record<string, CatalogueText>;
