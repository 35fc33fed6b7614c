import type { CatalogueText } from "../plural.ts";
import type { nlCheckin } from "../nl/checkin.ts";

/** English texts of the mid-year check-in (/check) sent to every owner of open actions (keys as in nl/checkin.ts). */
export const enCheckin: Record<keyof typeof nlCheckin, CatalogueText> = {
  "checkin.dm": "🧭 *Mid-year check {year}*\nHow are your actions doing?\n{list}\nAnswer per number with *on track*, *behind* or *stop*, for example: {example}",
  "checkin.reminder": "⏰ Reminder: your mid-year check {year} is still open.\n{list}\nAnswer for example: {example}",
  "checkin.item": "{n}. {title}{deadline}",
  "checkin.example": "1 on track, 2 behind",
  "checkin.none": "There is no mid-year check waiting for you.",
  "checkin.badAnswer": "I don't understand. Answer per number with \"on track\", \"behind\" or \"stop\", for example: /check 1 on track, 2 behind",
  "checkin.unknownNumber": "Number {n} is not in your list (1 to {max}). Nothing was saved.",
  "checkin.noted": "Noted: {list}.",
  "checkin.missing": "Still to answer: {numbers}.",
  "checkin.complete": "All answered, thank you! The coordinator gets the summary.",
  "checkin.summary": "🧭 Mid-year check from {name}:\n{list}",
  "checkin.summaryLine": "- {title}: {verdict}",
  "checkin.answerShape": "put your answers after it, for example: /check 1 on track, 2 behind",
};
