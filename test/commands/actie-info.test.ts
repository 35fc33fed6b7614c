import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie info shows details and the last 5 history entries", async () => {
    await h.say("Fatima", "/actie update watertappunt kinderraad heeft plek gekozen");
    await h.say("Fatima", "/actie klaar watertappunt");
    const [info] = await h.say("Fatima", "/actie info watertappunt");
    expect(info).toContain("*Watertappunt in de wijk*");
    expect(info).toContain("Status: ✅ klaar");
    expect(info).toContain("Eigenaar: Fatima");
    expect(info).toContain("Partners: GGD Groningen");
    expect(info).toContain("Bereik: 120 bereikt van 300 beoogd");
    expect(info).toContain("Laatste update (ma 5 jan, Fatima): kinderraad heeft plek gekozen");
    expect(info).toContain("- ma 5 jan Fatima: status: bezig → klaar");
    expect(info).toContain('- ma 5 jan Fatima: voortgang: "kinderraad heeft plek gekozen"');
  });
});
