import type { CatalogueText } from "../plural.ts";
import type { nlRecurrence } from "../nl/recurrence.ts";

/** English texts of how a repeating reminder's schedule reads (every day, every workday …) (keys as in nl/recurrence.ts). */
export const enRecurrence: Record<keyof typeof nlRecurrence, CatalogueText> = {
  "recurrence.daily": "every day at {time}",
  "recurrence.workdays": "every working day at {time}",
  "recurrence.weekly": "every {day} at {time}",
  "recurrence.monthlyWeekday": "every {nth} {day} of the month at {time}",
  "recurrence.monthlyDay": "on day {day} of every month at {time}",
  "recurrence.ordinals": "first second third fourth",
  "recurrence.last": "last",
};
