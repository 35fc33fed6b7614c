import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

describe("/actie bezig", () => {
  it("sets the start date when work begins", async () => {
    await h.say("Youssef", "/actie gestart wijkwebsite");
    const action = await h.db.action.findFirstOrThrow({ where: { title: "Eén wijkwebsite" } });
    expect(action.status).toBe("bezig");
    expect(action.startDate?.toISOString()).toBe(h.clock.now().toISOString());
  });
});
