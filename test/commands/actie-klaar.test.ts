import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { at, clearDemoDeadlines } from "../scheduler/helpers.ts";
import { recordOutbox, type Recorded } from "../helpers/recording-adapter.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

async function status(title: string) {
  return (await h.db.action.findFirstOrThrow({ where: { title } })).status;
}

describe("/actie klaar", () => {
  it("marks an action done by a forgiving name and says what changed", async () => {
    expect(await h.say("Fatima", "/actie klaar watertappunt")).toEqual([
      "✅ Watertappunt in de wijk (Gezond) staat op klaar. Eigenaar: Fatima.",
    ]);
    expect(await status("Watertappunt in de wijk")).toBe("klaar");
  });

  it.each([
    ["/actie af watertappunt", "klaar"],
    ["/ACTIE Gedaan Watertappunt!", "klaar"],
    ["/acite klaar watertapunt", "klaar"],
    ["/actie afgerond tappunt water", "klaar"],
    ["/action done watertappunt", "klaar"],
    ["/actie watertappunt klaar", "klaar"],
    ["/actie@WijkBot klaar watertappunt", "klaar"],
  ])("understands %s", async (text, expected) => {
    await h.say("Fatima", text);
    expect(await status("Watertappunt in de wijk")).toBe(expected);
  });

  it("says so when nothing changes and writes no history", async () => {
    const before = await h.db.historyEntry.count();
    expect(await h.say("Joke", "/actie klaar gezonde school")).toEqual(["Gezonde School vignet voor alle scholen (Gezond) stond al op klaar."]);
    expect(await h.db.historyEntry.count()).toBe(before);
  });

  it("writes a history entry with who, from → to and the chat message", async () => {
    await h.say("Fatima", "/actie klaar watertappunt", { messageId: "wa-123" });
    const entry = await h.db.historyEntry.findFirstOrThrow({ where: { field: "status" }, include: { person: true } });
    expect(entry).toMatchObject({ fromValue: "bezig", toValue: "klaar", messageId: "wa-123", chatId: "kartrekkers", platform: "console" });
    expect(entry.person?.displayName).toBe("Fatima");
  });
});

describe("finishing an action", () => {
  let sent: Recorded[];
  beforeEach(async () => {
    sent = recordOutbox(h.app, { clock: h.clock });
    await h.app.scheduler.init(h.clock.now());
  });

  it("leaves nothing due for it: no more reminders", async () => {
    await clearDemoDeadlines(h.db);
    await h.say("Fatima", "/actie deadline watertappunt 16 januari");
    await h.app.scheduler.advanceTo(h.clock, at("2026-01-12 12:00"));
    expect(sent.filter((m) => m.text.includes("*Watertappunt"))).toHaveLength(1);
    await h.say("Fatima", "/actie klaar watertappunt");
    await h.app.scheduler.advanceTo(h.clock, at("2026-02-28 12:00"));
    expect(sent.filter((m) => m.text.includes("*Watertappunt"))).toHaveLength(1);
  });
});
