import type { CatalogueText } from "../plural.ts";

/** Dutch texts of reading dates: questions when a typed date is unclear, and the school holidays by name. */
export const nlDate = {
  // The core's own replies (src/core/bot.ts)
  "date.past": "{day1} {year1} ligt in het verleden. Bedoel je {day2} {year2}?",
  "date.weekdayMismatch": "{date} is een {actual}, geen {typed}. Welke dag bedoel je?",
  "date.whichOfTwo": "Bedoel je {day1} of {day2}?",
  "date.todayOrNext": "Bedoel je vandaag ({day1}) of {day2}?",
  "date.whichDayWeek": "Welke dag volgende week? Noem een datum, bijvoorbeeld 15-3 of \"dinsdag volgende week\".",
  "date.whichDayMonth": "Welke dag volgende maand? Noem een datum, bijvoorbeeld 15-3 of \"dinsdag volgende week\".",
  "date.whichDayYearStart": "Welke dag begin {year}? Noem een datum, bijvoorbeeld 15-1 of \"eind januari\".",
  "date.impossible": "{date} bestaat niet. Bedoel je {day1} of {day2}?",
  "date.tooFar": "Dat is meer dan 10 jaar vooruit. Kies een datum binnen 10 jaar.",
  "date.longAgo": "Die datum ligt te ver in het verleden. Kies een datum vanaf vandaag.",
  "date.holidayUnknown": "De data van de {holiday} na schooljaar {schoolYear} ken ik nog niet. Noem een datum, bijvoorbeeld 15-3.",
  "date.holiday.herfst": "herfstvakantie",
  "date.holiday.kerst": "kerstvakantie",
  "date.holiday.voorjaar": "voorjaarsvakantie",
  "date.holiday.mei": "meivakantie",
  "date.holiday.zomer": "zomervakantie",
} as const satisfies Record<string, CatalogueText>;
