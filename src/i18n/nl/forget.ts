import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /vergeetmij: forgetting a person (AVG). */
export const nlForget = {
  "forget.question": "Weet je het zeker, {name}? Ik wis je naam, organisatie, rol, je herinneringen en je koppelingen met de bot, in elke wijk. Je acties en hun geschiedenis blijven, met \"{erased}\" als naam.",
  "forget.done": "Je gegevens zijn gewist. Bedankt voor je inzet! Wie je acties overneemt, regelt de coördinator.",
} as const satisfies Record<string, CatalogueText>;
