import type { CatalogueText } from "../plural.ts";
import type { nlHoliday } from "../nl/holiday.ts";

/** English texts of holidays: when the bot stays quiet, and /vakantie (keys as in nl/holiday.ts). */
export const enHoliday: Record<keyof typeof nlHoliday, CatalogueText> = {
  "holiday.from": "give the first day",
  "holiday.to": "give start and end with t/m in between, for example 2026-07-18 t/m 2026-08-30",
  "holiday.none": "No holidays are planned. The coordinator sets one with /holiday 2026-07-18 t/m 2026-08-30.",
  "holiday.listTitle": "*Holidays (no deadline reminders)*",
  "holiday.line": "{n}. {from} to {to}",
  "holiday.what": "set holidays",
  "holiday.removed": "Holiday {from} to {to} is removed; reminders run as usual then.",
  "holiday.added": "🏖️ Holiday from {from} to {to}: I won't send deadline reminders then. Whatever falls in that period comes once on the first working day after.",
  "holiday.endBeforeStart": "The end date is before the start date. For example: /holiday 2026-07-18 t/m 2026-08-30",
  "holiday.tooLong": "A holiday lasts at most {days} days here. Is the year right?",
  "holiday.noSuchNumber": "There is no holiday number {number}. Type /holiday for the list.",
  "holiday.undoneAdded": "↩️ Holiday {from} to {to} undone: reminders run as usual then.",
  "holiday.undoneRemoved": "↩️ Undone: holiday {from} to {to} is back; I won't send deadline reminders then.",
};
