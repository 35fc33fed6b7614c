import type { CatalogueText } from "../plural.ts";
import type { nlWho } from "../nl/who.ts";

/** English texts of /wie: who is who, and its filters (keys as in nl/who.ts). */
export const enWho: Record<keyof typeof nlWho, CatalogueText> = {
  "who.filter": "search for a pillar, organisation or name",
  "who.all": "*Who's who in {wijk}*",
  "who.pillar": "*Who works on {pillar}*",
  "who.org": "*Who is from {org}*",
  "who.found": "*Found*",
  "who.none": "I can't find anyone for \"{filter}\". Type /who for everyone.",
  "who.selfEdit": "Change how you are shown: /me <name>, <organisation>",
};
