import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

async function status(title: string) {
  return (await h.db.action.findFirstOrThrow({ where: { title } })).status;
}

describe("/actie stop", () => {
  it.each([
    ["/actie gestopt watertappunt", "gestopt"],
    ["/actie geannuleerd watertappunt", "gestopt"],
  ])("understands %s", async (text, expected) => {
    await h.say("Fatima", text);
    expect(await status("Watertappunt in de wijk")).toBe(expected);
  });
});
