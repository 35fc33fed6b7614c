import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /besluit: decisions taken at a meeting. */
export const nlDecision = {
  "decision.textShape": "wat is er besloten? Bijvoorbeeld: /besluit Sportdag gaat door agendapunt 3",
  "decision.textLong": "houd het besluit kort (maximaal 500 tekens)",
  "decision.itemShape": "noem na 'agendapunt' het nummer uit /agenda",
  "decision.what": "besluiten noteren",
  "decision.listTitle": "*Besluiten van de stuurgroep* (nieuwste eerst)",
  "decision.listLine": "- {when}: {text}",
  "decision.listNone": "Er zijn nog geen besluiten genoteerd. Noteren (stuurgroep): /besluit <tekst> [agendapunt <nr>]",
  "decision.noted": "🏛️ Besluit genoteerd{item}. {after}",
  "decision.atItem": " bij \"{text}\" (behandeld)",
  "decision.sharedNow": "De vergadering was al afgesloten, dus ik deel het nu met de kartrekkers.",
  "decision.sharedLater": "Na de vergadering deel ik de besluiten met de kartrekkers.",
  "decision.undone": "↩️ Besluit “{text}” is teruggedraaid.",
  "decision.undoneShared": "↩️ Besluit “{text}” is teruggedraaid. Het was al gedeeld met de kartrekkers: laat het ze even weten.",
} as const satisfies Record<string, CatalogueText>;
