import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  clockTime,
  daysBetween,
  daysInMonth,
  isoDay,
  isoDayOf,
  isoDayUtc,
  isoMinuteOf,
  isoMonth,
  localParts,
  offsetMinutes,
  toInstant,
  weekdayOf,
} from "../../src/time/amsterdam.ts";

// In 2026 Amsterdam's clocks go forward on Sunday 29 March (02:00 → 03:00, 01:00 UTC)
// and back on Sunday 25 October (03:00 → 02:00, 01:00 UTC).
const utc = (iso: string) => new Date(`${iso}Z`);
const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe("Amsterdam's wall clock of an instant", () => {
  it("is an hour ahead of UTC in winter and two in summer, switching on the last Sundays of March and October", () => {
    expect(offsetMinutes(utc("2026-03-29T00:59:59").getTime())).toBe(60);
    expect(offsetMinutes(utc("2026-03-29T01:00:00").getTime())).toBe(120);
    expect(offsetMinutes(utc("2026-10-25T00:59:59").getTime())).toBe(120);
    expect(offsetMinutes(utc("2026-10-25T01:00:00").getTime())).toBe(60);
  });

  it("jumps from 01:59 to 03:00 on 29 March", () => {
    expect(localParts(utc("2026-03-29T00:59:00"))).toEqual({ year: 2026, month: 3, day: 29, weekday: 0, hour: 1, minute: 59 });
    expect(localParts(utc("2026-03-29T01:00:00"))).toEqual({ year: 2026, month: 3, day: 29, weekday: 0, hour: 3, minute: 0 });
  });

  it("shows 02:30 twice on 25 October", () => {
    expect(isoMinuteOf(utc("2026-10-25T00:30:00"))).toBe("2026-10-25 02:30");
    expect(isoMinuteOf(utc("2026-10-25T01:30:00"))).toBe("2026-10-25 02:30");
  });

  it("counts the hour before midnight UTC as the next Amsterdam day", () => {
    expect(isoDayOf(utc("2026-06-30T21:59:00"))).toBe("2026-06-30");
    expect(isoDayOf(utc("2026-06-30T22:00:00"))).toBe("2026-07-01");
    expect(isoDayOf(utc("2026-12-31T23:00:00"))).toBe("2027-01-01");
  });
});

describe("the instant of an Amsterdam wall-clock time", () => {
  it("takes daylight saving into account on either side of a change", () => {
    expect(toInstant(day(2026, 3, 28), 12)).toEqual(utc("2026-03-28T11:00:00"));
    expect(toInstant(day(2026, 3, 29), 12)).toEqual(utc("2026-03-29T10:00:00"));
    expect(toInstant(day(2026, 10, 25), 12)).toEqual(utc("2026-10-25T11:00:00"));
  });

  it("lands just after the jump for the spring hour that does not exist", () => {
    expect(toInstant(day(2026, 3, 29), 2, 30)).toEqual(utc("2026-03-29T01:30:00"));
    expect(isoMinuteOf(toInstant(day(2026, 3, 29), 2, 30))).toBe("2026-03-29 03:30");
  });

  it("is midnight of the day itself, which both change days have (the clocks move at night, not at midnight)", () => {
    expect(toInstant(day(2026, 3, 29))).toEqual(utc("2026-03-28T23:00:00"));
    expect(toInstant(day(2026, 3, 30))).toEqual(utc("2026-03-29T22:00:00"));
    expect(toInstant(day(2026, 10, 26))).toEqual(utc("2026-10-25T23:00:00"));
  });
});

describe("calendar-day arithmetic", () => {
  it("adds days across month and year ends and across both daylight-saving changes, whole days only", () => {
    expect(addDays(day(2026, 3, 28), 1)).toEqual(day(2026, 3, 29));
    expect(addDays(day(2026, 3, 29), 1)).toEqual(day(2026, 3, 30));
    expect(addDays(day(2026, 10, 24), 2)).toEqual(day(2026, 10, 26));
    expect(addDays(day(2026, 12, 31), 1)).toEqual(day(2027, 1, 1));
    expect(addDays(day(2026, 3, 1), -1)).toEqual(day(2026, 2, 28));
    expect(addDays(day(2028, 3, 1), -1)).toEqual(day(2028, 2, 29));
    expect(addDays(day(2026, 1, 1), 365)).toEqual(day(2027, 1, 1));
  });

  it("adds months keeping the day, or the month's last day when it is shorter", () => {
    expect(addMonths(day(2026, 1, 31), 1)).toEqual(day(2026, 2, 28));
    expect(addMonths(day(2028, 1, 31), 1)).toEqual(day(2028, 2, 29));
    expect(addMonths(day(2026, 3, 31), 1)).toEqual(day(2026, 4, 30));
    expect(addMonths(day(2026, 11, 15), 2)).toEqual(day(2027, 1, 15));
    expect(addMonths(day(2026, 3, 31), -1)).toEqual(day(2026, 2, 28));
    expect(addMonths(day(2026, 1, 1), -1)).toEqual(day(2025, 12, 1));
  });

  it("adds years, turning 29 February into 28 February", () => {
    expect(addYears(day(2028, 2, 29), 1)).toEqual(day(2029, 2, 28));
    expect(addYears(day(2026, 10, 25), -1)).toEqual(day(2025, 10, 25));
  });

  it("knows the length of every month, leap Februaries included", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it("names the weekday with 0 for Sunday", () => {
    expect(weekdayOf(day(2026, 3, 29))).toBe(0);
    expect(weekdayOf(day(2026, 10, 25))).toBe(0);
    expect(weekdayOf(day(2026, 12, 4))).toBe(5);
  });

  it("counts whole days between two days, negative backwards, ignoring the 23- and 25-hour days", () => {
    expect(daysBetween(day(2026, 3, 28), day(2026, 3, 30))).toBe(2);
    expect(daysBetween(day(2026, 10, 24), day(2026, 10, 26))).toBe(2);
    expect(daysBetween(day(2026, 3, 30), day(2026, 3, 28))).toBe(-2);
    expect(daysBetween(day(2026, 1, 1), day(2027, 1, 1))).toBe(365);
  });
});

describe("stamps", () => {
  it("writes days, months and times of day zero-padded", () => {
    expect(isoDay(day(2026, 3, 5))).toBe("2026-03-05");
    expect(isoMonth({ year: 2026, month: 3 })).toBe("2026-03");
    expect(clockTime(9, 5)).toBe("09:05");
    expect(clockTime(0, 0)).toBe("00:00");
    expect(isoMinuteOf(utc("2026-03-04T23:05:00"))).toBe("2026-03-05 00:05");
  });

  it("writes a spreadsheet date cell (midnight UTC) as its own day, whatever its time of day", () => {
    expect(isoDayUtc(new Date(Date.UTC(2026, 2, 29)))).toBe("2026-03-29");
    expect(isoDayUtc(utc("2026-06-30T23:30:00"))).toBe("2026-06-30");
  });
});
