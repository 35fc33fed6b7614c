import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie budget understands Dutch amounts", async () => {
    await h.say("Fatima", "/actie budget watertappunt begroot 2.500");
    expect(await h.say("Fatima", "/actie budget watertappunt besteed € 1.250,50")).toEqual([
      "💶 Watertappunt in de wijk (Gezond): begroot € 2.500, besteed € 1.250,50.",
    ]);
    expect((await action("Watertappunt in de wijk")).budgetSpentCents).toBe(125050);
  });
});
