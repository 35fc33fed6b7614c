import type { CatalogueText } from "../plural.ts";
import type { nlField } from "../nl/field.ts";

/** English texts of the names of an action's fields, as /actie info and the history show them (keys as in nl/field.ts). */
export const enField: Record<keyof typeof nlField, CatalogueText> = {
  "field.title": "title",
  "field.shortName": "short name",
  "field.status": "status",
  "field.deadline": "deadline",
  "field.startDate": "start date",
  "field.pillar": "pillar",
  "field.goal": "goal",
  "field.ageGroup": "age group",
  "field.reachIntended": "intended reach",
  "field.reachReached": "reached",
  "field.budgetPlanned": "planned",
  "field.budgetSpent": "spent",
  "field.owners": "owner",
  "field.partners": "partners",
};
