import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /overzicht: the overview link and the overview pinned in a group. */
export const nlOverview = {
  "overview.pinWhat": "het overzicht vastzetten",
  "overview.pinned": "📌 Ik zet het overzicht hier vast. Bij elke wijziging werk ik dat ene bericht bij, zonder nieuwe berichten.",
  "overview.pinGroupOnly": "Het overzicht vastzetten kan alleen in een groep. Typ /overzicht vastzetten in de groep van je wijk.",
  "overview.linkWhat": "een nieuwe link voor het overzicht maken",
  "overview.newLink": "🔗 Nieuwe link naar het overzicht van {wijk}:\n{link}\nDe oude link werkt niet meer. Deel de nieuwe alleen met de mensen van de wijk.",
} as const satisfies Record<string, CatalogueText>;
