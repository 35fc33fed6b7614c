import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "../domain.ts";

/**
 * Europe/Amsterdam time, in one place: the wall clock of an instant, the instant of a wall
 * clock, calendar-day arithmetic and the ISO day stamps used in keys and file names.
 * Every wijk lives in this one time zone; the offset comes from @date-fns/tz.
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
 */
export function toInstant(date: CivilDate, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const first = offsetMinutes(asUtc);
  let ms = asUtc - first * 60_000;
  const second = offsetMinutes(ms);
  if (second !== first) ms = asUtc - second * 60_000;
  return new Date(ms);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The same day some months later, or that month's last day when it is shorter (31 jan + 1 month = 28/29 feb). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  const last = daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: Math.min(date.day, last) };
}

export function addYears(date: CivilDate, years: number): CivilDate {
  return addMonths(date, 12 * years);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday, as Date#getDay. */
export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function compareCivil(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
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
  return `${isoDay(p)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}
