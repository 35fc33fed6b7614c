import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

describe("/besluitenlijst", () => {
  it("says there are none yet, and how a decision is recorded", async () => {
    expect(await h.say("Sanne", "/besluitenlijst")).toEqual(["Er zijn nog geen besluiten genoteerd. Noteren (stuurgroep): /besluit <tekst> [agendapunt <nr>]"]);
  });

  it("lists the stuurgroep's decisions newest first, for anyone in the wijk, and changes nothing", async () => {
    await h.say("Marieke", "/vergadering nieuw vandaag 19:30");
    await h.say("Henk", "/besluit Zomerkamp gaat door", { chat: "stuurgroep" });
    await h.say("Henk", "/besluit Watertappunt komt bij de school", { chat: "stuurgroep" });
    const before = await h.db.decision.count();
    expect(await h.say("Sanne", "/besluitenlijst")).toEqual(["*Besluiten van de stuurgroep* (nieuwste eerst)\n- ma 5 jan: Watertappunt komt bij de school\n- ma 5 jan: Zomerkamp gaat door"]);
    expect(await h.db.decision.count()).toBe(before);
  });
});
