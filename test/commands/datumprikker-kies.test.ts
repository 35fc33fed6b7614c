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
describe("/datumprikker kies", () => {
  it("closes the poll and plans the meeting on the chosen date", async () => {
    expect(await say("Henk", "/datumprikker kies 1")).toEqual([
      "✅ Datumprikker gesloten: het wordt optie 1, do 12 feb 19:30.\n🗓️ Stuurgroep gepland: do 12 feb 19:30.\n" +
        "maandag 2 februari vraag ik de kartrekkers om agendapunten; maandag 9 februari stuur ik de agenda rond.\nAgendapunt voorstellen: /agendapunt <tekst>",
    ]);
    const poll = await h.db.datePoll.findFirstOrThrow();
    expect(poll.closedAt).toEqual(h.clock.now());
    expect(await h.db.meeting.count()).toBe(1);
  });

  it("refuses a kartrekker and an option the poll does not have, and changes nothing", async () => {
    const before = await snapshotCounts(h.db);
    expect(await say("Lisa", "/datumprikker kies 1")).toEqual(["Alleen de coördinator of voorzitter stuurgroep kan een datum kiezen uit de datumprikker."]);
    expect(await say("Henk", "/datumprikker kies 9")).toEqual(["Optie 9 bestaat niet: deze datumprikker heeft optie 1 t/m 2. Bijvoorbeeld: /datumprikker kies 1"]);
    expect(await snapshotCounts(h.db)).toEqual(before);
    expect((await h.db.datePoll.findFirstOrThrow()).closedAt).toBeNull();
  });
});
