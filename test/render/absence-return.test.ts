import { describe, expect, it } from "vitest";
import { renderAbsenceReturn } from "../../src/render/absence-return.ts";
import { onBehalfText } from "../../src/render/absence.ts";

/** Monday 30 November 2026, 09:00 in Amsterdam. */
const now = new Date("2026-11-30T08:00:00Z");

describe("renderAbsenceReturn", () => {
  it("welcomes back with the actions due, overdue ones marked, then the reminders held while away", () => {
    const text = renderAbsenceReturn(
      {
        actions: [
          { title: "Moestuin", deadline: new Date("2026-11-26T23:00:00Z"), overdue: true },
          { title: "Flyers", deadline: new Date("2026-12-03T23:00:00Z"), overdue: false },
        ],
        reminders: [{ text: "bel de wethouder", at: new Date("2026-11-24T09:30:00Z") }],
      },
      "nl",
      now,
    );
    expect(text).toBe(
      [
        "👋 Welkom terug! Dit speelt er nu voor je:",
        "- *Moestuin*: deadline vr 27 nov ⚠️ te laat",
        "- *Flyers*: deadline vr 4 dec",
        "Herinneringen van tijdens je afwezigheid:",
        "- ⏰ bel de wethouder (di 24 nov 10:30)",
      ].join("\n"),
    );
  });

  it("leaves out the reminders heading when none were held", () => {
    expect(renderAbsenceReturn({ actions: [{ title: "Flyers", deadline: new Date("2026-12-03T23:00:00Z"), overdue: false }], reminders: [] }, undefined, now)).toBe(
      "👋 Welkom terug! Dit speelt er nu voor je:\n- *Flyers*: deadline vr 4 dec",
    );
  });
});

describe("onBehalfText", () => {
  it("names the absent person and their last day, or '?' when they are gone", () => {
    expect(onBehalfText({ name: "Ahmed", lastDay: new Date("2027-03-14T23:00:00Z") }, now, "nl")).toBe("🤝 Voor Ahmed (afwezig t/m 15 mrt 2027); jij bent vervanger.");
    expect(onBehalfText({ name: null, lastDay: new Date("2026-12-14T23:00:00Z") }, now)).toBe("🤝 Voor ? (afwezig t/m 15 dec); jij bent vervanger.");
  });
});
