import type { CatalogueText } from "../plural.ts";

/** Dutch texts of finding and guarding an action: which one is meant, who may change it. */
export const nlAction = {
  "action.noOwner": "nog niemand",
  "action.late": " ⚠️ te laat",
  "action.formerMember": "oud-lid",
  "action.twoParts": "Noem eerst de actie en dan wat er moet veranderen.",
  "action.which": "Welke actie bedoel je? Noem (een deel van) de naam.",
  "action.notFound": "Ik vind geen actie die lijkt op \"{query}\". Typ /acties om alle acties te zien.",
  "action.choose": "Welke actie bedoel je met \"{query}\"?",
  "action.chooseFirst": "Welke actie bedoel je met \"{query}\"? (de eerste {shown} van {total})",
  "action.exists": "Er bestaat al een actie \"{title}\". Kies een andere titel, of werk die actie bij.",
  "action.otherWijk": "Deze actie hoort niet bij jouw wijk.",
  "action.onlyOwners": "Alleen {owners} (eigenaar){pillar} of de coördinator kan \"{title}\" wijzigen.",
  "action.onlyOwnersPillar": ", de aanjager van {pillar}",
} as const satisfies Record<string, CatalogueText>;
