import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { addHoliday, HOLIDAY_ADD_FIELD, HOLIDAY_REMOVE_FIELD, MAX_HOLIDAY_DAYS } from "../../src/services/add-holiday.ts";
import { listHolidays } from "../../src/services/list-holidays.ts";
import { removeHoliday } from "../../src/services/remove-holiday.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

const demo = useDemoWijk();
const day = (month: number, d: number, year = 2026) => ({ year, month, day: d });
/** One message of the coördinator (batch `batchId`) at the seed's moment. */
async function byMarieke(batchId = "b1") {
  const { wijkId, person, now } = demo();
  return { wijkId, personId: (await person("Marieke")).id, batchId, at: now };
}

describe("addHoliday (/vakantie)", () => {
  it("stores a period, both days included", async () => {
    const { db, wijkId } = demo();
    const holiday = await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(2, 14), end: day(2, 22) });
    expect(holiday).toMatchObject({ wijkId, startDate: toInstant(day(2, 14)), endDate: toInstant(day(2, 22)) });
  });

  it("refuses an end before the start, and a period longer than the maximum", async () => {
    const { db, wijkId } = demo();
    await expect(addHoliday(db, { meta: await byMarieke(), wijkId, start: day(2, 22), end: day(2, 14) })).rejects.toMatchObject({ code: "INVALID" });
    await expect(addHoliday(db, { meta: await byMarieke(), wijkId, start: day(1, 1), end: day(12, 31) })).rejects.toMatchObject({ code: "INVALID" });
    expect(MAX_HOLIDAY_DAYS).toBe(120);
    expect(await db.holiday.count()).toBe(0);
    expect(await db.historyEntry.count()).toBe(0);
  });

  it("records the period in the history, by the coördinator and without an action", async () => {
    const { db, wijkId, person, now } = demo();
    const holiday = await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(2, 14), end: day(2, 22) });
    const rows = await db.historyEntry.findMany({ where: { batchId: "b1" } });
    expect(rows).toEqual([expect.objectContaining({ field: HOLIDAY_ADD_FIELD, actionId: null, fromValue: null, personId: (await person("Marieke")).id, createdAt: now })]);
    expect(JSON.parse(rows[0].toValue!)).toEqual({ id: holiday.id, startDate: holiday.startDate.toISOString(), endDate: holiday.endDate.toISOString() });
  });
});

describe("listHolidays", () => {
  it("gives the periods that have not ended, soonest first (one that ends today still counts)", async () => {
    const { db, wijkId, now } = demo();
    await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(7, 11), end: day(8, 23) });
    await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(12, 20, 2025), end: day(1, 4) });
    await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(12, 27, 2025), end: day(1, 5) });
    await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(2, 14), end: day(2, 22) });
    const listed = await listHolidays(db, { wijkId, now });
    expect(listed.map((h) => h.startDate)).toEqual([toInstant(day(12, 27, 2025)), toInstant(day(2, 14)), toInstant(day(7, 11))]);
  });
});

describe("removeHoliday", () => {
  it("removes the n-th period of the list", async () => {
    const { db, wijkId, now } = demo();
    await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(7, 11), end: day(8, 23) });
    await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(2, 14), end: day(2, 22) });
    const removed = await removeHoliday(db, { meta: await byMarieke("b2"), wijkId, number: 2, now });
    expect(removed.startDate).toEqual(toInstant(day(7, 11)));
    expect((await listHolidays(db, { wijkId, now })).map((h) => h.startDate)).toEqual([toInstant(day(2, 14))]);
  });

  it("records the removed period in the history, so it can be brought back", async () => {
    const { db, wijkId, now } = demo();
    const holiday = await addHoliday(db, { meta: await byMarieke(), wijkId, start: day(2, 14), end: day(2, 22) });
    await removeHoliday(db, { meta: await byMarieke("b2"), wijkId, number: 1, now });
    const rows = await db.historyEntry.findMany({ where: { batchId: "b2" } });
    expect(rows).toEqual([expect.objectContaining({ field: HOLIDAY_REMOVE_FIELD, actionId: null, toValue: null })]);
    expect(JSON.parse(rows[0].fromValue!)).toEqual({ id: holiday.id, startDate: holiday.startDate.toISOString(), endDate: holiday.endDate.toISOString() });
  });

  it("NOT_FOUND for a number not on the list", async () => {
    const { db, wijkId, now } = demo();
    await expect(removeHoliday(db, { meta: await byMarieke("b2"), wijkId, number: 1, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.historyEntry.count()).toBe(0);
  });
});
