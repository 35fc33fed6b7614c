import { describe, expect, it } from "vitest";
import { renderLateDecision, renderMeetingClosed } from "../../src/render/meeting-closed.ts";
import { dutch } from "../../src/i18n/index.ts";
import type { MeetingClosedReport } from "../../src/services/close-meeting.ts";

/** Monday 19 January 2026, 21:30 in Amsterdam, just after the meeting. */
const now = new Date("2026-01-19T20:30:00Z");
const meetingStartsAt = new Date("2026-01-19T18:30:00Z");
const nextMeetingStartsAt = new Date("2026-02-16T18:30:00Z");
const report: MeetingClosedReport = {
  meetingStartsAt,
  decisions: [
    { text: "Watertappunt komt bij het winkelcentrum", itemText: "Watertappunt" },
    { text: "Sportdag krijgt € 500", itemText: null },
  ],
  carried: ["Begroting 2027", "Nieuwe kartrekker zoeken"],
  nextMeetingStartsAt,
};

describe("renderMeetingClosed", () => {
  it("gives the meeting's decisions, numbered with their agenda item, then the items moved to the next meeting", () => {
    expect(renderMeetingClosed(report, dutch, "nl", now).split("\n\n")).toEqual([
      "🏛️ *Uit de stuurgroep van ma 19 jan*",
      "Besluiten:\n1. Watertappunt komt bij het winkelcentrum (bij: Watertappunt)\n2. Sportdag krijgt € 500",
      "Niet behandeld, door naar de vergadering van ma 16 feb:\n- Begroting 2027\n- Nieuwe kartrekker zoeken",
    ]);
  });

  it("says there were no decisions, and that open items wait for the next meeting when none is planned", () => {
    const text = renderMeetingClosed({ ...report, decisions: [], nextMeetingStartsAt: null }, dutch, "nl", now);
    expect(text.split("\n\n").slice(1)).toEqual([
      dutch("meetingClosed.noDecisions"),
      dutch("meetingClosed.carriedNext", { lines: "- Begroting 2027\n- Nieuwe kartrekker zoeken" }),
    ]);
  });

  it("leaves out the open items when everything was dealt with", () => {
    expect(renderMeetingClosed({ ...report, carried: [] }, dutch, "nl", now).split("\n\n")).toHaveLength(2);
  });
});

describe("renderLateDecision", () => {
  it("names the meeting a decision recorded after closing belongs to", () => {
    expect(renderLateDecision(meetingStartsAt, "Sportdag krijgt € 500", dutch, "nl", now)).toBe("🏛️ *Nog een besluit van de stuurgroep van ma 19 jan*\nSportdag krijgt € 500");
  });
});
