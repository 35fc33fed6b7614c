import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

describe("/herinneringen and /herinner stop", () => {
  it("lists your own reminders numbered, and stops one by its number", async () => {
    await h.say("Sanne", "/herinner mij weekstart elke maandag 9:00");
    await h.say("Sanne", "/herinner @Lisa verslag morgen 14:00");
    await h.say("Lisa", "/herinner mij iets anders morgen");
    expect(await h.say("Sanne", "/herinneringen")).toEqual([
      "*Jouw herinneringen*\n" +
        "1. weekstart — voor jou — elke maandag om 09:00, volgende ma 12 jan 09:00\n" +
        "2. verslag — voor Lisa — di 6 jan 14:00\n" +
        "Stoppen: /herinner stop <nr>",
    ]);
    expect(await h.say("Sanne", "/herinner stop 1")).toEqual(['🛑 Herinnering 1 ("weekstart") is gestopt.']);
    expect(await h.say("Sanne", "/herinner stop 7")).toEqual(["Je hebt geen herinnering met nummer 7. Typ /herinneringen voor je lijst."]);
    expect(await h.say("Lisa", "/herinner stop 2")).toEqual(["Je hebt geen herinnering met nummer 2. Typ /herinneringen voor je lijst."]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-20 12:00"));
    expect(sent.some((m) => m.text.includes("weekstart"))).toBe(false);
  });
});
