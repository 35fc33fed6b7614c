import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at, clearDemoDeadlines } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

describe("/snooze", () => {
  it("postpones the next deadline reminder of an action to the given moment", async () => {
    await clearDemoDeadlines(h.db);
    await h.say("Fatima", "/actie deadline watertappunt 16 januari");
    expect(await h.say("Fatima", "/snooze watertappunt 14 januari 11:00")).toEqual([
      '😴 Oké, de volgende herinnering voor "Watertappunt in de wijk" komt wo 14 jan 11:00.',
    ]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-16 12:00"));
    expect(sent.filter((m) => m.text.includes("*Watertappunt")).map((m) => m.at)).toEqual([
      // d-7 (9 Jan) was snoozed; the snoozed one, then d-1 and the deadline morning.
      "2026-01-14 11:00",
      "2026-01-15 09:00",
      "2026-01-16 09:00",
    ]);
  });

  it("refuses actions without a deadline or that are finished", async () => {
    expect(await h.say("Sanne", "/snooze kindteams morgen")).toEqual([expect.stringContaining("staat op geparkeerd")]);
    expect(await h.say("Peter", "/snooze financiële educatie")).toEqual([expect.stringContaining("Tot wanneer?")]);
  });
});
