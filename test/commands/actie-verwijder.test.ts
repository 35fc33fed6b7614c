import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("/actie verwijder", () => {
  it("is for the coördinator only", async () => {
    const [reply] = await h.say("Fatima", "/actie verwijder watertappunt");
    expect(reply).toBe("Alleen de coördinator kan acties verwijderen.");
  });

  it("asks for confirmation, then removes it from every list but keeps the history", async () => {
    const [question] = await h.say("Marieke", "/actie verwijder watertappunt");
    expect(question).toContain("Weet je zeker dat je Watertappunt in de wijk (Gezond) wilt verwijderen?");
    expect((await action("Watertappunt in de wijk")).deletedAt).toBeNull();
    expect(await h.say("Marieke", "ja")).toEqual(["🗑️ Watertappunt in de wijk (Gezond) is verwijderd. De geschiedenis blijft bewaard; /ongedaan zet hem terug."]);
    const [list] = await h.say("Marieke", "/acties");
    expect(list).not.toContain("Watertappunt");
    expect(await h.db.historyEntry.count({ where: { action: { title: "Watertappunt in de wijk" } } })).toBeGreaterThan(0);
  });

  it("'nee' changes nothing", async () => {
    await h.say("Marieke", "/actie verwijder watertappunt");
    expect(await h.say("Marieke", "nee")).toEqual(["Oké, ik heb niets veranderd."]);
    expect((await action("Watertappunt in de wijk")).deletedAt).toBeNull();
  });
});
