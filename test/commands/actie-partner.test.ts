import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie partner adds an organisation (created when new)", async () => {
    expect(await h.say("Fatima", "/actie partner watertappunt Waterbedrijf Groningen")).toEqual([
      "🤝 Waterbedrijf Groningen is partner bij Watertappunt in de wijk (Gezond).",
    ]);
    expect((await action("Watertappunt in de wijk")).partners.map((p) => p.organisation.name).sort()).toEqual(["GGD Groningen", "Waterbedrijf Groningen"]);
  });

  it("a word of the action's name said again begins the organisation's name", async () => {
    expect(await h.say("Youssef", "/actie partner wijkwebsite Wijkwebsite Lewenborg Online")).toEqual([
      "🤝 Wijkwebsite Lewenborg Online is partner bij Eén wijkwebsite (Vreedzaam).",
    ]);
  });
});
