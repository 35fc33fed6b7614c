import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie deadline moves the deadline", async () => {
    expect(await h.say("Fatima", "/actie deadline watertappunt eind april")).toEqual([
      "📅 Deadline van Watertappunt in de wijk (Gezond) is nu do 30 apr. Eigenaar: Fatima.",
    ]);
  });
});
