import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

/** Answers to an open check-in (mid-year check, check-in round) are specified in test/setup/check-in.test.ts and test/jobs/check-in-round.test.ts. */
describe("/check", () => {
  it("says so when no check-in is waiting for an answer, and stores nothing", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Lisa", "/check 1 3")).toEqual(["Er staat geen tussentijdse check voor je open."]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("without answers, shows how to give them", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Lisa", "/check")).toEqual([
      "Zet je antwoorden erachter, bijvoorbeeld: /check 1 op koers, 2 loopt achter.\nZo werkt het: /check <cijfer per actie> [toelichting], …\nBijvoorbeeld: /check 1 3",
    ]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });
});
