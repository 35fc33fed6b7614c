import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  recordOutbox(h.app); // the console platform, connected
});
afterEach(async () => h.close());

/** What the coördinator sees when messages fail is specified in test/faults/send-failures.test.ts. */
describe("/status", () => {
  it("shows the coördinator the connections, what was delivered and what is still to be sent", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Marieke", "/status")).toEqual([
      "*Status van de bot in Lewenborg XL*\n*Verbindingen*\n- console: ✅ actief\n*Afgeleverd*\nAlle berichten van de afgelopen 7 dagen zijn aangekomen.\n*Gepland*\nNog te versturen: 0",
    ]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });

  it("is for the coördinator only", async () => {
    const before = await snapshotCounts(h.db);
    expect(await h.say("Lisa", "/status")).toEqual(["Alleen de coördinator kan de status van de bot bekijken."]);
    expect(await snapshotCounts(h.db)).toEqual(before);
  });
});
