import { describe, expect, it } from "vitest";
import { renderDeadlineReminder, renderDeadlineReminderAnswers } from "../../src/render/deadline-reminder.ts";
import { dutch, translator } from "../../src/i18n/index.ts";

/** Monday 30 November 2026, 09:00 in Amsterdam. */
const now = new Date("2026-11-30T08:00:00Z");
const moestuin = { title: "Buurtmoestuin", pillarName: "Gezond", name: "moestuin", deadline: new Date("2026-12-03T23:00:00Z") };
const t = translator("nl");

describe("renderDeadlineReminder", () => {
  it("says how far off the deadline is, with the action and its pillar, then how to answer", () => {
    const text = renderDeadlineReminder({ ...moestuin, days: 4 }, t, now, "nl");
    expect(text.split("\n")[0]).toBe(dutch("deadline.inDays", { days: 4, day: "vr 4 dec", label: "*Buurtmoestuin* (Gezond)" }));
    expect(text.split("\n").slice(1).join("\n")).toBe(dutch("deadline.hints", { name: "moestuin" }));
  });

  it("words tomorrow, today and overdue differently, and leaves out a missing pillar", () => {
    expect(renderDeadlineReminder({ ...moestuin, days: 1 }, t, now, "nl")).toContain(dutch("deadline.tomorrow", { day: "vr 4 dec", label: "*Buurtmoestuin* (Gezond)" }));
    expect(renderDeadlineReminder({ ...moestuin, days: 0, pillarName: null }, t, now, "nl")).toContain(dutch("deadline.today", { label: "*Buurtmoestuin*" }));
    expect(renderDeadlineReminder({ ...moestuin, days: -2 }, t, now, "nl")).toContain(dutch("deadline.overdue", { label: "*Buurtmoestuin* (Gezond)", day: "vr 4 dec", count: 2 }));
  });
});

describe("renderDeadlineReminderAnswers", () => {
  it("offers klaar, bezig, next week and a new date, each the command the owner could type, tied to the action", () => {
    const answers = renderDeadlineReminderAnswers({ actionId: "a1", title: "Buurtmoestuin", pillarName: "Gezond", name: "moestuin" }, t);
    expect(answers.choices.map((c) => c.answer)).toEqual(["1", "2", "3", "4"]);
    expect(answers.payload.kind).toBe("choice");
    const options = answers.payload.kind === "choice" ? answers.payload.options : [];
    expect(options.map((o) => o.text)).toEqual(["/actie klaar moestuin", "/actie bezig moestuin", "/snooze moestuin over 1 week", "/actie deadline moestuin:"]);
    expect(options.every((o) => o.pickActionId === "a1")).toBe(true);
    expect(options[3].askValue).toMatchObject({ vars: { label: "*Buurtmoestuin* (Gezond)" }, command: "actie deadline" });
  });
});
