import { localParts } from "../parse/dates.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import { calendarWords, DEFAULT_LANGUAGE } from "../i18n/index.ts";

/**
 * The same texts as formatDay/formatMoment (src/render/format.ts), fast enough for a
 * board of 1,000 cards: the Amsterdam offset comes from the EU summer-time rule
 * (last Sunday of March to last Sunday of October, switching at 01:00 UTC, in force
 * since 1996) instead of a time-zone library call per date, which cost most of the
 * page's render time. Outside those years it falls back to the library.
 * test/web/fast-dates.test.ts checks both agree.
 */

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

function lastSundayUtc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

export function amsterdamParts(date: Date): Parts {
  const ms = date.getTime();
  const year = new Date(ms).getUTCFullYear();
  if (year < 1997 || year > 2099) return localParts(date);
  const summer = ms >= lastSundayUtc(year, 2) && ms < lastSundayUtc(year, 9);
  const local = new Date(ms + (summer ? 2 : 1) * 3_600_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** Formatting for one page in one language: "now" is split into parts once. */
export function pageDates(now: Date, lang: string = DEFAULT_LANGUAGE) {
  const nowYear = amsterdamParts(now).year;
  const days = calendarWords(lang, "calendar.daysShort");
  const months = calendarWords(lang, "calendar.monthsShort");
  const day = (date: Date): string => {
    const p = amsterdamParts(date);
    return `${days[p.weekday]} ${p.day} ${months[p.month - 1]}${p.year !== nowYear ? ` ${p.year}` : ""}`;
  };
  return {
    day,
    moment(date: Date): string {
      const p = amsterdamParts(date);
      return p.hour || p.minute ? `${day(date)} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}` : day(date);
    },
  };
}

/** For the test: the library versions this module must agree with. */
export const reference = { formatDay, formatMoment, localParts };
