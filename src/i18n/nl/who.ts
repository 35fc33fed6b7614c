import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /wie: who is who, and its filters. */
export const nlWho = {
  "who.filter": "zoek op een pijler, organisatie of naam",
  "who.all": "*Wie is wie in {wijk}*",
  "who.pillar": "*Wie werkt aan {pillar}*",
  "who.org": "*Wie is er van {org}*",
  "who.found": "*Gevonden*",
  "who.none": "Ik vind niemand bij \"{filter}\". Typ /wie voor iedereen.",
  "who.selfEdit": "Zelf aanpassen hoe je getoond wordt: /ik <naam>, <organisatie>",
} as const satisfies Record<string, CatalogueText>;
