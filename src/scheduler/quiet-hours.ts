import { addDays, compareCivil, localParts, toInstant, weekdayOf, type CivilDate } from "../time/amsterdam.ts";
import { parseClockTime, type ScheduleSettings } from "./settings.ts";

/** A holiday period of a wijk as local calendar days, both ends included. */
export interface HolidayPeriod {
  start: CivilDate;
  end: CivilDate;
}

const MAX_DAYS_SHIFTED = 400;

function civil(date: Date): CivilDate {
  const p = localParts(date);
  return { year: p.year, month: p.month, day: p.day };
}

export function holidayPeriod(row: { startDate: Date; endDate: Date }): HolidayPeriod {
  return { start: civil(row.startDate), end: civil(row.endDate) };
}

export function isHoliday(date: CivilDate, holidays: readonly HolidayPeriod[]): boolean {
  return holidays.some((h) => compareCivil(date, h.start) >= 0 && compareCivil(date, h.end) <= 0);
}

/**
 * The first moment at or after `instant` when an automatic message may go out: not
 * inside the quiet hours, not on a quiet weekday, not in a holiday period. A message
 * moved to a later day keeps its wall-clock time (a Saturday 09:00 reminder comes on
 * Monday 09:00); one that falls inside the quiet hours comes when they end.
 */
export function nextAllowedMoment(instant: Date, quiet: ScheduleSettings["quietHours"], holidays: readonly HolidayPeriod[] = []): Date {
  const from = toMinutes(quiet.from);
  const to = toMinutes(quiet.to);
  const p = localParts(instant);
  let date: CivilDate = { year: p.year, month: p.month, day: p.day };
  let minutes = p.hour * 60 + p.minute;
  for (let i = 0; i < MAX_DAYS_SHIFTED * 2; i++) {
    if (quiet.weekdays.includes(weekdayOf(date)) || isHoliday(date, holidays)) {
      date = addDays(date, 1);
      continue;
    }
    if (isQuietMinute(minutes, from, to)) {
      if (from > to && minutes >= from) date = addDays(date, 1);
      minutes = to;
      continue;
    }
    const moved = toInstant(date, Math.floor(minutes / 60), minutes % 60);
    return moved.getTime() < instant.getTime() ? instant : moved;
  }
  return instant;
}

function toMinutes(time: string): number {
  const { hour, minute } = parseClockTime(time);
  return hour * 60 + minute;
}

function isQuietMinute(minutes: number, from: number, to: number): boolean {
  if (from === to) return false;
  return from > to ? minutes >= from || minutes < to : minutes >= from && minutes < to;
}
