import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { toInstant } from "../../src/time/amsterdam.ts";
import type { OutgoingMessage } from "../../src/core/types.ts";
import { recordOutbox } from "../helpers/recording-adapter.ts";
import { parseCheckInAnswers } from "../../src/parse/check-in-answers.ts";

let h: Harness;
let sent: OutgoingMessage[];
beforeEach(async () => {
  h = await createHarness();
  // Capture what the scheduler sends, at the platform edge.
  sent = recordOutbox(h.app);
  await h.app.scheduler.init(h.clock.now());
});
afterEach(async () => h.close());

const at = (month: number, day: number, hour = 9, minute = 0) => toInstant({ year: 2026, month, day }, hour, minute);
const checkIns = () => sent.filter((m) => m.text.includes("Tussentijdse check 2026"));
const reminders = () => sent.filter((m) => m.text.includes("Herinnering: je tussentijdse check"));

describe("the mid-year check (scheduled)", () => {
  it("goes out once on 1 June at the reminder hour to every owner of open actions, by DM where they have one", async () => {
    await h.say("Fatima", "/ik", { chat: "dm" });
    await h.app.scheduler.tick(at(6, 1, 8, 59));
    expect(checkIns()).toEqual([]);
    await h.app.scheduler.tick(at(6, 1, 9, 0));
    const owners = await h.db.checkIn.findMany({ select: { personId: true, year: true } });
    expect(owners).toHaveLength(7);
    expect(checkIns()).toHaveLength(7);
    expect(checkIns().find((m) => m.chatId === "dm:fatima")?.text).toBe(
      "🧭 *Tussentijdse check 2026*\nHoe staan je acties ervoor?\n1. Watertappunt in de wijk (vr 30 jan)\nAntwoord per nummer met *op koers*, *loopt achter* of *stoppen*, bijvoorbeeld: 1 op koers, 2 loopt achter",
    );
    await h.app.scheduler.tick(at(6, 2, 9, 0));
    expect(checkIns()).toHaveLength(7);
  });

  it("reaches an owner who chose English in English, deadlines included, and takes English answers", async () => {
    await h.say("Fatima", "/taal en", { chat: "dm" });
    await h.app.scheduler.tick(at(6, 1, 8, 59));
    sent.length = 0;
    await h.app.scheduler.tick(at(6, 1, 9, 0));
    expect(sent.find((m) => m.chatId === "dm:fatima")?.text).toBe(
      "🧭 *Mid-year check 2026*\nHow are your actions doing?\n1. Watertappunt in de wijk (Fri 30 Jan)\nAnswer per number with *on track*, *behind* or *stop*, for example: 1 on track, 2 behind",
    );
    await h.say("Fatima", "1 behind", { chat: "dm" });
    const fatima = await h.db.person.findFirstOrThrow({ where: { displayName: "Fatima" } });
    const checkIn = await h.db.checkIn.findFirstOrThrow({ where: { personId: fatima.id } });
    expect(JSON.parse(checkIn.answers)).toEqual({ 1: "loopt-achter" });
  });

  it("follows the wijk's own check-in day", async () => {
    await h.db.wijk.update({ where: { id: h.wijkId }, data: { settings: JSON.stringify({ checkInDate: "06-15" }) } });
    await h.app.scheduler.tick(at(6, 1, 9, 0));
    expect(checkIns()).toEqual([]);
    await h.app.scheduler.tick(at(6, 15, 9, 0));
    expect(checkIns()).toHaveLength(7);
  });

  it("reminds once after a week whoever has not answered every action, and no more", async () => {
    await h.say("Fatima", "/ik", { chat: "dm" });
    await h.say("Ahmed", "/ik", { chat: "dm" });
    await h.app.scheduler.tick(at(6, 1));
    h.clock.set(at(6, 2));
    expect(await h.say("Fatima", "1 op koers", { chat: "dm" })).toEqual([
      "Genoteerd: 1. Watertappunt in de wijk: op koers.\nAlles beantwoord, dank je wel! De coördinator krijgt het overzicht.",
      "@Marieke 🧭 Tussentijdse check van Fatima:\n- Watertappunt in de wijk: op koers",
    ]);
    await h.say("Ahmed", "1 loopt achter", { chat: "dm" });
    await h.app.scheduler.tick(at(6, 8));
    expect(reminders().map((m) => m.chatId)).toContain("dm:ahmed");
    expect(reminders().map((m) => m.chatId)).not.toContain("dm:fatima");
    // Only the unanswered action; the scheduler may bundle it with other messages due at the same moment.
    expect(reminders().find((m) => m.chatId === "dm:ahmed")?.text).toContain(
      "⏰ Herinnering: je tussentijdse check 2026 staat nog open.\n2. Ouderbetrokkenheid\nAntwoord bijvoorbeeld: 1 op koers, 2 loopt achter",
    );
    const count = reminders().length;
    await h.app.scheduler.tick(at(6, 15));
    await h.app.scheduler.tick(at(6, 22));
    expect(reminders()).toHaveLength(count);
  });

  it("stores the answers for the web overview and stops an action the owner wants stopped (undoable)", async () => {
    await h.app.scheduler.tick(at(6, 1));
    h.clock.set(at(6, 2));
    await h.say("Ahmed", "/check 1 op koers en 2 stoppen");
    const ahmed = await h.db.person.findFirstOrThrow({ where: { displayName: "Ahmed" } });
    const row = await h.db.checkIn.findFirstOrThrow({ where: { personId: ahmed.id } });
    expect(JSON.parse(row.answers)).toEqual({ 1: "op-koers", 2: "stoppen" });
    expect(row.answeredAt?.toISOString()).toBe(at(6, 2).toISOString());
    expect((await h.db.action.findFirstOrThrow({ where: { title: "Ouderbetrokkenheid" } })).status).toBe("gestopt");
    await h.say("Ahmed", "/ongedaan");
    expect((await h.db.action.findFirstOrThrow({ where: { title: "Ouderbetrokkenheid" } })).status).toBe("gepland");
  });

  it("answers that cannot be placed change nothing", async () => {
    await h.app.scheduler.tick(at(6, 1));
    expect(await h.say("Ahmed", "/check 1 misschien")).toEqual([
      'Dat begrijp ik niet. Antwoord per nummer met "op koers", "loopt achter" of "stoppen", bijvoorbeeld: /check 1 op koers, 2 loopt achter',
    ]);
    expect(await h.say("Henk", "/check 1 op koers", { chat: "stuurgroep" })).toEqual(["Er staat geen tussentijdse check voor je open."]);
    expect(await h.db.checkIn.count({ where: { answers: { not: "{}" } } })).toBe(0);
  });
});

describe("reading check-in answers", () => {
  it.each([
    ["1 op koers, 2 loopt achter", { 1: "op-koers", 2: "loopt-achter" }],
    ["1. op koers; 2) stoppen", { 1: "op-koers", 2: "stoppen" }],
    ["1 on track and 2 behind", { 1: "op-koers", 2: "loopt-achter" }],
    ["alles op koers", { 1: "op-koers", 2: "op-koers", 3: "op-koers" }],
  ])("%s", (text, expected) => {
    expect(Object.fromEntries(parseCheckInAnswers(text, 3)!)).toEqual(expected);
  });

  it.each(["op koers", "1 misschien", "1 op koers, en verder weet ik het niet"])("rejects %s", (text) => {
    expect(parseCheckInAnswers(text, 3)).toBeNull();
  });
});
