/**
 * `npx tsx test/bench/time-offset.ts`: why src/time/amsterdam.ts caches Amsterdam's offset per
 * UTC hour. Converts 200,000 moments spread over two years to the wall clock three ways: a
 * @date-fns/tz lookup per moment, the cached offset (what the code does), and the EU summer-time
 * rule computed per moment (what src/web/fast-dates.ts used to do). Then the same moments'
 * stamps and day arithmetic, src/time's way beside date-fns' (why the stamps and daysBetween
 * stay hand-written). Not a test: it prints figures.
 */
import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays, format } from "date-fns";
import { addDays, daysBetween, isoDayOf, isoMinuteOf, localParts, type CivilDate } from "../../src/time/amsterdam.ts";
import { TIME_ZONE } from "../../src/domain.ts";

const MOMENTS = 200_000;
const TWO_YEARS_MS = 730 * 86_400_000;
const start = Date.UTC(2026, 0, 1);
const moments = Array.from({ length: MOMENTS }, (_, i) => new Date(start + ((i * 7_919_993) % TWO_YEARS_MS)));

function wallClock(ms: number, offsetMinutes: number) {
  const local = new Date(ms + offsetMinutes * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

function lookupEachTime(date: Date) {
  const ms = date.getTime();
  return wallClock(ms, -new TZDate(ms, TIME_ZONE).getTimezoneOffset());
}

function lastSundayUtc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

function euRule(date: Date) {
  const ms = date.getTime();
  const year = date.getUTCFullYear();
  const summer = ms >= lastSundayUtc(year, 2) && ms < lastSundayUtc(year, 9);
  return wallClock(ms, summer ? 120 : 60);
}

function measure(name: string, convert: (date: Date, i: number) => { hour: number } | string | number | CivilDate): void {
  const size = (out: ReturnType<typeof convert>) => (typeof out === "number" ? out : typeof out === "string" ? out.length : "hour" in out ? out.hour : out.day);
  let sink = 0;
  for (const [i, date] of moments.slice(0, 2_000).entries()) sink += size(convert(date, i));
  const started = performance.now();
  for (const [i, date] of moments.entries()) sink += size(convert(date, i));
  const ms = performance.now() - started;
  process.stdout.write(`${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${((ms * 1e6) / MOMENTS).toFixed(0).padStart(6)} ns per moment  (${sink % 10})\n`);
}

for (let round = 1; round <= 2; round++) {
  measure("@date-fns/tz lookup per moment", lookupEachTime);
  measure("offset cached per UTC hour", localParts);
  measure("EU summer-time rule per moment", euRule);
}

const days: CivilDate[] = moments.map((m) => localParts(m));
const asDate = (d: CivilDate) => new Date(d.year, d.month - 1, d.day);
for (let round = 1; round <= 2; round++) {
  measure("isoDayOf (src/time)", isoDayOf);
  measure("format(TZDate, yyyy-MM-dd)", (date) => format(new TZDate(date.getTime(), TIME_ZONE), "yyyy-MM-dd"));
  measure("isoMinuteOf (src/time)", isoMinuteOf);
  measure("format(wall clock, yyyy-MM-dd HH:mm)", (date) => {
    const p = localParts(date);
    return format(new Date(p.year, p.month - 1, p.day, p.hour, p.minute), "yyyy-MM-dd HH:mm");
  });
  measure("addDays (src/time, on date-fns)", (_, i) => addDays(days[i], 17));
  measure("addDays on a TZDate in UTC", (_, i) => new TZDate(days[i].year, days[i].month - 1, days[i].day + 17, "UTC").getDate());
  measure("daysBetween (src/time)", (_, i) => daysBetween(days[i], days[(i + 1) % MOMENTS]));
  measure("differenceInCalendarDays", (_, i) => differenceInCalendarDays(asDate(days[(i + 1) % MOMENTS]), asDate(days[i])));
}
