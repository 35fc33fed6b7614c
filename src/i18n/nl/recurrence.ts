import type { CatalogueText } from "../plural.ts";

/** Dutch texts of how a repeating reminder's schedule reads (every day, every workday …). */
export const nlRecurrence = {
  "recurrence.daily": "elke dag om {time}",
  "recurrence.workdays": "elke werkdag om {time}",
  "recurrence.weekly": "elke {day} om {time}",
  "recurrence.monthlyWeekday": "elke {nth} {day} van de maand om {time}",
  "recurrence.monthlyDay": "elke {day}e van de maand om {time}",
  "recurrence.ordinals": "eerste tweede derde vierde",
  "recurrence.last": "laatste",
} as const satisfies Record<string, CatalogueText>;
