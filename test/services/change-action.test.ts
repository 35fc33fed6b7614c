import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { changeAction } from "../../src/services/change-action.ts";

const demo = useDemoWijk();

/** Fatima's change, an hour after the seed. */
async function meta(batchId: string) {
  const { wijkId, person, now } = demo();
  return { wijkId, personId: (await person("Fatima")).id, batchId, platform: "console", chatId: "kartrekkers", messageId: "m1", at: new Date(now.getTime() + 3_600_000) };
}

async function history(batchId: string) {
  const rows = await demo().db.historyEntry.findMany({ where: { batchId } });
  return rows.map((r) => [r.field, r.fromValue, r.toValue]).sort();
}

describe("changeAction", () => {
  it("stores the new values, records one history row per changed field with who, where and when, and marks the action active", async () => {
    const { db, action } = demo();
    const water = await action("watertappunt");
    const m = await meta("b1");
    const changes = await changeAction(db, m, water.id, { status: "klaar", reachReached: "130" });
    expect(changes).toEqual([
      { field: "status", from: "bezig", to: "klaar" },
      { field: "reachReached", from: "120", to: "130" },
    ]);
    expect(await action("watertappunt")).toMatchObject({ status: "klaar", reachReached: 130, lastActivityAt: m.at });
    const rows = await db.historyEntry.findMany({ where: { batchId: "b1" } });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ wijkId: m.wijkId, actionId: water.id, personId: m.personId, platform: "console", chatId: "kartrekkers", messageId: "m1", createdAt: m.at, undoneAt: null });
  });

  it("leaves out fields whose value did not change, and writes nothing at all when none did", async () => {
    const { db, action, now } = demo();
    const water = await action("watertappunt");
    expect(await changeAction(db, await meta("b1"), water.id, { status: "bezig", ageGroup: "4-12" })).toEqual([]);
    expect(await db.historyEntry.count({ where: { batchId: "b1" } })).toBe(0);
    expect((await action("watertappunt")).lastActivityAt).toEqual(now);
    expect(await changeAction(db, await meta("b2"), water.id, { status: "bezig", ageGroup: "12+" })).toEqual([{ field: "ageGroup", from: "4-12", to: "12+" }]);
  });

  it("stores dates from ISO text and clears a value given as null", async () => {
    const { db, action } = demo();
    const water = await action("watertappunt");
    const deadline = new Date("2026-03-29T22:00:00Z");
    await changeAction(db, await meta("b1"), water.id, { deadline: deadline.toISOString(), budgetSpent: null });
    expect(await action("watertappunt")).toMatchObject({ deadline, budgetSpentCents: null });
    expect(await history("b1")).toEqual([
      ["budgetSpent", "40000", null],
      ["deadline", water.deadline!.toISOString(), deadline.toISOString()],
    ]);
  });

  it("replaces the owners as a set, recorded as sorted ids", async () => {
    const { db, action, person } = demo();
    const water = await action("watertappunt");
    const [fatima, joke] = [await person("Fatima"), await person("Joke")];
    await changeAction(db, await meta("b1"), water.id, { owners: [joke.id, fatima.id].sort().join(",") });
    const owners = await db.actionOwner.findMany({ where: { actionId: water.id } });
    expect(owners.map((o) => o.personId).sort()).toEqual([fatima.id, joke.id].sort());
    expect(await history("b1")).toEqual([["owners", fatima.id, [fatima.id, joke.id].sort().join(",")]]);
  });

  it("cleans a new title or short name, and tells the name index that names changed", async () => {
    const { db, action, wijkId } = demo();
    const water = await action("watertappunt");
    const version = async () => (await db.wijk.findUniqueOrThrow({ where: { id: wijkId } })).actionNamesVersion;
    const before = await version();
    await changeAction(db, await meta("b1"), water.id, { title: "  Water *tap*  punt ", shortName: "tappunt\n" });
    expect(await db.action.findUniqueOrThrow({ where: { id: water.id } })).toMatchObject({ title: "Water ∗tap∗ punt", shortName: "tappunt" });
    expect(await version()).not.toBe(before);
  });

  it("does not change the name version for a status change", async () => {
    const { db, action, wijkId } = demo();
    const version = async () => (await db.wijk.findUniqueOrThrow({ where: { id: wijkId } })).actionNamesVersion;
    const before = await version();
    await changeAction(db, await meta("b1"), (await action("watertappunt")).id, { status: "klaar" });
    expect(await version()).toBe(before);
  });

  it("takes the 'from' side of a plain change from the row the caller loaded, without reading it again", async () => {
    const { db, action } = demo();
    const loaded = { ...(await action("watertappunt")), status: "gepland" };
    const m = await meta("b1");
    const changes = await db.$transaction((tx) => changeAction(tx, m, loaded.id, { status: "geparkeerd" }, loaded));
    expect(changes).toEqual([{ field: "status", from: "gepland", to: "geparkeerd" }]);
    expect((await action("watertappunt")).status).toBe("geparkeerd");
  });
});
