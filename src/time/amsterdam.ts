import { TZDate } from "@date-fns/tz";
import { addDays as addCalendarDays, addMonths as addCalendarMonths, getDay, getDaysInMonth } from "date-fns";
import { TIME_ZONE } from "../domain.ts";

/**
 * Europe/Amsterdam time, in one place: the wall clock of an instant, the instant of a wall
 * clock, calendar-day arithmetic and the ISO day stamps used in keys and file names.
 * Every wijk lives in this one time zone; the offset comes from @date-fns/tz, the calendar
 * arithmetic from date-fns. The conversions and stamps the board and the scheduler run
 * hundreds of thousands of times stay hand-written where date-fns measured far slower
 * (figures beside each; test/bench/time-offset.ts).
 */

/** A calendar day in Europe/Amsterdam. month is 1-12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** An instant as Amsterdam's wall clock shows it; weekday 0 = Sunday, as Date#getDay. */
export interface LocalParts extends CivilDate {
  weekday: number;
  hour: number;
  minute: number;
}

/**
 * Amsterdam's UTC offset (minutes) at an instant. Offsets only change on whole UTC hours,
 * so each hour is looked up once and kept: a lookup through @date-fns/tz costs 17-30 µs, a
 * cached one 1-2 µs (test/bench/time-offset.ts), and the scheduler and the board convert
 * hundreds of thousands of moments.
 */
const offsetByUtcHour = new Map<number, number>();
const MAX_CACHED_HOURS = 200_000;

export function offsetMinutes(ms: number): number {
  const hourKey = Math.floor(ms / 3_600_000);
  let offset = offsetByUtcHour.get(hourKey);
  if (offset === undefined) {
    offset = -new TZDate(hourKey * 3_600_000, TIME_ZONE).getTimezoneOffset();
    if (offsetByUtcHour.size >= MAX_CACHED_HOURS) offsetByUtcHour.clear();
    offsetByUtcHour.set(hourKey, offset);
  }
  return offset;
}

export function localParts(instant: Date): LocalParts {
  const ms = instant.getTime();
  const local = new Date(ms + offsetMinutes(ms) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/**
 * The instant of a local wall-clock time in Europe/Amsterdam (daylight saving included).
 * A time that does not exist (the skipped spring hour) lands just after the jump.
 * Through the cached offset rather than a TZDate built per call (18-27 µs each).
 */
export function toInstant(date: CivilDate, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const first = offsetMinutes(asUtc);
  let ms = asUtc - first * 60_000;
  const second = offsetMinutes(ms);
  if (second !== first) ms = asUtc - second * 60_000;
  return new Date(ms);
}

/**
 * A calendar day as the Date date-fns counts days on: midnight on the process's own clock.
 * Which zone that clock is in does not matter for whole days (a zone that skips midnight
 * starts the day at 01:00, still the same day; checked against the UTC arithmetic this
 * replaced for every day 1990-2060 in UTC, Amsterdam, Santiago, São Paulo and Tehran), as
 * long as it is not one that once skipped a whole day (Pacific/Apia, 30 Dec 2011). A TZDate
 * in UTC would avoid even that but costs 26 µs a step instead of 0.2.
 */
function calendarDate(date: CivilDate): Date {
  return new Date(date.year, date.month - 1, date.day);
}

function civilDateOf(date: Date): CivilDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return civilDateOf(addCalendarDays(calendarDate(date), days));
}

/** The same day some months later, or that month's last day when it is shorter (31 jan + 1 month = 28/29 feb). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  return civilDateOf(addCalendarMonths(calendarDate(date), months));
}

export function addYears(date: CivilDate, years: number): CivilDate {
  return addMonths(date, 12 * years);
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1));
}

/** 0 = Sunday, as Date#getDay. */
export function weekdayOf(date: CivilDate): number {
  return getDay(calendarDate(date));
}

export function compareCivil(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Whole days from a to b (negative when b is earlier). Hand-written: date-fns'
 * differenceInCalendarDays took 6-16× as long (1.2-4 µs a pair against 0.07-0.4 µs here,
 * test/bench/time-offset.ts), and parsing and the deadline rules count days often.
 */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/*
 * The stamps below are hand-written: date-fns' format took 9-25× as long (2.5-7 µs a stamp
 * from the wall clock, 18-36 µs from a TZDate, against 0.2-1.4 µs here;
 * test/bench/time-offset.ts), and the board and the scheduler's keys write thousands.
 */
function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** A wall-clock time of day: "09:30". */
export function clockTime(hour: number, minute: number): string {
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** "2026-03" */
export function isoMonth(date: Pick<CivilDate, "year" | "month">): string {
  return `${date.year}-${pad2(date.month)}`;
}

/** "2026-03-15" */
export function isoDay(date: CivilDate): string {
  return `${isoMonth(date)}-${pad2(date.day)}`;
}

/** The Amsterdam day of an instant: "2026-03-15". */
export function isoDayOf(instant: Date): string {
  return isoDay(localParts(instant));
}

/** The Amsterdam wall clock of an instant to the minute: "2026-03-15 09:30". */
export function isoMinuteOf(instant: Date): string {
  const p = localParts(instant);
  return `${isoDay(p)} ${clockTime(p.hour, p.minute)}`;
}

/**
 * The UTC day of a Date that carries no zone of its own: a spreadsheet library reads a date
 * cell as midnight UTC, so its Amsterdam day would be right too, but a cell with a late time
 * of day would roll over.
 */
export function isoDayUtc(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
