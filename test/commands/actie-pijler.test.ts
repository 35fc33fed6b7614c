import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) =>
  h.db.action.findFirstOrThrow({ where: { title }, include: { owners: { include: { person: true } }, partners: { include: { organisation: true } }, pillar: true, notes: true } });

describe("changing an action", () => {
  it("/actie pijler moves an action to another pillar", async () => {
    expect(await h.say("Marieke", "/actie pijler watertappunt kansrijk")).toEqual(["📌 Watertappunt in de wijk valt nu onder pijler Kansrijk."]);
  });
});
