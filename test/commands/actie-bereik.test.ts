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

  it("a number that cannot be read is still refused with the usage, and nothing is asked", async () => {
    const reply = (await h.say("Fatima", "/actie bereik watertappunt veel"))[0];
    expect(reply).toContain("Zet het aantal (een heel getal) achteraan");
    expect(reply).toContain("/actie bereik watertappunt 250");
  });
});
