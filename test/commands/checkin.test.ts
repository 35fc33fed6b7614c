import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

/** The round itself — who is asked, the answers, the reminder — is specified in test/jobs/check-in-round.test.ts. */
describe("/checkin", () => {
  it("tells the coördinator when the next round goes out while none is running", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Marieke", "/checkin")).toEqual([
      "Er loopt nu geen check-in. De volgende gaat 12 dagen voor de volgende stuurgroepvergadering naar iedereen met open acties.",
    ]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("is for the coördinator and the voorzitter; others are pointed to their own actions", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Lisa", "/checkin")).toEqual(["Alleen de coördinator en de voorzitter zien de stand van de check-in. Je eigen acties: /acties mijn"]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });
});
