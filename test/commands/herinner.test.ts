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

const reminderCount = () => h.db.reminder.count({ where: { cancelledAt: null } });

describe("/herinner", () => {
  it("reminds several people at once, one reminder each ('/herinner @Peter @Lisa …', also 'en')", async () => {
    expect(await h.say("Marieke", "/herinner @Peter en @Lisa wijkschouw vrijdag")).toEqual([
      '⏰ Ik herinner Peter vr 9 jan 09:00 aan "wijkschouw". (nr 1; stoppen: /herinner stop 1)\n⏰ Ik herinner Lisa vr 9 jan 09:00 aan "wijkschouw". (nr 2; stoppen: /herinner stop 2)',
    ]);
    expect(await reminderCount()).toBe(2);
    // Free text says it the same way.
    await h.say("Marieke", "@wijkbot herinner Youssef en Sanne donderdag aan de overdracht van de huiskamer");
    expect(await reminderCount()).toBe(2);
    await h.say("Marieke", "ja");
    expect(await reminderCount()).toBe(4);
  });

  it("sets a one-off reminder for yourself and sends it at that time", async () => {
    expect(await h.say("Sanne", "/herinner mij subsidie aanvragen vrijdag 10:00")).toEqual([
      '⏰ Ik herinner je vr 9 jan 10:00 aan "subsidie aanvragen". (nr 1; stoppen: /herinner stop 1)',
    ]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-09 12:00"));
    expect(sent.filter((m) => m.text.includes("subsidie"))).toMatchObject([
      { at: "2026-01-09 10:00", chatId: "kartrekkers", text: "@Sanne ⏰ Herinnering: subsidie aanvragen" },
    ]);
  });

  it("asks when, if no moment is said, and the next message gives it", async () => {
    expect(await h.say("Fatima", "/herinner mij de stukken", { chat: "dm" })).toEqual(["⏰ Wanneer stuur ik de herinnering “de stukken”? Typ het moment, bijvoorbeeld morgen 9:00, vrijdag of elke maandag 9:00."]);
    expect((await h.say("Fatima", "vrijdag 14:00", { chat: "dm" }))[0]).toContain("Ik herinner je vr 9 jan 14:00 aan \"de stukken\"");
  });

  it("reminds someone else, saying who asked, and a group in that group", async () => {
    await h.say("Marieke", "/herinner @Sanne verslag rondsturen morgen");
    await h.say("Henk", "/herinner groep stukken lezen morgen 17:00", { chat: "stuurgroep" });
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-06 18:00"));
    expect(sent.map((m) => `${m.at} ${m.chatId} ${m.text}`)).toEqual([
      "2026-01-06 09:00 kartrekkers @Sanne ⏰ Herinnering van Marieke: verslag rondsturen",
      "2026-01-06 17:00 stuurgroep ⏰ Herinnering van Henk: stukken lezen",
    ]);
  });

  it.each([
    ["/herinner", "Wie moet ik herinneren?"],
    ["/herinner mij", "Waaraan moet ik herinneren?"],
    ["/herinner Sanne stukken morgen", "Begin met mij, @naam of groep"],
    ["/herinner mij stukken elke blauwe maandag", "begrijp ik niet"],
    ["/herinner groep stukken morgen", "werkt alleen in een groepsgesprek"],
    ["/herinner @Onbekend stukken morgen", "Ik ken niemand"],
  ])("explains what is wrong with %j and stores nothing", async (text, problem) => {
    const isDm = text.includes("groep");
    const [reply] = await h.say("Sanne", text, isDm ? { chat: "dm" } : {});
    expect(reply).toContain(problem);
    expect(await reminderCount()).toBe(0);
  });
});

describe("/herinner with a number before the moment", () => {
  it("the number of a school group is part of what, not of when", async () => {
    expect(await h.say("Fatima", "/herinner mij verkeersles in groep 5 11 februari 8:00", { chat: "dm" })).toEqual([
      expect.stringContaining('wo 11 feb 08:00 aan "verkeersles in groep 5"'),
    ]);
  });
});
