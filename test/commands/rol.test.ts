import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

describe("people", () => {
  it("/rol by the coördinator, refused for others", async () => {
    expect(await h.say("Marieke", "/rol @Lisa aanjager Kansrijk")).toEqual(["🧭 Lisa is nu aanjager van Kansrijk."]);
    expect(await h.say("Lisa", "/rol @Peter voorzitter")).toEqual(["Alleen de coördinator kan rollen toekennen."]);
  });

  it("/rol @Peter aanjager without a pillar asks which, and the answer completes it", async () => {
    expect(await h.say("Marieke", "/rol @Peter aanjager")).toEqual(["🧭 Van welke pijler wordt Peter aanjager? Typ de naam van de pijler, bijvoorbeeld: Gezond"]);
    expect(await h.say("Marieke", "van kansrijk")).toEqual(["🧭 Peter is nu aanjager van Kansrijk."]);
  });

  it("a pillar corrected right after takes back only that role, not an earlier change, and /ongedaan then gives the role before", async () => {
    await h.say("Marieke", "/actie klaar kindteams");
    await h.say("Marieke", "/rol @Lisa aanjager Kansrijk");
    expect(await h.say("Marieke", "sorry, moet Vreedzaam zijn")).toEqual(["Gecorrigeerd: 🧭 Lisa is nu aanjager van Vreedzaam."]);
    expect((await h.db.action.findFirstOrThrow({ where: { shortName: "kindteams" } })).status).toBe("klaar");
    expect(await h.say("Marieke", "/ongedaan")).toEqual(["↩️ Ongedaan: Lisa is weer kartrekker van Kansrijk."]);
    expect((await h.db.action.findFirstOrThrow({ where: { shortName: "kindteams" } })).status).toBe("klaar");
  });
});
