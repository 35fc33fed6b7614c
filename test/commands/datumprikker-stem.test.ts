import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";

let h: Harness;
const say = (name: string, text: string) => h.say(name, text, { chat: "stuurgroep" });
beforeEach(async () => {
  h = await createHarness();
  await say("Henk", "/datumprikker 12 feb 19:30, 19 feb 19:30");
});
afterEach(async () => h.close());

/** The whole date poll, answered by number, is specified in test/commands/datumprikker.test.ts. */
describe("/datumprikker stem", () => {
  it("records the sender's vote and shows the count", async () => {
    expect(await say("Henk", "/datumprikker stem 1")).toEqual([
      "🗳️ Genoteerd, Henk: do 12 feb 19:30.\n1. do 12 feb 19:30 — 1 (Henk)\n2. do 19 feb 19:30 — 0\nNog niet gestemd: Ingrid en Marieke.",
    ]);
    expect(await h.db.datePollVote.count()).toBe(1);
  });

  it("refuses an option the poll does not have, and records nothing", async () => {
    const before = await snapshotCounts(h.db);
    expect(await say("Henk", "/datumprikker stem 7")).toEqual(["Optie 7 bestaat niet in deze datumprikker; kies uit 1 t/m 2. Bijvoorbeeld: /datumprikker stem 1 2"]);
    expect(await snapshotCounts(h.db)).toEqual(before);
    expect(await h.db.datePollVote.count()).toBe(0);
  });
});
