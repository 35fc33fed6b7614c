import type { CatalogueText } from "../plural.ts";
import type { nlDate } from "../nl/date.ts";

/** English texts of reading dates: questions when a typed date is unclear, and the school holidays by name (keys as in nl/date.ts). */
export const enDate: Record<keyof typeof nlDate, CatalogueText> = {
  "date.past": "{day1} {year1} is in the past. Do you mean {day2} {year2}?",
  "date.weekdayMismatch": "{date} is a {actual}, not a {typed}. Which day do you mean?",
  "date.whichOfTwo": "Do you mean {day1} or {day2}?",
  "date.todayOrNext": "Do you mean today ({day1}) or {day2}?",
  "date.whichDayWeek": "Which day next week? Name a date, for example 15-3 or \"tuesday next week\".",
  "date.whichDayMonth": "Which day next month? Name a date, for example 15-3 or \"tuesday next week\".",
  "date.whichDayYearStart": "Which day early in {year}? Name a date, for example 15-1 or \"end of January\".",
  "date.impossible": "{date} does not exist. Do you mean {day1} or {day2}?",
  "date.tooFar": "That is more than 10 years ahead. Choose a date within 10 years.",
  "date.longAgo": "That date is too far in the past. Choose a date from today on.",
  "date.holidayUnknown": "I do not know the dates of the {holiday} after the {schoolYear} school year yet. Name a date, for example 15-3.",
  "date.holiday.herfst": "autumn half-term",
  "date.holiday.kerst": "Christmas holidays",
  "date.holiday.voorjaar": "spring half-term",
  "date.holiday.mei": "May holidays",
  "date.holiday.zomer": "summer holidays",
};
