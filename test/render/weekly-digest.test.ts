import { describe, expect, it } from "vitest";
import { renderWeeklyDigest } from "../../src/render/weekly-digest.ts";
import type { WeeklyDigest } from "../../src/services/get-weekly-digest.ts";

/** Monday 30 November 2026, 08:30 in Amsterdam. */
const now = new Date("2026-11-30T07:30:00Z");
const quietWeek: WeeklyDigest = {
  wijkName: "Noord",
  from: new Date("2026-11-23T07:30:00Z"),
  to: new Date("2026-11-28T23:00:00Z"),
  pillars: [
    { name: "Gezond", done: [], started: [], updated: [], overdue: [], dueSoon: [] },
    { name: null, done: [], started: [], updated: [], overdue: [], dueSoon: [] },
  ],
  checkInRound: null,
  newItems: [],
  quietOwners: [],
  absences: [],
};

describe("renderWeeklyDigest", () => {
  it("says 'niets te melden' for a quiet pillar and leaves out the actions without a pillar", () => {
    expect(renderWeeklyDigest(quietWeek, "nl", now)).toBe("📊 *Weekoverzicht Noord* (ma 23 nov t/m zo 29 nov)\n\n*Gezond*\nNiets te melden.");
  });

  it("lists per pillar, then the check-in round, new agenda items, quiet owners and who is away", () => {
    const text = renderWeeklyDigest(
      {
        ...quietWeek,
        pillars: [
          { name: "Gezond", done: ["Buurtfeest"], started: ["Taalcafé"], updated: ["Taalcafé", "Moestuin"], overdue: [{ title: "Moestuin", deadline: new Date("2026-11-20T11:00:00Z"), owners: [] }], dueSoon: [] },
          { name: null, done: [], started: [], updated: [], overdue: [], dueSoon: [{ title: "Flyers", deadline: new Date("2026-12-04T11:00:00Z"), owners: ["Ans", "Tom"] }] },
        ],
        checkInRound: {
          meetingStartsAt: null,
          state: {
            round: "month:2026-11",
            meetingId: null,
            closesAt: null,
            sentAt: new Date("2026-11-25T08:00:00Z"),
            people: [
              { name: "Ans", answered: true, items: [{ title: "Flyers", actionId: "a1", pillarId: null, verdict: "loopt-achter" }] },
              { name: "Tom", answered: false, items: [{ title: "Moestuin", actionId: "a2", pillarId: "p1", verdict: null }] },
            ],
          },
        },
        newItems: [{ text: "Begroting 2027", proposerName: "Ans" }, { text: "Zomerfeest", proposerName: null }],
        quietOwners: [{ name: "Tom", actions: [{ title: "Moestuin", lastActivityAt: new Date("2026-10-01T10:00:00Z") }] }],
        absences: [{ personId: "p", personName: "Ans", lastDay: new Date("2026-12-10T23:00:00Z"), standInName: "Tom" }],
      },
      "nl",
      now,
    );
    expect(text).toBe(
      [
        "📊 *Weekoverzicht Noord* (ma 23 nov t/m zo 29 nov)",
        "*Gezond*\n✅ Klaar: Buurtfeest\n🔧 Gestart: Taalcafé\n📝 Bijgewerkt: Taalcafé; Moestuin\n⚠️ Over de deadline: Moestuin (vr 20 nov, geen eigenaar)",
        "*Zonder pijler*\n📅 Deadline binnen 14 dagen: Flyers (vr 4 dec, Ans en Tom)",
        "🧭 *Check-in* (Check-in van november 2026): 1 van 2 beantwoord.\n🐢 Loopt achter: Flyers (Ans)\n⏳ Nog geen antwoord: Tom",
        "*Nieuwe agendapunten*\n- Begroting 2027 (Ans)\n- Zomerfeest (?)",
        "*Al 4 weken geen update*\n- Tom: Moestuin (laatste update do 1 okt)",
        "*Afwezig*\n- Ans: afwezig t/m 11 dec (vervanger: Tom)",
      ].join("\n\n"),
    );
  });
});
