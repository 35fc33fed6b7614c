import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie doelgroep: the age group an action is for. */
export const nlAge = {
  "age.name": "noem de actie en de doelgroep",
  "age.group": "kies als doelgroep 0-4, 4-12, 12+ of algemeen",
  "age.askGroup": "👧 Voor welke leeftijd is {label}? Typ 0-4, 4-12, 12+ of algemeen.",
  "age.set": "👧 Doelgroep van {label}: {group}.",
  "age.general": "algemeen",
  "age.years": "{group} jaar",
} as const satisfies Record<string, CatalogueText>;
