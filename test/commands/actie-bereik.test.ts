import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie bereik records reached and intended reach", async () => {
    await h.say("Fatima", "/actie bereik watertappunt 250");
    expect(await h.say("Fatima", "/actie bereik watertappunt beoogd 400")).toEqual([
      "🎯 Bereik van Watertappunt in de wijk (Gezond): 250 bereikt, 400 beoogd.",
    ]);
  });
});
