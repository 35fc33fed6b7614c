import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../helpers/harness.ts";
import { dutch } from "../../../src/i18n/index.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ start: new Date("2026-01-05T08:00:00Z") });
});
afterEach(async () => h.close());

const byTitle = (title: string) => h.db.action.findFirstOrThrow({ where: { wijkId: h.wijkId, title } });
const status = async (title: string) => (await byTitle(title)).status;
const owners = async (title: string) =>
  (await h.db.actionOwner.findMany({ where: { action: { wijkId: h.wijkId, title } }, select: { person: { select: { displayName: true } } } })).map((o) => o.person.displayName).sort();

describe("two changes in one message", () => {
  it("are shown first, both; 'ja' makes them one after the other, each with its own reply", async () => {
    const [question] = await h.say("Marieke", "@wijkbot het watertappunt is klaar en de wijkwebsite ook");
    expect(question).toContain("- /actie klaar Watertappunt in de wijk");
    expect(question).toContain("- /actie klaar Eén wijkwebsite");
    expect(await status("Watertappunt in de wijk")).toBe("bezig");
    expect(await status("Eén wijkwebsite")).toBe("gepland");
    expect(await h.say("Marieke", "ja")).toEqual([
      "✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima.",
      "✅ Eén wijkwebsite (Vreedzaam) staat op klaar. Eigenaar: Youssef.",
    ]);
    expect(await status("Watertappunt in de wijk")).toBe("klaar");
    expect(await status("Eén wijkwebsite")).toBe("klaar");
  });

  it("'nee' changes neither", async () => {
    await h.say("Marieke", "@wijkbot watertappunt en wijkwebsite allebei bezig");
    expect(await h.say("Marieke", "nee")).toEqual([dutch("core.nothingChanged")]);
    expect(await status("Eén wijkwebsite")).toBe("gepland");
  });

  it("each is checked on its own: the one the sender may not change is refused, the other is made", async () => {
    await h.say("Fatima", "@wijkbot watertappunt klaar, wijkwebsite ook!");
    const replies = await h.say("Fatima", "ja");
    expect(replies[0]).toContain("Watertappunt in de wijk (Gezond) staat op klaar");
    expect(replies[1]).toContain("Eén wijkwebsite");
    expect(await status("Watertappunt in de wijk")).toBe("klaar");
    expect(await status("Eén wijkwebsite")).toBe("gepland");
  });

  it("are undone one at a time, the last first", async () => {
    await h.say("Marieke", "@wijkbot watertappunt en wijkwebsite allebei klaar");
    await h.say("Marieke", "ja");
    const [undone] = await h.say("Marieke", "@wijkbot oeps, terugdraaien");
    expect(undone).toContain("Teruggedraaid bij Eén wijkwebsite");
    expect(await status("Eén wijkwebsite")).toBe("gepland");
    expect(await status("Watertappunt in de wijk")).toBe("klaar");
  });

  it("a budget and what was spent of it, said together, set both", async () => {
    const [question] = await h.say("Marieke", "@wijkbot wijkwebsite begroting 9000, waarvan al 1200 uitgegeven aan de bouwer");
    expect(question).toContain("begroot 9000");
    expect(question).toContain("besteed 1200");
    await h.say("Marieke", "ja");
    const action = await byTitle("Eén wijkwebsite");
    expect([action.budgetPlannedCents, action.budgetSpentCents]).toEqual([900_000, 120_000]);
  });

  it("a word of another title ('alle' of '… voor alle scholen') is not a second action", async () => {
    const [question] = await h.say("Fatima", "@wijkbot watertappunt kan op klaar, alle 3 de scholen doen mee");
    expect(question).not.toContain("Gezonde School");
  });
});

describe("a name that starts with a question word", () => {
  it("'waarom achter de cijfers is klaar' is a status, not a question (it was klaar already)", async () => {
    expect(await h.say("Lisa", "@wijkbot waarom achter de cijfers is klaar")).toEqual(["Op zoek naar het waarom achter de cijfers (Kansrijk) stond al op klaar."]);
  });
});

describe("'en ik ook' right after an owner change", () => {
  it("adds the sender as owner", async () => {
    await h.say("Joke", "/actie eigenaar betrokkenheid cb @Fatima");
    await h.say("Joke", "en ikzelf ook");
    expect(await owners("Verhoogde betrokkenheid CB en GGD")).toEqual(["Fatima", "Joke"]);
  });
});

describe("a reminder counted from the next meeting", () => {
  it("'de dag voor de vergadering' is the day before the next meeting, at 9:00", async () => {
    await h.say("Marieke", "/vergadering nieuw 22 januari 19:30 MFC");
    const [reply] = await h.say("Marieke", "@wijkbot herinner me de dag voor de vergadering aan de stukken");
    expect(reply).toContain("wo 21 jan 09:00");
    expect(reply).toContain('"de stukken"');
  });

  it("'een week voor de vergadering' is seven days before it", async () => {
    await h.say("Marieke", "/vergadering nieuw 22 januari 19:30 MFC");
    const [reply] = await h.say("Marieke", "@wijkbot herinner me een week voor de vergadering aan de begroting");
    expect(reply).toContain("do 15 jan 09:00");
  });
});

describe("a holiday said with its dates", () => {
  it("'zet de zomervakantie van 4 juli t/m 16 augustus erin' is the wijk's holiday, not a reminder", async () => {
    const replies = await h.say("Marieke", "@wijkbot zet de zomervakantie van 4 juli t/m 16 augustus erin, dan pauzeren de herinneringen");
    expect(replies.join("\n")).not.toMatch(/herinner je/);
    expect(await h.db.reminder.count()).toBe(0);
  });
});

describe("answers that take more than one option or say a little more", () => {
  it("'allebei' to 'which action?' makes the change on each, one after the other", async () => {
    await h.say("Marieke", "@wijkbot betrokkenheid is gestart");
    const replies = await h.say("Marieke", "allebei");
    expect(replies).toEqual([
      "🔧 Ouderbetrokkenheid (Vreedzaam) staat op bezig. Eigenaar: Youssef en Ahmed.",
      "🔧 Verhoogde betrokkenheid CB en GGD (Gezond) staat op bezig. Eigenaar: Joke.",
    ]);
  });

  it("'de cb' (a short word of the name) picks that option", async () => {
    await h.say("Marieke", "@wijkbot betrokkenheid is gestart");
    expect(await h.say("Marieke", "de cb")).toEqual(["🔧 Verhoogde betrokkenheid CB en GGD (Gezond) staat op bezig. Eigenaar: Joke."]);
    expect(await status("Ouderbetrokkenheid")).toBe("gepland");
  });

  it("'oh nee, 8 maart' right after a deadline change corrects the date", async () => {
    await h.say("Fatima", "@wijkbot watertappunt deadline 1 maart");
    const [reply] = await h.say("Fatima", "oh nee, 8 maart");
    expect(reply).toContain("zo 8 mrt");
  });
});

describe("a deadline moved again right after it was set", () => {
  it("'zet hem toch maar een weekje later' moves it a week from the date just set", async () => {
    await h.say("Fatima", "@wijkbot watertappunt deadline 1 maart");
    const [reply] = await h.say("Fatima", "zet hem toch maar een weekje later");
    expect(reply).toContain("zo 8 mrt");
  });

  it("'o ja, reden: …' right after it is noted without the word 'reden'", async () => {
    await h.say("Fatima", "@wijkbot watertappunt deadline 1 maart");
    await h.say("Fatima", "o ja, reden: de pomp wordt later geleverd");
    const notes = await h.db.progressNote.findMany({ where: { action: { title: "Watertappunt in de wijk" } }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(notes[0]?.text).toBe("de pomp wordt later geleverd");
  });
});

describe("'ach nee, doe toch maar een weekje later' right after a deadline change", () => {
  it("moves it a week from the date just set", async () => {
    await h.say("Fatima", "/actie deadline watertappunt 13 maart");
    const [reply] = await h.say("Fatima", "ach nee doe toch maar een weekje later");
    expect(reply).toContain("vr 20 mrt");
  });
});
