/**
 * `npx tsx test/bench/time-offset.ts`: why src/time/amsterdam.ts caches Amsterdam's offset per
 * UTC hour. Converts 200,000 moments spread over two years to the wall clock three ways: a
 * @date-fns/tz lookup per moment, the cached offset (what the code does), and the EU summer-time
 * rule computed per moment (what src/web/fast-dates.ts used to do). Not a test: it prints figures.
 */
import { TZDate } from "@date-fns/tz";
import { localParts } from "../../src/time/amsterdam.ts";
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

function measure(name: string, convert: (date: Date) => { hour: number }): void {
  let sink = 0;
  for (const date of moments.slice(0, 2_000)) sink += convert(date).hour;
  const started = performance.now();
  for (const date of moments) sink += convert(date).hour;
  const ms = performance.now() - started;
  process.stdout.write(`${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${((ms * 1e6) / MOMENTS).toFixed(0).padStart(6)} ns per moment  (${sink % 10})\n`);
}

for (let round = 1; round <= 2; round++) {
  measure("@date-fns/tz lookup per moment", lookupEachTime);
  measure("offset cached per UTC hour", localParts);
  measure("EU summer-time rule per moment", euRule);
}
