import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, snapshotCounts, type Harness } from "../helpers/harness.ts";
import { createApp } from "../../src/app.ts";
import { silentLogger } from "../../src/core/logger.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

describe("a platform message delivered twice", () => {
  it("changes nothing and is not answered the second time", async () => {
    expect(await h.say("Fatima", "/actie update watertappunt flyers rondgebracht", { messageId: "dup-1" })).toHaveLength(1);
    const after = await snapshotCounts(h.db);
    expect(await h.say("Fatima", "/actie update watertappunt flyers rondgebracht", { messageId: "dup-1" })).toEqual([]);
    expect(await snapshotCounts(h.db)).toEqual(after);
  });

  it("is recognised after a restart too (a new core on the same database)", async () => {
    await h.say("Fatima", "/actie update watertappunt flyers rondgebracht", { messageId: "dup-2" });
    const after = await snapshotCounts(h.db);
    const restarted = createApp({ db: h.db, clock: h.clock, logger: silentLogger });
    expect(await restarted.bot.handle(h.message("Fatima", "/actie update watertappunt flyers rondgebracht", { messageId: "dup-2" }))).toEqual([]);
    expect(await snapshotCounts(h.db)).toEqual(after);
  });

  it("the same id in another chat or platform is a different message", async () => {
    await h.say("Fatima", "/actie update watertappunt eerste", { messageId: "same" });
    expect(await h.say("Fatima", "/actie update watertappunt tweede", { messageId: "same", chat: "stuurgroep" })).toHaveLength(1);
  });
});
