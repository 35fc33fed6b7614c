import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie doelgroep accepts the four age groups only", async () => {
    expect(await h.say("Fatima", "/actie doelgroep watertappunt 12+")).toEqual(["👧 Doelgroep van Watertappunt in de wijk (Gezond): 12+ jaar."]);
    const [refused] = await h.say("Fatima", "/actie doelgroep watertappunt 18-25");
    expect(refused).toContain("Kies als doelgroep 0-4, 4-12, 12+ of algemeen");
  });
});
