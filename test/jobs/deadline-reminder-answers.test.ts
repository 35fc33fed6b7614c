import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { addAction, at, clearDemoDeadlines } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";
import { buttonsLine } from "../../adapters/console/index.ts";

let h: Harness;
let sent: Recorded[];
let actionId: string;
beforeEach(async () => {
  h = await createHarness();
  sent = recordOutbox(h.app, { clock: h.clock });
  await h.app.scheduler.init(h.clock.now());
  await clearDemoDeadlines(h.db);
  actionId = await addAction(h.db, { wijkId: h.wijkId, title: "Buurtfeest plannen", owner: "Sanne", deadline: "2026-01-09", now: h.clock.now() });
  await h.app.scheduler.advanceTo(h.clock, at("2026-01-08 12:00"));
});
afterEach(async () => h.close());

const status = async () => (await h.db.action.findUniqueOrThrow({ where: { id: actionId } })).status;

describe("a deadline reminder answered by number (WhatsApp, console)", () => {
  it("says the numbers under the reminder, and 1 marks the action klaar as /actie klaar would, with history and undo", async () => {
    const reminder = sent.find((m) => m.text.includes("Buurtfeest plannen"))!;
    expect(reminder.text).toContain("\nOf antwoord 1 (klaar), 2 (bezig), 3 (volgende week herinneren) of 4 (nieuwe datum).");
    h.clock.set(at("2026-01-08 15:00"));
    const [reply] = await h.say("Sanne", "1");
    expect(reply).toContain("klaar");
    expect(await status()).toBe("klaar");
    expect(await h.db.historyEntry.count({ where: { actionId } })).toBeGreaterThan(0);
    await h.say("Sanne", "/ongedaan");
    expect(await status()).toBe("bezig");
  });

  it("4 asks for the new date and the next message sets it", async () => {
    expect((await h.say("Sanne", "4"))[0]).toContain("Welke nieuwe datum voor *Buurtfeest plannen*");
    const [reply] = await h.say("Sanne", "16 januari");
    expect(reply).toContain("Deadline van");
    expect((await h.db.action.findUniqueOrThrow({ where: { id: actionId } })).deadline?.toISOString()).toBe(at("2026-01-16").toISOString());
  });

  it("a number from someone else is not an answer to Sanne's reminder", async () => {
    await h.say("Lisa", "1");
    expect(await status()).toBe("bezig");
  });

  it("a number a day later is no longer read as an answer", async () => {
    h.clock.set(at("2026-01-09 13:00"));
    await h.say("Sanne", "1");
    expect(await status()).toBe("bezig");
  });
});

describe("the console's buttons", () => {
  it("render a scheduled question's choices as [1] Klaar [2] Bezig …", () => {
    const choices = [
      { label: "✅ Klaar", answer: "1" },
      { label: "🔧 Bezig", answer: "2" },
    ];
    expect(buttonsLine({ platform: "console", chatId: "dm:sanne", text: "…", choices, promptRef: "abc" })).toBe("[1] ✅ Klaar [2] 🔧 Bezig\n");
    expect(buttonsLine({ platform: "console", chatId: "dm:sanne", text: "…", choices })).toBe("");
  });
});
