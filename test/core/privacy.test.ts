import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import pino from "pino";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
let logLines: string[];
beforeEach(async () => {
  logLines = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  h = await createHarness({ logger: pino({ level: "trace" }, sink) });
});
afterEach(async () => h.close());

describe("logs hold no personal data", () => {
  it("no message texts, names or platform ids in any log line, also when something fails", async () => {
    await h.say("Fatima", "/actie update watertappunt geheim-bericht-0612345678");
    await h.say("Fatima", "/actie klaar watertappunt");
    await h.say("Fatima", "/pizza 0612345678");
    await h.say("Piet", "/overzicht", { chat: "buurtapp" });
    // Force an unexpected failure: the database goes away mid-conversation.
    await h.db.$disconnect();
    await h.say("Fatima", "/actie bezig watertappunt met 0612345678").catch(() => undefined);
    const all = logLines.join("\n");
    for (const secret of ["geheim-bericht", "0612345678", "Fatima", "fatima", "Piet", "watertappunt", "buurtapp"]) {
      expect(all).not.toContain(secret);
    }
  });
});
