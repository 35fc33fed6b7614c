import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Monday 5 January 2026, 09:00
});
afterEach(async () => h.close());

describe("/help is generated from the command files", () => {
  it("lists every command", async () => {
    const [reply] = await h.say("Lisa", "/help");
    for (const usage of ["/actie nieuw <titel>", "/actie klaar <naam>", "/acties [mijn | open | te laat | klaar | <pijler>]", "/overzicht", "/koppel <code>", "/ongedaan"]) {
      expect(reply).toContain(usage);
    }
  });
  it("explains one command with examples", async () => {
    const [reply] = await h.say("Lisa", "/help actie deadline");
    expect(reply).toContain("*/actie deadline <naam> <datum>*");
    expect(reply).toContain("- /actie deadline watertappunt 15 maart");
  });
});
