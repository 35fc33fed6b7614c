import type { CatalogueText } from "../plural.ts";
import type { nlFollowUp } from "../nl/followUp.ts";

/** English texts of the follow-ups after a free-text change: corrections, undo, answers by name (keys as in nl/followUp.ts). */
export const enFollowUp: Record<keyof typeof nlFollowUp, CatalogueText> = {
  "followUp.corrected": "Corrected:",
  "followUp.undidOther": "OK, I've undone the previous change.",
  "followUp.whichOther": "Which action do you mean then? Type its name.",
  "followUp.undoHint": "Do you want to undo your last change? Then type /undo.",
  "followUp.undoAsk": "Shall I undo your last change? Answer *yes* or *no*.",
  "followUp.targetAsk": "Shall I set that number as the intended count (the goal) instead of reached? Answer *yes* or *no*.",
  "followUp.oneNumber": "That is two numbers. Which one shall I record? Type one, for example 18.",
  "followUp.partnerName": "What is the organisation called exactly? Type just its name and I will add it.",
  "followUp.ack": "👍",
};
