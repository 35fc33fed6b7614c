import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { ABSENCE_SET_FIELD, setAbsence } from "../../src/services/set-absence.ts";
import type { CivilDate } from "../../src/time/amsterdam.ts";

const demo = useDemoWijk();
const DAY_MS = 86_400_000;

/** Fatima goes away until `lastDay`, from the seed's moment (Monday 5 January 2026, 09:00) or `now`. */
async function away(lastDay: CivilDate, options: { standIn?: string; now?: Date; batchId?: string } = {}) {
  const { db, wijkId, person } = demo();
  const fatima = await person("Fatima");
  const now = options.now ?? demo().now;
  const standIn = options.standIn ? await person(options.standIn) : null;
  return setAbsence(db, { meta: { wijkId, personId: fatima.id, batchId: options.batchId ?? "b1", at: now }, person: fatima, standIn, lastDay, now });
}

describe("setAbsence (/afwezig)", () => {
  it("stores the absence from now until local midnight of the last day, with the stand-in", async () => {
    const { now, person } = demo();
    const absence = await away({ year: 2026, month: 1, day: 16 }, { standIn: "Joke" });
    expect(absence).toMatchObject({ personId: (await person("Fatima")).id, standInId: (await person("Joke")).id, startsAt: now, endedAt: null });
    expect(absence.lastDay).toEqual(new Date("2026-01-15T23:00:00Z"));
  });

  it("stores a last day in summer time at that day's local midnight", async () => {
    const absence = await away({ year: 2026, month: 4, day: 10 });
    expect(absence.lastDay).toEqual(new Date("2026-04-09T22:00:00Z"));
    expect(absence.standInId).toBeNull();
  });

  it("accepts today as the last day, and a last day exactly a year ahead", async () => {
    await away({ year: 2026, month: 1, day: 5 });
    await away({ year: 2027, month: 1, day: 5 }, { batchId: "b2" });
  });

  it("refuses a last day in the past or more than a year ahead, storing nothing", async () => {
    const { db } = demo();
    await expect(away({ year: 2026, month: 1, day: 4 })).rejects.toMatchObject({ code: "INVALID" });
    await expect(away({ year: 2027, month: 1, day: 6 })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.absence.count()).toBe(0);
  });

  it("refuses the person as their own stand-in, and a stand-in who has left", async () => {
    const { db, person } = demo();
    await expect(away({ year: 2026, month: 1, day: 16 }, { standIn: "Fatima" })).rejects.toMatchObject({ code: "INVALID" });
    await db.person.update({ where: { id: (await person("Joke")).id }, data: { leftAt: new Date() } });
    await expect(away({ year: 2026, month: 1, day: 16 }, { standIn: "Joke" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.absence.count()).toBe(0);
  });

  it("records the absence in the history", async () => {
    const { db, person, now } = demo();
    const absence = await away({ year: 2026, month: 1, day: 16 });
    expect(await db.historyEntry.findMany({ where: { batchId: "b1" } })).toEqual([
      expect.objectContaining({ field: ABSENCE_SET_FIELD, fromValue: null, toValue: absence.id, personId: (await person("Fatima")).id, createdAt: now }),
    ]);
  });

  it("replaces an absence still running, ending it now and naming it in the history", async () => {
    const { db, now } = demo();
    const first = await away({ year: 2026, month: 1, day: 16 });
    const later = new Date(now.getTime() + DAY_MS);
    const second = await away({ year: 2026, month: 1, day: 23 }, { now: later, batchId: "b2" });
    expect((await db.absence.findUniqueOrThrow({ where: { id: first.id } })).endedAt).toEqual(later);
    expect(await db.historyEntry.findFirstOrThrow({ where: { batchId: "b2" } })).toMatchObject({ fromValue: first.id, toValue: second.id });
  });

  it("leaves an absence that is already over alone", async () => {
    const { db, now } = demo();
    const first = await away({ year: 2026, month: 1, day: 5 });
    await away({ year: 2026, month: 1, day: 23 }, { now: new Date(now.getTime() + 2 * DAY_MS), batchId: "b2" });
    expect((await db.absence.findUniqueOrThrow({ where: { id: first.id } })).endedAt).toBeNull();
    expect((await db.historyEntry.findFirstOrThrow({ where: { batchId: "b2" } })).fromValue).toBeNull();
  });
});
