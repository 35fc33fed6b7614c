import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { undoLastChange, UNDO_BATCH_PREFIX } from "../../src/services/undo-last-change.ts";
import { addHoliday, HOLIDAY_ADD_FIELD, HOLIDAY_REMOVE_FIELD } from "../../src/services/add-holiday.ts";
import { removeHoliday } from "../../src/services/remove-holiday.ts";
import { isHolidayChange } from "../../src/services/undo-holiday-change.ts";
import { toInstant } from "../../src/time/amsterdam.ts";

const demo = useDemoWijk();
const day = (month: number, d: number, year = 2026) => ({ year, month, day: d });

/** The change meta of one message of `name`, `secondsLater` after the seed's moment. */
async function meta(name: string, batchId: string, secondsLater = 0) {
  const { wijkId, person, now } = demo();
  return { wijkId, personId: (await person(name)).id, batchId, at: new Date(now.getTime() + secondsLater * 1000) };
}

/** Every holiday of the wijk, as id and period, in date order. */
const holidays = async () => {
  const { db, wijkId } = demo();
  return (await db.holiday.findMany({ where: { wijkId }, orderBy: { startDate: "asc" } })).map((h) => ({ id: h.id, startDate: h.startDate, endDate: h.endDate }));
};

describe("undoHolidayChange (/ongedaan after /vakantie)", () => {
  it("removes a holiday that was added, leaving the others, and says which period", async () => {
    const { db, wijkId } = demo();
    await addHoliday(db, { meta: await meta("Marieke", "b1"), wijkId, start: day(7, 11), end: day(8, 23) });
    const before = await holidays();
    await addHoliday(db, { meta: await meta("Marieke", "b2", 1), wijkId, start: day(2, 14), end: day(2, 22) });
    expect(await undoLastChange(db, await meta("Marieke", "u1", 2))).toEqual({ holiday: { what: "added", startDate: toInstant(day(2, 14)), endDate: toInstant(day(2, 22)) } });
    expect(await holidays()).toEqual(before);
  });

  it("brings a removed holiday back as it was, with its id", async () => {
    const { db, wijkId, now } = demo();
    await addHoliday(db, { meta: await meta("Marieke", "b1"), wijkId, start: day(2, 14), end: day(2, 22) });
    const before = await holidays();
    await removeHoliday(db, { meta: await meta("Marieke", "b2", 1), wijkId, number: 1, now });
    expect(await holidays()).toEqual([]);
    expect(await undoLastChange(db, await meta("Marieke", "u1", 2))).toEqual({ holiday: { what: "removed", startDate: toInstant(day(2, 14)), endDate: toInstant(day(2, 22)) } });
    expect(await holidays()).toEqual(before);
  });

  it("marks the change undone and writes the undo as a batch of its own", async () => {
    const { db, wijkId } = demo();
    await addHoliday(db, { meta: await meta("Marieke", "b1"), wijkId, start: day(2, 14), end: day(2, 22) });
    await undoLastChange(db, await meta("Marieke", "u1", 1));
    const original = await db.historyEntry.findFirstOrThrow({ where: { batchId: "b1" } });
    expect(original.undoneAt).not.toBeNull();
    expect(await db.historyEntry.findMany({ where: { batchId: `${UNDO_BATCH_PREFIX}u1` } })).toEqual([
      expect.objectContaining({ field: HOLIDAY_ADD_FIELD, actionId: null, fromValue: original.toValue, toValue: null, undoneAt: null }),
    ]);
    expect([HOLIDAY_ADD_FIELD, HOLIDAY_REMOVE_FIELD].every(isHolidayChange)).toBe(true);
  });

  it("goes one change further back the second time: first the removal, then the adding", async () => {
    const { db, wijkId, now } = demo();
    await addHoliday(db, { meta: await meta("Marieke", "b1"), wijkId, start: day(2, 14), end: day(2, 22) });
    const added = await holidays();
    await removeHoliday(db, { meta: await meta("Marieke", "b2", 1), wijkId, number: 1, now });
    await undoLastChange(db, await meta("Marieke", "u1", 2));
    expect(await holidays()).toEqual(added);
    await undoLastChange(db, await meta("Marieke", "u2", 3));
    expect(await holidays()).toEqual([]);
    await expect(undoLastChange(db, await meta("Marieke", "u3", 4))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("undoes only the sender's own change", async () => {
    const { db, wijkId } = demo();
    await addHoliday(db, { meta: await meta("Marieke", "b1"), wijkId, start: day(2, 14), end: day(2, 22) });
    await expect(undoLastChange(db, await meta("Henk", "u1", 1))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await holidays()).toHaveLength(1);
  });
});
