import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie update notes progress", async () => {
    expect(await h.say("Fatima", "/actie update watertappunt 120 handtekeningen opgehaald")).toEqual([
      '📝 Voortgang bij Watertappunt in de wijk (Gezond) genoteerd: "120 handtekeningen opgehaald"',
    ]);
    expect((await action("Watertappunt in de wijk")).notes.map((n) => n.text)).toContain("120 handtekeningen opgehaald");
  });
});
