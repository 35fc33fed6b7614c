import type { CatalogueText } from "../plural.ts";
import type { nlAge } from "../nl/age.ts";

/** English texts of /actie doelgroep: the age group an action is for (keys as in nl/age.ts). */
export const enAge: Record<keyof typeof nlAge, CatalogueText> = {
  "age.name": "name the action and the age group",
  "age.group": "choose an age group: 0-4, 4-12, 12+ or general",
  "age.askGroup": "👧 Which age group is {label} for? Type 0-4, 4-12, 12+ or general.",
  "age.set": "👧 Age group of {label}: {group}.",
  "age.general": "general",
  "age.years": "{group} years",
};
