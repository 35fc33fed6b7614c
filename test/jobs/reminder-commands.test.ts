import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at, clearDemoDeadlines, recordSends, type Recorded } from "../scheduler/helpers.ts";

let h: Harness;
let sent: Recorded[];
beforeEach(async () => {
  h = await createHarness();
  sent = recordSends(h.app, h.clock);
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

const reminderCount = () => h.db.reminder.count({ where: { cancelledAt: null } });

describe("/herinner", () => {
  it("sets a one-off reminder for yourself and sends it at that time", async () => {
    expect(await h.say("Sanne", "/herinner mij subsidie aanvragen vrijdag 10:00")).toEqual([
      '⏰ Ik herinner je vr 9 jan 10:00 aan "subsidie aanvragen". (nr 1; stoppen: /herinner stop 1)',
    ]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-09 12:00"));
    expect(sent.filter((m) => m.text.includes("subsidie"))).toEqual([
      { at: "2026-01-09 10:00", chatId: "kartrekkers", text: "@Sanne ⏰ Herinnering: subsidie aanvragen" },
    ]);
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
    ["/herinner mij de stukken", "Wanneer?"],
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

describe("finishing an action", () => {
  it("leaves nothing due for it: no more reminders", async () => {
    await clearDemoDeadlines(h.db);
    await h.say("Fatima", "/actie deadline watertappunt 16 januari");
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-12 12:00"));
    expect(sent.filter((m) => m.text.includes("*Watertappunt"))).toHaveLength(1);
    await h.say("Fatima", "/actie klaar watertappunt");
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-28 12:00"));
    expect(sent.filter((m) => m.text.includes("*Watertappunt"))).toHaveLength(1);
  });
});

describe("/vakantie", () => {
  it("is set by the coördinator and listed for everyone", async () => {
    expect(await h.say("Sanne", "/vakantie 2026-07-18 t/m 2026-08-30")).toEqual(["Alleen de coördinator kan vakanties instellen."]);
    await h.say("Marieke", "/vakantie 2026-07-18 t/m 2026-08-30");
    expect(await h.say("Sanne", "/vakantie")).toEqual(["*Vakanties (geen deadline-herinneringen)*\n1. za 18 jul t/m zo 30 aug"]);
    expect(await h.say("Marieke", "/vakantie 30 augustus t/m 18 juli")).toEqual([expect.stringContaining("De einddatum ligt vóór de begindatum")]);
    expect(await h.say("Marieke", "/vakantie weg 1")).toEqual([expect.stringContaining("is weg")]);
    expect(await h.db.holiday.count()).toBe(0);
  });
});

describe("/weekoverzicht and /maandbericht", () => {
  it("sends the digest now, and lets anyone subscribe", async () => {
    const [digest] = await h.say("Marieke", "/weekoverzicht");
    expect(digest).toMatch(/^📊 \*Weekoverzicht Lewenborg XL\*/);
    expect(digest).toContain("⚠️ Over de deadline: Financiële educatie in projectplan Campus 2025 (vr 2 jan, Peter)");
    expect(await h.say("Sanne", "/weekoverzicht aan")).toEqual(["📬 Je krijgt het weekoverzicht voortaan elke maandag om 08:30. Stoppen: /weekoverzicht uit"]);
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-12 09:00"));
    const digests = sent.filter((m) => m.text.includes("Weekoverzicht"));
    expect(digests.map((m) => `${m.at} ${m.text.split(" ")[0]}`)).toEqual(["2026-01-12 08:30 @Marieke", "2026-01-12 08:30 @Sanne"]);
    expect(await h.say("Sanne", "/weekoverzicht vaak")).toEqual([expect.stringContaining("Kies aan of uit")]);
  });

  it("names owners with open actions but no update for 4 weeks, and lists new agenda items", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-20 10:00"));
    await h.say("Fatima", "/actie update watertappunt kinderraad koos drie plekken");
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-06 10:00"));
    await h.say("Lisa", "/agendapunt Zomerschool evalueren");
    const [digest] = await h.say("Marieke", "/weekoverzicht");
    expect(digest).toContain("*Nieuwe agendapunten*\n- Zomerschool evalueren (Lisa)");
    const quiet = digest.slice(digest.indexOf("*Al 4 weken geen update*"));
    expect(quiet).toContain("- Peter: Financiële educatie in projectplan Campus 2025 (laatste update ma 5 jan)");
    expect(quiet).not.toContain("Fatima");
  });

  it("writes last month's results in plain Dutch", async () => {
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-07 10:00"));
    await h.say("Fatima", "/actie update watertappunt 120 handtekeningen opgehaald");
    await h.say("Joke", "/actie bezig betrokkenheid cb");
    await h.say("Youssef", "/actie klaar wijkwebsite");
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-02 10:00"));
    const [text] = await h.say("Marieke", "/maandbericht");
    expect(text).toBe(
      "*Nieuws van het wijkplan Lewenborg XL — januari 2026*\n\n" +
        "In januari is één actie afgerond: Eén wijkwebsite.\n\n" +
        "We zijn begonnen met Verhoogde betrokkenheid CB en GGD.\n\n" +
        "Zo staat het ervoor:\n- Watertappunt in de wijk: 120 handtekeningen opgehaald.\n- Vreedzaam breder trekken naar de 2e schil: Eerste training oudermediatoren bij de sportvereniging gepland.\n\n" +
        "Meedoen of meer weten? Neem contact op met de wijkcoördinator.",
    );
  });
});
