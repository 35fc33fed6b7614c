import { clockTime, localParts } from "../time/amsterdam.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import { calendarWords, DEFAULT_LANGUAGE } from "../i18n/index.ts";

/**
 * The same texts as formatDay/formatMoment (src/render/format.ts), for a board of 1,000
 * cards: "now", its year and the reader's calendar words are looked up once per page; each
 * date's Amsterdam wall clock comes from src/time (the offset cached per hour, about 1 µs a
 * date). test/web/fast-dates.test.ts checks both agree.
 */
export function pageDates(now: Date, lang: string = DEFAULT_LANGUAGE) {
  const nowYear = localParts(now).year;
  const days = calendarWords(lang, "calendar.daysShort");
  const months = calendarWords(lang, "calendar.monthsShort");
  const day = (date: Date): string => {
    const p = localParts(date);
    return `${days[p.weekday]} ${p.day} ${months[p.month - 1]}${p.year !== nowYear ? ` ${p.year}` : ""}`;
  };
  return {
    day,
    moment(date: Date): string {
      const p = localParts(date);
      return p.hour || p.minute ? `${day(date)} ${clockTime(p.hour, p.minute)}` : day(date);
    },
  };
}

/** For the test: the versions this module must agree with. */
export const reference = { formatDay, formatMoment };
