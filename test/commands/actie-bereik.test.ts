import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie bereik records reached and intended reach", async () => {
    await h.say("Fatima", "/actie bereik watertappunt 250");
    expect(await h.say("Fatima", "/actie bereik watertappunt beoogd 400")).toEqual([
      "🎯 Bereik van Watertappunt in de wijk (Gezond): 250 bereikt, 400 beoogd.",
    ]);
  });
});

describe("/actie bereik, /actie budget and /actie eigenaar without their value", () => {
  it("asks how many were reached, and the next message (a bare number) gives it", async () => {
    expect(await h.say("Fatima", "/actie bereik watertappunt", { chat: "dm" })).toEqual([
      "🎯 Hoeveel kinderen, jongeren of ouders heeft Watertappunt in de wijk (Gezond) bereikt? Typ het aantal (bijvoorbeeld 25).",
    ]);
    expect(await h.say("Fatima", "17", { chat: "dm" })).toEqual(["🎯 Bereik van Watertappunt in de wijk (Gezond): 17 bereikt, 300 beoogd."]);
  });

  it("asks the intended reach when 'beoogd' is said without a number", async () => {
    expect((await h.say("Fatima", "/actie bereik watertappunt beoogd", { chat: "dm" }))[0]).toContain("Hoeveel wil Watertappunt in de wijk (Gezond) er bereiken (beoogd)?");
    await h.say("Fatima", "400", { chat: "dm" });
    expect((await action("Watertappunt in de wijk")).reachIntended).toBe(400);
  });

  it("asks the amount planned, and '2.750' in answer is stored as € 2.750", async () => {
    expect((await h.say("Fatima", "/actie budget watertappunt begroot", { chat: "dm" }))[0]).toContain("Welk bedrag begroot voor Watertappunt in de wijk (Gezond)?");
    expect((await h.say("Fatima", "2.750", { chat: "dm" }))[0]).toContain("begroot € 2.750");
  });

  it("asks who becomes owner, and a name typed in answer is the new owner", async () => {
    expect((await h.say("Fatima", "/actie eigenaar watertappunt", { chat: "dm" }))[0]).toContain("Wie wordt eigenaar van Watertappunt in de wijk (Gezond)?");
    expect((await h.say("Fatima", "Lisa", { chat: "dm" }))[0]).toContain("Lisa");
    expect((await action("Watertappunt in de wijk")).owners.map((o) => o.person.displayName)).toEqual(["Lisa"]);
  });

  it("reads the value inside a longer answer: a count, an amount, an age group", async () => {
    await h.say("Fatima", "/actie bereik watertappunt", { chat: "dm" });
    expect(await h.say("Fatima", "19 nu, er zijn er deze maand een paar bijgekomen", { chat: "dm" })).toEqual(["🎯 Bereik van Watertappunt in de wijk (Gezond): 19 bereikt, 300 beoogd."]);
    await h.say("Fatima", "/actie budget watertappunt besteed", { chat: "dm" });
    expect((await h.say("Fatima", "650 euro in totaal nu", { chat: "dm" }))[0]).toContain("besteed € 650");
    expect((await h.say("Fatima", "/actie doelgroep watertappunt", { chat: "dm" }))[0]).toBe("👧 Voor welke leeftijd is Watertappunt in de wijk (Gezond)? Typ 0-4, 4-12, 12+ of algemeen.");
    expect(await h.say("Fatima", "0-4 jaar", { chat: "dm" })).toEqual(["👧 Doelgroep van Watertappunt in de wijk (Gezond): 0-4 jaar."]);
  });

  it("asks the kind and the amount when neither is said, and 'begroot 900' in answer gives both", async () => {
    expect((await h.say("Fatima", "/actie budget watertappunt", { chat: "dm" }))[0]).toContain("Welk bedrag voor Watertappunt in de wijk (Gezond), en is het begroot of besteed?");
    expect((await h.say("Fatima", "begroot 900", { chat: "dm" }))[0]).toContain("begroot € 900");
  });

  it("a longer message that does not start with the value is a new message, not the answer", async () => {
    await h.say("Fatima", "/actie bereik watertappunt", { chat: "dm" });
    await h.say("Fatima", "buurtmoestuin: 30 kinderen geweest vandaag, echt super gezellig", { chat: "dm" });
    expect((await action("Watertappunt in de wijk")).reachReached).not.toBe(30);
  });

  it("reads 'ik' and 'erbij' in the answer to who becomes owner: the sender, and the owners there are", async () => {
    await h.say("Fatima", "/actie eigenaar watertappunt", { chat: "dm" });
    await h.say("Fatima", "Lisa en ik samen", { chat: "dm" });
    expect((await action("Watertappunt in de wijk")).owners.map((o) => o.person.displayName).sort()).toEqual(["Fatima", "Lisa"]);
    await h.say("Fatima", "/actie eigenaar watertappunt", { chat: "dm" });
    await h.say("Fatima", "Ahmed erbij graag", { chat: "dm" });
    expect((await action("Watertappunt in de wijk")).owners.map((o) => o.person.displayName).sort()).toEqual(["Ahmed", "Fatima", "Lisa"]);
  });

  it("a number that cannot be read is still refused with the usage, and nothing is asked", async () => {
    const reply = (await h.say("Fatima", "/actie bereik watertappunt veel"))[0];
    expect(reply).toContain("Zet het aantal (een heel getal) achteraan");
    expect(reply).toContain("/actie bereik watertappunt 250");
  });
});
