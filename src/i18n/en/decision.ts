import type { CatalogueText } from "../plural.ts";
import type { nlDecision } from "../nl/decision.ts";

/** English texts of /besluit: decisions taken at a meeting (keys as in nl/decision.ts). */
export const enDecision: Record<keyof typeof nlDecision, CatalogueText> = {
  "decision.textShape": "what was decided? For example: /decision Sports day goes ahead agendapunt 3",
  "decision.textLong": "keep the decision short (at most 500 characters)",
  "decision.itemShape": "give the number from /agenda after 'agendapunt'",
  "decision.what": "record decisions",
  "decision.listTitle": "*Steering group decisions* (newest first)",
  "decision.listLine": "- {when}: {text}",
  "decision.listNone": "No decisions have been recorded yet. To record one (steering group): /decision <text> [item <nr>]",
  "decision.noted": "🏛️ Decision recorded{item}. {after}",
  "decision.atItem": " at \"{text}\" (dealt with)",
  "decision.sharedNow": "The meeting was already closed, so I'm sharing it with the action leads now.",
  "decision.sharedLater": "After the meeting I'll share the decisions with the action leads.",
  "decision.undone": "↩️ Decision “{text}” was taken back.",
  "decision.undoneShared": "↩️ Decision “{text}” was taken back. It had already been shared with the action leads: let them know.",
};
