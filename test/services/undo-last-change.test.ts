import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { undoLastChange, UNDO_BATCH_PREFIX } from "../../src/services/undo-last-change.ts";
import { changeAction } from "../../src/services/change-action.ts";

const demo = useDemoWijk();

async function meta(name: string, batchId: string, secondsLater = 0) {
  const { wijkId, person, now } = demo();
  return { wijkId, personId: (await person(name)).id, batchId, at: new Date(now.getTime() + secondsLater * 1000) };
}

describe("undoLastChange (/ongedaan)", () => {
  it("writes the old values back and marks the change undone", async () => {
    const { db, action } = demo();
    const water = await action("watertappunt");
    await changeAction(db, await meta("Fatima", "b1"), water.id, { status: "klaar" });
    const undone = await undoLastChange(db, await meta("Fatima", "u1", 1));
    expect(undone).toEqual({ actionId: water.id, changes: [{ field: "status", from: "klaar", to: "bezig" }] });
    expect((await action("watertappunt")).status).toBe("bezig");
    expect((await db.historyEntry.findFirstOrThrow({ where: { batchId: "b1" } })).undoneAt).not.toBeNull();
    expect(await db.historyEntry.count({ where: { batchId: `${UNDO_BATCH_PREFIX}u1` } })).toBe(1);
  });

  it("goes one change further back the second time, not undoing the undo", async () => {
    const { db, action } = demo();
    const water = await action("watertappunt");
    await changeAction(db, await meta("Fatima", "b1"), water.id, { status: "geparkeerd" });
    await changeAction(db, await meta("Fatima", "b2", 1), water.id, { status: "klaar" });
    await undoLastChange(db, await meta("Fatima", "u1", 2));
    expect((await action("watertappunt")).status).toBe("geparkeerd");
    await undoLastChange(db, await meta("Fatima", "u2", 3));
    expect((await action("watertappunt")).status).toBe("bezig");
  });

  it("undoes only the sender's own changes", async () => {
    const { db, action } = demo();
    const water = await action("watertappunt");
    await changeAction(db, await meta("Joke", "b1"), water.id, { status: "klaar" });
    await expect(undoLastChange(db, await meta("Fatima", "u1", 1))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await action("watertappunt")).status).toBe("klaar");
  });
});
