import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

/**
 * Display names (issue 12, item 10): nobody can take another person's name, the bot's name or
 * the name erased people get — also not with invisible characters or look-alike letters.
 */
let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const namesOf = async (name: string) => (await h.db.person.findMany({ where: { displayName: name }, select: { id: true } })).length;

describe("/ik <naam>", () => {
  it("stores the name normalised, without invisible characters", async () => {
    expect(await h.say("Sanne", "/ik Ｓａｎｎｅ de\u200b Vries")).toEqual(["👋 Je wordt nu getoond als *Sanne de Vries*."]);
  });

  it("refuses a name someone else in the wijk already has, and asks for an addition", async () => {
    const refusal = "Er is al iemand die *Marieke* heet in deze wijk. Kies een naam met een toevoeging, bijvoorbeeld /ik Marieke B. of /ik Marieke de Vries.";
    expect(await h.say("Sanne", "/ik Marieke")).toEqual([refusal]);
    expect(await h.say("Sanne", "/ik marieke")).toEqual([refusal.replace(/Marieke/g, "marieke")]);
    expect(await h.say("Sanne", "/ik Mari\u200beke")).toEqual([refusal]);
    expect(await namesOf("Marieke")).toBe(1);
    expect(await h.say("Sanne", "/ik Marieke B.")).toEqual(["👋 Je wordt nu getoond als *Marieke B.*."]);
  });

  it("lets you keep your own name, in another spelling", async () => {
    expect(await h.say("Marieke", "/ik marieke, Gemeente Groningen")).toEqual(["👋 Je wordt nu getoond als *marieke* (Gemeente Groningen)."]);
  });

  it.each(["Wijkbot", "wijkbot", "oud-lid", "Oud-lid", "Coördinator", "coordinator", "bot"])("refuses the reserved name %j", async (name) => {
    expect(await h.say("Sanne", `/ik ${name}`)).toEqual([
      `"${name}" kan ik niet als naam gebruiken: zo heet de bot of een rol. Kies een andere naam, bijvoorbeeld je voornaam.`,
    ]);
    expect((await h.db.person.findFirstOrThrow({ where: { identities: { some: { externalId: "sanne" } } } })).displayName).toBe("Sanne");
  });

  it("refuses a name that is only invisible characters", async () => {
    expect(await h.say("Sanne", "/ik \u200b\u200b\u2060")).toEqual([expect.stringContaining("Je staat bekend als *Sanne*")]);
    expect(await h.say("Sanne", "/ik \u3164\u3164")).toEqual([expect.stringContaining("Je staat bekend als *Sanne*")]);
  });
});

describe("someone new writing in a group", () => {
  it("gets the name the platform shows, with a number when someone in the wijk already has it", async () => {
    await h.say("Marieke", "/acties", { chat: "kartrekkers" });
    const before = await namesOf("Marieke");
    await h.send("Marieke\u200b", "/acties mijn", { chat: "kartrekkers" });
    expect(await namesOf("Marieke")).toBe(before);
    expect(await namesOf("Marieke (2)")).toBe(1);
  });

  it("never gets a reserved name", async () => {
    await h.send("Wijkbot", "/acties mijn", { chat: "kartrekkers" });
    expect(await namesOf("Wijkbot")).toBe(0);
    expect(await namesOf("Onbekend")).toBe(1);
  });
});

describe("people", () => {
  it("/ik sets how you are shown", async () => {
    expect(await h.say("Lisa", "/ik Lisa de Boer, OBS De Zonnewijzer")).toEqual(["👋 Je wordt nu getoond als *Lisa de Boer* (OBS De Zonnewijzer)."]);
    expect((await h.say("Lisa", "/ik"))[0]).toContain("Je staat bekend als *Lisa de Boer* (OBS De Zonnewijzer), kartrekker.");
  });
});
