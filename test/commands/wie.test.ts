import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

describe("people", () => {
  it("/wie shows people with organisation, role and open actions", async () => {
    const [reply] = await h.say("Lisa", "/wie");
    expect(reply).toContain("- *Marieke* — coördinator, Gemeente Groningen");
    expect(reply).toContain("- *Fatima* — kartrekker Gezond, GGD Groningen\n   Watertappunt in de wijk (vr 30 jan)");
  });

  it("/wie <pijler|organisatie|naam> narrows it down", async () => {
    expect((await h.say("Lisa", "/wie gezond"))[0]).toContain("*Wie werkt aan Gezond*");
    expect((await h.say("Lisa", "/wie GGD"))[0]).toMatch(/Joke[\s\S]*Fatima|Fatima[\s\S]*Joke/);
    expect((await h.say("Lisa", "/wie youssef"))[0]).toContain("Youssef");
  });
});
