import { describe, expect, it } from "vitest";
import { useDemoWijk } from "../helpers/demo-wijk.ts";
import { renameAction } from "../../src/services/rename-action.ts";
import { ActionIndexCache } from "../../src/action-names/action-index.ts";

const demo = useDemoWijk();

async function meta(batchId: string) {
  const { wijkId, person, now } = demo();
  return { wijkId, personId: (await person("Fatima")).id, batchId, at: now };
}

describe("renameAction", () => {
  it("gives the action its new title and records the old and new title in the history", async () => {
    const { db, action } = demo();
    const water = await action("watertappunt");
    await renameAction(db, await meta("b1"), { actionId: water.id, title: "Watertappunt bij het MFC" });
    expect((await action("watertappunt")).title).toBe("Watertappunt bij het MFC");
    expect(await db.historyEntry.findMany({ where: { batchId: "b1" }, select: { field: true, fromValue: true, toValue: true } })).toEqual([
      { field: "title", fromValue: "Watertappunt in de wijk", toValue: "Watertappunt bij het MFC" },
    ]);
  });

  it("refuses the title of another action of the wijk, ignoring case, accents and punctuation, and changes nothing", async () => {
    const { db, action } = demo();
    const water = await action("watertappunt");
    await expect(renameAction(db, await meta("b1"), { actionId: water.id, title: "een wijkwebsite!" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await action("watertappunt")).title).toBe("Watertappunt in de wijk");
    expect(await db.historyEntry.count({ where: { batchId: "b1" } })).toBe(0);
  });

  it("lets an action keep its own title in another spelling", async () => {
    const { action, db } = demo();
    const water = await action("watertappunt");
    await renameAction(db, await meta("b1"), { actionId: water.id, title: "watertappunt in de wijk" });
    expect((await action("watertappunt")).title).toBe("watertappunt in de wijk");
  });

  it("allows the title of a removed action", async () => {
    const { db, action } = demo();
    const site = await action("wijkwebsite");
    await db.action.update({ where: { id: site.id }, data: { deletedAt: new Date() } });
    const water = await action("watertappunt");
    await renameAction(db, await meta("b1"), { actionId: water.id, title: "Eén wijkwebsite" }, new ActionIndexCache());
    expect((await action("watertappunt")).title).toBe("Eén wijkwebsite");
  });

  it("keeps a shared name index right: a title just given away is free, a title just taken is not", async () => {
    const { db, action } = demo();
    const indexes = new ActionIndexCache();
    const water = await action("watertappunt");
    const site = await action("wijkwebsite");
    await renameAction(db, await meta("b1"), { actionId: water.id, title: "Drinkwater" }, indexes);
    await expect(renameAction(db, await meta("b2"), { actionId: site.id, title: "Drinkwater" }, indexes)).rejects.toMatchObject({ code: "CONFLICT" });
    await renameAction(db, await meta("b3"), { actionId: site.id, title: "Watertappunt in de wijk" }, indexes);
    expect((await action("wijkwebsite")).title).toBe("Watertappunt in de wijk");
  });

  it("stores the title cleaned to one line without chat markup", async () => {
    const { db, action } = demo();
    const water = await action("watertappunt");
    await renameAction(db, await meta("b1"), { actionId: water.id, title: "  Water   *gratis*\n tappunt " });
    expect((await action("watertappunt")).title).toBe("Water ∗gratis∗ tappunt");
  });
});
