import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { addHoliday, MAX_HOLIDAY_DAYS } from "../../src/services/add-holiday.ts";
import { listHolidays } from "../../src/services/list-holidays.ts";
import { removeHoliday } from "../../src/services/remove-holiday.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

const demo = useDemoWijk();
const day = (month: number, d: number, year = 2026) => ({ year, month, day: d });

describe("addHoliday (/vakantie)", () => {
  it("stores a period, both days included", async () => {
    const { db, wijkId } = demo();
    const holiday = await addHoliday(db, { wijkId, start: day(2, 14), end: day(2, 22) });
    expect(holiday).toMatchObject({ wijkId, startDate: toInstant(day(2, 14)), endDate: toInstant(day(2, 22)) });
  });

  it("refuses an end before the start, and a period longer than the maximum", async () => {
    const { db, wijkId } = demo();
    await expect(addHoliday(db, { wijkId, start: day(2, 22), end: day(2, 14) })).rejects.toMatchObject({ code: "INVALID" });
    await expect(addHoliday(db, { wijkId, start: day(1, 1), end: day(12, 31) })).rejects.toMatchObject({ code: "INVALID" });
    expect(MAX_HOLIDAY_DAYS).toBe(120);
    expect(await db.holiday.count()).toBe(0);
  });
});

describe("listHolidays", () => {
  it("gives the periods that have not ended, soonest first (one that ends today still counts)", async () => {
    const { db, wijkId, now } = demo();
    await addHoliday(db, { wijkId, start: day(7, 11), end: day(8, 23) });
    await addHoliday(db, { wijkId, start: day(12, 20, 2025), end: day(1, 4) });
    await addHoliday(db, { wijkId, start: day(12, 27, 2025), end: day(1, 5) });
    await addHoliday(db, { wijkId, start: day(2, 14), end: day(2, 22) });
    const listed = await listHolidays(db, { wijkId, now });
    expect(listed.map((h) => h.startDate)).toEqual([toInstant(day(12, 27, 2025)), toInstant(day(2, 14)), toInstant(day(7, 11))]);
  });
});

describe("removeHoliday", () => {
  it("removes the n-th period of the list", async () => {
    const { db, wijkId, now } = demo();
    await addHoliday(db, { wijkId, start: day(7, 11), end: day(8, 23) });
    await addHoliday(db, { wijkId, start: day(2, 14), end: day(2, 22) });
    const removed = await removeHoliday(db, { wijkId, number: 2, now });
    expect(removed.startDate).toEqual(toInstant(day(7, 11)));
    expect((await listHolidays(db, { wijkId, now })).map((h) => h.startDate)).toEqual([toInstant(day(2, 14))]);
  });

  it("NOT_FOUND for a number not on the list", async () => {
    const { db, wijkId, now } = demo();
    await expect(removeHoliday(db, { wijkId, number: 1, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
