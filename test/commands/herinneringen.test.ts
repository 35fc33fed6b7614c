import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

/**
 * The coördinator can see and stop every reminder in the wijk (issue 12, item 6): a reminder
 * of someone who is away, or one that keeps pestering the group, need not wait for its maker.
 * Reminders are numbered per wijk, so one number means one reminder for everyone.
 */
let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
  await h.say("Sanne", "/herinner mij subsidie aanvragen donderdag 10:00");
  await h.say("Marieke", "/herinner @Peter projectplan rondsturen morgen 14:00");
  await h.say("Henk", "/herinner groep stukken lezen elke maandag 9:00", { chat: "stuurgroep" });
});
afterEach(async () => h.close());

describe("reminders are numbered per wijk", () => {
  it("each new reminder gets the next number of the wijk, whoever sets it", async () => {
    expect(await h.say("Lisa", "/herinner mij flyers ophalen vrijdag 9:00")).toEqual(['⏰ Ik herinner je vr 9 jan 09:00 aan "flyers ophalen". (nr 4; stoppen: /herinner stop 4)']);
    expect(await h.say("Lisa", "/herinneringen")).toEqual(["*Jouw herinneringen*\n4. flyers ophalen — voor jou — vr 9 jan 09:00\nStoppen: /herinner stop <nr>"]);
  });
});

describe("/herinneringen alle", () => {
  it("shows the coördinator every reminder in the wijk, numbered, with who set it and for whom", async () => {
    expect(await h.say("Marieke", "/herinneringen alle")).toEqual([
      "*Alle herinneringen in Lewenborg XL*\n" +
        "1. subsidie aanvragen — van Sanne voor zichzelf — do 8 jan 10:00\n" +
        "2. projectplan rondsturen — van Marieke voor Peter — di 6 jan 14:00\n" +
        "3. stukken lezen — van Henk voor groep stuurgroep — elke maandag om 09:00, volgende ma 12 jan 09:00\n" +
        "Stoppen: /herinner stop <nr>",
    ]);
  });

  it("is only for the coördinator", async () => {
    expect(await h.say("Sanne", "/herinneringen alle")).toEqual(["Alleen de coördinator kan alle herinneringen zien."]);
  });

  it("says so when there are none", async () => {
    await h.db.reminder.deleteMany();
    expect(await h.say("Marieke", "/herinneringen alle")).toEqual(["Er staan geen herinneringen in Lewenborg XL."]);
  });
});

describe("/herinner stop <nr>", () => {
  it("lets the coördinator stop anyone's reminder by its number, and tells its maker", async () => {
    const out = await h.send("Marieke", "/herinner stop 3");
    expect(out.map((m) => [m.chatId, m.text])).toEqual([
      ["kartrekkers", '🛑 Herinnering 3 ("stukken lezen", van Henk) is gestopt.'],
      // Henk has no private chat with the bot: a mention in the kartrekkers group.
      ["kartrekkers", '@Henk 🛑 Marieke heeft je herinnering 3 ("stukken lezen") gestopt.'],
    ]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-20 12:00"));
    expect(sent.filter((m) => m.text.includes("stukken lezen"))).toEqual([]);
    expect((await h.say("Marieke", "/herinneringen alle"))[0]).not.toContain("stukken lezen");
  });

  it("stops the coördinator's own reminder by the same number, without telling anyone else", async () => {
    expect(await h.say("Marieke", "/herinner stop 2")).toEqual(['🛑 Herinnering 2 ("projectplan rondsturen") is gestopt.']);
  });

  it("lets everyone else stop only their own", async () => {
    expect(await h.say("Sanne", "/herinner stop 3")).toEqual(["Je hebt geen herinnering met nummer 3. Typ /herinneringen voor je lijst."]);
    expect(await h.say("Sanne", "/herinner stop 1")).toEqual(['🛑 Herinnering 1 ("subsidie aanvragen") is gestopt.']);
  });

  it("tells the coördinator when no reminder in the wijk has that number", async () => {
    expect(await h.say("Marieke", "/herinner stop 9")).toEqual(["Er is geen herinnering met nummer 9. Typ /herinneringen alle voor de lijst."]);
  });
});
