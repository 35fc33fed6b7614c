import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ start: new Date("2026-01-05T08:00:00Z") });
});
afterEach(async () => h.close());

const MINUTE_MS = 60_000;
const DM = { chat: "dm", isDirect: true };
const notesOf = async (title: string) => (await h.db.progressNote.findMany({ where: { action: { title } }, orderBy: { createdAt: "asc" } })).map((n) => n.text);

describe("a message without an action's name, right after a change by the same person", () => {
  it("is shown first as said of the action just changed, and stored on 'ja'", async () => {
    await h.say("Ahmed", "/actie bezig ouderbetrokkenheid", DM);
    const [question] = await h.say("Ahmed", "de eerste bijeenkomst in het buurthuis is geweest, er kwamen ook nog twee opa's mee met hun kleinkinderen", DM);
    expect(question).toContain("Ouderbetrokkenheid");
    expect(question).toContain("er kwamen ook nog twee opa's mee met hun kleinkinderen");
    expect(await notesOf("Ouderbetrokkenheid")).toEqual([]);
    await h.say("Ahmed", "ja", DM);
    expect(await notesOf("Ouderbetrokkenheid")).toEqual(["de eerste bijeenkomst in het buurthuis is geweest, er kwamen ook nog twee opa's mee met hun kleinkinderen"]);
  });

  it("news that says it continues ('ook … trouwens') is read against that action too", async () => {
    await h.say("Sanne", "/actie update wijkplan jonge kind: concept af", DM);
    const [question] = await h.say("Sanne", "ouderbrief is ook verstuurd trouwens", DM);
    expect(question).toContain("Integraal pedagogisch wijkplan jonge kind: ouderbrief is ook verstuurd trouwens");
    await h.say("Sanne", "ja", DM);
    expect(await notesOf("Integraal pedagogisch wijkplan jonge kind")).toEqual(["concept af", "ouderbrief is ook verstuurd trouwens"]);
  });

  it("is not read so after ten minutes: which action is asked", async () => {
    await h.say("Ahmed", "/actie bezig ouderbetrokkenheid", DM);
    h.clock.advance(11 * MINUTE_MS);
    const [question] = await h.say("Ahmed", "o en nog een update: 3 nieuwe vrijwilligers erbij", DM);
    // (Ahmed's own actions are offered by number, Ouderbetrokkenheid among them — none is guessed.)
    expect(question).toMatch(/^Welke actie bedoel je\?/);
    expect(question).not.toContain("Ouderbetrokkenheid: 3 nieuwe");
  });

  it("is not read so from someone else, nor when it takes something back", async () => {
    await h.say("Sanne", "/actie update wijkplan jonge kind: concept af", DM);
    expect((await h.say("Sanne", "hmm laat maar, die andere ook", DM)).join()).not.toContain("noteren");
    const [other] = await h.say("Peter", "ouderbrief is ook verstuurd trouwens", DM);
    expect(other ?? "").not.toContain("Integraal pedagogisch wijkplan jonge kind");
    expect(await notesOf("Integraal pedagogisch wijkplan jonge kind")).toEqual(["concept af"]);
  });

  it("a question is never read as news for the action just changed", async () => {
    await h.say("Ahmed", "/actie bezig ouderbetrokkenheid", DM);
    const replies = await h.say("Ahmed", "zijn er ook nog nieuwe vrijwilligers?", DM);
    expect(replies.join()).not.toContain("Ouderbetrokkenheid: zijn er");
    expect(await notesOf("Ouderbetrokkenheid")).toEqual([]);
  });
});

describe("two parts said right after a new action (fortieth session)", () => {
  it("'we willen er 50 jongeren mee bereiken, 900 euro begroot' offers both changes of that action; 'ja' makes them", async () => {
    await h.say("Ahmed", "/actie nieuw Zaalvoetbal op zaterdagavond pijler Vreedzaam", DM);
    const [question] = await h.say("Ahmed", "we willen er 50 jongeren mee bereiken, 900 euro begroot", DM);
    expect(question).toContain("Zaalvoetbal op zaterdagavond");
    expect(question).not.toMatch(/^Welke actie/);
    await h.say("Ahmed", "ja", DM);
    const action = await h.db.action.findFirstOrThrow({ where: { title: "Zaalvoetbal op zaterdagavond" } });
    expect([action.reachIntended, action.budgetPlannedCents]).toEqual([50, 90000]);
  });
});

describe("why, said right after a change (fortieth session)", () => {
  it("'gemeente trekt de subsidie in helaas' right after a stop is offered as its note; 'ja' stores it", async () => {
    await h.say("Ahmed", "/actie stop ouderbetrokkenheid", DM);
    const [question] = await h.say("Ahmed", "gemeente trekt de subsidie in helaas", DM);
    expect(question).toContain("/actie update Ouderbetrokkenheid: gemeente trekt de subsidie in helaas");
    expect(await notesOf("Ouderbetrokkenheid")).toEqual([]);
    await h.say("Ahmed", "ja", DM);
    expect(await notesOf("Ouderbetrokkenheid")).toEqual(["gemeente trekt de subsidie in helaas"]);
  });

  it("'zet er ff bij waarom: …' right after a new deadline keeps only the why", async () => {
    await h.say("Ahmed", "/actie deadline ouderbetrokkenheid 1 mei", DM);
    const [question] = await h.say("Ahmed", "zet er ff bij waarom: we missen 2 vrijwilligers", DM);
    expect(question).toContain("/actie update Ouderbetrokkenheid: we missen 2 vrijwilligers");
  });

  it("a question after a change is never offered as its note", async () => {
    await h.say("Ahmed", "/actie stop ouderbetrokkenheid", DM);
    expect((await h.say("Ahmed", "wanneer is de volgende stuurgroep", DM)).join()).not.toContain("/actie update");
  });
});

describe("news that names no action, from someone with open actions of their own", () => {
  it("with one open action: asks whether it is about that one, and notes it word for word on 'ja'", async () => {
    await h.say("Fatima", "/ik", DM);
    const [question] = await h.say("Fatima", "de kinderen hebben vanochtend 40 handtekeningen opgehaald op het plein", DM);
    expect(question).toContain("Hoort dit bij *Watertappunt in de wijk*?");
    expect(await notesOf("Watertappunt in de wijk")).not.toContain("de kinderen hebben vanochtend 40 handtekeningen opgehaald op het plein");
    await h.say("Fatima", "ja", DM);
    expect(await notesOf("Watertappunt in de wijk")).toContain("de kinderen hebben vanochtend 40 handtekeningen opgehaald op het plein");
  });

  it("with several: asks at which, numbered; the number answered notes it there", async () => {
    await h.say("Youssef", "/ik", DM);
    const [question] = await h.say("Youssef", "gisteren met drie ouders de eerste opzet gemaakt", DM);
    expect(question).toContain("Bij welke actie noteer ik: “gisteren met drie ouders de eerste opzet gemaakt”?");
    const line = question.split("\n").find((l) => l.includes("Ouderbetrokkenheid"))!;
    await h.say("Youssef", line.match(/^(\d+)\./)![1], DM);
    expect(await notesOf("Ouderbetrokkenheid")).toEqual(["gisteren met drie ouders de eerste opzet gemaakt"]);
  });

  it("a plan or a wish is not news: nothing is offered to note", async () => {
    await h.say("Fatima", "/ik", DM);
    const replies = await h.say("Fatima", "we willen volgend jaar misschien iets met een kookclub doen", DM);
    expect(replies.join()).not.toContain("noteer ik");
  });
});

describe("a slash command that names an action but not the value (thirty-fourth session)", () => {
  it("'/actie update ouderbetrokkenheid' asks what to note, and the next message is the note", async () => {
    const [question] = await h.say("Ahmed", "/actie update ouderbetrokkenheid", DM);
    expect(question).toBe("Wat wil je noteren bij *Ouderbetrokkenheid*?");
    await h.say("Ahmed", "eerste ouderkamer was druk, 9 ouders", DM);
    expect(await notesOf("Ouderbetrokkenheid")).toEqual(["eerste ouderkamer was druk, 9 ouders"]);
  });

  it("'/actie partner ouderbetrokkenheid' asks which partner, and the name typed next is the partner", async () => {
    expect((await h.say("Ahmed", "/actie partner ouderbetrokkenheid", DM))[0]).toContain("Welke partner wil je toevoegen aan *Ouderbetrokkenheid*?");
    await h.say("Ahmed", "Stichting Leergeld", DM);
    const partners = await h.db.actionPartner.findMany({ where: { action: { title: "Ouderbetrokkenheid" } }, select: { organisation: { select: { name: true } } } });
    expect(partners.map((p) => p.organisation.name)).toContain("Stichting Leergeld");
  });

  it("someone who may not change the action gets the command's answer, not the question", async () => {
    expect((await h.say("Peter", "/actie update ouderbetrokkenheid", DM))[0]).not.toContain("Wat wil je noteren");
  });

  it("a name that fits no action, or a value said, goes to the command as typed", async () => {
    expect((await h.say("Ahmed", "/actie update kermis", DM))[0]).not.toContain("Wat wil je noteren");
    expect((await h.say("Ahmed", "/actie update ouderbetrokkenheid flyers rondgebracht", DM))[0]).toContain("flyers rondgebracht");
  });
});

describe("the mid-year check answered in words (thirty-fourth session)", () => {
  it("'watertappunt loopt achter' from someone with an open check answers it for that action", async () => {
    h.clock.set(new Date("2026-06-01T10:00:00Z"));
    await h.say("Marieke", "/jaarplan check", DM);
    const replies = await h.say("Fatima", "watertappunt loopt achter, zeker een maand", DM);
    expect(replies.join("\n")).toMatch(/Genoteerd: .*Watertappunt in de wijk: loopt achter/);
  });

  it("without an open check the same words are read as usual, not as a check answer", async () => {
    const replies = await h.say("Fatima", "watertappunt loopt achter, zeker een maand", DM);
    expect(replies.join("\n")).not.toContain("Genoteerd:");
  });
});
