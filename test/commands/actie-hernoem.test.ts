import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionByTitle, createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

const action = (title: string) => actionByTitle(h.db, title);

describe("changing an action", () => {
  it("/actie hernoem renames", async () => {
    expect(await h.say("Fatima", "/actie hernoem watertappunt naar Watertappunt bij het winkelcentrum")).toEqual([
      '✏️ "Watertappunt in de wijk" heet nu "Watertappunt bij het winkelcentrum".',
    ]);
  });
});
