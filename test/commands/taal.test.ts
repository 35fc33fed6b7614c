import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

const person = (name: string) => h.db.person.findFirstOrThrow({ where: { displayName: name } });

describe("/taal", () => {
  it("is remembered per person; others keep Dutch", async () => {
    await h.say("Fatima", "/taal en");
    expect((await person("Fatima")).language).toBe("en");
    expect(await h.say("Fatima", "/actie klaar watertappunt")).toEqual(["✅ Watertappunt in de wijk (Gezond) is now done. Owner: Fatima."]);
    expect(await h.say("Joke", "/actie klaar gezonde school")).toEqual(["Gezonde School vignet voor alle scholen (Gezond) stond al op klaar."]);
  });
});
