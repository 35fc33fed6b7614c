import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the follow-ups after a free-text change: corrections, undo, answers by name. */
export const nlFollowUp = {
  "followUp.corrected": "Gecorrigeerd:",
  "followUp.undidOther": "Oké, de vorige wijziging heb ik teruggedraaid.",
  "followUp.whichOther": "Welke actie bedoel je dan? Typ de naam.",
  "followUp.undoHint": "Wil je je laatste wijziging terugdraaien? Typ dan /ongedaan.",
  "followUp.undoAsk": "Zal ik je laatste wijziging terugdraaien? Antwoord met *ja* of *nee*.",
  "followUp.targetAsk": "Zal ik dat getal dan als beoogd aantal (het doel) zetten, in plaats van bereikt? Antwoord met *ja* of *nee*.",
  "followUp.oneNumber": "Dat zijn twee getallen. Welk getal moet ik noteren? Typ er één, bijvoorbeeld 18.",
  "followUp.partnerName": "Hoe heet de organisatie precies? Typ alleen de naam, dan zet ik hem erbij.",
  "followUp.ack": "👍",
} as const satisfies Record<string, CatalogueText>;
