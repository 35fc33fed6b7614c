import { addDays, localParts, toInstant, type CivilDate } from "../time/amsterdam.ts";
import { parseClockTime } from "./settings.ts";

/**
 * Every day's `time` ("HH:MM", Europe/Amsterdam) that falls in the planning window
 * (from < moment ≤ to), oldest first, with its calendar day: for jobs that go out every
 * day, or every week on one weekday, at a set hour.
 */
export function dailyMomentsIn(window: { from: Date; to: Date }, time: string): { day: CivilDate; at: Date }[] {
  const { hour, minute } = parseClockTime(time);
  const start = localParts(window.from);
  const moments: { day: CivilDate; at: Date }[] = [];
  let day: CivilDate = { year: start.year, month: start.month, day: start.day };
  for (let at = toInstant(day, hour, minute); at <= window.to; day = addDays(day, 1), at = toInstant(day, hour, minute)) {
    if (at > window.from) moments.push({ day, at });
  }
  return moments;
}
