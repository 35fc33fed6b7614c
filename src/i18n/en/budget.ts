import type { CatalogueText } from "../plural.ts";
import type { nlBudget } from "../nl/budget.ts";

/** English texts of /actie budget: what an action may spend and has spent (keys as in nl/budget.ts). */
export const enBudget: Record<keyof typeof nlBudget, CatalogueText> = {
  "budget.name": "name the action",
  "budget.kind": "say whether the amount is planned (begroot) or spent (besteed)",
  "budget.amount": "I don't understand that amount (for example 2500 or € 1,250.50)",
  "budget.askKindAmount": "💶 What amount for {label}, and is it planned (begroot) or spent (besteed)? Type for example: begroot 2500 or besteed 300.",
  "budget.askAmount": "💶 What amount {kind} for {label}? Type the amount (for example 2500 or € 1,250.50).",
  "budget.set": "💶 {label}: planned {planned}, spent {spent}.",
};
